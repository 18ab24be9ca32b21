print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -2)
print('apple' < 'banana', 'Apple' < 'apple', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('a' == 'a', 'a' != 'b', 'abc' >= 'abc', 'b' > 'abc')
print(max('hello'), min('hello'), sorted('hello'))
s = 'x'
s += 'y'
print(s)
print('é' > 'z', '€' > 'é')
