// A simulated LIS3DH accelerometer (ST datasheet DocID17530): the
// register map the Adafruit driver uses, the acceleration the stimulus sets
// (`tilt`, `shake`), and click (tap) detection (`tap`).
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sim_dev.h"

#define REG_STATUS_AUX 0x07
#define REG_OUT_ADC1_L 0x08
#define REG_WHO_AM_I 0x0F
#define REG_CTRL0 0x1E
#define REG_TEMP_CFG 0x1F
#define REG_CTRL1 0x20
#define REG_CTRL3 0x22
#define REG_CTRL4 0x23
#define REG_CTRL5 0x24
#define REG_STATUS 0x27
#define REG_OUT_X_L 0x28
#define REG_FIFO_SRC 0x2F
#define REG_INT1_SRC 0x31
#define REG_INT2_SRC 0x35
#define REG_CLICK_CFG 0x38
#define REG_CLICK_SRC 0x39

#define CLICK_IA 0x40
#define CLICK_DCLICK 0x20
#define CLICK_SCLICK 0x10

#define GRAVITY 9.806f        // m/s^2 per g, as the Adafruit driver converts
#define SHAKE_NS 500000000ull // how long a `shake` lasts

typedef struct {
    uint8_t reg[0x40];
    uint8_t ptr;              // register address pointer
    bool auto_inc;            // bit 7 of the sub-address was set
    bool have_ptr;            // the first byte of this write was the sub-address
    uint8_t int1_pin;
} Lis3dh;

// The world the accelerometers sit in (one board: all of them share it).
static float accel[3] = {0.0f, 0.0f, GRAVITY};
static bool shaking;
static uint64_t shake_start;
static Lis3dh *instances[4];
static int ninstances;

static const uint8_t reset_values[0x40] = {
    [REG_WHO_AM_I] = 0x33,
    [REG_CTRL0] = 0x10,
    [REG_CTRL1] = 0x07,
};

// The acceleration on one axis now: a shake is a large, fast-varying
// acceleration mostly along one direction, so drivers that average a few
// samples (adafruit_lis3dh.shake) still see a large magnitude.
static float accel_now(int axis) {
    if (shaking) {
        uint64_t dt = sim_now_ns() - shake_start;
        if (dt < SHAKE_NS) {
            double t = (double)dt / 1e9;
            double w = 2.0 * 3.14159265358979 * 9.0;
            if (axis == 0)
                return (float)(35.0 + 12.0 * sin(w * t));
            if (axis == 1)
                return (float)(8.0 * cos(w * t));
            return (float)(GRAVITY + 6.0 * sin(2.0 * w * t));
        }
        shaking = false;
    }
    return accel[axis];
}

// Output register value for one axis: 16-bit two's complement, left
// justified, with the resolution of the operating mode (CTRL_REG1 LPen,
// CTRL_REG4 HR) and the scale of the full-scale selection (CTRL_REG4 FS).
static int16_t axis_raw(const Lis3dh *s, int axis) {
    static const float counts_per_g[4] = {16384.0f, 8192.0f, 4096.0f, 1365.0f};
    uint8_t fs = (s->reg[REG_CTRL4] >> 4) & 3;
    float v = accel_now(axis) / GRAVITY * counts_per_g[fs];
    long raw = lroundf(v);
    if (raw > 32767)
        raw = 32767;
    if (raw < -32768)
        raw = -32768;
    uint16_t mask = 0xFFC0;                       // normal mode: 10 bits
    if (s->reg[REG_CTRL1] & 0x08)
        mask = 0xFF00;                            // low-power mode: 8 bits
    else if (s->reg[REG_CTRL4] & 0x08)
        mask = 0xFFF0;                            // high resolution: 12 bits
    return (int16_t)((uint16_t)raw & mask);
}

static void set_int1(Lis3dh *s, bool level) {
    if (s->int1_pin != HAL_NO_PIN)
        sim_pin_drive_external(s->int1_pin, level ? 1 : 0);
}

