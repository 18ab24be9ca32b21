// What the program does with the simulated board's pins, behind
// hal_board.h: digital in/out, ADC, DAC, PWM, touch, NeoPixel, edge
// counters, quadrature encoders, the CPU sensors and the nvm bytes. The
// electrical state (who drives a pin, which level it reads) lives in sim.c.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim.h"

#define MAX_PINS 64

typedef struct {
    uint8_t use;            // SimPinUse
    bool open_drain;
    uint16_t dac;           // last DAC value
    // PWM
    uint32_t pwm_asked, pwm_actual;
    uint16_t duty;
    bool variable;
    int8_t timer;           // nRF: PWM module; SAMD: -1 (the pin pair is the timer)
    // NeoPixel: the bytes last sent
    uint8_t *pixels;
    size_t npixels;
} GpioState;

static GpioState gpio[MAX_PINS];

static bool valid(uint8_t pin) { return pin < hal_board()->npins && pin < MAX_PINS; }

static bool has_cap(uint8_t pin, uint16_t cap) { return valid(pin) && (hal_board()->pins[pin].caps & cap) == cap; }

static bool is_nrf(void) { return strcmp(hal_board()->mcu, "nRF52840") == 0; }

SimPinUse sim_pin_use(uint8_t pin) { return valid(pin) ? (SimPinUse)gpio[pin].use : SIM_USE_NONE; }

// --- digital I/O -----------------------------------------------------------

void hal_gpio_init(uint8_t pin) {
    if (!valid(pin)) {
        return;
    }
    gpio[pin].use = SIM_USE_INPUT;
    gpio[pin].open_drain = false;
    sim_pin_set_pull(pin, HAL_PULL_NONE);
    sim_pin_drive_program(pin, -1);
}

void hal_gpio_deinit(uint8_t pin) {
    if (!valid(pin)) {
        return;
    }
    gpio[pin].use = SIM_USE_NONE;
    gpio[pin].open_drain = false;
    sim_pin_set_pull(pin, HAL_PULL_NONE);
    sim_pin_drive_program(pin, -1);
}

void hal_gpio_set_input(uint8_t pin, HalPull pull) {
    if (!valid(pin)) {
        return;
    }
    gpio[pin].use = SIM_USE_INPUT;
    sim_pin_set_pull(pin, pull);
    sim_pin_drive_program(pin, -1);
}

static void drive(uint8_t pin, bool value) {
    // Open-drain pulls low or lets go; a released line reads its pulls.
    sim_pin_drive_program(pin, gpio[pin].open_drain && value ? -1 : value);
}

void hal_gpio_set_output(uint8_t pin, bool value, bool open_drain) {
    if (!valid(pin)) {
        return;
    }
    gpio[pin].use = SIM_USE_OUTPUT;
    gpio[pin].open_drain = open_drain;
    sim_pin_set_pull(pin, HAL_PULL_NONE);
    drive(pin, value);
}

void hal_gpio_write(uint8_t pin, bool value) {
    if (valid(pin)) {
        drive(pin, value);
    }
}

bool hal_gpio_read(uint8_t pin) { return sim_pin_level(pin); }

// --- analog ----------------------------------------------------------------

int hal_adc_init(uint8_t pin) {
    if (!has_cap(pin, HAL_CAP_ADC)) {
        return -HAL_EINVAL;
    }
    gpio[pin].use = SIM_USE_ANALOG_IN;
    sim_pin_drive_program(pin, -1);
    return 0;
}

