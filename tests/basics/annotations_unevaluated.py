# Annotations are never evaluated, as in CircuitPython, so libraries that
# annotate with names imported from `typing` (which CircuitPython lacks,
# the import failing inside `try`) run unchanged. The annotated value is
# still assigned; a bare annotation binds nothing.
try:
    from typing import Dict, List, Optional, Tuple, Union
except ImportError:
    pass


def noisy():
    print("annotation evaluated")
    return int


limit: Optional[int] = 3
pending: Union[str, None]
flag: noisy() = True


class QueryParams:
    _storage: Dict[str, List[str]]
    separator: noisy() = "&"

    def __init__(self, text: str) -> None:
        self._storage = {}
        for pair in text.split(self.separator):
            key, value = pair.split("=")
            self._storage.setdefault(key, []).append(value)


class Request:
    client_address: Tuple[str, int]
    params: QueryParams

    def __init__(self, address, query):
        self.client_address: Tuple[str, int] = address
        self.params = QueryParams(query)


r = Request(("10.0.0.2", 80), "a=1&b=2&a=3")
print(limit, flag, QueryParams.separator)
print(r.client_address, sorted(r.params._storage.items()))
print("pending" in globals(), hasattr(Request, "client_address"))
