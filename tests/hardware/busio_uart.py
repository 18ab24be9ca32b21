# copper: args --board circuitplayground_express --virtual-time --stimulus busio_uart.stim
# busio.UART on the CPX's TX/RX pads. The stimulus sends "hello\n" at
# 0.5 s and "abcdef" at 3 s (9600 baud: about 1 ms a byte). Reads wait up
# to `timeout` for data and give None when nothing came, as CircuitPython.
import time
import board
import busio

uart = busio.UART(board.TX, board.RX, baudrate=9600, timeout=2)
print(uart.baudrate, uart.timeout, uart.in_waiting)
t = time.monotonic()
print(uart.readline())
print(0.5 < time.monotonic() - t < 0.52)

uart.timeout = 0.25
t = time.monotonic()
print(uart.read(4), round(time.monotonic() - t, 2))
print(uart.readline())
buf = bytearray(4)
print(uart.readinto(buf), buf)
print(uart.write(b"ping\r\n"), uart.write(bytearray(b"xy")))

time.sleep(3.1 - time.monotonic())
print(uart.in_waiting)
print(uart.read(2))
print(uart.readinto(buf), buf)
print(uart.read())
time.sleep(0.1)
print(uart.read(0))

uart.baudrate = 115200
print(uart.baudrate)
print(busio.UART.Parity.EVEN, busio.UART.Parity.ODD)
uart.deinit()
try:
    uart.read(1)
except ValueError as e:
    print("ValueError:", e)

# Transmit-only and receive-only ports; reading needs RX, writing TX.
with busio.UART(tx=board.TX, timeout=0) as out:
    try:
        out.read(1)
    except ValueError as e:
        print("ValueError:", e)
with busio.UART(None, board.RX, parity=busio.UART.Parity.ODD, bits=7, stop=2) as inp:
    try:
        inp.write(b"x")
    except ValueError as e:
        print("ValueError:", e)
    inp.reset_input_buffer()

for kw in ({"tx": None, "rx": None}, {"timeout": 101}, {"bits": 10}, {"stop": 3},
           {"receiver_buffer_size": 0}, {"rts": board.A1}):
    args = {"tx": board.TX, "rx": board.RX}
    args.update(kw)
    try:
        busio.UART(**args)
    except ValueError as e:
        print("ValueError:", e)
