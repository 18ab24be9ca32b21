# The Python half of the collections module (modules/collections.c), frozen
# into the binary as const code and run in that module's globals when it is
# imported, so importing collections costs RAM only for the functions and
# classes below (compiling this text at import took over 100 KB of heap).
# This folder has no __init__.py: its files are not importable themselves.
#
# namedtuple classes get one _tuplegetter descriptor per field (read-only:
# assigning or deleting a field raises AttributeError) and a __new__
# generated with exec so that argument errors name the real parameters.
# OrderedDict leans on dict's own insertion order; Counter funnels its
# binary operators through one _combine helper that keeps only positive
# counts.
_RESERVED = frozenset('False None True and as assert async await break class '
                      'continue def del elif else except finally for from global '
                      'if import in is lambda nonlocal not or pass raise return '
                      'try while with yield'.split())
class _tuplegetter:
    def __init__(self, pos):
        self.pos = pos
        self.__doc__ = 'Alias for field number ' + str(pos)
    def __get__(self, inst, owner=None):
        return self if inst is None else inst[self.pos]
    def __set__(self, inst, value):
        raise AttributeError("can't set attribute")
    def __delete__(self, inst):
        raise AttributeError("can't delete attribute")
    def __repr__(self):
        return '_tuplegetter(' + str(self.pos) + ', ' + repr(self.__doc__) + ')'
def _nt_fields(spec, rename):
    if isinstance(spec, str):
        spec = spec.replace(',', ' ').split()
    names = [str(s) for s in spec]
    if rename:
        used = set()
        for pos in range(len(names)):
            cand = names[pos]
            bad = (cand in used or cand[:1] == '_' or cand in _RESERVED
                   or not cand.isidentifier())
            used.add(cand)
            if bad:
                names[pos] = '_' + str(pos)
    return names
def _nt_check(typename, names, rename):
    for word in [typename, *names]:
        if type(word) is not str:
            raise TypeError('Type names and field names must be strings')
        if not word.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: ' + repr(word))
        if word in _RESERVED:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: ' + repr(word))
    used = set()
    for word in names:
        if not rename and word[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: '
                             + repr(word))
        if word in used:
            raise ValueError('Encountered duplicate field name: ' + repr(word))
        used.add(word)
def _namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    names = _nt_fields(field_names, rename)
    typename = str(typename)
    _nt_check(typename, names, rename)
    fields = tuple(names)
    width = len(fields)
    dflt_map = {}
    if defaults is not None:
        defaults = tuple(defaults)
        nd = len(defaults)
        if nd > width:
            raise TypeError('Got more default values than field names')
        for k in range(nd):
            dflt_map[fields[width - nd + k]] = defaults[k]
    params = ', '.join(fields)
    packed = params + ',' if width == 1 else params
    scope = {'__builtins__': {}, '_build': tuple.__new__,
             '__name__': 'namedtuple_' + typename}
    exec('def __new__(_cls' + (', ' + params if width else '') + '):\n'
         '    return _build(_cls, (' + packed + '))\n', scope)
    make_new = scope['__new__']
    if defaults is not None:
        make_new.__defaults__ = defaults
    build = tuple.__new__
    def _make(cls, iterable):
        made = build(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected ' + str(width) + ' arguments, got '
                            + str(len(made)))
        return made
    def _replace(self, /, **changes):
        out = []
        for name, cur in zip(fields, self):
            out.append(changes.pop(name, cur))
        if changes:
            raise ValueError('Got unexpected field names: ' + repr(list(changes)))
        return self._make(out)
    def __repr__(self):
        body = ', '.join([fields[k] + '=' + repr(self[k]) for k in range(width)])
        return type(self).__name__ + '(' + body + ')'
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __getnewargs__(self):
        return tuple(self)
    members = {'__doc__': typename + '(' + packed + ')', '__slots__': (),
               '_fields': fields, '_field_defaults': dflt_map,
               '__match_args__': fields, '__new__': make_new,
               '_make': classmethod(_make)}
    for fn in (make_new, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__
        if fn is not make_new and fn is not _make:
            members[fn.__name__] = fn
    for pos in range(width):
        members[fields[pos]] = _tuplegetter(pos)
    cls = type(typename, (tuple,), members)
    if module is not None:
        cls.__module__ = module
    return cls
def _as_dict_or_none(other):
    return other if isinstance(other, dict) else None
class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        val = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, val)
            return
        tail = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, val)
        dict.update(self, tail)
    def popitem(self, last=True):
        if len(self) == 0:
            raise KeyError('dictionary is empty')
        keys = list(dict.keys(self))
        key = keys[-1] if last else keys[0]
        return (key, dict.pop(self, key))
    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        return name + '(' + repr(list(dict.items(self))) + ')'
    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return list(dict.keys(self)) == list(dict.keys(other))
        return same
    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same
    __hash__ = None
    def copy(self):
        return type(self)(self)
    __copy__ = copy
    def __reversed__(self):
        return reversed(list(dict.keys(self)))
    def __or__(self, other):
        if _as_dict_or_none(other) is None:
            return NotImplemented
        out = type(self)(self)
        out.update(other)
        return out
    def __ror__(self, other):
        if _as_dict_or_none(other) is None:
            return NotImplemented
        out = type(self)(other)
        out.update(self)
        return out
    def __ior__(self, other):
        self.update(other)
        return self
