for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e16 + 0.5, 2.675, 1.15, 1.25, 1.35]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123.456, -1), round(125.0, -1), round(135.0, -1), round(-125.0, -1))
print(round(float('inf')) if False else 'inf skip', round(1.23456789e-5, 7))
try:
    round(float('nan'))
except ValueError as e:
    print(e)
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
