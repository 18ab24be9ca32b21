# Under `from __future__ import annotations` no annotation is evaluated:
# names that only a type checker knows may appear in module, class and
# function annotations, with or without a value.
from __future__ import annotations

try:
    from module_that_is_not_there import Optional, Dict
except ImportError:
    pass

limit: Optional[int] = 3
pending: Missing
count: Dict[str, int]
count = 7


class Request:
    method: Optional[str]
    path: Dict[str, list[Missing]] = "/"

    def __init__(self, method: Optional[str]) -> Missing:
        self.method: Missing = method
        local: Missing
        size: Missing = len(method)
        self.size = size


r = Request("GET")
print(limit, count, Request.path, r.method, r.size)
print("pending" in globals(), hasattr(Request, "method"))
for i in range(2):
    step: Missing = i * 2
    print(step)
