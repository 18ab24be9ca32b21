# copper: args --board circuitplayground_express
# microcontroller on the Circuit Playground Express: the cpu's facts, the
# pin submodule of MCU names, nvm's size, the enums.
import board
import microcontroller

cpu = microcontroller.cpu
print(cpu.frequency)
print(type(cpu.uid).__name__, len(cpu.uid))
print(cpu.uid == microcontroller.cpu.uid)
print(type(cpu.temperature).__name__, type(cpu.voltage).__name__)
print(cpu.reset_reason)
print(microcontroller.pin.PA17 is board.LED, microcontroller.pin.PA17)
print(isinstance(board.A0, microcontroller.Pin), type(board.A0))
print(sorted(dir(microcontroller.pin))[:4])
print(hasattr(microcontroller.pin, "PA99"))
print(len(microcontroller.nvm))
print(microcontroller.RunMode.NORMAL, microcontroller.RunMode.SAFE_MODE)
print(microcontroller.ResetReason.POWER_ON)
try:
    cpu.frequency = 1
except AttributeError:
    print("AttributeError")
try:
    microcontroller.on_next_reset(0)
except TypeError as e:
    print("TypeError:", e)
