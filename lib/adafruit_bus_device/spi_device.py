# adafruit_bus_device.spi_device.SPIDevice: one device on a shared SPI bus,
# selected by its chip-select pin. `with device as spi:` locks the bus,
# configures it for this device, asserts chip select and yields the bus;
# leaving deasserts chip select, sends any extra clocks the device needs
# and unlocks. Written from the documented API of CircuitPython's
# built-in adafruit_bus_device.


class SPIDevice:
    def __init__(
        self,
        spi,
        chip_select=None,
        *,
        cs_active_value=False,
        baudrate=100000,
        polarity=0,
        phase=0,
        extra_clocks=0
    ):
        self.spi = spi
        self.baudrate = baudrate
        self.polarity = polarity
        self.phase = phase
        self.extra_clocks = extra_clocks
        self.chip_select = chip_select
        self.cs_active_value = cs_active_value
        if self.chip_select:
            self.chip_select.switch_to_output(value=not self.cs_active_value)

    def __enter__(self):
        while not self.spi.try_lock():
            pass
        self.spi.configure(baudrate=self.baudrate, polarity=self.polarity, phase=self.phase)
        if self.chip_select:
            self.chip_select.value = self.cs_active_value
        return self.spi

    def __exit__(self, exc_type, exc_val, exc_tb):
        if self.chip_select:
            self.chip_select.value = not self.cs_active_value
        if self.extra_clocks > 0:
            buf = bytearray(1)
            buf[0] = 0xFF
            clocks = self.extra_clocks // 8
            if self.extra_clocks % 8 != 0:
                clocks += 1
            for _ in range(clocks):
                self.spi.write(buf)
        self.spi.unlock()
        return False
