// The os module as CircuitPython has it: the CIRCUITPY filesystem (listdir,
// mkdir, rmdir, remove, rename, stat, statvfs, getcwd, chdir, sync),
// uname, urandom, getenv and sep, all through hal.h. Failures raise OSError
// (the errno's subclass) as CPython words them:
// "[Errno 2] No such file or directory: 'x'".
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "hal.h"
#include "hal_board.h"
#include "mods.h"
#include "module_table.h"
#include "obj_file.h"
#include "print.h"
#include "settings.h"
#include "structseq.h"
#include "vm_raise.h"

// The path argument of a function. `what` is CPython's description of the
// accepted types, for the TypeError ("string, bytes or os.PathLike").
static const char *path_arg_as(Value v, const char *fn, const char *arg, const char *what) {
    if (!obj_isinstance(v, &str_type)) {
        vm_raise(&exc_TypeError_type, "%s: %s should be %s, not %s", fn, arg, what,
                 type_name_cstr(type_of(v)));
    }
    return str_cstr(obj_native(v));
}

#define PLAIN_PATH "string, bytes or os.PathLike"
#define FD_PATH "string, bytes, os.PathLike or integer"

static const char *path_arg(Value v, const char *fn) { return path_arg_as(v, fn, "path", PLAIN_PATH); }

static void check(int rc, Value path) {
    if (rc < 0) {
        raise_oserror(-rc, obj_native(path));
    }
}

// --- directories and files -------------------------------------------------------

static void listdir_cb(void *ctx, const char *name) { list_append(*(Value *)ctx, str_new_cstr(name)); }

static Value os_listdir(size_t nargs, const Value *args) {
    Value path = nargs > 0 && args[0] != VAL_NONE ? args[0] : NAME(dot);
    const char *p = path_arg_as(path, "listdir", "path", "string, bytes, os.PathLike, integer or None");
    Value list = list_new_empty();
    check(hal_listdir(p, listdir_cb, &list), path);
    return list;
}

static Value os_mkdir(size_t nargs, const Value *args) {
    (void)nargs;
    check(hal_mkdir(path_arg(args[0], "mkdir")), args[0]);
    return VAL_NONE;
}

static Value os_rmdir(size_t nargs, const Value *args) {
    (void)nargs;
    check(hal_rmdir(path_arg(args[0], "rmdir")), args[0]);
    return VAL_NONE;
}

static Value os_remove(size_t nargs, const Value *args) {
    (void)nargs;
    check(hal_remove(path_arg(args[0], "remove")), args[0]);
    return VAL_NONE;
}

static Value os_rename(size_t nargs, const Value *args) {
    (void)nargs;
    const char *from = path_arg_as(args[0], "rename", "src", PLAIN_PATH);
    const char *to = path_arg_as(args[1], "rename", "dst", PLAIN_PATH);
    int rc = hal_rename(from, to);
    if (rc < 0) {
        // OSError(errno, strerror, filename, winerror, filename2) prints
        // "[Errno 2] No such file or directory: 'a' -> 'b'".
        Value a[5] = {val_from_small_int(-rc), str_new_cstr(errno_message(-rc)),
                      obj_native(args[0]), VAL_NONE, obj_native(args[1])};
        vm_raise_obj(obj_call(OBJ_VAL(&exc_OSError_type), 5, a, VAL_NULL));
    }
    return VAL_NONE;
}

static Value os_getcwd(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    char buf[256];
    check(hal_getcwd(buf, sizeof(buf)), VAL_NULL);
    return str_new_cstr(buf);
}

static Value os_chdir(size_t nargs, const Value *args) {
    (void)nargs;
    check(hal_chdir(path_arg_as(args[0], "chdir", "path", FD_PATH)), args[0]);
    return VAL_NONE;
}

static Value os_sync(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return VAL_NONE;
}

// --- stat, statvfs, uname records ------------------------------------------------

