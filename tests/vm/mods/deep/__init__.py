__all__ = ["a", "top"]
top = 1