// The MCU's sample (adc_bits wide) scaled to 16 bits the way the port
// does it: the sample's top bits repeated below it (SAMD 12-bit:
// (v << 4) | (v >> 8); nRF 14-bit: (v << 2) | (v >> 12)).
uint16_t hal_adc_read(uint8_t pin) {
    unsigned bits = hal_board()->adc_bits;
    uint64_t max = (1u << bits) - 1;
    // In whole microvolts, rounded half up, so 1.65 V is exactly half
    // scale (float volts would land a hair below it).
    long uv = lround(sim_pin_voltage(pin) * 1e6);
    uint64_t s = uv <= 0 ? 0 : ((uint64_t)uv * max * 2 + 3300000) / 6600000;
    if (s > max) {
        s = max;
    }
    return (uint16_t)((s << (16 - bits)) | (s >> (2 * bits - 16)));
}

void hal_adc_deinit(uint8_t pin) {
    if (valid(pin)) {
        gpio[pin].use = SIM_USE_NONE;
    }
}

float hal_adc_reference_voltage(void) { return 3.3f; }

int hal_dac_init(uint8_t pin) {
    if (!has_cap(pin, HAL_CAP_DAC)) {
        return -HAL_EINVAL;
    }
    gpio[pin].use = SIM_USE_DAC;
    gpio[pin].dac = 0;
    sim_pin_drive_program(pin, -1);
    sim_trace_real(pin, 0.0);
    return 0;
}

void hal_dac_write(uint8_t pin, uint16_t value) {
    if (!valid(pin)) {
        return;
    }
    if (gpio[pin].dac != value) {
        gpio[pin].dac = value;
        sim_trace_real(pin, value * 3.3 / 65535.0);
    }
}

void hal_dac_deinit(uint8_t pin) {
    if (valid(pin)) {
        gpio[pin].use = SIM_USE_NONE;
    }
}

// --- PWM -------------------------------------------------------------------
// SAMD: the timer runs from the board's PWM clock through a prescaler
// (1, 2, 4, 8, 16, 64, 256, 1024) and a 16-bit period; the frequency made
// is clock / (prescaler * period) for the smallest prescaler that fits.
// Two pins share a timer when their MCU pin numbers differ only in the
// lowest bit (PA16/PA17). nRF52840: 16 MHz through a prescaler 1..128 and
// a 15-bit counter top (at least 4); four PWM modules, each at one
// frequency, handed out as pins ask.

#define NRF_MODULES 4
static struct {
    uint32_t freq;
    uint8_t users;
    bool variable;
} nrf_pwm[NRF_MODULES];

static uint32_t pwm_actual(uint32_t f) {
    const SimBoard *sb = sim_board();
    if (f == 0) {
        return 0;
    }
    if (is_nrf()) {
        for (uint32_t p = 1; p <= 128; p *= 2) {
            uint32_t top = sb->pwm_clock_hz / (p * f);
            if (top <= 32767) {
                return top >= 4 ? (sb->pwm_clock_hz / p + top / 2) / top : 0;
            }
        }
        return 0;
    }
    if (f > hal_board()->cpu_hz / 2) {
        return 0;
    }
    static const uint16_t prescalers[] = {1, 2, 4, 8, 16, 64, 256, 1024};
    for (size_t i = 0; i < sizeof(prescalers) / sizeof(prescalers[0]); i++) {
        uint32_t p = prescalers[i];
        uint32_t period = sb->pwm_clock_hz / (p * f);
        if (period <= 65536) {
            return period >= 2 ? (sb->pwm_clock_hz / p + period / 2) / period : 0;
        }
    }
    return 0;
}

// The SAMD timer a pin uses: port letter and pin number / 2.
static int samd_timer(uint8_t pin) {
    const char *m = hal_board()->pins[pin].mcu_name;   // "PA17"
    return (m[1] - 'A') * 16 + atoi(m + 2) / 2;
}

static bool samd_conflict(uint8_t pin, uint32_t actual, bool variable) {
    int t = samd_timer(pin);
    for (uint8_t i = 0; i < hal_board()->npins && i < MAX_PINS; i++) {
        if (i != pin && gpio[i].use == SIM_USE_PWM && samd_timer(i) == t &&
            (gpio[i].pwm_actual != actual || gpio[i].variable || variable)) {
            return true;
        }
    }
    return false;
}

