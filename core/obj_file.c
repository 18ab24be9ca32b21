// Files and console streams. A FileObj wraps a HAL storage handle (or the
// console) and gives the methods of CPython's io objects that programs use:
// read/readline/readlines/write/writelines/seek/tell/flush/close, iteration
// and `with`, and readinto on binary files. Text mode decodes UTF-8 and
// turns "\r\n" and "\r" into "\n" on reading. Reads go through a small
// buffer in the object; writes go straight to the HAL (the port buffers
// console output).
#include <string.h>
#include "obj.h"
#include "obj_file.h"
#include "obj_memoryview.h"
#include "gc.h"
#include "print.h"
#include "stream.h"
#include "vm.h"
#include "vm_raise.h"
#include "../hal/hal.h"

#define CONSOLE_STDIN (-3)
#define CONSOLE_STDOUT (-2)
#define CONSOLE_STDERR (-1)
#define READ_BUF 256

typedef struct {
    Obj base;
    int handle;           // HAL handle, or CONSOLE_* (negative)
    bool readable, writable, binary, closed, append;
    Value name;           // str
    Value mode;           // str
    Value encoding;       // str (text files; only shown by repr and .encoding)
    size_t rpos, rlen;    // read buffer window
    int pending_cr;       // text mode: a '\r' was seen at the end of the last chunk
    // READ_BUF bytes for a file on the drive; none for a console stream,
    // which reads the HAL's byte at a time (three of them live in every VM).
    uint8_t rbuf[];
} FileObj;

static FileObj *console[3];   // stdin, stdout, stderr (GC root)

// --- OSError ----------------------------------------------------------

const char *errno_message(int err) {
    switch (err) {
        case 1: return "Operation not permitted";
        case 2: return "No such file or directory";
        case 5: return "Input/output error";
        case 9: return "Bad file descriptor";
        case 12: return "Cannot allocate memory";
        case 13: return "Permission denied";
        case 17: return "File exists";
        case 18: return "Invalid cross-device link";
        case 19: return "No such device";
        case 20: return "Not a directory";
        case 21: return "Is a directory";
        case 22: return "Invalid argument";
        case 24: return "Too many open files";
        case 27: return "File too large";
        case 28: return "No space left on device";
        case 30: return "Read-only filesystem";
        case 36: return "File name too long";
        case 39: return "Directory not empty";
        case 110: return "Connection timed out";
        default: return "Unknown error";
    }
}

Value oserror_new(int err, Value filename) {
    Value args[3] = {val_from_small_int(err), str_new_cstr(errno_message(err)), filename};
    return obj_call(OBJ_VAL(&exc_OSError_type), filename != VAL_NULL ? 3 : 2, args, VAL_NULL);
}

void raise_oserror(int err, Value filename) { vm_raise_obj(oserror_new(err, filename)); }

// --- helpers -----------------------------------------------------------

static FileObj *file_check(Value self) {
    FileObj *f = (FileObj *)VAL_OBJ(obj_native(self));
    if (f->closed) {
        vm_raise(&exc_ValueError_type, "I/O operation on closed file.");
    }
    return f;
}

static void need_readable(FileObj *f) {
    if (!f->readable) {
        vm_raise(&exc_OSError_type, "not readable");
    }
}

static void need_writable(FileObj *f) {
    if (!f->writable) {
        vm_raise(&exc_OSError_type, "not writable");
    }
}

// Next raw byte, or -1 at end of file.
static int raw_byte(FileObj *f) {
    if (f->handle == CONSOLE_STDIN) {
        return hal_stdin_read_byte();
    }
    if (f->rpos == f->rlen) {
        long n = hal_file_read(f->handle, f->rbuf, READ_BUF);
        if (n < 0) {
            raise_oserror((int)-n, VAL_NULL);
        }
        f->rpos = 0;
        f->rlen = (size_t)n;
        if (n == 0) {
            return -1;
        }
    }
    return f->rbuf[f->rpos++];
}

// Next byte with text-mode newline translation.
static int next_byte(FileObj *f) {
    int c = raw_byte(f);
    if (f->binary) {
        return c;
    }
    if (f->pending_cr) {
        f->pending_cr = 0;
        if (c == '\n') {
            c = raw_byte(f);
        }
    }
    if (c == '\r') {
        f->pending_cr = 1;
        return '\n';
    }
    return c;
}

