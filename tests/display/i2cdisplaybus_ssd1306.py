# copper: args --board circuitplayground_express --virtual-time --i2c ssd1306@0x3c
# i2cdisplaybus.I2CDisplayBus with the simulated SSD1306: the address
# probe, the lock it takes only for a transaction, send() and reset();
# a driver subclassing BusDisplay the way displayio driver libraries do
# (an init sequence and the settings of a page-packed monochrome panel).
import board
import busdisplay
import busio
import digitalio
import displayio
import i2cdisplaybus


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


i2c = busio.I2C(board.SCL, board.SDA)
attempt(lambda: i2cdisplaybus.I2CDisplayBus(i2c, device_address=0x3D))
attempt(lambda: i2cdisplaybus.I2CDisplayBus(i2c))
attempt(lambda: i2cdisplaybus.I2CDisplayBus(board.SCL, device_address=0x3C))
attempt(lambda: i2cdisplaybus.I2CDisplayBus(i2c, device_address=0x3C, reset=board.SCL))
bus = i2cdisplaybus.I2CDisplayBus(i2c, device_address=0x3C, reset=board.D6)
print(type(bus).__name__)
attempt(lambda: digitalio.DigitalInOut(board.D6))
attempt(lambda: i2cdisplaybus.I2CDisplayBus(i2c, device_address=0x3C))
bus.reset()
bus.send(0xAF, b"")
bus.send(0x81, b"\x10")
attempt(lambda: bus.send(300, b""))
attempt(lambda: bus.send(0x81, None))
# Between transactions the I2C bus is the program's.
print(i2c.try_lock(), i2c.scan())
i2c.unlock()

INIT = bytes((
    0xAE, 0x00,          # display off
    0x20, 0x01, 0x00,    # horizontal addressing
    0x81, 0x01, 0xCF,    # contrast
    0xA1, 0x00,          # column 127 is SEG0
    0xA6, 0x00,          # not inverted
    0xC8, 0x00,          # COM scan remapped
    0xA8, 0x01, 0x3F,    # multiplex 64
    0xD5, 0x01, 0x80,    # clock divide
    0xD9, 0x01, 0xF1,    # pre-charge
    0xDA, 0x01, 0x12,    # COM pins
    0xDB, 0x01, 0x40,    # VCOMH
    0x8D, 0x01, 0x14,    # charge pump on
    0xAF, 0x00,          # display on
))


class SSD1306(busdisplay.BusDisplay):
    def __init__(self, display_bus, **kwargs):
        super().__init__(display_bus, INIT, **kwargs, color_depth=1, grayscale=True,
                         pixels_in_byte_share_row=False, set_column_command=0x21,
                         set_row_command=0x22, data_as_commands=True,
                         brightness_command=0x81, single_byte_bounds=True)
        self.awake = True

    def sleep(self):
        self.bus.send(0xAE, b"")
        self.awake = False


class Forgetful(busdisplay.BusDisplay):
    def __init__(self):
        pass


oled = SSD1306(bus, width=128, height=64)
print(type(oled).__name__, isinstance(oled, busdisplay.BusDisplay), oled.awake)
print(oled.width, oled.height, oled.rotation, oled.brightness, oled.bus is bus)
oled.brightness = 0.5
print(oled.brightness)
attempt(lambda: oled.fill_row(0, bytearray(64)))
oled.rotation = 90
print(oled.width, oled.height)
oled.sleep()
print(oled.awake)
attempt(lambda: Forgetful().width)
displayio.release_displays()
attempt(lambda: oled.width)
attempt(lambda: bus.send(0xAF, b""))
digitalio.DigitalInOut(board.D6).deinit()
print(i2c.try_lock())
i2c.unlock()