static int nrf_take(uint32_t actual, bool variable) {
    if (!variable) {
        for (int m = 0; m < NRF_MODULES; m++) {
            if (nrf_pwm[m].users > 0 && nrf_pwm[m].users < 4 && !nrf_pwm[m].variable && nrf_pwm[m].freq == actual) {
                nrf_pwm[m].users++;
                return m;
            }
        }
    }
    for (int m = 0; m < NRF_MODULES; m++) {
        if (nrf_pwm[m].users == 0) {
            nrf_pwm[m].users = 1;
            nrf_pwm[m].freq = actual;
            nrf_pwm[m].variable = variable;
            return m;
        }
    }
    return -1;
}

static void trace_duty(uint8_t pin) { sim_trace_real(pin, gpio[pin].duty / 65535.0); }

int hal_pwm_init(uint8_t pin, uint32_t frequency, uint16_t duty, bool variable_frequency) {
    if (!has_cap(pin, HAL_CAP_PWM)) {
        return -HAL_EINVAL;
    }
    uint32_t actual = pwm_actual(frequency);
    if (actual == 0) {
        return -HAL_EINVAL;
    }
    GpioState *g = &gpio[pin];
    g->timer = -1;
    if (is_nrf()) {
        g->timer = (int8_t)nrf_take(actual, variable_frequency);
        if (g->timer < 0) {
            return -HAL_EBUSY;
        }
    } else if (samd_conflict(pin, actual, variable_frequency)) {
        return -HAL_EBUSY;
    }
    g->use = SIM_USE_PWM;
    g->pwm_asked = frequency;
    g->pwm_actual = actual;
    g->variable = variable_frequency;
    g->duty = duty;
    sim_pin_drive_program(pin, -1);
    trace_duty(pin);
    sim_view_update();
    return 0;
}

void hal_pwm_set_duty(uint8_t pin, uint16_t duty) {
    if (valid(pin) && gpio[pin].use == SIM_USE_PWM && gpio[pin].duty != duty) {
        gpio[pin].duty = duty;
        trace_duty(pin);
        sim_view_update();
    }
}

int hal_pwm_set_frequency(uint8_t pin, uint32_t frequency) {
    if (!valid(pin) || gpio[pin].use != SIM_USE_PWM) {
        return -HAL_EINVAL;
    }
    uint32_t actual = pwm_actual(frequency);
    if (actual == 0) {
        return -HAL_EINVAL;
    }
    GpioState *g = &gpio[pin];
    if (g->timer >= 0) {
        if (nrf_pwm[g->timer].users > 1) {
            return -HAL_EBUSY;
        }
        nrf_pwm[g->timer].freq = actual;
    } else if (samd_conflict(pin, actual, g->variable)) {
        return -HAL_EBUSY;
    }
    g->pwm_asked = frequency;
    g->pwm_actual = actual;
    return 0;
}

uint32_t hal_pwm_get_frequency(uint8_t pin) { return valid(pin) ? gpio[pin].pwm_actual : 0; }

void hal_pwm_deinit(uint8_t pin) {
    if (!valid(pin) || gpio[pin].use != SIM_USE_PWM) {
        return;
    }
    GpioState *g = &gpio[pin];
    if (g->timer >= 0 && nrf_pwm[g->timer].users > 0) {
        nrf_pwm[g->timer].users--;
    }
    g->timer = -1;
    g->use = SIM_USE_NONE;
    g->duty = 0;
    g->pwm_actual = 0;
    trace_duty(pin);
    sim_view_update();
}

double sim_pwm_duty(uint8_t pin) {
    return valid(pin) && gpio[pin].use == SIM_USE_PWM ? gpio[pin].duty / 65535.0 : 0.0;
}

