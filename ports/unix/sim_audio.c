// The simulated board's sound: hal_audio_* (audioio.AudioOut on a DAC pin,
// audiopwmio.PWMAudioOut on a PWM pin) and the --audio WAV writer.
//
// Playback runs in board time. Whenever the clock moves (sim_on_tick) the
// speaker is rendered up to the new time at one output rate, SIM_AUDIO_RATE
// (22050 Hz), whatever the sources' own rates: each playing source is
// pulled at its sample rate and interpolated linearly between its samples
// (a simple reconstruction filter, as the board's amplifier and speaker
// smooth the DAC's steps), the sources are summed (clipped to 16 bits),
// and a sound ends at the board time its last sample would have finished. All outputs feed the
// one speaker; on a board with a SPEAKER_ENABLE pin (Circuit Playground
// Express) the amplifier is off, and the speaker silent, unless that pin
// reads high. With --audio FILE.wav the rendered speaker signal, from
// start-up to the end of the run, silence included, is written as a mono
// 16-bit PCM WAV file by sim_audio_finish().
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim.h"

#define SIM_AUDIO_RATE 22050u
#define MAX_VOICES 4
#define CHUNK 64   // source samples fetched per read() call

typedef struct {
    bool used;          // hal_audio_init'ed
    bool active;        // a source is playing (possibly paused)
    bool paused;
    uint8_t pin;
    int kind;
    HalAudioSource src;
    uint64_t acc;       // source-rate ticks accumulated since `cur` began
    int16_t cur;        // the source sample sounding now
    int16_t nxt;        // the one after it (valid while has_nxt)
    bool has_nxt;
    int16_t buf[CHUNK]; // fetched, not yet output
    size_t nbuf, ibuf;
} Voice;

static Voice voices[MAX_VOICES];
static bool tick_registered;
static uint64_t rendered;      // output samples rendered since start-up
static int16_t *wav;           // the rendered speaker (only with --audio)
static size_t wav_len, wav_alloc;
static bool wav_failed;
static uint8_t speaker_enable = HAL_NO_PIN;
static bool speaker_looked_up;

static Voice *voice_of(uint8_t pin) {
    for (int i = 0; i < MAX_VOICES; i++) {
        if (voices[i].used && voices[i].pin == pin) {
            return &voices[i];
        }
    }
    return NULL;
}

// The next source sample into *out; false at the end of the sound.
static bool voice_fetch(Voice *v, int16_t *out) {
    if (v->ibuf >= v->nbuf) {
        size_t n = v->src.read != NULL ? v->src.read(v->src.ctx, v->buf, CHUNK) : 0;
        if (n > CHUNK) {
            n = CHUNK;
        }
        v->nbuf = n;
        v->ibuf = 0;
        if (n == 0) {
            v->src.read = NULL;   // ended: the source is not asked again
            return false;
        }
    }
    *out = v->buf[v->ibuf++];
    return true;
}

// The source's clock moved past `cur`: on to the next sample, or the end.
static void voice_step(Voice *v) {
    if (!v->has_nxt) {
        v->active = false;
        v->paused = false;
        return;
    }
    v->cur = v->nxt;
    v->has_nxt = voice_fetch(v, &v->nxt);
}

static bool speaker_on(void) {
    if (!speaker_looked_up) {
        speaker_looked_up = true;
        const HalBoard *b = hal_board();
        for (uint8_t i = 0; i < b->nnames; i++) {
            if (strcmp(b->names[i].name, "SPEAKER_ENABLE") == 0) {
                speaker_enable = b->names[i].pin;
            }
        }
    }
    return speaker_enable == HAL_NO_PIN || sim_pin_level(speaker_enable);
}

static void wav_append(int16_t s) {
    if (sim_options.audio == NULL || wav_failed) {
        return;
    }
    if (wav_len == wav_alloc) {
        size_t na = wav_alloc ? wav_alloc * 2 : SIM_AUDIO_RATE;
        int16_t *nw = realloc(wav, na * sizeof(int16_t));
        if (nw == NULL) {
            wav_failed = true;
            return;
        }
        wav = nw;
        wav_alloc = na;
    }
    wav[wav_len++] = s;
}

// Renders the speaker up to board time now_ns.
static void render_to(uint64_t now_ns) {
    uint64_t target = now_ns / 1000000000u * SIM_AUDIO_RATE + now_ns % 1000000000u * SIM_AUDIO_RATE / 1000000000u;
    bool on = true;
    bool checked = false;
    for (; rendered < target; rendered++) {
        int32_t mix = 0;
        for (int i = 0; i < MAX_VOICES; i++) {
            Voice *v = &voices[i];
            if (!v->used || !v->active || v->paused) {
                continue;
            }
            int32_t value = v->cur;
            if (v->has_nxt) {
                value += (int32_t)(((int64_t)v->nxt - v->cur) * (int64_t)v->acc / SIM_AUDIO_RATE);
            }
            mix += value;
            // Advance the source by its own clock: rate/SIM_AUDIO_RATE of
            // a sample per output sample.
            v->acc += v->src.sample_rate;
            while (v->active && v->acc >= SIM_AUDIO_RATE) {
                v->acc -= SIM_AUDIO_RATE;
                voice_step(v);
            }
        }
        if (sim_options.audio != NULL) {
            if (!checked) {
                on = speaker_on();   // the enable pin cannot change within one tick
                checked = true;
            }
            if (mix > 32767) {
                mix = 32767;
            } else if (mix < -32768) {
                mix = -32768;
            }
            wav_append(on ? (int16_t)mix : 0);
        }
    }
}

