class Timer:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.log.append('start ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Timer.log.append('stop ' + self.name + (' with ' + et.__name__ if et else ''))
with Timer('outer'):
    with Timer('inner'):
        pass
    try:
        with Timer('failing'):
            raise KeyError
    except KeyError:
        pass
print(Timer.log)
