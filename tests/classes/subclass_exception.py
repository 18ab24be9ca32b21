class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f'table {table} failed with {code}')
        self.table = table
        self.code = code
try:
    raise DbError('users', 42)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, e.args)
class WithStr(Exception):
    def __str__(self):
        return 'custom message'
try:
    raise WithStr(1, 2)
except Exception as e:
    print(e, e.args, repr(e))
print(issubclass(DbError, Exception), DbError.__mro__[-3].__name__)