static const Value stat_fields[] = {
    NAME(st_mode), NAME(st_ino), NAME(st_dev), NAME(st_nlink), NAME(st_uid),
    NAME(st_gid), NAME(st_size), NAME(st_atime), NAME(st_mtime), NAME(st_ctime),
    NAME(st_atime), NAME(st_mtime), NAME(st_ctime),   // float versions, by name only
};
static const Value statvfs_fields[] = {
    NAME(f_bsize), NAME(f_frsize), NAME(f_blocks), NAME(f_bfree), NAME(f_bavail),
    NAME(f_files), NAME(f_ffree), NAME(f_favail), NAME(f_flag), NAME(f_namemax),
};
static const Value uname_fields[] = {
    NAME(sysname), NAME(nodename), NAME(release), NAME(version), NAME(machine),
};

extern const Type stat_result_type, statvfs_result_type, uname_result_type;
static const StructSeqDesc stat_desc = {&stat_result_type, "os.stat_result", 10, 3, stat_fields};
static const StructSeqDesc statvfs_desc = {&statvfs_result_type, "os.statvfs_result", 10, 0,
                                           statvfs_fields};
static const StructSeqDesc uname_desc = {&uname_result_type, "posix.uname_result", 5, 0,
                                         uname_fields};

static Value stat_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return structseq_make(&stat_desc, nargs, args, kwnames);
}

static Value statvfs_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return structseq_make(&statvfs_desc, nargs, args, kwnames);
}

const Type stat_result_type = {
    .base = {&type_type},
    .name = NAME(tp_stat_result),
    .base_type = &object_type,
    .make_new = stat_make_new,
    STRUCTSEQ_SLOTS,
};

const Type statvfs_result_type = {
    .base = {&type_type},
    .name = NAME(tp_statvfs_result),
    .base_type = &object_type,
    .make_new = statvfs_make_new,
    STRUCTSEQ_SLOTS,
};

const Type uname_result_type = {
    .base = {&type_type},
    .name = NAME(tp_uname_result),
    .base_type = &object_type,
    STRUCTSEQ_SLOTS,
};

static Value os_stat(size_t nargs, const Value *args) {
    (void)nargs;
    HalStat st;
    check(hal_stat(path_arg_as(args[0], "stat", "path", FD_PATH), &st), args[0]);
    Value mtime = int_from_i64(st.mtime);
    Value fmtime = float_new((double)st.mtime);
    Value v[13] = {
        val_from_small_int(st.is_dir ? 040755 : 0100644),
        val_from_small_int(0), val_from_small_int(0), val_from_small_int(1),
        val_from_small_int(0), val_from_small_int(0), int_from_u64(st.size),
        mtime, mtime, mtime, fmtime, fmtime, fmtime,
    };
    return structseq_new(&stat_desc, v);
}

static Value os_statvfs(size_t nargs, const Value *args) {
    (void)nargs;
    HalStat st;
    check(hal_stat(path_arg_as(args[0], "statvfs", "path", FD_PATH), &st), args[0]);
    // A plausible 2 MB CIRCUITPY drive of 512-byte blocks, half free: the
    // HAL has no call for the real figures.
    static const uint16_t figures[10] = {512, 512, 4096, 2048, 2048, 0, 0, 0, 0, 255};
    Value v[10];
    for (size_t i = 0; i < 10; i++) {
        v[i] = val_from_small_int(figures[i]);
    }
    return structseq_new(&statvfs_desc, v);
}

// The build date as YYYY-MM-DD (CircuitPython's version strings carry it).
static Value build_date(void) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__;   // "Mmm dd yyyy"
    int m = 1;
    while (m < 12 && memcmp(months + 3 * (m - 1), d, 3) != 0) {
        m++;
    }
    return str_printf("%s-%c%c-%c%c", d + 7, '0' + m / 10, '0' + m % 10, d[4] == ' ' ? '0' : d[4], d[5]);
}

