# The Python half of the adafruit_pixelbuf module (modules/adafruit_pixelbuf.c),
# frozen into the binary as const code and run in that module's globals when
# it is imported (see collections.py here): PixelBuf, the Python class over
# the native _PixelBuf (the C file says why).
class PixelBuf(_PixelBuf):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        super()._init(self, *args, **kwargs)
del _PixelBuf
