// The audiocore module: the sound samples the audio outputs play.
// RawSample plays a buffer of samples (a bytearray, or an array of type
// 'b', 'B', 'h' or 'H'; channels interleaved); WaveFile plays the data
// chunk of a RIFF/WAVE PCM file of 8-bit unsigned or 16-bit signed
// samples, mono or stereo, read from the file while it plays. The player
// below is what an output hands the port: it reads the sample as signed
// 16-bit mono (stereo frames are averaged), looping when asked.
#include <string.h>
#include "obj.h"
#include "audiocore.h"
#include "gc.h"
#include "module_table.h"
#include "obj_file.h"
#include "pins.h"
#include "hal.h"
#include "vm_raise.h"

typedef struct {
    Obj base;                 // &rawsample_type or &wavefile_type
    Value buffer;             // RawSample: the samples
    Value path;               // WaveFile: the file's path (str)
    uint32_t data_start;      // WaveFile: the data chunk's offset and length
    uint32_t data_len;
    uint32_t sample_rate;
    uint8_t channels;
    uint8_t bits;             // 8 or 16
    bool is_signed;
    bool deinited;
} SampleObj;

extern const Type rawsample_type, wavefile_type;

static SampleObj *sample_self(Value v) {
    Value n = obj_native(v);
    if (!is_type(n, &rawsample_type) && !is_type(n, &wavefile_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object does not support 'protocol_audiosample'", v);
    }
    return (SampleObj *)VAL_OBJ(n);
}

static SampleObj *sample_live(Value v) {
    SampleObj *s = sample_self(v);
    raise_if_deinited(s->deinited);
    return s;
}

// --- the player ---------------------------------------------------------------------

#define READ_BYTES 256

static int16_t frame_to_mono(const SampleObj *s, const uint8_t *p) {
    int32_t sum = 0;
    for (uint8_t c = 0; c < s->channels; c++) {
        int32_t v;
        if (s->bits == 8) {
            v = s->is_signed ? (int32_t)(int8_t)p[c] * 256 : ((int32_t)p[c] - 128) * 256;
        } else {
            uint16_t u = (uint16_t)(p[2 * c] | p[2 * c + 1] << 8);
            v = s->is_signed ? (int32_t)(int16_t)u : (int32_t)u - 32768;
        }
        sum += v;
    }
    return (int16_t)(sum / s->channels);
}

// HalAudioSource.read: called by the port as board time passes. Never
// raises or allocates.
static size_t player_read(void *ctx, int16_t *out, size_t n) {
    AudioPlayer *pl = ctx;
    if (pl->sample == VAL_NULL) {
        return 0;
    }
    SampleObj *s = (SampleObj *)VAL_OBJ(pl->sample);
    if (s->deinited) {
        return 0;
    }
    size_t fb = (size_t)s->channels * s->bits / 8;
    uint8_t tmp[READ_BYTES];
    size_t done = 0;
    while (done < n) {
        const uint8_t *data = NULL;
        size_t len = 0;
        bool raw = s->buffer != VAL_NULL;
        if (raw) {
            if (!obj_get_buffer(s->buffer, &data, &len)) {
                break;
            }
        } else {
            len = s->data_len;
        }
        uint64_t total = len / fb;
        if (pl->frame >= total) {
            if (!pl->loop || total == 0) {
                break;
            }
            pl->frame = 0;
        }
        size_t k = n - done;
        if (k > total - pl->frame) {
            k = (size_t)(total - pl->frame);
        }
        if (k > READ_BYTES / fb) {
            k = READ_BYTES / fb;
        }
        const uint8_t *src;
        if (raw) {
            src = data + pl->frame * fb;
        } else {
            if (pl->fd < 0 || hal_file_seek(pl->fd, (long)(s->data_start + pl->frame * fb), 0) < 0) {
                break;
            }
            long got = hal_file_read(pl->fd, tmp, k * fb);
            if (got <= 0 || (size_t)got < fb) {
                break;   // the file is shorter than its data chunk says
            }
            k = (size_t)got / fb;
            src = tmp;
        }
        for (size_t i = 0; i < k; i++) {
            out[done + i] = frame_to_mono(s, src + i * fb);
        }
        pl->frame += k;
        done += k;
    }
    if (done == 0 && pl->fd >= 0) {
        hal_file_close(pl->fd);   // the end: the file is not needed any more
        pl->fd = -1;
    }
    return done;
}

void audiocore_player_start(AudioPlayer *pl, Value sample, bool loop, HalAudioSource *src) {
    SampleObj *s = sample_live(sample);
    int fd = -1;
    if (s->path != VAL_NULL) {
        fd = hal_file_open(str_cstr(s->path), HAL_O_READ);
        if (fd < 0) {
            raise_oserror(-fd, s->path);
        }
    }
    audiocore_player_stop(pl);
    pl->sample = OBJ_VAL(s);
    pl->frame = 0;
    pl->fd = fd;
    pl->loop = loop;
    src->read = player_read;
    src->ctx = pl;
    src->sample_rate = s->sample_rate;
}

void audiocore_player_stop(AudioPlayer *pl) {
    if (pl->fd >= 0) {
        hal_file_close(pl->fd);
    }
    pl->fd = -1;
    pl->sample = VAL_NULL;
    pl->frame = 0;
}


// --- RawSample ------------------------------------------------------------------------------

static const ArgSpec raw_spec[] = {
    {NAME(buffer), true, false, VAL_NULL},
    {NAME(channel_count), false, true, VAL_NULL},
    {NAME(sample_rate), false, true, VAL_NULL},
    {NAME(single_buffer), false, true, VAL_TRUE},
};

static intptr_t int_arg(Value v, intptr_t dflt) {
    if (v == VAL_NULL) {
        return dflt;
    }
    if (int_coerce(v) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %T to int", v);
    }
    return int_as_intptr(int_coerce(v));
}

static Value raw_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    Value a[4];
    args_parse("RawSample", nargs, args, kwnames, 4, raw_spec, a);
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(a[0], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    char tc = 0;
    if (obj_isinstance(a[0], &bytearray_type) || obj_isinstance(a[0], &bytes_type)) {
        tc = 'B';
    } else {
        Value code = obj_getattr_opt(a[0], NAME(typecode));
        if (code != VAL_NULL && val_is_str(code) && str_len_bytes(code) == 1) {
            tc = str_cstr(code)[0];
        }
    }
    if (tc != 'b' && tc != 'B' && tc != 'h' && tc != 'H') {
        vm_raise(&exc_ValueError_type, "buffer must be a bytearray or array of type 'h', 'H', 'b', or 'B'");
    }
    intptr_t channels = int_arg(a[1], 1);
    intptr_t rate = int_arg(a[2], 8000);
    if (channels < 1 || channels > 2) {
        vm_raise(&exc_ValueError_type, "channel_count must be 1-2");
    }
    if (rate < 1 || rate > 0x7FFFFFFF) {
        vm_raise(&exc_ValueError_type, "sample_rate must be 1-2147483647");
    }
    size_t bytes = tc == 'h' || tc == 'H' ? 2 : 1;
    if (!obj_truthy(a[3]) && len % (bytes * (size_t)channels * 2) != 0) {
        vm_raise(&exc_ValueError_type, "Length of buffer must be an even multiple of channel_count * type_size");
    }
    SampleObj *s = (SampleObj *)gc_alloc_obj(sizeof(SampleObj), &rawsample_type);
    s->buffer = a[0];
    s->path = VAL_NULL;
    s->data_start = s->data_len = 0;
    s->sample_rate = (uint32_t)rate;
    s->channels = (uint8_t)channels;
    s->bits = (uint8_t)(bytes * 8);
    s->is_signed = tc == 'b' || tc == 'h';
    s->deinited = false;
    return OBJ_VAL(s);
}

// --- WaveFile ----------------------------------------------------------------------------------

static uint32_t le32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

// Reads exactly n bytes; false at a short read.
static bool read_exact(int fd, uint8_t *buf, size_t n) {
    long got = hal_file_read(fd, buf, n);
    return got == (long)n;
}

// Parses the RIFF header of the file at fd into s; returns NULL or the
// ValueError message (the file is closed by the caller either way).
static const char *parse_wave(int fd, SampleObj *s, bool *io_error) {
    uint8_t h[16];
    if (!read_exact(fd, h, 16) || memcmp(h, "RIFF", 4) != 0 || memcmp(h + 8, "WAVEfmt ", 8) != 0) {
        return "Invalid file";
    }
    uint8_t sz[4];
    if (!read_exact(fd, sz, 4) || le32(sz) > 40) {
        return "Invalid format chunk size";
    }
    uint32_t fsize = le32(sz);
    uint8_t f[40];
    memset(f, 0, sizeof(f));
    if (fsize > 0 && hal_file_read(fd, f, fsize) < 0) {
        *io_error = true;
        return NULL;
    }
    uint16_t format = le16(f), channels = le16(f + 2), bits = le16(f + 14);
    uint32_t rate = le32(f + 4);
    bool extensible = fsize == 40;
    if ((!extensible && format != 1) || channels < 1 || channels > 2 || (bits != 8 && bits != 16) ||
        (fsize == 18 && le16(f + 16) != 0) ||
        (extensible && (format != 0xFFFE || le16(f + 24) != 1 || le16(f + 18) != bits)) || rate == 0 ||
        rate > 0x7FFFFFFF) {
        return "Format not supported";
    }
    // Chunks up to "data" (LIST and the like are skipped).
    for (;;) {
        uint8_t c[8];
        if (!read_exact(fd, c, 8)) {
            *io_error = true;
            return NULL;
        }
        uint32_t clen = le32(c + 4);
        if (memcmp(c, "data", 4) == 0) {
            long pos = hal_file_seek(fd, 0, 1);
            if (pos < 0) {
                *io_error = true;
                return NULL;
            }
            s->data_start = (uint32_t)pos;
            s->data_len = clen;
            break;
        }
        if (hal_file_seek(fd, (long)clen, 1) < 0) {
            *io_error = true;
            return NULL;
        }
    }
    s->sample_rate = rate;
    s->channels = (uint8_t)channels;
    s->bits = (uint8_t)bits;
    s->is_signed = bits > 8;
    return NULL;
}

static const ArgSpec wave_spec[] = {
    {NAME(file), true, false, VAL_NULL},
    {NAME(buffer), false, false, VAL_NONE},
};

static Value wave_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    Value a[2];
    args_parse("WaveFile", nargs, args, kwnames, 2, wave_spec, a);
    Value path;
    if (obj_isinstance(a[0], &str_type)) {
        path = obj_native(a[0]);
    } else if (is_type(a[0], &bufreader_type)) {
        // The file as opened by the program: played by its name, with a
        // handle of the player's own.
        path = obj_getattr(a[0], NAME(name));
        if (obj_truthy(obj_getattr(a[0], NAME(closed)))) {
            vm_raise(&exc_ValueError_type, "I/O operation on closed file");
        }
        if (!val_is_str(path)) {
            vm_raise(&exc_TypeError_type, "file must be a file opened in byte mode");
        }
    } else {
        vm_raise(&exc_TypeError_type, "file must be a file opened in byte mode");
    }
    if (a[1] != VAL_NONE) {
        const uint8_t *d;
        size_t l;
        if (!obj_get_buffer(a[1], &d, &l)) {
            vm_raise(&exc_TypeError_type, "object with buffer protocol required");
        }
    }
    int fd = hal_file_open(str_cstr(path), HAL_O_READ);
    if (fd < 0) {
        raise_oserror(-fd, path);
    }
    SampleObj *s = (SampleObj *)gc_alloc_obj(sizeof(SampleObj), &wavefile_type);
    s->buffer = VAL_NULL;
    s->path = path;
    s->deinited = false;
    bool io_error = false;
    const char *err = parse_wave(fd, s, &io_error);
    hal_file_close(fd);
    if (io_error) {
        raise_oserror(5, VAL_NULL);
    }
    if (err != NULL) {
        vm_raise(&exc_ValueError_type, "%s", err);
    }
    return OBJ_VAL(s);
}

