// FAT12/16/32 on a volume image in memory (see fat.h). Layout: the boot
// sector with the BPB, the reserved sectors (on FAT32 the FSInfo sector
// among them), the FAT copies, on FAT12/16 the root directory (a fixed
// array of 32-byte entries), and the data area of clusters numbered from 2.
// Files, subdirectories and FAT32's root directory are cluster chains
// linked through the FAT. A name that is not a valid 8.3 name gets VFAT
// long-name entries before its short entry; an 8.3 name in lowercase is
// stored in uppercase with the NT case bits (byte 12), as Windows and Linux
// do. All geometry is checked at mount time; cluster numbers, chains
// (against loops) and directory sizes are checked as they are followed.
#include <string.h>
#include "fat.h"

#define ENT_SIZE 32
#define DIR_MAX_ENTRIES 65536u   // 2 MB of entries: the FAT limit
#define ATTR_RDONLY 0x01
#define ATTR_VOLUME 0x08
#define ATTR_DIR 0x10
#define ATTR_ARCHIVE 0x20
#define ATTR_LFN 0x0F
#define NT_LOWER_BASE 0x08
#define NT_LOWER_EXT 0x10
#define DELETED 0xE5
#define FAT32_MASK 0x0FFFFFFFu   // a FAT32 entry's cluster bits
#define FAT_EOC 0x0FFFFFFFu      // the end of a chain (cut to 12 or 16 bits)

static uint32_t le16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t le32(const uint8_t *p) { return le16(p) | le16(p + 2) << 16; }
static void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void put32(uint8_t *p, uint32_t v) {
    put16(p, v);
    put16(p + 2, v >> 16);
}

// A directory entry's first cluster: bytes 26-27, and on FAT32 the high
// half in bytes 20-21 (FAT12/16 leave those to other uses).
static uint32_t entry_cluster(const FatVol *v, const uint8_t *e) {
    return v->fat_bits == 32 ? (le16(e + 26) | le16(e + 20) << 16) & FAT32_MASK : le16(e + 26);
}
static void set_entry_cluster(const FatVol *v, uint8_t *e, uint32_t c) {
    put16(e + 26, c);
    if (v->fat_bits == 32) {
        put16(e + 20, c >> 16);
    }
}

// --- the FAT -----------------------------------------------------------------------

static bool valid_cluster(const FatVol *v, uint32_t c) { return c >= 2 && c < v->nclusters + 2; }

static uint8_t *cluster_ptr(FatVol *v, uint32_t c) {
    return v->base + v->data_off + (c - 2) * v->cluster_bytes;
}

static uint32_t eoc_min(const FatVol *v) {
    return v->fat_bits == 12 ? 0xFF8 : v->fat_bits == 16 ? 0xFFF8 : 0x0FFFFFF8;
}

// The FAT entry of cluster `c` (c < nclusters + 2, checked by callers).
static uint32_t fat_get(FatVol *v, uint32_t c) {
    const uint8_t *fat = v->base + v->fat_off;
    if (v->fat_bits == 12) {
        uint32_t w = le16(fat + c + c / 2);
        return (c & 1) ? w >> 4 : w & 0xFFF;
    }
    if (v->fat_bits == 32) {
        return le32(fat + c * 4) & FAT32_MASK;
    }
    return le16(fat + c * 2);
}

// Sets the entry in every copy of the FAT (FAT_EOC ends a chain whatever
// the width), keeps the free count and, on FAT32, the FSInfo sector.
static void fat_set(FatVol *v, uint32_t c, uint32_t val) {
    uint32_t old = fat_get(v, c);
    for (uint32_t i = 0; i < v->nfats; i++) {
        uint8_t *fat = v->base + v->fat_off + i * v->fat_bytes;
        if (v->fat_bits == 12) {
            uint8_t *p = fat + c + c / 2;
            uint32_t w = le16(p);
            w = (c & 1) ? (w & 0x000F) | (val & 0xFFF) << 4 : (w & 0xF000) | (val & 0xFFF);
            put16(p, w);
        } else if (v->fat_bits == 32) {
            uint8_t *p = fat + c * 4;
            put32(p, (le32(p) & ~FAT32_MASK) | (val & FAT32_MASK));   // the top 4 bits are reserved
        } else {
            put16(fat + c * 2, val);
        }
    }
    if (old == 0 && val != 0) {
        v->free_clusters--;
    } else if (old != 0 && val == 0) {
        v->free_clusters++;
    }
    if (v->fsinfo_off != 0) {
        put32(v->base + v->fsinfo_off + 488, v->free_clusters);
        put32(v->base + v->fsinfo_off + 492, v->next_free);
    }
}

// The cluster after `c` in its chain: >= 2, 0 at the chain's end, -EIO
// when the FAT points somewhere impossible.
static int32_t fat_next(FatVol *v, uint32_t c) {
    uint32_t n = fat_get(v, c);
    if (n >= eoc_min(v)) {
        return 0;
    }
    return valid_cluster(v, n) ? (int32_t)n : -FAT_EIO;
}

// Takes a free cluster, zeroes it, ends the chain with it and links it after
// `prev` (0: a new chain).
static int32_t fat_alloc(FatVol *v, uint32_t prev) {
    for (uint32_t i = 0; i < v->nclusters; i++) {
        uint32_t c = 2 + (v->next_free - 2 + i) % v->nclusters;
        if (fat_get(v, c) == 0) {
            v->next_free = c + 1 < v->nclusters + 2 ? c + 1 : 2;
            fat_set(v, c, FAT_EOC);
            if (prev != 0) {
                fat_set(v, prev, c);
            }
            memset(cluster_ptr(v, c), 0, v->cluster_bytes);
            return (int32_t)c;
        }
    }
    return -FAT_ENOSPC;
}

// Frees the chain starting at `c` (0 or an invalid start: nothing to free).
static int fat_free_chain(FatVol *v, uint32_t c) {
    for (uint32_t steps = 0; valid_cluster(v, c); steps++) {
        uint32_t n = fat_get(v, c);
        if (n == 0 || steps > v->nclusters) {
            return -FAT_EIO;   // already free: a loop or a cross-link
        }
        fat_set(v, c, 0);
        if (n >= eoc_min(v)) {
            return 0;
        }
        if (!valid_cluster(v, n)) {
            return -FAT_EIO;
        }
        c = n;
    }
    return 0;
}

