def gen():
    yield 1
g = gen()
print(type(g).__name__, hasattr(g, '__next__'), hasattr(g, 'send'), hasattr(g, 'throw'), hasattr(g, 'close'))
print(iter(g) is g, g.__name__ if hasattr(g, '__name__') else 'gen')
print(callable(gen), type(gen).__name__)