class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)
    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        val = make()
        self[key] = val
        return val
    def __repr__(self):
        return (type(self).__name__ + '(' + repr(self.default_factory) + ', '
                + dict.__repr__(self) + ')')
    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy
    def __or__(self, other):
        if _as_dict_or_none(other) is None:
            return NotImplemented
        out = self.copy()
        out.update(other)
        return out
    def __ror__(self, other):
        if _as_dict_or_none(other) is None:
            return NotImplemented
        out = type(self)(self.default_factory, other)
        out.update(self)
        return out
    def __ior__(self, other):
        self.update(other)
        return self
def _tally(pairs, keep):
    out = Counter()
    for key, n in pairs:
        if keep(n):
            out[key] = n
    return out
def _is_pos(n):
    return n > 0
class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(dict.values(self))
    def most_common(self, n=None):
        ranked = sorted(dict.items(self), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []
    def elements(self):
        for key, n in dict.items(self):
            for _ in range(n):
                yield key
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
    def _merge(self, source, sign):
        if source is None:
            return
        if isinstance(source, dict):
            if sign > 0 and len(self) == 0:
                dict.update(self, source)
                return
            for key, n in source.items():
                have = self.get(key, 0)
                self[key] = n + have if sign > 0 else have - n
        else:
            for key in source:
                self[key] = self.get(key, 0) + sign
    def update(self, iterable=None, /, **kwds):
        self._merge(iterable, 1)
        if kwds:
            self._merge(kwds, 1)
    def subtract(self, iterable=None, /, **kwds):
        self._merge(iterable, -1)
        if kwds:
            self._merge(kwds, -1)
    def copy(self):
        return type(self)(self)
    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)
    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return name + '(' + repr(shown) + ')'
    def _cmp(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        for side in (self, other):
            for key in side:
                if not test(self[key], other[key]):
                    return False
        return True
    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)
    def __ne__(self, other):
        same = self._cmp(other, lambda a, b: a == b)
        return same if same is NotImplemented else not same
    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)
    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)
    def __lt__(self, other):
        r = self._cmp(other, lambda a, b: a <= b)
        return r if r is NotImplemented or not r else self != other
    def __gt__(self, other):
        r = self._cmp(other, lambda a, b: a >= b)
        return r if r is NotImplemented or not r else self != other
    __hash__ = None
    def _combine(self, other, pick, lone):
        if not isinstance(other, Counter):
            return NotImplemented
        pairs = [(key, pick(n, other[key])) for key, n in self.items()]
        if lone is not None:
            pairs += [(key, lone(n)) for key, n in other.items() if key not in self]
        return _tally(pairs, _is_pos)
    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda b: b)
    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda b: 0 - b)
    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a, lambda b: b)
    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, None)
    def __pos__(self):
        return _tally(self.items(), _is_pos)
    def __neg__(self):
        return _tally([(key, 0 - n) for key, n in self.items() if n < 0], _is_pos)
    def _prune(self):
        for key in [key for key, n in self.items() if not n > 0]:
            dict.__delitem__(self, key)
        return self
    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return self._prune()
    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return self._prune()
    def __ior__(self, other):
        for key, n in other.items():
            if n > self[key]:
                self[key] = n
        return self._prune()
    def __iand__(self, other):
        for key, n in self.items():
            theirs = other[key]
            if theirs < n:
                self[key] = theirs
        return self._prune()