// --- mounting ----------------------------------------------------------------------

int fat_mount(FatVol *v, uint8_t *base, uint32_t max_size) {
    memset(v, 0, sizeof(*v));
    if (max_size < 512) {
        return -FAT_ENOENT;
    }
    bool blank = true;
    for (int i = 0; i < 512 && blank; i++) {
        blank = base[i] == 0;
    }
    if (blank) {
        return -FAT_ENOENT;   // nothing was loaded: no drive
    }
    const uint8_t *b = base;
    uint32_t bps = le16(b + 11), spc = b[13], reserved = le16(b + 14), nfats = b[16];
    uint32_t root_entries = le16(b + 17), fat_sectors = le16(b + 22);
    uint64_t total = le16(b + 19) != 0 ? le16(b + 19) : le32(b + 32);
    if (b[510] != 0x55 || b[511] != 0xAA || (bps != 512 && bps != 1024 && bps != 2048 && bps != 4096) ||
        spc == 0 || (spc & (spc - 1)) != 0 || reserved == 0 || nfats == 0 || nfats > 4) {
        return -FAT_EIO;
    }
    // FAT32 is told by its BPB (no 16-bit FAT size, no fixed root directory),
    // as Linux, dosfstools and 7-Zip tell it: the drive's memory holds at
    // most 16 MB, too few clusters for the cluster-count rule to say FAT32.
    bool fat32 = fat_sectors == 0, mirrored = true;
    uint32_t active_fat = 0;
    if (fat32) {
        fat_sectors = le32(b + 36);
        uint32_t ext_flags = le16(b + 40);
        if (root_entries != 0 || le16(b + 42) != 0 || fat_sectors == 0) {
            return -FAT_EIO;   // a fixed root, or a FAT32 version this code does not know
        }
        if (ext_flags & 0x80) {
            mirrored = false;   // only the active copy is used
            active_fat = ext_flags & 0x0F;
            if (active_fat >= nfats) {
                return -FAT_EIO;
            }
        }
    } else if (root_entries == 0) {
        return -FAT_EIO;
    }
    uint64_t root_sectors = ((uint64_t)root_entries * ENT_SIZE + bps - 1) / bps;
    uint64_t first_data = reserved + (uint64_t)nfats * fat_sectors + root_sectors;
    if (total <= first_data || total * bps > max_size) {
        return -FAT_EIO;   // inconsistent, or larger than the drive's memory
    }
    uint64_t nclusters = (total - first_data) / spc;
    if (nclusters == 0 || (!fat32 && nclusters >= 65525)) {
        return -FAT_EIO;
    }
    v->fat_bits = fat32 ? 32 : nclusters < 4085 ? 12 : 16;
    v->base = base;
    v->size = (uint32_t)(total * bps);
    v->cluster_bytes = bps * spc;
    v->fat_bytes = fat_sectors * bps;
    v->fat_off = reserved * bps + active_fat * v->fat_bytes;
    v->nfats = mirrored ? nfats : 1;
    v->root_off = (uint32_t)(reserved + nfats * fat_sectors) * bps;
    v->root_entries = root_entries;
    v->data_off = (uint32_t)(first_data * bps);
    v->nclusters = (uint32_t)nclusters;
    v->next_free = 2;
    // The FAT must hold an entry for every cluster.
    uint64_t last = nclusters + 1;
    uint64_t need = v->fat_bits == 12 ? last + last / 2 + 2 : last * (v->fat_bits / 8) + v->fat_bits / 8;
    if (need > v->fat_bytes) {
        return -FAT_EIO;
    }
    if (fat32) {
        v->root_clus = le32(b + 44) & FAT32_MASK;
        if (!valid_cluster(v, v->root_clus)) {
            return -FAT_EIO;
        }
        // The FSInfo sector, when it is one, is kept up to date (free count,
        // next free cluster) so that host tools find it consistent.
        uint32_t fsinfo = le16(b + 48);
        const uint8_t *fi = base + fsinfo * bps;
        if (fsinfo != 0 && fsinfo < reserved && le32(fi) == 0x41615252 && le32(fi + 484) == 0x61417272 &&
            le32(fi + 508) == 0xAA550000) {
            v->fsinfo_off = fsinfo * bps;
        }
    }
    for (uint32_t c = 2; c < v->nclusters + 2; c++) {
        v->free_clusters += fat_get(v, c) == 0;
    }
    v->mounted = true;
    return 0;
}

// --- timestamps --------------------------------------------------------------------

