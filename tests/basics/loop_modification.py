items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
nums = [1, 2, 3]
for n in nums:
    if n < 3:
        nums.append(n + 10)
print(nums)
i = 0
data = list(range(5))
while i < len(data):
    if data[i] == 2:
        data.pop(i)
    else:
        i += 1
print(data)
