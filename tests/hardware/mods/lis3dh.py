# A minimal LIS3DH accelerometer driver for the tests, written from ST's
# datasheet (DocID17530) in the style of the Adafruit drivers: registers
# through adafruit_bus_device.I2CDevice, constants through
# micropython.const. Acceleration in m/s^2 at +-2 g, high resolution.
import struct
from micropython import const
from adafruit_bus_device.i2c_device import I2CDevice

_WHO_AM_I = const(0x0F)
_CTRL_REG1 = const(0x20)
_CTRL_REG3 = const(0x22)
_CTRL_REG4 = const(0x23)
_CTRL_REG5 = const(0x24)
_OUT_X_L = const(0x28)
_CLICK_CFG = const(0x38)
_CLICK_SRC = const(0x39)
_CLICK_THS = const(0x3A)
_TIME_LIMIT = const(0x3B)
_TIME_LATENCY = const(0x3C)
_TIME_WINDOW = const(0x3D)
_AUTO_INCREMENT = const(0x80)   # sub-address bit 7: read several registers

STANDARD_GRAVITY = 9.806
_COUNTS_PER_G = 16384           # +-2 g full scale, left-justified 16-bit


class LIS3DH:
    def __init__(self, i2c, address=0x19):
        self._device = I2CDevice(i2c, address)
        self._buf = bytearray(6)
        if self._read_u8(_WHO_AM_I) != 0x33:
            raise RuntimeError("Failed to find LIS3DH!")
        # 400 Hz, all axes on; block data update and high resolution.
        self._write_u8(_CTRL_REG1, 0x77)
        self._write_u8(_CTRL_REG4, 0x88)

    def _read_u8(self, reg):
        with self._device as dev:
            self._buf[0] = reg
            dev.write_then_readinto(self._buf, self._buf, out_end=1, in_end=1)
        return self._buf[0]

    def _write_u8(self, reg, value):
        with self._device as dev:
            self._buf[0] = reg
            self._buf[1] = value & 0xFF
            dev.write(self._buf, end=2)

    @property
    def acceleration(self):
        with self._device as dev:
            dev.write_then_readinto(bytes([_OUT_X_L | _AUTO_INCREMENT]), self._buf)
        x, y, z = struct.unpack("<hhh", self._buf)
        scale = STANDARD_GRAVITY / _COUNTS_PER_G
        return (x * scale, y * scale, z * scale)

    def set_tap(self, tap, threshold, time_limit=10, time_latency=20, time_window=255):
        # tap: 0 off, 1 single, 2 double (on all three axes).
        if tap == 0:
            self._write_u8(_CTRL_REG3, 0)
            self._write_u8(_CLICK_CFG, 0)
            return
        self._write_u8(_CTRL_REG3, 0x80)    # click interrupt on INT1
        self._write_u8(_CTRL_REG5, 0x08)    # latch INT1 until CLICK_SRC is read
        self._write_u8(_CLICK_CFG, 0x15 if tap == 1 else 0x2A)
        self._write_u8(_CLICK_THS, threshold | 0x80)
        self._write_u8(_TIME_LIMIT, time_limit)
        self._write_u8(_TIME_LATENCY, time_latency)
        self._write_u8(_TIME_WINDOW, time_window)

    @property
    def tapped(self):
        # CLICK_SRC bit 6 (IA): a click was seen; reading clears it.
        return (self._read_u8(_CLICK_SRC) & 0x40) != 0