static int64_t days_from_civil(int64_t y, uint32_t m, uint32_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    uint32_t yoe = (uint32_t)(y - era * 400);
    uint32_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    uint32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

// FAT date and time (local time; the board keeps UTC) -> seconds since 1970.
static int64_t fat_to_epoch(uint32_t date, uint32_t time) {
    if (date == 0) {
        return 0;
    }
    uint32_t m = (date >> 5) & 15, d = date & 31;
    m = m < 1 ? 1 : m > 12 ? 12 : m;
    d = d < 1 ? 1 : d;
    int64_t days = days_from_civil(1980 + (date >> 9), m, d);
    return days * 86400 + (time >> 11) * 3600 + ((time >> 5) & 63) * 60 + (time & 31) * 2;
}

// Now as FAT (date << 16) | time.
static uint32_t fat_now(FatVol *v) {
    int64_t t = v->now != NULL ? v->now() : 946684800;
    if (t < 315532800) {
        t = 315532800;   // FAT dates start in 1980
    }
    int64_t z = t / 86400 + 719468;
    uint32_t secs = (uint32_t)(t % 86400);
    int64_t era = z / 146097;
    uint32_t doe = (uint32_t)(z - era * 146097);
    uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    uint32_t mp = (5 * doy + 2) / 153;
    uint32_t d = doy - (153 * mp + 2) / 5 + 1;
    uint32_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = era * 400 + yoe + (m <= 2);
    if (y > 2107) {
        y = 2107;
    }
    uint32_t date = (uint32_t)(y - 1980) << 9 | m << 5 | d;
    uint32_t time = (secs / 3600) << 11 | ((secs / 60) % 60) << 5 | (secs % 60) / 2;
    return date << 16 | time;
}

// --- directories -------------------------------------------------------------------
// A directory is named by its first cluster; 0 is the root (on FAT32 a
// cluster chain from BPB_RootClus, which ".." entries also call 0).

typedef struct {
    uint32_t dir;
    uint32_t cluster, base;   // `cluster` holds entries base .. base + per cluster - 1 (0: not yet)
    uint32_t idx;             // dir_next: the next entry to read
} DirIter;

static void dir_start(DirIter *it, uint32_t dir) {
    it->dir = dir;
    it->cluster = 0;
    it->base = 0;
    it->idx = 0;
}

// Entry `idx` of the directory: NULL past its end (*err = 0) or on an error.
// With `extend`, a directory in clusters grows by a zeroed one to reach `idx`.
static uint8_t *dir_entry(FatVol *v, DirIter *it, uint32_t idx, bool extend, int *err) {
    *err = 0;
    if (it->dir == 0 && v->fat_bits != 32) {
        return idx < v->root_entries ? v->base + v->root_off + idx * ENT_SIZE : NULL;
    }
    uint32_t first = it->dir != 0 ? it->dir : v->root_clus;
    if (!valid_cluster(v, first)) {
        *err = -FAT_EIO;
        return NULL;
    }
    if (idx >= DIR_MAX_ENTRIES) {
        return NULL;
    }
    uint32_t per = v->cluster_bytes / ENT_SIZE;
    if (it->cluster == 0 || idx < it->base) {
        it->cluster = first;
        it->base = 0;
    }
    while (idx >= it->base + per) {
        int32_t n = fat_next(v, it->cluster);
        if (n == 0 && extend) {
            n = fat_alloc(v, it->cluster);
        }
        if (n <= 0) {
            *err = n;
            return NULL;
        }
        it->cluster = (uint32_t)n;
        it->base += per;
        if (it->base / per > v->nclusters) {
            *err = -FAT_EIO;   // the chain loops
            return NULL;
        }
    }
    return cluster_ptr(v, it->cluster) + (idx - it->base) * ENT_SIZE;
}

static uint8_t sfn_checksum(const uint8_t *sfn) {
    uint8_t sum = 0;
    for (int i = 0; i < 11; i++) {
        sum = (uint8_t)(((sum & 1) << 7) + (sum >> 1) + sfn[i]);
    }
    return sum;
}

static char *put_utf8(char *o, uint32_t cp) {
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | cp >> 6);
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | cp >> 12);
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | cp >> 18);
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

// The 8.3 name of a short entry as text ("code.py" with the case bits;
// bytes above 0x7F read as Latin-1).
static void short_to_str(const uint8_t *e, char *out) {
    char *o = out;
    int blen = 8, elen = 3;
    while (blen > 0 && e[blen - 1] == ' ') {
        blen--;
    }
    while (elen > 0 && e[8 + elen - 1] == ' ') {
        elen--;
    }
    for (int i = 0; i < blen + elen; i++) {
        if (i == blen) {
            *o++ = '.';
        }
        int k = i < blen ? i : 8 + i - blen;
        uint32_t c = (k == 0 && e[0] == 0x05) ? 0xE5 : e[k];
        bool lower = e[12] & (k < 8 ? NT_LOWER_BASE : NT_LOWER_EXT);
        if (lower && c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        o = put_utf8(o, c);
    }
    *o = '\0';
}

// The long name gathered in v->lfn (`units` at most) into v->name, over
// it (fat.h); false when it is not usable (empty, too long).
_Static_assert(FAT_LFN_AT * 2 >= FAT_LFN_MAX, "a long name's UTF-8 would overrun its UTF-16 units");
static bool lfn_to_str(FatVol *v, uint32_t units) {
    uint32_t n = 0;
    while (n < units && v->lfn[n] != 0) {
        n++;
    }
    if (n == 0 || n > FAT_LFN_MAX) {
        return false;
    }
    char *o = v->name;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t u = v->lfn[i];
        if (u >= 0xD800 && u < 0xDC00 && i + 1 < n && v->lfn[i + 1] >= 0xDC00 && v->lfn[i + 1] < 0xE000) {
            u = 0x10000 + ((u - 0xD800) << 10) + (v->lfn[i + 1] - 0xDC00);
            i++;
        } else if (u >= 0xD800 && u < 0xE000) {
            u = 0xFFFD;
        }
        o = put_utf8(o, u);
    }
    *o = '\0';
    return true;
}

static const uint8_t lfn_pos[13] = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

typedef struct {
    uint32_t idx;     // the short entry
    uint32_t first;   // the first of its long-name entries (idx without)
    uint8_t *ent;
} DirHit;

// The next entry of the directory that names a file or subdirectory (not
// deleted, not the volume label, not "." or ".."), its name in v->name and
// its 8.3 name in v->short_name. 1: found; 0: end; < 0: error.
static int dir_next(FatVol *v, DirIter *it, DirHit *hit) {
    int expect = -1;   // the sequence number of the next long-name entry; 0: complete
    uint8_t sum = 0;
    uint32_t first = 0, units = 0;
    for (;; it->idx++) {
        int err;
        uint8_t *e = dir_entry(v, it, it->idx, false, &err);
        if (e == NULL) {
            return err;
        }
        if (e[0] == 0) {
            return 0;
        }
        if (e[0] == DELETED) {
            expect = -1;
            continue;
        }
        if ((e[11] & 0x3F) == ATTR_LFN) {
            int seq = e[0] & 0x1F;
            if (e[0] & 0x40) {
                if (seq == 0 || seq > 20) {
                    expect = -1;
                    continue;
                }
                sum = e[13];
                first = it->idx;
                units = (uint32_t)seq * 13;
            } else if (expect <= 0 || seq != expect || e[13] != sum) {
                expect = -1;
                continue;
            }
            for (int k = 0; k < 13; k++) {
                v->lfn[(seq - 1) * 13 + k] = (uint16_t)le16(e + lfn_pos[k]);
            }
            expect = seq - 1;
            continue;
        }
        if ((e[11] & ATTR_VOLUME) || e[0] == '.') {
            expect = -1;
            continue;
        }
        short_to_str(e, v->short_name);
        if (!(expect == 0 && sfn_checksum(e) == sum && lfn_to_str(v, units))) {
            strcpy(v->name, v->short_name);
            first = it->idx;
        }
        hit->idx = it->idx;
        hit->first = first;
        hit->ent = e;
        it->idx++;
        return 1;
    }
}

