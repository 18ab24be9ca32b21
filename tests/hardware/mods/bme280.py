# A minimal BME280 driver for the tests, written from Bosch's datasheet
# (BST-BME280-DS002): chip id, trimming parameters and the compensation
# formulas of its section 8.1 (floating point). Registers through
# adafruit_bus_device.I2CDevice, constants through micropython.const.
import struct
from micropython import const
from adafruit_bus_device.i2c_device import I2CDevice

_CHIP_ID = const(0xD0)
_RESET = const(0xE0)
_CALIB_00 = const(0x88)     # dig_T1 .. dig_P9, then dig_H1 at 0xA1
_CALIB_26 = const(0xE1)     # dig_H2 .. dig_H6
_CTRL_HUM = const(0xF2)
_STATUS = const(0xF3)
_CTRL_MEAS = const(0xF4)
_DATA = const(0xF7)         # press (3), temp (3), hum (2)


class BME280:
    def __init__(self, i2c, address=0x77):
        self._device = I2CDevice(i2c, address)
        if self._read(_CHIP_ID, 1)[0] != 0x60:
            raise RuntimeError("Failed to find BME280!")
        c = self._read(_CALIB_00, 26)
        (self._t1, self._t2, self._t3, self._p1, self._p2, self._p3, self._p4, self._p5, self._p6,
         self._p7, self._p8, self._p9) = struct.unpack("<HhhHhhhhhhhh", c[:24])
        self._h1 = c[25]
        h = self._read(_CALIB_26, 7)
        self._h2 = struct.unpack("<h", h[0:2])[0]
        self._h3 = h[2]
        self._h4 = (struct.unpack("b", h[3:4])[0] << 4) | (h[4] & 0x0F)
        self._h5 = (struct.unpack("b", h[5:6])[0] << 4) | (h[4] >> 4)
        self._h6 = struct.unpack("b", h[6:7])[0]
        self._write(_CTRL_HUM, 0x01)        # humidity x1
        self._write(_CTRL_MEAS, 0x27)       # temperature x1, pressure x1, normal mode
        self._t_fine = 0.0

    @property
    def chip_id(self):
        return self._read(_CHIP_ID, 1)[0]

    def _read(self, reg, n):
        buf = bytearray(n)
        with self._device as dev:
            dev.write_then_readinto(bytes([reg]), buf)
        return buf

    def _write(self, reg, value):
        with self._device as dev:
            dev.write(bytes([reg, value & 0xFF]))

    def _raw(self):
        d = self._read(_DATA, 8)
        adc_p = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
        adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
        adc_h = (d[6] << 8) | d[7]
        return adc_p, adc_t, adc_h

    def _compensate_t(self, adc_t):
        var1 = (adc_t / 16384.0 - self._t1 / 1024.0) * self._t2
        var2 = (adc_t / 131072.0 - self._t1 / 8192.0) ** 2 * self._t3
        self._t_fine = var1 + var2
        return self._t_fine / 5120.0

    @property
    def temperature(self):
        return self._compensate_t(self._raw()[1])

    @property
    def pressure(self):
        adc_p, adc_t, _ = self._raw()
        self._compensate_t(adc_t)
        var1 = self._t_fine / 2.0 - 64000.0
        var2 = var1 * var1 * self._p6 / 32768.0
        var2 = var2 + var1 * self._p5 * 2.0
        var2 = var2 / 4.0 + self._p4 * 65536.0
        var1 = (self._p3 * var1 * var1 / 524288.0 + self._p2 * var1) / 524288.0
        var1 = (1.0 + var1 / 32768.0) * self._p1
        if var1 == 0:
            return 0.0
        p = 1048576.0 - adc_p
        p = (p - var2 / 4096.0) * 6250.0 / var1
        var1 = self._p9 * p * p / 2147483648.0
        var2 = p * self._p8 / 32768.0
        return (p + (var1 + var2 + self._p7) / 16.0) / 100.0   # hPa

    @property
    def relative_humidity(self):
        _, adc_t, adc_h = self._raw()
        self._compensate_t(adc_t)
        h = self._t_fine - 76800.0
        h = (adc_h - (self._h4 * 64.0 + self._h5 / 16384.0 * h)) * (
            self._h2 / 65536.0 * (1.0 + self._h6 / 67108864.0 * h * (1.0 + self._h3 / 67108864.0 * h)))
        h = h * (1.0 - self._h1 * h / 524288.0)
        return min(100.0, max(0.0, h))
