// A simulated Bosch BME280 (and BMP280, the same part without humidity)
// temperature/pressure/humidity sensor, register by register as the
// datasheet (BST-BME280-DS002) describes: chip id, soft reset, control
// registers, trimming parameters, and raw readings that the datasheet's
// compensation formulas turn into a fixed environment of 25.0 degC,
// 1013.25 hPa and 40.0 %RH.
#include <stdlib.h>
#include <string.h>
#include "sim_dev.h"

#define REG_CALIB00 0x88
#define REG_ID 0xD0
#define REG_RESET 0xE0
#define REG_CALIB26 0xE1
#define REG_CTRL_HUM 0xF2
#define REG_STATUS 0xF3
#define REG_CTRL_MEAS 0xF4
#define REG_CONFIG 0xF5
#define REG_DATA 0xF7   // press_msb .. hum_lsb (0xF7-0xFE)

// Trimming parameters: the datasheet's example values for temperature and
// pressure, typical values of a production part for humidity (dig_H3 is 0
// on real parts, which also makes the datasheet's and Bosch's newer
// humidity formulas agree).
static const uint16_t dig_T1 = 27504;
static const int16_t dig_T2 = 26435, dig_T3 = -1000;
static const uint16_t dig_P1 = 36477;
static const int16_t dig_P2_9[8] = {-10685, 3024, 2855, 140, -7, 15500, -14600, 6000};
static const uint8_t dig_H1 = 75;
static const int16_t dig_H2 = 362;
static const uint8_t dig_H3 = 0;
static const int16_t dig_H4 = 313, dig_H5 = 50;
static const int8_t dig_H6 = 30;

// Raw ADC values found by inverting the compensation with the trimming
// above: adc_T gives t_fine = 128000 (25.00 degC), adc_P 101325.0 Pa,
// adc_H 40.0 %RH (tests/sim/bus.sh checks them with the float formulas).
#define ADC_T 519625u
#define ADC_P 411183u
#define ADC_H 27309u

typedef struct {
    bool humidity;            // BME280 (true) or BMP280
    uint8_t chip_id;
    uint8_t ptr;
    uint8_t calib[0xA2 - REG_CALIB00];
    uint8_t calib2[0xF0 - REG_CALIB26 + 1];
    uint8_t ctrl_hum, ctrl_hum_active, ctrl_meas, config;
    uint8_t data[8];          // 0xF7..0xFE
    uint64_t meas_end_ns;     // the running conversion ends then
    bool measuring;
} Bme280;

static void put16(uint8_t *p, uint16_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

// Register contents after power-on or soft reset: data registers read
// 0x80000 (0x8000 for humidity) until a first measurement.
static void reset(Bme280 *s) {
    s->ctrl_hum = s->ctrl_hum_active = s->ctrl_meas = s->config = 0;
    static const uint8_t skipped[8] = {0x80, 0, 0, 0x80, 0, 0, 0x80, 0};
    memcpy(s->data, skipped, sizeof s->data);
    s->measuring = false;
}

static uint32_t oversampling(uint8_t code) {
    static const uint8_t factor[8] = {0, 1, 2, 4, 8, 16, 16, 16};
    return factor[code & 7];
}

// Typical measurement time (datasheet 9.1), in ns.
static uint64_t measurement_ns(const Bme280 *s) {
    uint32_t t = oversampling(s->ctrl_meas >> 5), p = oversampling(s->ctrl_meas >> 2);
    uint32_t h = s->humidity ? oversampling(s->ctrl_hum_active) : 0;
    uint64_t us = 1000 + 2000u * t + (p ? 2000u * p + 500 : 0) + (h ? 2000u * h + 500 : 0);
    return us * 1000u;
}

static void put20(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 12);
    p[1] = (uint8_t)(v >> 4);
    p[2] = (uint8_t)((v & 0xF) << 4);
}

// A conversion finished: the data registers take the new readings
// (skipped quantities read 0x80000 / 0x8000), and forced mode returns to
// sleep.
static void update(Bme280 *s) {
    if (!s->measuring || sim_now_ns() < s->meas_end_ns)
        return;
    s->measuring = false;
    put20(s->data, (s->ctrl_meas >> 2) & 7 ? ADC_P : 0x80000u);
    put20(s->data + 3, (s->ctrl_meas >> 5) ? ADC_T : 0x80000u);
    uint16_t h = s->humidity && (s->ctrl_hum_active & 7) ? ADC_H : 0x8000u;
    s->data[6] = (uint8_t)(h >> 8);
    s->data[7] = (uint8_t)h;
    if ((s->ctrl_meas & 3) == 1 || (s->ctrl_meas & 3) == 2)
        s->ctrl_meas &= (uint8_t)~3u;
}

