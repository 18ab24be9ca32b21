results = []
for i in range(5):
    results.append(i * i)
    print('computed', results[-1])
print(results[10])