// --- capacitive touch ------------------------------------------------------
// SAMD21 PTC: about 500 counts untouched, a finger adds about 400
// (CircuitPython's threshold is the first reading + 100). Generic
// (SAMD51, nRF): the sum of 10 charge times through an external 1 MOhm
// resistor; without one the pad never discharges.

int hal_touch_init(uint8_t pin, HalPull pull) {
    if (!has_cap(pin, HAL_CAP_TOUCH)) {
        return -HAL_EINVAL;
    }
    if (!hal_board()->native_touch) {
        HalPull need = pull == HAL_PULL_UP ? HAL_PULL_UP : HAL_PULL_DOWN;
        if (sim_pin_external_pull(pin) != need) {
            return -HAL_ENOPULL;
        }
    }
    gpio[pin].use = SIM_USE_TOUCH;
    sim_pin_drive_program(pin, -1);
    return 0;
}

uint16_t hal_touch_read_raw(uint8_t pin) {
    bool t = sim_pin_touched(pin);
    if (hal_board()->native_touch) {
        return t ? 900 : 500;
    }
    return t ? 1600 : 1000;
}

void hal_touch_deinit(uint8_t pin) {
    if (valid(pin)) {
        gpio[pin].use = SIM_USE_NONE;
    }
}

// --- NeoPixel --------------------------------------------------------------

void hal_neopixel_write(uint8_t pin, const uint8_t *data, size_t len) {
    if (!valid(pin)) {
        return;
    }
    GpioState *g = &gpio[pin];
    if (len != g->npixels) {
        uint8_t *p = realloc(g->pixels, len > 0 ? len : 1);
        if (p == NULL) {
            return;
        }
        g->pixels = p;
        g->npixels = len;
    }
    memcpy(g->pixels, data, len);
    sim_trace_vector(sim_pin_name(pin), data, len);
    // 800 kbit/s: 10 us per byte, then the 50 us latch.
    if (sim_virtual_time()) {
        sim_advance_to(sim_now_ns() + len * 10000u + 50000u);
    }
    sim_view_update();
}

const uint8_t *sim_neopixel_data(uint8_t pin, size_t *len) {
    if (!valid(pin) || gpio[pin].pixels == NULL) {
        *len = 0;
        return NULL;
    }
    *len = gpio[pin].npixels;
    return gpio[pin].pixels;
}

// --- counters and encoders ---------------------------------------------------
// Both count the edges the stimulus makes on their pins (press, release,
// set, turn), seen through the pin-change watcher.

#define MAX_COUNTERS 8
static struct {
    bool used;
    uint8_t pin;
    uint8_t edge;   // HalEdge
    uint32_t count;
} counters[MAX_COUNTERS];

#define MAX_ENCODERS 4
static struct {
    bool used;
    uint8_t a, b;
    uint8_t state;   // (A << 1) | B
    int32_t count;
} encoders[MAX_ENCODERS];

// Quarter steps by (old state << 2) | new state; clockwise is
// 11 -> 01 -> 00 -> 10 -> 11 (A falls first). Jumps of two are lost, as
// on real hardware.
static const int8_t quadrature[16] = {0, -1, 1, 0, 1, 0, 0, -1, -1, 0, 0, 1, 0, 1, -1, 0};

static void on_edge(uint8_t pin, bool level) {
    for (int i = 0; i < MAX_COUNTERS; i++) {
        if (counters[i].used && counters[i].pin == pin && (counters[i].edge & (level ? HAL_EDGE_RISE : HAL_EDGE_FALL))) {
            counters[i].count++;
        }
    }
    for (int i = 0; i < MAX_ENCODERS; i++) {
        if (encoders[i].used && (encoders[i].a == pin || encoders[i].b == pin)) {
            uint8_t s = (uint8_t)(sim_pin_level(encoders[i].a) << 1 | sim_pin_level(encoders[i].b));
            encoders[i].count += quadrature[(encoders[i].state << 2) | s];
            encoders[i].state = s;
        }
    }
}

