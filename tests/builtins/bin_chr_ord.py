print(bin(0), bin(10), bin(-10), chr(65), chr(0x263A), chr(0), ord('A'), ord('€'), ord(b'a'))
print([chr(i) for i in range(97, 102)], ''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    bin(1.5)
except TypeError as e:
    print(e)