static Value finish(FileObj *f, Vstr *v) {
    if (f->binary) {
        return vstr_to_bytes(v);
    }
    return str_from_utf8(v->buf ? v->buf : "", v->len);
}

// Reads up to `limit` bytes (-1: all), stopping after '\n' if `line`.
static Value read_some(FileObj *f, intptr_t limit, bool line) {
    Vstr v;
    vstr_init(&v, 64);
    while (limit < 0 || (intptr_t)v.len < limit) {
        int c = next_byte(f);
        if (c < 0) {
            break;
        }
        vstr_add_byte(&v, (char)c);
        if (line && c == '\n') {
            break;
        }
    }
    return finish(f, &v);
}

static intptr_t size_arg(size_t nargs, const Value *args, size_t i) {
    if (nargs <= i || args[i] == VAL_NONE) {
        return -1;
    }
    return int_as_intptr(args[i]);
}

// --- methods ------------------------------------------------------------

static Value file_read(size_t nargs, const Value *args) {
    FileObj *f = file_check(args[0]);
    need_readable(f);
    return read_some(f, size_arg(nargs, args, 1), false);
}

static Value file_readline(size_t nargs, const Value *args) {
    FileObj *f = file_check(args[0]);
    need_readable(f);
    return read_some(f, size_arg(nargs, args, 1), true);
}

// Fills the caller's buffer from the read buffer, then straight from the
// HAL (only binary files, never the text-mode console, have readinto);
// returns the count read, short only at the end of the file.
static Value file_readinto(size_t nargs, const Value *args) {
    (void)nargs;
    FileObj *f = file_check(args[0]);
    need_readable(f);
    const uint8_t *data;
    size_t len;
    Value buf = obj_native(args[1]);
    // bytes, and views that are read-only or strided (whose buffer would be
    // a copy), cannot be written into.
    const MemoryViewObj *view = is_type(buf, &memoryview_type) ? (const MemoryViewObj *)VAL_OBJ(buf) : NULL;
    bool unwritable = is_type(buf, &bytes_type) || (view != NULL && (view->readonly || view->step != 1));
    if (unwritable || val_is_str(buf) || !obj_get_buffer(buf, &data, &len)) {
        vm_raise(&exc_TypeError_type, "readinto() argument must be read-write bytes-like object, not %T", args[1]);
    }
    uint8_t *out = (uint8_t *)data;
    size_t got = f->rlen - f->rpos < len ? f->rlen - f->rpos : len;
    memcpy(out, f->rbuf + f->rpos, got);
    f->rpos += got;
    while (got < len) {
        long n = hal_file_read(f->handle, out + got, len - got);
        if (n < 0) {
            raise_oserror((int)-n, VAL_NULL);
        }
        if (n == 0) {
            break;
        }
        got += (size_t)n;
    }
    return int_from_i64((int64_t)got);
}

static Value file_readlines(size_t nargs, const Value *args) {
    (void)nargs;
    FileObj *f = file_check(args[0]);
    need_readable(f);
    Value list = list_new_empty();
    for (;;) {
        Value line = read_some(f, -1, true);
        if (obj_len(line) == 0) {
            return list;
        }
        list_append(list, line);
    }
}

static void write_bytes(FileObj *f, const char *data, size_t len) {
    if (f->handle == CONSOLE_STDOUT) {
        hal_stdout_write(data, len);
        return;
    }
    if (f->handle == CONSOLE_STDERR) {
        hal_stderr_write(data, len);
        return;
    }
    while (len > 0) {
        long n = hal_file_write(f->handle, data, len);
        if (n < 0) {
            raise_oserror((int)-n, VAL_NULL);
        }
        if (n == 0) {
            raise_oserror(28, VAL_NULL);
        }
        data += n;
        len -= (size_t)n;
    }
}

static Value file_write(size_t nargs, const Value *args) {
    (void)nargs;
    FileObj *f = file_check(args[0]);
    need_writable(f);
    Value s = args[1];
    if (f->binary) {
        const uint8_t *data;
        size_t len;
        if (!obj_get_buffer(s, &data, &len)) {
            vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%T'", s);
        }
        write_bytes(f, (const char *)data, len);
        return int_from_i64((int64_t)len);
    }
    if (!val_is_str(s) && !obj_isinstance(s, &str_type)) {
        vm_raise(&exc_TypeError_type, "write() argument must be str, not %T", s);
    }
    s = obj_native(s);
    write_bytes(f, str_cstr(s), str_len_bytes(s));
    return int_from_i64(val_str(s)->charlen);
}

