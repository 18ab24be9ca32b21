# Under --heap 32k this must end with a clean MemoryError.
data = []
for i in range(20000):
    data.append([i, str(i), i * 2.5])
print(len(data), data[-1])
