class MyError(Exception):
    pass
class CodeError(MyError):
    def __init__(self, code, msg='failed'):
        super().__init__(msg)
        self.code = code
class NoArgs(Exception):
    def __init__(self):
        pass
for exc in [MyError(), MyError('m'), MyError('a', 'b'), CodeError(5), CodeError(7, 'custom'), NoArgs()]:
    try:
        raise exc
    except MyError as e:
        print('MyError branch', type(e).__name__, str(e), e.args, getattr(e, 'code', None))
    except Exception as e:
        print('other', type(e).__name__, repr(str(e)), e.args)
