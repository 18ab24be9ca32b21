#!/usr/bin/env python3
# Copies a folder onto an empty FAT32 volume image made by `mkfs.fat -F 32`
# (`make qemu-drive QEMU_DRIVE_FAT=32` and tests/qemu/fat.sh use it).
# mtools would do it for FAT12/16, but it refuses a FAT32 volume of fewer
# than 65525 clusters, and the qemu-arm board's drive memory (16 MB) holds
# no more than about 32000. Linux, dosfstools and 7-Zip take such volumes as
# FAT32 from their boot sector, as the board does. Names that are not 8.3
# get VFAT long-name entries and a "~N" short name; every FAT copy and the
# FSInfo sector are kept consistent, so `fsck.fat -n` finds nothing to fix.
# Usage: tools/fat32_fill.py IMAGE FOLDER
import os, struct, sys, time

ATTR_DIR, ATTR_ARCHIVE, ATTR_LFN = 0x10, 0x20, 0x0F
EOC = 0x0FFFFFFF
SHORT_OK = set('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&\'()-@^_`{}~')
LFN_OFFSETS = (1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30)


class Volume:
    def __init__(self, img):
        self.img = img
        bps, spc, reserved, nfats = struct.unpack_from('<HBHB', img, 11)
        total = struct.unpack_from('<H', img, 19)[0] or struct.unpack_from('<I', img, 32)[0]
        fat_sectors16 = struct.unpack_from('<H', img, 22)[0]
        fat_sectors, _, _, self.root = struct.unpack_from('<IHHI', img, 36)
        self.fsinfo = struct.unpack_from('<H', img, 48)[0] * bps
        if fat_sectors16 != 0 or fat_sectors == 0:
            raise SystemExit('not a FAT32 volume (make it with mkfs.fat -F 32)')
        self.fat_off, self.fat_bytes, self.nfats = reserved * bps, fat_sectors * bps, nfats
        self.data_off = (reserved + nfats * fat_sectors) * bps
        self.cluster_bytes = bps * spc
        self.nclusters = (total * bps - self.data_off) // self.cluster_bytes
        self.fat = list(struct.unpack_from(f'<{self.nclusters + 2}I', img, self.fat_off))
        self.next_free = 2

    def alloc(self, prev):
        while self.fat[self.next_free] & EOC:
            self.next_free += 1
            if self.next_free >= self.nclusters + 2:
                raise SystemExit('the image is full')
        c = self.next_free
        self.fat[c] = (self.fat[c] & ~EOC) | EOC
        if prev:
            self.fat[prev] = (self.fat[prev] & ~EOC) | c
        at = self.cluster_at(c)
        self.img[at:at + self.cluster_bytes] = bytes(self.cluster_bytes)
        return c

    def cluster_at(self, c):
        return self.data_off + (c - 2) * self.cluster_bytes

    def write_chain(self, data, first=0):
        """Writes data into a chain (a new one, or the one from `first`, grown as needed)."""
        if not data and not first:
            return 0
        c, prev, start = first, 0, first
        for pos in range(0, max(len(data), 1), self.cluster_bytes):
            if c == 0:
                c = self.alloc(prev)
                start = start or c
            chunk = data[pos:pos + self.cluster_bytes]
            at = self.cluster_at(c)
            self.img[at:at + len(chunk)] = chunk
            prev, c = c, self.fat[c] & EOC
            c = 0 if c >= 0x0FFFFFF8 else c
        return start

    def read_chain(self, c):
        out = bytearray()
        while 2 <= c < 0x0FFFFFF8:
            at = self.cluster_at(c)
            out += self.img[at:at + self.cluster_bytes]
            c = self.fat[c] & EOC
        return out

    def finish(self):
        packed = struct.pack(f'<{len(self.fat)}I', *self.fat)
        for i in range(self.nfats):
            at = self.fat_off + i * self.fat_bytes
            self.img[at:at + len(packed)] = packed
        if self.fsinfo:
            free = sum(1 for e in self.fat[2:] if e & EOC == 0)
            struct.pack_into('<II', self.img, self.fsinfo + 488, free, self.next_free)