static Value file_writelines(size_t nargs, const Value *args) {
    (void)nargs;
    Value it = obj_getiter(args[1]);
    Value item;
    while ((item = obj_iternext(it)) != VAL_NULL) {
        Value pair[2] = {args[0], item};
        file_write(2, pair);
    }
    return VAL_NONE;
}

static Value file_close(size_t nargs, const Value *args) {
    (void)nargs;
    FileObj *f = (FileObj *)VAL_OBJ(obj_native(args[0]));
    if (!f->closed && f->handle >= 0) {
        hal_file_close(f->handle);
    }
    f->closed = true;
    return VAL_NONE;
}

static Value file_flush(size_t nargs, const Value *args) {
    (void)nargs;
    file_check(args[0]);
    return VAL_NONE;
}

static Value file_seek(size_t nargs, const Value *args) {
    FileObj *f = file_check(args[0]);
    intptr_t whence = nargs > 2 ? int_as_intptr(args[2]) : 0;
    intptr_t off = int_as_intptr(args[1]);
    if (f->handle < 0) {
        vm_raise(&exc_OSError_type, "underlying stream is not seekable");
    }
    if (whence == 1) {
        // Account for bytes buffered but not yet consumed.
        off -= (intptr_t)(f->rlen - f->rpos);
    }
    long pos = hal_file_seek(f->handle, (long)off, (int)whence);
    if (pos < 0) {
        raise_oserror((int)-pos, VAL_NULL);
    }
    f->rpos = f->rlen = 0;
    f->pending_cr = 0;
    return int_from_i64(pos);
}

static Value file_tell(size_t nargs, const Value *args) {
    (void)nargs;
    FileObj *f = file_check(args[0]);
    if (f->handle < 0) {
        vm_raise(&exc_OSError_type, "underlying stream is not seekable");
    }
    long pos = hal_file_seek(f->handle, 0, 1);
    if (pos < 0) {
        raise_oserror((int)-pos, VAL_NULL);
    }
    return int_from_i64(pos - (long)(f->rlen - f->rpos));
}

static Value file_enter(size_t nargs, const Value *args) {
    (void)nargs;
    file_check(args[0]);
    return args[0];
}

static Value file_exit(size_t nargs, const Value *args) {
    file_close(nargs, args);
    return VAL_NONE;
}

static Value file_readable(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(file_check(args[0])->readable);
}

static Value file_writable(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(file_check(args[0])->writable);
}

static BUILTIN_FN(file_read_obj, read, 1, 2, file_read);
static BUILTIN_FN(file_readline_obj, readline, 1, 2, file_readline);
static BUILTIN_FN(file_readlines_obj, readlines, 1, 2, file_readlines);
static BUILTIN_FN(file_readinto_obj, readinto, 2, 2, file_readinto);
static BUILTIN_FN(file_write_obj, write, 2, 2, file_write);
static BUILTIN_FN(file_writelines_obj, writelines, 2, 2, file_writelines);
static BUILTIN_FN(file_close_obj, close, 1, 1, file_close);
static BUILTIN_FN(file_flush_obj, flush, 1, 1, file_flush);
static BUILTIN_FN(file_seek_obj, seek, 2, 3, file_seek);
static BUILTIN_FN(file_tell_obj, tell, 1, 1, file_tell);
static BUILTIN_FN(file_enter_obj, __enter__, 1, 1, file_enter);
static BUILTIN_FN(file_exit_obj, __exit__, 1, 4, file_exit);
static BUILTIN_FN(file_readable_obj, readable, 1, 1, file_readable);
static BUILTIN_FN(file_writable_obj, writable, 1, 1, file_writable);

static const AttrEntry file_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&file_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&file_exit_obj)},
    {NAME(close), OBJ_VAL(&file_close_obj)},
    {NAME(flush), OBJ_VAL(&file_flush_obj)},
    {NAME(read), OBJ_VAL(&file_read_obj)},
    {NAME(readable), OBJ_VAL(&file_readable_obj)},
    {NAME(readline), OBJ_VAL(&file_readline_obj)},
    {NAME(readlines), OBJ_VAL(&file_readlines_obj)},
    {NAME(seek), OBJ_VAL(&file_seek_obj)},
    {NAME(tell), OBJ_VAL(&file_tell_obj)},
    {NAME(writable), OBJ_VAL(&file_writable_obj)},
    {NAME(write), OBJ_VAL(&file_write_obj)},
    {NAME(writelines), OBJ_VAL(&file_writelines_obj)},
};

