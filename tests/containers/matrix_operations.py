def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
T = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])]
print(T)
M = [[0] * 3 for _ in range(2)]
M[0][1] = 5
print(M)