int hal_counter_init(uint8_t pin, HalEdge edge, HalPull pull) {
    if (!has_cap(pin, HAL_CAP_COUNT)) {
        return -HAL_EINVAL;
    }
    for (int i = 0; i < MAX_COUNTERS; i++) {
        if (!counters[i].used) {
            sim_on_pin_change(on_edge);
            counters[i].used = true;
            counters[i].pin = pin;
            counters[i].edge = (uint8_t)edge;
            counters[i].count = 0;
            gpio[pin].use = SIM_USE_INPUT;
            sim_pin_drive_program(pin, -1);
            sim_pin_set_pull(pin, pull);
            return i;
        }
    }
    return -HAL_EBUSY;
}

uint32_t hal_counter_read(int handle) {
    return handle >= 0 && handle < MAX_COUNTERS && counters[handle].used ? counters[handle].count : 0;
}

void hal_counter_deinit(int handle) {
    if (handle >= 0 && handle < MAX_COUNTERS && counters[handle].used) {
        counters[handle].used = false;
        hal_gpio_deinit(counters[handle].pin);
    }
}

int hal_encoder_init(uint8_t pin_a, uint8_t pin_b) {
    if (!has_cap(pin_a, HAL_CAP_COUNT) || !has_cap(pin_b, HAL_CAP_COUNT) || pin_a == pin_b) {
        return -HAL_EINVAL;
    }
    for (int i = 0; i < MAX_ENCODERS; i++) {
        if (!encoders[i].used) {
            sim_on_pin_change(on_edge);
            // Encoders are read with the MCU's pull-ups on.
            hal_gpio_set_input(pin_a, HAL_PULL_UP);
            hal_gpio_set_input(pin_b, HAL_PULL_UP);
            encoders[i].used = true;
            encoders[i].a = pin_a;
            encoders[i].b = pin_b;
            encoders[i].state = (uint8_t)(sim_pin_level(pin_a) << 1 | sim_pin_level(pin_b));
            encoders[i].count = 0;
            return i;
        }
    }
    return -HAL_EBUSY;
}

int32_t hal_encoder_read(int handle) {
    return handle >= 0 && handle < MAX_ENCODERS && encoders[handle].used ? encoders[handle].count : 0;
}

void hal_encoder_deinit(int handle) {
    if (handle >= 0 && handle < MAX_ENCODERS && encoders[handle].used) {
        encoders[handle].used = false;
        hal_gpio_deinit(encoders[handle].a);
        hal_gpio_deinit(encoders[handle].b);
    }
}

// --- the microcontroller ---------------------------------------------------

float hal_cpu_temperature(void) { return 25.0f; }

float hal_cpu_voltage(void) { return 3.3f; }

// nvm: the board's bytes live in `.copper-nvm-<board id>.bin` in the nvm
// directory (the drive, else the current directory), read on first use
// (erased flash reads 0xFF) and written back only when a write changes them.
static char nvm_dir[1024] = ".";
static uint8_t *nvm;

void sim_set_nvm_dir(const char *dir) { snprintf(nvm_dir, sizeof(nvm_dir), "%s", dir); }

static void nvm_path(char *buf, size_t len) { snprintf(buf, len, "%s/.copper-nvm-%s.bin", nvm_dir, hal_board()->id); }

static bool nvm_load(void) {
    size_t size = hal_board()->nvm_bytes;
    if (nvm != NULL) {
        return true;
    }
    if (size == 0 || (nvm = malloc(size)) == NULL) {
        return false;
    }
    memset(nvm, 0xFF, size);
    char path[1100];
    nvm_path(path, sizeof(path));
    FILE *f = fopen(path, "rb");
    if (f != NULL) {
        size_t n = fread(nvm, 1, size, f);
        (void)n;   // a short file leaves the rest erased
        fclose(f);
    }
    return true;
}