// --- methods and properties shared by both ---------------------------------------------------

static Value sample_deinit_m(size_t nargs, const Value *args) {
    (void)nargs;
    sample_self(args[0])->deinited = true;
    return VAL_NONE;
}

static Value sample_enter_m(size_t nargs, const Value *args) {
    (void)nargs;
    sample_live(args[0]);
    return args[0];
}

static Value sample_exit_m(size_t nargs, const Value *args) {
    (void)nargs;
    sample_self(args[0])->deinited = true;
    return VAL_NONE;
}

static Value sample_rate_get(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_u64(sample_live(args[0])->sample_rate);
}

static Value sample_rate_set(size_t nargs, const Value *args) {
    (void)nargs;
    SampleObj *s = sample_live(args[0]);
    intptr_t rate = int_arg(args[1], 0);
    if (rate < 1 || rate > 0x7FFFFFFF) {
        vm_raise(&exc_ValueError_type, "sample_rate must be 1-2147483647");
    }
    s->sample_rate = (uint32_t)rate;   // takes effect at the next play()
    return VAL_NONE;
}

static Value channel_count_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(sample_live(args[0])->channels);
}

static Value bits_per_sample_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(sample_live(args[0])->bits);
}

static BUILTIN_FN(sample_deinit_obj, deinit, 1, 1, sample_deinit_m);
static BUILTIN_FN(sample_enter_obj, __enter__, 1, 1, sample_enter_m);
static BUILTIN_FN(sample_exit_obj, __exit__, 1, 4, sample_exit_m);
static BUILTIN_FN(sample_rate_get_obj, sample_rate, 1, 1, sample_rate_get);
static BUILTIN_FN(sample_rate_set_obj, sample_rate, 2, 2, sample_rate_set);
static BUILTIN_FN(channel_count_get_obj, channel_count, 1, 1, channel_count_get);
static BUILTIN_FN(bits_per_sample_get_obj, bits_per_sample, 1, 1, bits_per_sample_get);

