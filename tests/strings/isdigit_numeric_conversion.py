for s in ['123', '-123', '12a', '', '0', '٣', '1.5', ' 1']:
    print(repr(s), s.isdigit(), s.lstrip('-').isdigit())
tokens = 'x 12 y 7 z -3 40'.split()
nums = [int(t) for t in tokens if t.lstrip('-').isdigit()]
print(nums, sum(nums))