// ASCII case-insensitive: the NUL-terminated `a` against `b` of `len` bytes.
static bool name_eq(const char *a, const char *b, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') {
            x = (char)(x - 'a' + 'A');
        }
        if (y >= 'a' && y <= 'z') {
            y = (char)(y - 'a' + 'A');
        }
        if (x != y || x == '\0') {
            return false;
        }
    }
    return a[len] == '\0';
}

// Trailing dots and spaces are not part of a FAT name.
static size_t trim_name(const char *name, size_t len) {
    while (len > 0 && (name[len - 1] == '.' || name[len - 1] == ' ')) {
        len--;
    }
    return len;
}

// Finds `name` (long or 8.3 form) in directory `dir`.
static int dir_find(FatVol *v, uint32_t dir, const char *name, size_t len, DirHit *hit) {
    len = trim_name(name, len);
    if (len == 0) {
        return -FAT_ENOENT;
    }
    DirIter it;
    dir_start(&it, dir);
    int rc;
    while ((rc = dir_next(v, &it, hit)) > 0) {
        if (name_eq(v->name, name, len) || name_eq(v->short_name, name, len)) {
            return 0;
        }
    }
    return rc < 0 ? rc : -FAT_ENOENT;
}

// The first cluster of the subdirectory a (directory) entry names.
static int entry_dir(FatVol *v, const uint8_t *e, uint32_t *dir) {
    uint32_t c = entry_cluster(v, e);
    if (!valid_cluster(v, c)) {
        return -FAT_EIO;
    }
    *dir = c;
    return 0;
}

typedef struct {
    bool root;     // the path is "/"
    uint32_t dir;  // the directory holding the entry
    DirHit hit;
} Loc;

// Follows the first `plen` bytes of an absolute path.
static int lookup_n(FatVol *v, const char *path, size_t plen, Loc *loc) {
    if (!v->mounted) {
        return -FAT_ENOENT;
    }
    if (plen == 0 || path[0] != '/') {
        return -FAT_EINVAL;
    }
    loc->root = true;
    loc->dir = 0;
    size_t i = 1;
    uint32_t dir = 0;
    while (i < plen) {
        size_t start = i;
        while (i < plen && path[i] != '/') {
            i++;
        }
        if (i == start) {
            return -FAT_EINVAL;
        }
        int rc = dir_find(v, dir, path + start, i - start, &loc->hit);
        if (rc < 0) {
            return rc;
        }
        loc->root = false;
        loc->dir = dir;
        if (i >= plen) {
            break;
        }
        if (!(loc->hit.ent[11] & ATTR_DIR)) {
            return -FAT_ENOTDIR;
        }
        rc = entry_dir(v, loc->hit.ent, &dir);
        if (rc < 0) {
            return rc;
        }
        i++;
    }
    return 0;
}

static int lookup(FatVol *v, const char *path, Loc *loc) { return lookup_n(v, path, strlen(path), loc); }

// The directory a path's last component goes in, and that component.
static int lookup_parent(FatVol *v, const char *path, uint32_t *dir, const char **name, size_t *len) {
    const char *slash = strrchr(path, '/');
    if (slash == NULL || path[0] != '/') {
        return -FAT_EINVAL;
    }
    *name = slash + 1;
    *len = strlen(slash + 1);
    if (*len == 0) {
        return -FAT_EINVAL;
    }
    Loc loc;
    int rc = lookup_n(v, path, (size_t)(slash - path) > 0 ? (size_t)(slash - path) : 1, &loc);
    if (rc < 0) {
        return rc;
    }
    if (loc.root) {
        *dir = 0;
        return 0;
    }
    if (!(loc.hit.ent[11] & ATTR_DIR)) {
        return -FAT_ENOTDIR;
    }
    return entry_dir(v, loc.hit.ent, dir);
}

// --- creating entries ---------------------------------------------------------------

// The name as UTF-16 in v->lfn: its length in units, or -EINVAL for a
// character FAT names cannot hold or invalid UTF-8, -ENAMETOOLONG.
static int name_to_lfn(FatVol *v, const char *name, size_t len) {
    uint32_t n = 0;
    for (size_t i = 0; i < len;) {
        uint8_t c = (uint8_t)name[i];
        uint32_t cp, more;
        if (c < 0x80) {
            cp = c;
            more = 0;
        } else if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1F;
            more = 1;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0F;
            more = 2;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07;
            more = 3;
        } else {
            return -FAT_EINVAL;
        }
        if (i + more >= len + (more == 0)) {
            return -FAT_EINVAL;
        }
        for (uint32_t k = 1; k <= more; k++) {
            uint8_t cc = (uint8_t)name[i + k];
            if ((cc & 0xC0) != 0x80) {
                return -FAT_EINVAL;
            }
            cp = cp << 6 | (cc & 0x3F);
        }
        i += more + 1;
        if (cp < 0x20 || (cp < 0x80 && strchr("\"*/:<>?\\|", (int)cp) != NULL) ||
            (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
            return -FAT_EINVAL;
        }
        if (n + (cp >= 0x10000 ? 2 : 1) > FAT_LFN_MAX) {
            return -FAT_ENAMETOOLONG;
        }
        if (cp >= 0x10000) {
            v->lfn[n++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            v->lfn[n++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            v->lfn[n++] = (uint16_t)cp;
        }
    }
    return (int)n;
}

static bool sfn_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c != '\0' && strchr("!#$%&'()-@^_`{}~", c) != NULL);
}

