# hashlib: errors.
import hashlib


def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hashlib.sha256('abc'))
t(lambda: hashlib.sha256(5))
t(lambda: hashlib.sha1().update('x'))
t(lambda: hashlib.md5().update(5))
t(lambda: hashlib.sha256().update())
t(lambda: hashlib.sha256(b'a', b'b'))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.new())
t(lambda: hashlib.new(5))
t(lambda: hashlib.sha256().digest(1))
t(lambda: hashlib.sha256().hexdigest(1))
t(lambda: hashlib.sha256().copy(1))
t(lambda: hashlib.sha256().foo)