static const PropertyObj sample_rate_prop = {{&property_type}, OBJ_VAL(&sample_rate_get_obj),
                                             OBJ_VAL(&sample_rate_set_obj), VAL_NONE, VAL_NONE};
static const PropertyObj channel_count_prop = {{&property_type}, OBJ_VAL(&channel_count_get_obj), VAL_NONE,
                                               VAL_NONE, VAL_NONE};
static const PropertyObj bits_per_sample_prop = {{&property_type}, OBJ_VAL(&bits_per_sample_get_obj),
                                                 VAL_NONE, VAL_NONE, VAL_NONE};

static const AttrEntry sample_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&sample_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&sample_exit_obj)},
    {NAME(bits_per_sample), OBJ_VAL(&bits_per_sample_prop)},
    {NAME(channel_count), OBJ_VAL(&channel_count_prop)},
    {NAME(deinit), OBJ_VAL(&sample_deinit_obj)},
    {NAME(sample_rate), OBJ_VAL(&sample_rate_prop)},
};

const Type rawsample_type = {
    .base = {&type_type},
    .name = NAME(RawSample),
    .base_type = &object_type,
    .make_new = raw_make_new,
    .attrs = sample_attrs,
    .nattrs = sizeof(sample_attrs) / sizeof(sample_attrs[0]),
};

const Type wavefile_type = {
    .base = {&type_type},
    .name = NAME(WaveFile),
    .base_type = &object_type,
    .make_new = wave_make_new,
    .attrs = sample_attrs,
    .nattrs = sizeof(sample_attrs) / sizeof(sample_attrs[0]),
};

static const AttrEntry audiocore_globals[] = {
    {NAME(__name__), NAME(audiocore)},
    {NAME(RawSample), OBJ_VAL(&rawsample_type)},
    {NAME(WaveFile), OBJ_VAL(&wavefile_type)},
};

const ModuleDef module_audiocore = {
    .name = NAME(audiocore),
    .globals = audiocore_globals,
    .nglobals = sizeof(audiocore_globals) / sizeof(audiocore_globals[0]),
};