// Whether the name is a valid 8.3 name in one case per part: fills the 11
// bytes and the NT case bits.
static bool name_is_83(const char *name, size_t len, uint8_t *sfn, uint8_t *nt) {
    memset(sfn, ' ', 11);
    *nt = 0;
    size_t pos = 0, part_len = 0;
    bool in_ext = false, upper = false, lower = false;
    for (size_t i = 0; i <= len; i++) {
        char c = i < len ? name[i] : '\0';
        if (c == '.' || c == '\0') {
            if (part_len == 0 || (upper && lower) || (c == '.' && in_ext)) {
                return false;
            }
            if (lower) {
                *nt |= in_ext ? NT_LOWER_EXT : NT_LOWER_BASE;
            }
            in_ext = true;
            pos = 8;
            part_len = 0;
            upper = lower = false;
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            lower = true;
            c = (char)(c - 'a' + 'A');
        } else if (c >= 'A' && c <= 'Z') {
            upper = true;
        }
        if (!sfn_char(c) || part_len == (in_ext ? 3u : 8u)) {
            return false;
        }
        sfn[pos++] = (uint8_t)c;
        part_len++;
    }
    return true;
}

// Whether directory `dir` has a short entry with these 11 bytes.
static int short_exists(FatVol *v, uint32_t dir, const uint8_t *sfn) {
    DirIter it;
    dir_start(&it, dir);
    for (uint32_t idx = 0;; idx++) {
        int err;
        const uint8_t *e = dir_entry(v, &it, idx, false, &err);
        if (e == NULL) {
            return err;
        }
        if (e[0] == 0) {
            return 0;
        }
        if (e[0] != DELETED && (e[11] & 0x3F) != ATTR_LFN && memcmp(e, sfn, 11) == 0) {
            return 1;
        }
    }
}

// A short name for a long one: its letters in uppercase, others '_', the
// base cut to leave room for a "~N" that makes it unique in `dir`.
static int make_short(FatVol *v, uint32_t dir, const char *name, size_t len, uint8_t *sfn) {
    const char *dot = NULL;
    for (size_t i = len; i-- > 1;) {
        if (name[i] == '.') {
            dot = name + i;
            break;
        }
    }
    char base[8], ext[3];
    size_t blen = 0, elen = 0;
    size_t base_end = dot != NULL ? (size_t)(dot - name) : len;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)name[i];
        if ((c & 0xC0) == 0x80 || c == ' ' || (c == '.' && i <= base_end)) {
            continue;   // UTF-8 continuation bytes, spaces, the base's dots, the separator
        }
        char s = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : (char)c;
        if (c >= 0x80 || !sfn_char(s)) {
            s = '_';
        }
        if (i < base_end) {
            if (blen < 8) {
                base[blen++] = s;
            }
        } else if (elen < 3) {
            ext[elen++] = s;
        }
    }
    if (blen == 0) {
        base[blen++] = '_';
    }
    for (uint32_t n = 1; n < 1000000; n++) {
        char tail[8];
        int tl = 0;
        for (uint32_t k = n; k > 0; k /= 10) {
            tail[tl++] = (char)('0' + k % 10);
        }
        tail[tl++] = '~';
        memset(sfn, ' ', 11);
        size_t keep = blen < (size_t)(8 - tl) ? blen : (size_t)(8 - tl);
        memcpy(sfn, base, keep);
        for (int k = 0; k < tl; k++) {
            sfn[keep + (size_t)k] = (uint8_t)tail[tl - 1 - k];
        }
        memcpy(sfn + 8, ext, elen);
        int rc = short_exists(v, dir, sfn);
        if (rc <= 0) {
            return rc;
        }
    }
    return -FAT_EEXIST;
}

// A short entry's bytes 11..31 for something new: attributes, times, first cluster.
static void make_template(FatVol *v, uint8_t *t, uint8_t attr, uint32_t cluster) {
    memset(t, 0, ENT_SIZE);
    uint32_t now = fat_now(v);
    t[11] = attr;
    put16(t + 14, now & 0xFFFF);   // created
    put16(t + 16, now >> 16);
    put16(t + 18, now >> 16);      // accessed
    put16(t + 22, now & 0xFFFF);   // written
    put16(t + 24, now >> 16);
    set_entry_cluster(v, t, cluster);
}

// Adds `name` (absent from `dir`) with bytes 11..31 of `tmpl`, long-name
// entries first when it needs them. The short entry's index in *out.
static int dir_add(FatVol *v, uint32_t dir, const char *name, size_t len, const uint8_t *tmpl, uint32_t *out) {
    len = trim_name(name, len);
    if (len == 0) {
        return -FAT_EINVAL;
    }
    int units = name_to_lfn(v, name, len);
    if (units < 0) {
        return units;
    }
    uint8_t sfn[11], nt;
    uint32_t nlfn = 0;
    if (!name_is_83(name, len, sfn, &nt)) {
        int rc = make_short(v, dir, name, len, sfn);
        if (rc < 0) {
            return rc;
        }
        nt = 0;
        nlfn = ((uint32_t)units + 12) / 13;
    }
    uint32_t need = nlfn + 1, run = 0, start = 0;
    bool past_end = false;
    DirIter it;
    dir_start(&it, dir);
    for (uint32_t idx = 0; run < need; idx++) {
        int err;
        const uint8_t *e = dir_entry(v, &it, idx, true, &err);
        if (e == NULL) {
            return err < 0 ? err : -FAT_ENOSPC;
        }
        if (past_end || e[0] == 0 || e[0] == DELETED) {
            past_end = past_end || e[0] == 0;
            if (run == 0) {
                start = idx;
            }
            run++;
        } else {
            run = 0;
        }
    }
    int err;
    uint8_t *e;
    if (past_end && (e = dir_entry(v, &it, start + need, false, &err)) != NULL) {
        e[0] = 0;   // what follows the new entries stays the end of the directory
    }
    uint8_t sum = sfn_checksum(sfn);
    for (uint32_t i = 0; i < nlfn; i++) {
        e = dir_entry(v, &it, start + i, false, &err);
        if (e == NULL) {
            return -FAT_EIO;
        }
        uint32_t seq = nlfn - i;
        memset(e, 0, ENT_SIZE);
        e[0] = (uint8_t)(seq | (i == 0 ? 0x40 : 0));
        e[11] = ATTR_LFN;
        e[13] = sum;
        for (uint32_t k = 0; k < 13; k++) {
            uint32_t at = (seq - 1) * 13 + k;
            put16(e + lfn_pos[k], at < (uint32_t)units ? v->lfn[at] : at == (uint32_t)units ? 0 : 0xFFFF);
        }
    }
    e = dir_entry(v, &it, start + nlfn, false, &err);
    if (e == NULL) {
        return -FAT_EIO;
    }
    memcpy(e + 11, tmpl + 11, ENT_SIZE - 11);
    memcpy(e, sfn, 11);
    e[12] = nt;
    *out = start + nlfn;
    return 0;
}

