def log_calls(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()]
        print(f'{fn.__name__}({", ".join(parts)})')
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
@log_calls
def area(w, h=1, *, unit='m'):
    return f'{w * h}{unit}'
print(area(3), area(3, 4), area(2, h=5, unit='cm'))
print(area.__name__)