def fat_time(t):
    tm = time.localtime(max(t, 315532800))
    return ((tm.tm_year - 1980) << 9 | tm.tm_mon << 5 | tm.tm_mday,
            tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec // 2)


def short_form(name):
    """The 11 bytes and NT case bits of an 8.3 name in one case per part, else None."""
    base, dot, ext = name.partition('.')
    if not base or '.' in ext or len(base) > 8 or len(ext) > 3 or (dot and not ext):
        return None
    bits = 0
    for part, bit in ((base, 0x08), (ext, 0x10)):
        if not all(ch.upper() in SHORT_OK for ch in part) or (part != part.upper() and part != part.lower()):
            return None
        if part != part.upper():
            bits |= bit
    return (base.upper().ljust(8) + ext.upper().ljust(3)).encode(), bits


def made_short(name, taken):
    """A "~N" short name for a long one, as Linux and mtools make them."""
    base, _, ext = name.rpartition('.') if '.' in name[1:] else (name, '', '')
    clean = lambda s: ''.join(ch if ch in SHORT_OK else '_' for ch in s.upper() if ch not in ' .')
    base, ext = clean(base) or '_', clean(ext)[:3]
    for n in range(1, 1000000):
        tail = f'~{n}'
        sfn = (base[:8 - len(tail)] + tail).ljust(8) + ext.ljust(3)
        if sfn.encode() not in taken:
            return sfn.encode()
    raise SystemExit('no short name left')


def entries_for(name, attr, cluster, size, mtime, taken):
    sf = short_form(name)
    lfn = []
    if sf is None:
        sfn, bits = made_short(name, taken), 0
        utf16 = name.encode('utf-16-le')
        count = (len(utf16) // 2 + 12) // 13
        # The name, a NUL when it does not fill the last entry, 0xFFFF after.
        units = list(struct.unpack(f'<{len(utf16) // 2}H', utf16)) + [0] + [0xFFFF] * 12
        csum = 0
        for b in sfn:
            csum = ((csum & 1) << 7) + (csum >> 1) + b & 0xFF
        for seq in range(count, 0, -1):
            e = bytearray(32)
            e[0] = seq | (0x40 if seq == count else 0)
            e[11], e[13] = ATTR_LFN, csum
            for k, off in enumerate(LFN_OFFSETS):
                struct.pack_into('<H', e, off, units[(seq - 1) * 13 + k])
            lfn.append(bytes(e))
    else:
        sfn, bits = sf
    taken.add(sfn)
    date, tm = fat_time(mtime)
    e = bytearray(32)
    e[0:11], e[11], e[12] = sfn, attr, bits
    struct.pack_into('<HHHHHHHI', e, 14, tm, date, date, cluster >> 16, tm, date, cluster & 0xFFFF, size)
    return lfn + [bytes(e)]


def fill_dir(vol, folder, first, parent):
    """Copies `folder`'s contents into the directory whose chain starts at `first`."""
    raw = vol.read_chain(first)
    used = 0
    while used < len(raw) and raw[used] != 0:
        used += 32
    taken = {bytes(raw[i:i + 11]) for i in range(0, used, 32)}
    table = bytearray(raw[:used])
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        st = os.stat(path)
        if os.path.isdir(path):
            c = vol.alloc(0)
            date, tm = fat_time(st.st_mtime)
            dots = bytearray(64)
            for i, (n, target) in enumerate((('.', c), ('..', 0 if parent is None else first))):
                e = dots[i * 32:i * 32 + 32]
                e[0:11], e[11] = n.ljust(11).encode(), ATTR_DIR
                struct.pack_into('<HHHHHHHI', e, 14, tm, date, date, target >> 16, tm, date, target & 0xFFFF, 0)
                dots[i * 32:i * 32 + 32] = e
            vol.write_chain(bytes(dots), c)
            table += b''.join(entries_for(name, ATTR_DIR, c, 0, st.st_mtime, taken))
            fill_dir(vol, path, c, first)
        else:
            with open(path, 'rb') as f:
                data = f.read()
            c = vol.write_chain(data)
            table += b''.join(entries_for(name, ATTR_ARCHIVE, c, len(data), st.st_mtime, taken))
    vol.write_chain(bytes(table), first)


def main():
    image, folder = sys.argv[1], sys.argv[2]
    with open(image, 'rb') as f:
        img = bytearray(f.read())
    vol = Volume(img)
    fill_dir(vol, folder, vol.root, None)
    vol.finish()
    with open(image, 'wb') as f:
        f.write(img)


if __name__ == '__main__':
    main()