// Marks the entries of a name deleted.
static void dir_delete(FatVol *v, uint32_t dir, const DirHit *hit) {
    DirIter it;
    dir_start(&it, dir);
    for (uint32_t i = hit->first; i <= hit->idx; i++) {
        int err;
        uint8_t *e = dir_entry(v, &it, i, false, &err);
        if (e != NULL) {
            e[0] = DELETED;
        }
    }
}

static uint8_t *entry_at(FatVol *v, uint32_t dir, uint32_t idx) {
    DirIter it;
    dir_start(&it, dir);
    int err;
    return dir_entry(v, &it, idx, false, &err);
}

// --- files -------------------------------------------------------------------------

static FatFile *file_get(FatVol *v, int h) {
    if (h < 0) {
        return NULL;
    }
    FatFile *f = &v->files[h % FAT_MAX_FILES];
    if (!f->used || f->gen != (uint32_t)h / FAT_MAX_FILES) {
        return NULL;
    }
    f->used_at = ++v->clock;
    return f;
}

// Cluster number `ci` of the file's chain; with `grow`, the chain is
// extended (and started) as needed.
static int file_cluster(FatVol *v, FatFile *f, uint32_t ci, bool grow, uint32_t *out) {
    uint32_t c, n;
    if (f->clu != 0 && f->clu_n <= ci) {
        c = f->clu;
        n = f->clu_n;
    } else if (f->first == 0) {
        if (!grow) {
            return -FAT_EIO;
        }
        int32_t a = fat_alloc(v, 0);
        if (a < 0) {
            return a;
        }
        f->first = c = (uint32_t)a;
        n = 0;
    } else {
        if (!valid_cluster(v, f->first)) {
            return -FAT_EIO;
        }
        c = f->first;
        n = 0;
    }
    while (n < ci) {
        int32_t next = fat_next(v, c);
        if (next == 0 && grow) {
            next = fat_alloc(v, c);
        }
        if (next == 0) {
            return -FAT_EIO;   // the chain is shorter than the size says
        }
        if (next < 0) {
            return next;
        }
        c = (uint32_t)next;
        if (++n > v->nclusters) {
            return -FAT_EIO;
        }
    }
    f->clu = c;
    f->clu_n = n;
    *out = c;
    return 0;
}

// Writes the file's first cluster, size and time into its entry, and tells
// the other handles on the same file. `cut`: the chain was shortened.
static void file_sync(FatVol *v, FatFile *f, bool cut) {
    uint8_t *e = entry_at(v, f->dir, f->idx);
    if (e != NULL) {
        uint32_t now = fat_now(v);
        set_entry_cluster(v, e, f->first);
        put32(e + 28, f->size);
        put16(e + 22, now & 0xFFFF);
        put16(e + 24, now >> 16);
        put16(e + 18, now >> 16);
        e[11] |= ATTR_ARCHIVE;
    }
    for (int i = 0; i < FAT_MAX_FILES; i++) {
        FatFile *o = &v->files[i];
        if (o->used && !o->detached && o->dir == f->dir && o->idx == f->idx) {
            if (o->first != f->first || cut) {
                o->clu = 0;
            }
            o->first = f->first;
            o->size = f->size;
        }
    }
}

// Writes `len` bytes (zeros when `src` is NULL) at the file's position.
static long file_put(FatVol *v, FatFile *f, const uint8_t *src, uint32_t len) {
    uint32_t done = 0;
    while (done < len) {
        uint32_t c, off = f->pos % v->cluster_bytes;
        int rc = file_cluster(v, f, f->pos / v->cluster_bytes, true, &c);
        if (rc < 0) {
            if (done == 0) {
                return rc;
            }
            break;
        }
        uint32_t chunk = v->cluster_bytes - off;
        chunk = chunk < len - done ? chunk : len - done;
        if (src != NULL) {
            memcpy(cluster_ptr(v, c) + off, src + done, chunk);
        } else {
            memset(cluster_ptr(v, c) + off, 0, chunk);
        }
        f->pos += chunk;
        done += chunk;
        if (f->pos > f->size) {
            f->size = f->pos;
        }
    }
    return (long)done;
}

static void file_cut(FatVol *v, FatFile *f) {
    fat_free_chain(v, f->first);
    f->first = 0;
    f->size = 0;
    f->clu = 0;
    file_sync(v, f, true);
}

int fat_open(FatVol *v, const char *path, int flags) {
    // A free slot, else the one unused for longest.
    int slot = 0;
    for (int i = 0; i < FAT_MAX_FILES; i++) {
        const FatFile *o = &v->files[i];
        if (!o->used || o->used_at < v->files[slot].used_at) {
            slot = i;
            if (!o->used) {
                break;
            }
        }
    }
    FatFile *f = &v->files[slot];
    bool writing = (flags & (FAT_O_WRITE | FAT_O_TRUNC | FAT_O_APPEND)) != 0;
    Loc loc;
    int rc = lookup(v, path, &loc);
    uint32_t dir, idx;
    if (rc == 0) {
        if (loc.root || (loc.hit.ent[11] & ATTR_DIR)) {
            return -FAT_EISDIR;
        }
        if ((flags & FAT_O_CREATE) && (flags & FAT_O_EXCL)) {
            return -FAT_EEXIST;
        }
        if (writing && (loc.hit.ent[11] & ATTR_RDONLY)) {
            return -FAT_EACCES;
        }
        dir = loc.dir;
        idx = loc.hit.idx;
    } else if (rc == -FAT_ENOENT && (flags & FAT_O_CREATE)) {
        const char *name;
        size_t len;
        rc = lookup_parent(v, path, &dir, &name, &len);
        if (rc < 0) {
            return rc;
        }
        uint8_t t[ENT_SIZE];
        make_template(v, t, ATTR_ARCHIVE, 0);
        rc = dir_add(v, dir, name, len, t, &idx);
        if (rc < 0) {
            return rc;
        }
    } else {
        return rc;
    }
    const uint8_t *e = entry_at(v, dir, idx);
    if (e == NULL) {
        return -FAT_EIO;
    }
    uint32_t gen = (f->gen + 1) % (0x7FFFFFFFu / FAT_MAX_FILES);
    memset(f, 0, sizeof(*f));
    f->gen = gen;
    f->used_at = ++v->clock;
    f->used = 1;
    f->flags = (uint8_t)flags;
    f->dir = dir;
    f->idx = idx;
    f->first = entry_cluster(v, e);
    f->size = le32(e + 28);
    if ((flags & FAT_O_TRUNC) && (f->first != 0 || f->size != 0)) {
        file_cut(v, f);
    }
    return (int)(gen * FAT_MAX_FILES) + slot;
}

