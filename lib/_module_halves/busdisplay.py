# The Python half of the busdisplay module (modules/busdisplay.c), frozen
# and run in that module's globals when it is imported: BusDisplay is a
# Python class over the native display so that a driver's subclass (an
# ST7735R class calling super().__init__(bus, init_sequence, **kwargs))
# builds the display in __init__, with the arguments it passes there.
class BusDisplay(_BusDisplay):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        self._init(self, *args, **kwargs)


del _BusDisplay
