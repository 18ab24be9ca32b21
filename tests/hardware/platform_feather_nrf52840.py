# copper: args --board feather_nrf52840_express
# What a program sees of the platform on a Adafruit Feather nRF52840 Express (CIRCUITPYTHON.md
# section 1.2): sys.platform is the MCU family, sys.implementation names
# CircuitPython (libraries test it) with Copper's version, os.uname() the
# MCU and the board.
import os
import sys
import microcontroller

print(sys.platform)
impl = sys.implementation
print(impl.name, impl._machine, impl._mpy, impl._build)
print(len(impl.version), impl.version[3] == "")
u = os.uname()
print(u.sysname, u.nodename, u.machine)
print(u.release == "%d.%d.%d" % impl.version[:3], u.version.startswith(u.release + " on "))
print(microcontroller.cpu.frequency)