static uint8_t read_reg(Bme280 *s, uint8_t r) {
    if (r >= REG_CALIB00 && r < REG_CALIB00 + sizeof s->calib)
        return s->calib[r - REG_CALIB00];
    if (s->humidity && r >= REG_CALIB26 && r < REG_CALIB26 + sizeof s->calib2)
        return s->calib2[r - REG_CALIB26];
    switch (r) {
    case REG_ID:
        return s->chip_id;
    case REG_CTRL_HUM:
        return s->humidity ? s->ctrl_hum : 0;
    case REG_STATUS:
        return s->measuring ? 0x08 : 0x00;
    case REG_CTRL_MEAS:
        return s->ctrl_meas;
    case REG_CONFIG:
        return s->config;
    default:
        if (r >= REG_DATA && r < REG_DATA + 8 && (s->humidity || r < 0xFD))
            return s->data[r - REG_DATA];
        return 0;
    }
}

static void write_reg(Bme280 *s, uint8_t r, uint8_t v) {
    switch (r) {
    case REG_RESET:
        if (v == 0xB6)
            reset(s);
        break;
    case REG_CTRL_HUM:
        // Takes effect with the next write to ctrl_meas (datasheet 5.4.3).
        if (s->humidity)
            s->ctrl_hum = v & 7;
        break;
    case REG_CTRL_MEAS:
        s->ctrl_meas = v;
        s->ctrl_hum_active = s->ctrl_hum;
        if (v & 3) {   // forced (01, 10) or normal (11): a conversion starts
            s->measuring = true;
            s->meas_end_ns = sim_now_ns() + measurement_ns(s);
        }
        break;
    case REG_CONFIG:
        s->config = v & 0xFD;
        break;
    default:
        break;         // read-only or reserved
    }
}

// Writes are register-address/data pairs (datasheet 6.2.1); a lone
// register address sets the pointer for the next read.
static void bme280_write(SimI2CDevice *d, const uint8_t *data, size_t len, bool stop) {
    (void)stop;
    Bme280 *s = d->state;
    update(s);
    for (size_t i = 0; i < len; i += 2) {
        s->ptr = data[i];
        if (i + 1 < len)
            write_reg(s, data[i], data[i + 1]);
    }
}

// Reads step through the registers from the pointer.
static void bme280_read(SimI2CDevice *d, uint8_t *data, size_t len) {
    Bme280 *s = d->state;
    update(s);
    for (size_t i = 0; i < len; i++) {
        data[i] = read_reg(s, s->ptr);
        if (s->ptr != 0xFF)
            s->ptr++;
    }
}

static SimI2CDevice *make(uint8_t addr, bool humidity) {
    SimI2CDevice *d = calloc(1, sizeof *d);
    Bme280 *s = calloc(1, sizeof *s);
    if (!d || !s)
        abort();
    s->humidity = humidity;
    s->chip_id = humidity ? 0x60 : 0x58;
    put16(s->calib + 0, dig_T1);
    put16(s->calib + 2, (uint16_t)dig_T2);
    put16(s->calib + 4, (uint16_t)dig_T3);
    put16(s->calib + 6, dig_P1);
    for (int i = 0; i < 8; i++)
        put16(s->calib + 8 + 2 * i, (uint16_t)dig_P2_9[i]);
    if (humidity) {
        s->calib[0xA1 - REG_CALIB00] = dig_H1;
        put16(s->calib2 + 0, (uint16_t)dig_H2);
        s->calib2[2] = dig_H3;
        s->calib2[3] = (uint8_t)(dig_H4 >> 4);                       // 0xE4: H4[11:4]
        s->calib2[4] = (uint8_t)((dig_H4 & 0xF) | ((dig_H5 & 0xF) << 4)); // 0xE5
        s->calib2[5] = (uint8_t)(dig_H5 >> 4);                       // 0xE6: H5[11:4]
        s->calib2[6] = (uint8_t)dig_H6;
    }
    reset(s);
    d->name = humidity ? "bme280" : "bmp280";
    d->addr = addr;
    d->write = bme280_write;
    d->read = bme280_read;
    d->state = s;
    return d;
}

SimI2CDevice *sim_bme280_new(uint8_t addr) {
    return make(addr, true);
}

SimI2CDevice *sim_bmp280_new(uint8_t addr) {
    return make(addr, false);
}