static Value os_uname(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    if (hal_board_mode()) {
        // On a board: as CircuitPython reports it (sysname and nodename the
        // MCU, machine "<board> with <mcu>"), with Copper's version.
        const HalBoard *b = hal_board();
        Value mcu = str_new_cstr(b->mcu);
        Value v[5] = {mcu, mcu, str_new_cstr(COPPER_VERSION),
                      str_printf("%s on %S", COPPER_VERSION, build_date()), str_printf("%s with %s", b->name, b->mcu)};
        return structseq_new(&uname_desc, v);
    }
    Value v[5] = {
        NAME(copper), NAME(copper), str_new_cstr(COPPER_VERSION),
        str_new_cstr("Copper " COPPER_VERSION), str_new_cstr("host with Copper"),
    };
    return structseq_new(&uname_desc, v);
}

// --- misc ---------------------------------------------------------------------

static Value os_urandom(size_t nargs, const Value *args) {
    (void)nargs;
    intptr_t n = int_as_intptr(mods_to_int(args[0]));
    if (n < 0) {
        vm_raise(&exc_ValueError_type, "negative argument not allowed");
    }
    uint8_t *buf = gc_alloc((size_t)n + 1, true);
    hal_random_bytes(buf, (size_t)n);
    return bytes_new(buf, (size_t)n);
}

static Value os_getenv(size_t nargs, const Value *args) {
    if (!obj_isinstance(args[0], &str_type)) {
        vm_raise(&exc_TypeError_type, "str expected, not %s", type_name_cstr(type_of(args[0])));
    }
    return settings_getenv(args[0], nargs > 1 ? args[1] : VAL_NONE);   // settings.toml on CIRCUITPY
}

static BUILTIN_FN(os_chdir_obj, chdir, 1, 1, os_chdir);
static BUILTIN_FN(os_getcwd_obj, getcwd, 0, 0, os_getcwd);
static BUILTIN_FN(os_getenv_obj, getenv, 1, 2, os_getenv);
static BUILTIN_FN(os_listdir_obj, listdir, 0, 1, os_listdir);
static BUILTIN_FN(os_mkdir_obj, mkdir, 1, 2, os_mkdir);
static BUILTIN_FN(os_remove_obj, remove, 1, 1, os_remove);
static BUILTIN_FN(os_rename_obj, rename, 2, 2, os_rename);
static BUILTIN_FN(os_rmdir_obj, rmdir, 1, 1, os_rmdir);
static BUILTIN_FN(os_stat_obj, stat, 1, 1, os_stat);
static BUILTIN_FN(os_statvfs_obj, statvfs, 1, 1, os_statvfs);
static BUILTIN_FN(os_sync_obj, sync, 0, 0, os_sync);
static BUILTIN_FN(os_uname_obj, uname, 0, 0, os_uname);
static BUILTIN_FN(os_unlink_obj, unlink, 1, 1, os_remove);
static BUILTIN_FN(os_urandom_obj, urandom, 1, 1, os_urandom);

static const AttrEntry os_globals[] = {
    {NAME(__name__), NAME(os)},
    {NAME(chdir), OBJ_VAL(&os_chdir_obj)},
    {NAME(getcwd), OBJ_VAL(&os_getcwd_obj)},
    {NAME(getenv), OBJ_VAL(&os_getenv_obj)},
    {NAME(listdir), OBJ_VAL(&os_listdir_obj)},
    {NAME(mkdir), OBJ_VAL(&os_mkdir_obj)},
    {NAME(remove), OBJ_VAL(&os_remove_obj)},
    {NAME(rename), OBJ_VAL(&os_rename_obj)},
    {NAME(rmdir), OBJ_VAL(&os_rmdir_obj)},
    {NAME(sep), NAME(slash)},
    {NAME(stat), OBJ_VAL(&os_stat_obj)},
    {NAME(stat_result), OBJ_VAL(&stat_result_type)},
    {NAME(statvfs), OBJ_VAL(&os_statvfs_obj)},
    {NAME(sync), OBJ_VAL(&os_sync_obj)},
    {NAME(uname), OBJ_VAL(&os_uname_obj)},
    {NAME(unlink), OBJ_VAL(&os_unlink_obj)},
    {NAME(urandom), OBJ_VAL(&os_urandom_obj)},
};

const ModuleDef module_os = {
    .name = NAME(os),
    .globals = os_globals,
    .nglobals = sizeof(os_globals) / sizeof(os_globals[0]),
};
