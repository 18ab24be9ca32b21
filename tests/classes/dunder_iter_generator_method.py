class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __len__(self):
        return sum(len(r) for r in self.rows)
    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]
m = Matrix([[1, 2], [3, 4], [5, 6]])
print(list(m), len(m), m[1, 0], m[2, 1], sum(m), max(m))
