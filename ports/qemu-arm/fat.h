// A FAT12/FAT16/FAT32 filesystem on a volume image held in memory (the
// qemu-arm board's drive): BPB parsing, FAT chains, the root directory and
// subdirectories, 8.3 names with the NT lowercase bits and VFAT long names,
// files with several open handles. Every on-disk value is checked before it
// is used, so a corrupt image gives errors (negative errno), never a crash.
// Paths given to it are absolute and normalised ("/", "/lib/a.py"): no ".",
// "..", empty or trailing components (storage_qemu.c resolves those).
#ifndef COPPER_PORTS_QEMU_FAT_H
#define COPPER_PORTS_QEMU_FAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Error numbers (Linux values, returned negated).
#define FAT_ENOENT 2
#define FAT_EIO 5
#define FAT_EBADF 9
#define FAT_EACCES 13
#define FAT_EEXIST 17
#define FAT_ENOTDIR 20
#define FAT_EISDIR 21
#define FAT_EINVAL 22
#define FAT_EFBIG 27
#define FAT_ENOSPC 28
#define FAT_ENAMETOOLONG 36
#define FAT_ENOTEMPTY 39

// Open flags: the values of hal.h's HAL_O_*.
#define FAT_O_READ 1
#define FAT_O_WRITE 2
#define FAT_O_CREATE 4
#define FAT_O_TRUNC 8
#define FAT_O_APPEND 16
#define FAT_O_EXCL 32

// Open files. Python may drop a file without closing it (nothing tells the
// drive), so when all are taken the one unused for longest is taken over;
// its old handle then gives EBADF (a handle carries the slot's generation).
// Writes reach the image at once, so nothing is lost that way.
// A 32 KB board (port.mk) has 8: each costs 40 bytes of RAM.
#ifndef FAT_MAX_FILES
#define FAT_MAX_FILES 16
#endif
#define FAT_LFN_MAX 255      // UTF-16 units in a long name
#define FAT_LFN_UNITS 260    // what 20 long-name entries hold
#define FAT_NAME_BYTES (FAT_LFN_UNITS * 3 + 1)   // a long name in UTF-8
#define FAT_LFN_AT ((FAT_NAME_BYTES + 1) / 2 - FAT_LFN_UNITS)   // lfn's offset in units

typedef struct {
    uint8_t used;
    uint8_t flags;          // FAT_O_*
    uint8_t detached;       // its file was removed: reads end, writes fail
    uint32_t dir, idx;      // where its short entry is: directory, index
    uint32_t first, size, pos;
    uint32_t clu, clu_n;    // cache: cluster number clu_n of the chain is clu
    uint32_t gen;           // handle = gen * FAT_MAX_FILES + slot
    uint32_t used_at;       // FatVol.clock at the last call on it
} FatFile;

typedef struct {
    uint8_t *base;          // the image in memory
    uint32_t size;          // bytes of it the volume covers
    uint32_t cluster_bytes;
    uint32_t fat_off, fat_bytes, nfats;
    uint32_t root_off, root_entries;   // FAT12/16: the fixed root directory
    uint32_t root_clus;     // FAT32: the root directory's first cluster
    uint32_t fsinfo_off;    // FAT32: the FSInfo sector (0: none), kept up to date
    uint32_t data_off;
    uint32_t nclusters;     // data clusters are 2 .. nclusters + 1
    uint32_t free_clusters;
    uint32_t next_free;     // where the search for a free cluster starts
    uint8_t fat_bits;       // 12, 16 or 32
    bool mounted;
    // Wall-clock seconds since 1970 for timestamps (NULL: 2000-01-01).
    int64_t (*now)(void);
    FatFile files[FAT_MAX_FILES];
    uint32_t clock;         // counts calls on files
    // Scratch for names (one operation at a time). A long name's UTF-16
    // units are gathered in lfn, the end of the buffer, and its UTF-8 is
    // written over them from the start: unit i (of at most FAT_LFN_MAX) is
    // read before the writing reaches byte 3 * i, so with lfn at least
    // FAT_LFN_MAX bytes in, it never overwrites a unit not yet read. One
    // buffer, not two, saves 520 bytes of RAM.
    union {
        char name[FAT_NAME_BYTES];
        struct {
            uint16_t before_lfn[FAT_LFN_AT];
            uint16_t lfn[FAT_LFN_UNITS];
        };
    };
    char short_name[32];
} FatVol;

typedef struct {
    bool is_dir;
    uint32_t size;
    int64_t mtime;          // seconds since 1970 from the FAT write date/time
} FatStat;

// Reads the boot sector of the image at `base` (at most `max_size` bytes):
// 0; -FAT_ENOENT when there is no volume (blank memory); -FAT_EIO when it is
// not a FAT12/16/32 volume that fits.
int fat_mount(FatVol *v, uint8_t *base, uint32_t max_size);

int fat_open(FatVol *v, const char *path, int flags);   // a handle >= 0
int fat_close(FatVol *v, int h);
long fat_read(FatVol *v, int h, void *buf, size_t len);
long fat_write(FatVol *v, int h, const void *buf, size_t len);
long fat_seek(FatVol *v, int h, long offset, int whence);
// Cuts (or extends with zeros) an open file to `size` bytes.
int fat_truncate(FatVol *v, int h, uint32_t size);

int fat_stat(FatVol *v, const char *path, FatStat *st);
int fat_listdir(FatVol *v, const char *path, void (*cb)(void *ctx, const char *name), void *ctx);
int fat_mkdir(FatVol *v, const char *path);
int fat_rmdir(FatVol *v, const char *path);   // empty directories only
int fat_remove(FatVol *v, const char *path);
int fat_rename(FatVol *v, const char *from, const char *to);
// Free and total clusters and the cluster size in bytes.
int fat_space(FatVol *v, uint32_t *free_clusters, uint32_t *total_clusters, uint32_t *cluster_bytes);

#endif