int hal_nvm_read(size_t offset, uint8_t *data, size_t len) {
    size_t size = hal_board()->nvm_bytes;
    if (offset > size || len > size - offset) {
        return -HAL_EINVAL;
    }
    if (!nvm_load()) {
        return -HAL_EIO;
    }
    memcpy(data, nvm + offset, len);
    return 0;
}

int hal_nvm_write(size_t offset, const uint8_t *data, size_t len) {
    size_t size = hal_board()->nvm_bytes;
    if (offset > size || len > size - offset) {
        return -HAL_EINVAL;
    }
    if (!nvm_load()) {
        return -HAL_EIO;
    }
    if (len == 0 || memcmp(nvm + offset, data, len) == 0) {
        return 0;
    }
    memcpy(nvm + offset, data, len);
    char path[1100];
    nvm_path(path, sizeof(path));
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        return -HAL_EIO;
    }
    size_t n = fwrite(nvm, 1, size, f);
    if (fclose(f) != 0 || n != size) {
        return -HAL_EIO;
    }
    return 0;
}

// --- the button shift register (PyBadge, PyGamer) ----------------------------
// A 74HC165: while BUTTON_LATCH (SH/LD) is low it loads the buttons in
// parallel (pressed = 1); with it high, each rising edge on BUTTON_CLOCK
// shifts one place towards the output, zeros coming in behind. BUTTON_OUT
// shows the bit at the end, which after a load is button 0.

static struct {
    uint8_t latch, clock, out;
    bool pressed[8];
    bool bits[8];   // bits[0] is on BUTTON_OUT
    bool clock_level;
    bool wired;
} shreg;

static void shreg_output(void) { sim_pin_drive_external(shreg.out, shreg.bits[0]); }

static void shreg_load(void) {
    for (int i = 0; i < 8; i++) {
        shreg.bits[i] = shreg.pressed[i];
    }
    shreg_output();
}

static void shreg_on_change(uint8_t pin, bool level) {
    if (pin == shreg.latch && !level) {
        shreg_load();
    } else if (pin == shreg.clock) {
        if (level && !shreg.clock_level && sim_pin_level(shreg.latch)) {
            for (int i = 0; i < 7; i++) {
                shreg.bits[i] = shreg.bits[i + 1];
            }
            shreg.bits[7] = false;
            shreg_output();
        }
        shreg.clock_level = level;
    }
}

void sim_shift_buttons_start(void) {
    const SimBoard *sb = sim_board();
    int latch = sim_pin_by_name("BUTTON_LATCH"), clock = sim_pin_by_name("BUTTON_CLOCK");
    int out = sim_pin_by_name("BUTTON_OUT");
    if (sb->nshift_buttons == 0 || latch < 0 || clock < 0 || out < 0) {
        return;
    }
    shreg.latch = (uint8_t)latch;
    shreg.clock = (uint8_t)clock;
    shreg.out = (uint8_t)out;
    shreg.clock_level = sim_pin_level(shreg.clock);
    shreg.wired = true;
    sim_on_pin_change(shreg_on_change);
    shreg_load();
}

int sim_shift_button_by_name(const char *name) {
    const SimBoard *sb = sim_board();
    for (int i = 0; i < sb->nshift_buttons; i++) {
        const char *b = sb->shift_buttons[i];
        // "START" is short for "BUTTON_START", as game guides name the keys.
        if (strcmp(b, name) == 0 || (strncmp(b, "BUTTON_", 7) == 0 && strcmp(b + 7, name) == 0)) {
            return i;
        }
    }
    return -1;
}

void sim_shift_button_set(int index, bool pressed) {
    if (!shreg.wired || index < 0 || index >= 8) {
        return;
    }
    shreg.pressed[index] = pressed;
    if (!sim_pin_level(shreg.latch)) {
        shreg_load();   // loading: the output follows the buttons
    }
    sim_view_update();
}

bool sim_shift_button_pressed(int index) { return shreg.wired && index >= 0 && index < 8 && shreg.pressed[index]; }