int fat_close(FatVol *v, int h) {
    FatFile *f = file_get(v, h);
    if (f == NULL) {
        return -FAT_EBADF;
    }
    f->used = 0;
    return 0;
}

long fat_read(FatVol *v, int h, void *buf, size_t len) {
    FatFile *f = file_get(v, h);
    if (f == NULL || !(f->flags & FAT_O_READ)) {
        return -FAT_EBADF;
    }
    if (f->detached || f->pos >= f->size) {
        return 0;
    }
    uint32_t n = f->size - f->pos;
    n = len < n ? (uint32_t)len : n;
    uint32_t done = 0;
    while (done < n) {
        uint32_t c, off = f->pos % v->cluster_bytes;
        int rc = file_cluster(v, f, f->pos / v->cluster_bytes, false, &c);
        if (rc < 0) {
            return done > 0 ? (long)done : rc;
        }
        uint32_t chunk = v->cluster_bytes - off;
        chunk = chunk < n - done ? chunk : n - done;
        memcpy((uint8_t *)buf + done, cluster_ptr(v, c) + off, chunk);
        f->pos += chunk;
        done += chunk;
    }
    return (long)done;
}

long fat_write(FatVol *v, int h, const void *buf, size_t len) {
    FatFile *f = file_get(v, h);
    if (f == NULL || !(f->flags & FAT_O_WRITE)) {
        return -FAT_EBADF;
    }
    if (f->detached) {
        return -FAT_EIO;
    }
    if (f->flags & FAT_O_APPEND) {
        f->pos = f->size;
    }
    if (len > 0xFFFFFFFFu - f->pos) {
        return -FAT_EFBIG;
    }
    long rc = 0;
    if (f->pos > f->size) {
        // FAT files have no holes: what a seek skipped reads as zeros.
        uint32_t pos = f->pos;
        f->pos = f->size;
        rc = file_put(v, f, NULL, pos - f->size);
        if (rc >= 0 && f->pos != pos) {
            rc = -FAT_ENOSPC;
        }
    }
    if (rc >= 0) {
        rc = file_put(v, f, buf, (uint32_t)len);
    }
    file_sync(v, f, false);
    return rc;
}

long fat_seek(FatVol *v, int h, long offset, int whence) {
    FatFile *f = file_get(v, h);
    if (f == NULL) {
        return -FAT_EBADF;
    }
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)f->pos : whence == 2 ? (int64_t)f->size : -1;
    if (base < 0) {
        return -FAT_EINVAL;
    }
    int64_t pos = base + offset;
    if (pos < 0 || pos > 0x7FFFFFFF) {
        return -FAT_EINVAL;
    }
    f->pos = (uint32_t)pos;
    return (long)pos;
}

int fat_truncate(FatVol *v, int h, uint32_t size) {
    FatFile *f = file_get(v, h);
    if (f == NULL || !(f->flags & FAT_O_WRITE)) {
        return -FAT_EBADF;
    }
    if (f->detached) {
        return -FAT_EIO;
    }
    if (size > f->size) {
        uint32_t pos = f->pos;
        f->pos = f->size;
        long rc = file_put(v, f, NULL, size - f->size);
        f->pos = pos;
        file_sync(v, f, false);
        return rc < 0 ? (int)rc : f->size == size ? 0 : -FAT_ENOSPC;
    }
    if (size == 0) {
        file_cut(v, f);
        return 0;
    }
    uint32_t c;
    int rc = file_cluster(v, f, (size - 1) / v->cluster_bytes, false, &c);
    if (rc < 0) {
        return rc;
    }
    int32_t next = fat_next(v, c);
    fat_set(v, c, FAT_EOC);
    if (next > 0) {
        fat_free_chain(v, (uint32_t)next);
    }
    f->size = size;
    f->clu = 0;
    file_sync(v, f, true);
    return 0;
}

// --- whole entries ----------------------------------------------------------------

int fat_stat(FatVol *v, const char *path, FatStat *st) {
    Loc loc;
    int rc = lookup(v, path, &loc);
    if (rc < 0) {
        return rc;
    }
    if (loc.root) {
        st->is_dir = true;
        st->size = 0;
        st->mtime = 0;
        return 0;
    }
    const uint8_t *e = loc.hit.ent;
    st->is_dir = (e[11] & ATTR_DIR) != 0;
    st->size = st->is_dir ? 0 : le32(e + 28);
    st->mtime = fat_to_epoch(le16(e + 24), le16(e + 22));
    return 0;
}

// The directory a path names.
static int lookup_dir(FatVol *v, const char *path, uint32_t *dir, Loc *loc) {
    int rc = lookup(v, path, loc);
    if (rc < 0) {
        return rc;
    }
    if (loc->root) {
        *dir = 0;
        return 0;
    }
    if (!(loc->hit.ent[11] & ATTR_DIR)) {
        return -FAT_ENOTDIR;
    }
    return entry_dir(v, loc->hit.ent, dir);
}

int fat_listdir(FatVol *v, const char *path, void (*cb)(void *ctx, const char *name), void *ctx) {
    uint32_t dir;
    Loc loc;
    int rc = lookup_dir(v, path, &dir, &loc);
    if (rc < 0) {
        return rc;
    }
    DirIter it;
    dir_start(&it, dir);
    DirHit hit;
    while ((rc = dir_next(v, &it, &hit)) > 0) {
        cb(ctx, v->name);
    }
    return rc;
}