static void on_tick(uint64_t now_ns) { render_to(now_ns); }

static void ensure_tick(void) {
    if (!tick_registered) {
        tick_registered = true;
        sim_on_tick(on_tick);
    }
}

// --- hal_audio_* ------------------------------------------------------------------------

int hal_audio_init(uint8_t pin, int kind) {
    const HalBoard *b = hal_board();
    if (pin >= b->npins) {
        return -HAL_EINVAL;
    }
    uint16_t caps = b->pins[pin].caps;
    if (kind == 0 ? !(caps & HAL_CAP_DAC) : !(caps & (HAL_CAP_AUDIO | HAL_CAP_PWM))) {
        return -HAL_EINVAL;
    }
    ensure_tick();
    render_to(sim_now_ns());
    Voice *v = voice_of(pin);
    if (v == NULL) {
        for (int i = 0; i < MAX_VOICES && v == NULL; i++) {
            if (!voices[i].used) {
                v = &voices[i];
            }
        }
    }
    if (v == NULL) {
        return -HAL_EBUSY;   // every audio channel is taken
    }
    memset(v, 0, sizeof(*v));
    v->used = true;
    v->pin = pin;
    v->kind = kind;
    return 0;
}

void hal_audio_play(uint8_t pin, const HalAudioSource *src) {
    Voice *v = voice_of(pin);
    if (v == NULL || src == NULL) {
        return;
    }
    render_to(sim_now_ns());   // what played before now ends now
    v->src = *src;
    v->acc = 0;
    v->nbuf = v->ibuf = 0;
    v->paused = false;
    v->has_nxt = false;
    // The first sample sounds from now on.
    v->active = src->sample_rate > 0 && voice_fetch(v, &v->cur);
    if (v->active) {
        v->has_nxt = voice_fetch(v, &v->nxt);
    }
}

void hal_audio_stop(uint8_t pin) {
    Voice *v = voice_of(pin);
    if (v == NULL) {
        return;
    }
    render_to(sim_now_ns());
    v->active = false;
    v->paused = false;
    v->src.read = NULL;
    v->src.ctx = NULL;
}

void hal_audio_pause(uint8_t pin, bool paused) {
    Voice *v = voice_of(pin);
    if (v == NULL || !v->active) {
        return;
    }
    render_to(sim_now_ns());
    v->paused = paused;
}

bool hal_audio_playing(uint8_t pin) {
    Voice *v = voice_of(pin);
    if (v == NULL) {
        return false;
    }
    render_to(sim_now_ns());
    return v->active;
}

void hal_audio_deinit(uint8_t pin) {
    Voice *v = voice_of(pin);
    if (v == NULL) {
        return;
    }
    render_to(sim_now_ns());
    memset(v, 0, sizeof(*v));
}

// --- the WAV file ---------------------------------------------------------------------------

static void put_le(uint8_t *p, uint32_t v, int n) {
    for (int i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

void sim_audio_finish(void) {
    if (sim_options.audio == NULL) {
        return;
    }
    render_to(sim_now_ns());
    // Sources are not read after the run: they live on the program's heap.
    for (int i = 0; i < MAX_VOICES; i++) {
        voices[i].active = false;
    }
    FILE *f = fopen(sim_options.audio, "wb");
    if (f == NULL) {
        fprintf(stderr, "copper: cannot write %s\n", sim_options.audio);
        return;
    }
    uint32_t data = (uint32_t)(wav_len * 2);
    uint8_t h[44];
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 36 + data, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);                      // fmt chunk size
    put_le(h + 20, 1, 2);                       // PCM
    put_le(h + 22, 1, 2);                       // mono
    put_le(h + 24, SIM_AUDIO_RATE, 4);
    put_le(h + 28, SIM_AUDIO_RATE * 2, 4);      // byte rate
    put_le(h + 32, 2, 2);                       // block align
    put_le(h + 34, 16, 2);                      // bits per sample
    memcpy(h + 36, "data", 4);
    put_le(h + 40, data, 4);
    fwrite(h, 1, sizeof(h), f);
    for (size_t i = 0; i < wav_len; i++) {
        uint8_t s[2];
        put_le(s, (uint16_t)wav[i], 2);
        fwrite(s, 1, 2, f);
    }
    fclose(f);
    free(wav);
    wav = NULL;
    wav_len = wav_alloc = 0;
}