// Binary files also have readinto (CPython's text files do not).
static const AttrEntry binary_file_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&file_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&file_exit_obj)},
    {NAME(close), OBJ_VAL(&file_close_obj)},
    {NAME(flush), OBJ_VAL(&file_flush_obj)},
    {NAME(read), OBJ_VAL(&file_read_obj)},
    {NAME(readable), OBJ_VAL(&file_readable_obj)},
    {NAME(readinto), OBJ_VAL(&file_readinto_obj)},
    {NAME(readline), OBJ_VAL(&file_readline_obj)},
    {NAME(readlines), OBJ_VAL(&file_readlines_obj)},
    {NAME(seek), OBJ_VAL(&file_seek_obj)},
    {NAME(tell), OBJ_VAL(&file_tell_obj)},
    {NAME(writable), OBJ_VAL(&file_writable_obj)},
    {NAME(write), OBJ_VAL(&file_write_obj)},
    {NAME(writelines), OBJ_VAL(&file_writelines_obj)},
};

static Value file_getattr(Value self, Value name) {
    FileObj *f = (FileObj *)VAL_OBJ(self);
    if (name == NAME(closed)) {
        return val_bool(f->closed);
    }
    if (name == NAME(name)) {
        return f->name;
    }
    if (name == NAME(mode)) {
        return f->mode;
    }
    if (name == NAME(encoding) && !f->binary) {
        return f->encoding;
    }
    return VAL_NULL;
}

static Value file_repr(Value self) {
    FileObj *f = (FileObj *)VAL_OBJ(self);
    if (f->binary) {
        return str_printf("<%s name=%R>", type_name_cstr(f->base.type), f->name);
    }
    return str_printf("<%s name=%R mode=%R encoding=%R>", type_name_cstr(f->base.type), f->name,
                      f->mode, f->encoding);
}

static Value file_getiter(Value self) {
    file_check(self);
    return self;
}

static Value file_iternext(Value self) {
    FileObj *f = file_check(self);
    need_readable(f);
    Value line = read_some(f, -1, true);
    return obj_len(line) == 0 ? VAL_NULL : line;
}

#define FILE_TYPE(cname, pyname, attr_table)                                            \
    const Type cname = {                                                                \
        .base = {&type_type}, .name = NAME(pyname), .flags = TYPE_FLAG_ITER_SELF,       \
        .base_type = &object_type, .repr = file_repr, .getiter = file_getiter,          \
        .iternext = file_iternext, .getattr = file_getattr, .attrs = attr_table,        \
        .nattrs = sizeof(attr_table) / sizeof(attr_table[0]),                           \
    }
FILE_TYPE(textio_type, tp_TextIOWrapper, file_attrs);
FILE_TYPE(bufreader_type, tp_BufferedReader, binary_file_attrs);
FILE_TYPE(bufwriter_type, tp_BufferedWriter, binary_file_attrs);

// --- open() -------------------------------------------------------------

static Value path_arg(Value p) {
    if (val_is_str(p)) {
        return p;
    }
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(p, &data, &len)) {
        return str_new((const char *)data, len);
    }
    vm_raise(&exc_TypeError_type, "expected str, bytes or os.PathLike object, not %T", p);
}

