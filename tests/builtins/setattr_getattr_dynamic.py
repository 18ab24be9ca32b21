class Config:
    pass
cfg = Config()
settings = {'host': 'localhost', 'port': 8080, 'debug': True}
for k, v in settings.items():
    setattr(cfg, k, v)
print([getattr(cfg, k) for k in settings], sorted(vars(cfg)))
for name in ['host', 'missing']:
    print(name, hasattr(cfg, name), getattr(cfg, name, None))
method = getattr('hello', 'upper')
print(method(), getattr([1, 2], '__len__')())