int fat_mkdir(FatVol *v, const char *path) {
    Loc loc;
    int rc = lookup(v, path, &loc);
    if (rc == 0) {
        return -FAT_EEXIST;
    }
    if (rc != -FAT_ENOENT) {
        return rc;
    }
    uint32_t parent;
    const char *name;
    size_t len;
    rc = lookup_parent(v, path, &parent, &name, &len);
    if (rc < 0) {
        return rc;
    }
    int32_t c = fat_alloc(v, 0);
    if (c < 0) {
        return c;
    }
    uint8_t t[ENT_SIZE];
    make_template(v, t, ATTR_DIR, (uint32_t)c);
    uint8_t *d = cluster_ptr(v, (uint32_t)c);
    memcpy(d, t, ENT_SIZE);
    memcpy(d, ".          ", 11);
    memcpy(d + ENT_SIZE, t, ENT_SIZE);
    memcpy(d + ENT_SIZE, "..         ", 11);
    set_entry_cluster(v, d + ENT_SIZE, parent);
    uint32_t idx;
    rc = dir_add(v, parent, name, len, t, &idx);
    if (rc < 0) {
        fat_free_chain(v, (uint32_t)c);
    }
    return rc;
}

int fat_rmdir(FatVol *v, const char *path) {
    uint32_t dir;
    Loc loc;
    int rc = lookup_dir(v, path, &dir, &loc);
    if (rc < 0) {
        return rc;
    }
    if (loc.root) {
        return -FAT_EINVAL;
    }
    DirIter it;
    dir_start(&it, dir);
    DirHit hit;
    rc = dir_next(v, &it, &hit);
    if (rc != 0) {
        return rc < 0 ? rc : -FAT_ENOTEMPTY;
    }
    dir_delete(v, loc.dir, &loc.hit);
    fat_free_chain(v, dir);
    return 0;
}

int fat_remove(FatVol *v, const char *path) {
    Loc loc;
    int rc = lookup(v, path, &loc);
    if (rc < 0) {
        return rc;
    }
    if (loc.root || (loc.hit.ent[11] & ATTR_DIR)) {
        return -FAT_EISDIR;
    }
    if (loc.hit.ent[11] & ATTR_RDONLY) {
        return -FAT_EACCES;
    }
    uint32_t first = entry_cluster(v, loc.hit.ent);
    dir_delete(v, loc.dir, &loc.hit);
    fat_free_chain(v, first);
    for (int i = 0; i < FAT_MAX_FILES; i++) {
        FatFile *o = &v->files[i];
        if (o->used && o->dir == loc.dir && o->idx == loc.hit.idx) {
            o->detached = 1;
        }
    }
    return 0;
}

// Whether directory `dir` is `anc` or inside it (following "..").
static int dir_within(FatVol *v, uint32_t dir, uint32_t anc) {
    for (uint32_t steps = 0; steps <= v->nclusters; steps++) {
        if (dir == anc) {
            return 1;
        }
        if (dir == 0) {
            return 0;
        }
        const uint8_t *e = entry_at(v, dir, 1);
        if (e == NULL || memcmp(e, "..         ", 11) != 0) {
            return -FAT_EIO;
        }
        dir = entry_cluster(v, e);
        if (v->fat_bits == 32 && dir == v->root_clus) {
            dir = 0;   // some tools name the FAT32 root by its cluster in ".."
        }
        if (dir != 0 && !valid_cluster(v, dir)) {
            return -FAT_EIO;
        }
    }
    return -FAT_EIO;
}

int fat_rename(FatVol *v, const char *from, const char *to) {
    Loc src;
    int rc = lookup(v, from, &src);
    if (rc < 0) {
        return rc;
    }
    if (src.root) {
        return -FAT_EINVAL;
    }
    uint32_t parent;
    const char *name;
    size_t len;
    rc = lookup_parent(v, to, &parent, &name, &len);
    if (rc < 0) {
        return rc;
    }
    Loc dst;
    rc = lookup(v, to, &dst);
    if (rc == 0 && !(dst.dir == src.dir && dst.hit.idx == src.hit.idx)) {
        return -FAT_EEXIST;   // FatFs does not replace (CircuitPython says EEXIST)
    }
    if (rc < 0 && rc != -FAT_ENOENT) {
        return rc;
    }
    // (The lookups used the scratch: src.hit stays valid, the names do not.)
    uint8_t ent[ENT_SIZE];
    memcpy(ent, src.hit.ent, ENT_SIZE);
    bool is_dir = (ent[11] & ATTR_DIR) != 0;
    uint32_t moved = entry_cluster(v, ent);
    if (is_dir) {
        if (!valid_cluster(v, moved)) {
            return -FAT_EIO;
        }
        rc = dir_within(v, parent, moved);
        if (rc != 0) {
            return rc < 0 ? rc : -FAT_EINVAL;   // into itself
        }
    }
    uint32_t idx;
    rc = dir_add(v, parent, name, len, ent, &idx);
    if (rc < 0) {
        return rc;
    }
    dir_delete(v, src.dir, &src.hit);
    if (is_dir && parent != src.dir) {
        uint8_t *dotdot = entry_at(v, moved, 1);
        if (dotdot != NULL && memcmp(dotdot, "..         ", 11) == 0) {
            set_entry_cluster(v, dotdot, parent);
        }
    }
    for (int i = 0; i < FAT_MAX_FILES; i++) {
        FatFile *o = &v->files[i];
        if (o->used && !o->detached && o->dir == src.dir && o->idx == src.hit.idx) {
            o->dir = parent;
            o->idx = idx;
        }
    }
    return 0;
}

int fat_space(FatVol *v, uint32_t *free_clusters, uint32_t *total_clusters, uint32_t *cluster_bytes) {
    if (!v->mounted) {
        return -FAT_ENOENT;
    }
    *free_clusters = v->free_clusters;
    *total_clusters = v->nclusters;
    *cluster_bytes = v->cluster_bytes;
    return 0;
}