Value file_open(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(file), true, false, VAL_NULL},
        {NAME(mode), false, false, VAL_NULL},
        {NAME(buffering), false, false, VAL_NULL},
        {NAME(encoding), false, false, VAL_NULL},
        {NAME(errors), false, false, VAL_NULL},
        {NAME(newline), false, false, VAL_NULL},
    };
    Value a[6];
    args_parse("open", nargs, args, kwnames, 6, spec, a);
    Value path = path_arg(a[0]);
    const char *mode = a[1] == VAL_NULL ? "r" : str_cstr(a[1]);
    bool rd = false, wr = false, bin = false, plus = false;
    int flags = 0;
    int kinds = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
            case 'r': rd = true; kinds++; break;
            case 'w': wr = true; flags |= HAL_O_CREATE | HAL_O_TRUNC; kinds++; break;
            case 'a': wr = true; flags |= HAL_O_CREATE | HAL_O_APPEND; kinds++; break;
            case 'x': wr = true; flags |= HAL_O_CREATE | HAL_O_EXCL; kinds++; break;
            case 'b': bin = true; break;
            case 't': break;
            case '+': plus = true; break;
            default:
                vm_raise(&exc_ValueError_type, "invalid mode: '%s'", mode);
        }
    }
    if (kinds != 1) {
        vm_raise(&exc_ValueError_type, "must have exactly one of create/read/write/append mode");
    }
    if (plus) {
        rd = wr = true;
    }
    if (a[3] != VAL_NULL && a[3] != VAL_NONE) {
        if (!obj_isinstance(a[3], &str_type)) {
            vm_raise(&exc_TypeError_type, "open() argument 'encoding' must be str or None, not %T",
                     a[3]);
        }
        if (bin) {
            vm_raise(&exc_ValueError_type, "binary mode doesn't take an encoding argument");
        }
    }
    flags |= (rd ? HAL_O_READ : 0) | (wr ? HAL_O_WRITE : 0);
    int h = hal_file_open(str_cstr(path), flags);
    if (h < 0) {
        raise_oserror(-h, path);
    }
    const Type *t = !bin ? &textio_type : (wr && !rd ? &bufwriter_type : &bufreader_type);
    FileObj *f = (FileObj *)gc_alloc_obj(sizeof(FileObj) + READ_BUF, t);
    f->handle = h;
    f->readable = rd;
    f->writable = wr;
    f->binary = bin;
    f->name = a[0];
    f->mode = str_new_cstr(mode);
    f->encoding = a[3] != VAL_NULL && a[3] != VAL_NONE ? a[3] : NAME(UTF_8);
    return OBJ_VAL(f);
}

// --- console streams ------------------------------------------------------

static FileObj *make_console(int which, bool rd, Value name, const char *mode) {
    FileObj *f = (FileObj *)gc_alloc_obj(sizeof(FileObj), &textio_type);
    f->handle = which;
    f->readable = rd;
    f->writable = !rd;
    f->name = name;
    f->mode = str_new_cstr(mode);
    f->encoding = NAME(utf_8);
    return f;
}

void file_init(void) {
    gc_add_root(console, sizeof(console));
    console[0] = make_console(CONSOLE_STDIN, true, NAME(lt_stdin), "r");
    console[1] = make_console(CONSOLE_STDOUT, false, NAME(lt_stdout), "w");
    console[2] = make_console(CONSOLE_STDERR, false, NAME(lt_stderr), "w");
}

// sys.stdout may be replaced by a program: look it up in the sys module.
static Value sys_stream(Value name, int idx) {
    Value sys = dict_get(vm_sys_modules(), NAME(sys));
    if (sys != VAL_NULL) {
        Value s = dict_get_str(((ModuleObj *)VAL_OBJ(sys))->globals, name);
        if (s != VAL_NULL) {
            return s;
        }
    }
    return OBJ_VAL(console[idx]);
}

Value stream_stdin(void) { return sys_stream(NAME(stdin), 0); }
Value stream_stdout(void) { return sys_stream(NAME(stdout), 1); }
Value stream_stderr(void) { return sys_stream(NAME(stderr), 2); }
Value file_console_stream(int idx) { return OBJ_VAL(console[idx]); }

void stream_write(Value stream, const char *data, size_t len) {
    if (stream == OBJ_VAL(console[1])) {
        hal_stdout_write(data, len);
    } else if (stream == OBJ_VAL(console[2])) {
        hal_stderr_write(data, len);
    } else if (is_type(stream, &textio_type) || is_type(stream, &bufwriter_type)) {
        FileObj *f = file_check(stream);
        need_writable(f);
        write_bytes(f, data, len);
    } else {
        obj_call_method1(stream, NAME(write), str_new(data, len));
    }
}

void stream_write_str(Value stream, Value str) { stream_write(stream, str_cstr(str), str_len_bytes(str)); }

void stream_flush(Value stream) {
    if (stream == OBJ_VAL(console[1]) || stream == OBJ_VAL(console[2])) {
        return;
    }
    Value r = obj_call_method_opt(stream, NAME(flush), 0, NULL);
    (void)r;
}

Value stream_readline(Value stream) {
    Value line;
    if (is_type(stream, &textio_type)) {
        FileObj *f = file_check(stream);
        need_readable(f);
        line = read_some(f, -1, true);
    } else {
        line = obj_call_method0(stream, NAME(readline));
    }
    return obj_len(line) == 0 ? VAL_NULL : line;
}
