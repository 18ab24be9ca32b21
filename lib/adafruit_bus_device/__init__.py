# adafruit_bus_device: helpers that manage the lock and device selection
# of a shared I2C or SPI bus (I2CDevice, SPIDevice). CircuitPython builds
# this package in; Copper freezes this Python version of the same API.