static uint8_t read_reg(Lis3dh *s, uint8_t r) {
    bool powered = (s->reg[REG_CTRL1] >> 4) != 0;   // ODR 0 is power-down
    switch (r) {
    case REG_STATUS:
        return powered ? 0x0F : 0x00;                // ZYXDA, ZDA, YDA, XDA
    case REG_STATUS_AUX:
        return (s->reg[REG_TEMP_CFG] & 0x80) && powered ? 0x0F : 0x00;
    case REG_OUT_X_L:
    case REG_OUT_X_L + 1:
    case REG_OUT_X_L + 2:
    case REG_OUT_X_L + 3:
    case REG_OUT_X_L + 4:
    case REG_OUT_X_L + 5: {
        if (!powered)
            return 0;
        uint16_t v = (uint16_t)axis_raw(s, (r - REG_OUT_X_L) / 2);
        return (r - REG_OUT_X_L) & 1 ? (uint8_t)(v >> 8) : (uint8_t)v;
    }
    case REG_CLICK_SRC: {
        // Latched until read: reading clears it and releases INT1.
        uint8_t v = s->reg[REG_CLICK_SRC];
        s->reg[REG_CLICK_SRC] = 0;
        if (v)
            set_int1(s, false);
        return v;
    }
    case REG_FIFO_SRC:
        return 0x20;               // EMPTY: the FIFO is not simulated
    case REG_INT1_SRC:
    case REG_INT2_SRC:
        return 0;                  // inertial interrupts are not simulated
    default:
        return s->reg[r];
    }
}

static bool writable(uint8_t r) {
    return (r >= REG_CTRL0 && r <= 0x26) || r == 0x2E || r == 0x30 || (r >= 0x32 && r <= 0x34) ||
           (r >= 0x36 && r <= 0x38) || (r >= 0x3A && r <= 0x3F);
}

static void write_reg(Lis3dh *s, uint8_t r, uint8_t v) {
    if (r == REG_CTRL5 && (v & 0x80)) {
        // BOOT: reloads the trimming; the control registers keep their values.
        v &= 0x7F;
    }
    if (writable(r))
        s->reg[r] = v;
}

static void lis3dh_write(SimI2CDevice *d, const uint8_t *data, size_t len, bool stop) {
    (void)stop;
    Lis3dh *s = d->state;
    if (len == 0)
        return;
    // Every write transaction starts with the sub-address; bit 7 asks the
    // part to step to the next register after each byte.
    s->ptr = data[0] & 0x7F;
    s->auto_inc = (data[0] & 0x80) != 0;
    for (size_t i = 1; i < len; i++) {
        write_reg(s, s->ptr, data[i]);
        if (s->auto_inc)
            s->ptr = (s->ptr + 1) & 0x7F;
    }
}

static void lis3dh_read(SimI2CDevice *d, uint8_t *data, size_t len) {
    Lis3dh *s = d->state;
    for (size_t i = 0; i < len; i++) {
        data[i] = s->ptr < sizeof s->reg ? read_reg(s, s->ptr) : 0;
        if (s->auto_inc)
            s->ptr = (s->ptr + 1) & 0x7F;
    }
}

// A click as the click engine reports it (CLICK_SRC), for the axes and
// kinds CLICK_CFG enables: bits 0/2/4 single on X/Y/Z, 1/3/5 double.
static void deliver_click(Lis3dh *s, int count) {
    uint8_t cfg = s->reg[REG_CLICK_CFG];
    uint8_t src = 0;
    if (count >= 1 && (cfg & 0x15))
        src |= CLICK_SCLICK;
    if (count >= 2 && (cfg & 0x2A))
        src |= CLICK_DCLICK;
    if (!src)
        return;
    // The tap is on the Z axis (the board lies flat) if that axis is
    // enabled, else on the first enabled one.
    uint8_t axes = (uint8_t)((cfg | (cfg >> 1)) & 0x15);
    uint8_t axis = (axes & 0x10) ? 0x04 : (axes & 0x04) ? 0x02 : 0x01;
    s->reg[REG_CLICK_SRC] = CLICK_IA | src | axis;
    if (s->reg[REG_CTRL3] & 0x80)   // I1_CLICK: click interrupt on INT1
        set_int1(s, true);
}

SimI2CDevice *sim_lis3dh_new(uint8_t addr) {
    SimI2CDevice *d = calloc(1, sizeof *d);
    Lis3dh *s = calloc(1, sizeof *s);
    if (!d || !s)
        abort();
    memcpy(s->reg, reset_values, sizeof s->reg);
    s->int1_pin = HAL_NO_PIN;
    d->name = "lis3dh";
    d->addr = addr;
    d->write = lis3dh_write;
    d->read = lis3dh_read;
    d->state = s;
    if (ninstances < (int)(sizeof instances / sizeof instances[0]))
        instances[ninstances++] = s;
    return d;
}

void sim_lis3dh_set_int1_pin(SimI2CDevice *d, uint8_t pin) {
    Lis3dh *s = d->state;
    s->int1_pin = pin;
    set_int1(s, false);
}

void sim_accel_set(float x, float y, float z) {
    accel[0] = x;
    accel[1] = y;
    accel[2] = z;
    shaking = false;
}

void sim_accel_tap(int count) {
    for (int i = 0; i < ninstances; i++)
        deliver_click(instances[i], count);
}

void sim_accel_shake(void) {
    shaking = true;
    shake_start = sim_now_ns();
}
