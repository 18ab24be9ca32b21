for w in range(0, 8):
    print(repr('abc'.center(w)), repr('ab'.center(w, '.')), repr('-5'.zfill(w)))
