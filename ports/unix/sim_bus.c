// The simulated board's buses: hal_i2c_*, hal_spi_*, hal_uart_*, and the
// devices on them. I2C buses are found by their (SCL, SDA) pins and carry
// the devices attached at start-up (board parts, --i2c options); a bus
// has pull-ups when the board has them or a device is attached (breakouts
// carry theirs). SPI decodes APA102 (DotStar) frames for the board's
// DotStar and feeds the devices attached to its wires (the TFT panels:
// the board's own, --display breakouts on board.SPI's pins). UART bytes
// take their frame time on the wire; injected bytes arrive one frame time
// apart as board time passes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hal.h"
#include "sim_dev.h"

// A transfer returns when its bits have gone out, as on the board: the
// clock jumps under --virtual-time, the host waits in real time.
static void take_time(uint64_t ns) {
    if (ns != 0)
        hal_sleep_until_ns(sim_now_ns() + ns);
}

// --- I2C ---------------------------------------------------------------------

#define MAX_I2C 8
#define MAX_I2C_DEVS 8

typedef struct {
    bool used, open;
    uint8_t scl, sda;
    uint32_t hz;
    SimI2CDevice *devs[MAX_I2C_DEVS];
    int ndevs;
} I2CBus;
static I2CBus i2c_buses[MAX_I2C];

static I2CBus *i2c_find(uint8_t scl, uint8_t sda, bool create) {
    for (int i = 0; i < MAX_I2C; i++)
        if (i2c_buses[i].used && i2c_buses[i].scl == scl && i2c_buses[i].sda == sda)
            return &i2c_buses[i];
    if (!create)
        return NULL;
    for (int i = 0; i < MAX_I2C; i++) {
        if (!i2c_buses[i].used) {
            memset(&i2c_buses[i], 0, sizeof i2c_buses[i]);
            i2c_buses[i].used = true;
            i2c_buses[i].scl = scl;
            i2c_buses[i].sda = sda;
            return &i2c_buses[i];
        }
    }
    return NULL;
}

static SimI2CDevice *i2c_device_at(const I2CBus *b, uint8_t addr) {
    for (int i = 0; i < b->ndevs; i++)
        if (b->devs[i]->addr == addr)
            return b->devs[i];
    return NULL;
}

static void i2c_attach(uint8_t scl, uint8_t sda, SimI2CDevice *dev, const char *why) {
    I2CBus *b = i2c_find(scl, sda, true);
    SimI2CDevice *other = b ? i2c_device_at(b, dev->addr) : NULL;
    if (other) {
        fprintf(stderr, "copper: %s: address 0x%02x is taken by the %s already on that bus\n", why, dev->addr,
                other->name);
        exit(2);
    }
    if (!b || b->ndevs == MAX_I2C_DEVS) {
        fprintf(stderr, "copper: %s: too many I2C devices\n", why);
        exit(2);
    }
    b->devs[b->ndevs++] = dev;
}

void sim_i2c_attach(uint8_t scl, uint8_t sda, SimI2CDevice *dev) {
    i2c_attach(scl, sda, dev, dev->name);
}

SimI2CDevice *sim_i2c_device_new(const char *name, uint8_t addr) {
    if (strcmp(name, "lis3dh") == 0)
        return sim_lis3dh_new(addr);
    if (strcmp(name, "bme280") == 0)
        return sim_bme280_new(addr);
    if (strcmp(name, "bmp280") == 0)
        return sim_bmp280_new(addr);
    if (strcmp(name, "ssd1306") == 0)
        return sim_ssd1306_new(addr);
    return NULL;
}

// Both lines must read high once released: a board pull-up resistor on
// each, or a device on the bus (its breakout's resistors).
static bool i2c_pulled_up(const I2CBus *b, uint8_t scl, uint8_t sda) {
    if (b && b->ndevs > 0)
        return true;
    return sim_pin_external_pull(scl) == HAL_PULL_UP && sim_pin_external_pull(sda) == HAL_PULL_UP;
}

int hal_i2c_init(uint8_t scl, uint8_t sda, uint32_t frequency) {
    I2CBus *b = i2c_find(scl, sda, false);
    if (!i2c_pulled_up(b, scl, sda))
        return -HAL_ENOPULLUP;
    const char *mcu = hal_board()->mcu;
    uint32_t hz = frequency;
    if (strncmp(mcu, "samd", 4) == 0) {
        // The SERCOM's largest divisor gives a little under 100 kHz.
        if (frequency < 95000)
            return -HAL_EINVAL;
    } else {
        // nRF52840 TWIM: 100, 250 or 400 kHz, the largest not above the request.
        hz = frequency < 250000 ? 100000 : frequency < 400000 ? 250000 : 400000;
    }
    if (!b)
        b = i2c_find(scl, sda, true);
    if (!b)
        return -HAL_EINVAL;
    // Already open only if its owner vanished without deinit (the modules
    // claim the pins, so two live owners cannot exist): take it over.
    b->open = true;
    b->hz = hz;
    return (int)(b - i2c_buses);
}

static I2CBus *i2c_bus(int bus) {
    if (bus < 0 || bus >= MAX_I2C || !i2c_buses[bus].open)
        return NULL;
    return &i2c_buses[bus];
}

void hal_i2c_deinit(int bus) {
    I2CBus *b = i2c_bus(bus);
    if (b)
        b->open = false;
}

int hal_i2c_write(int bus, uint8_t addr, const uint8_t *data, size_t len, bool stop) {
    I2CBus *b = i2c_bus(bus);
    if (!b || addr > 0x7F)
        return -HAL_EINVAL;
    SimI2CDevice *d = i2c_device_at(b, addr);
    // A NACK on the address ends the transaction there (with a stop).
    uint64_t ns = sim_trace_i2c(b->scl, b->sda, b->hz, addr, false, data, d ? len : 0, d != NULL, stop || !d);
    take_time(ns);
    if (!d)
        return -HAL_ENODEV;
    if (len > 0 && d->write)
        d->write(d, data, len, stop);
    return 0;
}

int hal_i2c_read(int bus, uint8_t addr, uint8_t *data, size_t len) {
    I2CBus *b = i2c_bus(bus);
    if (!b || addr > 0x7F)
        return -HAL_EINVAL;
    SimI2CDevice *d = i2c_device_at(b, addr);
    if (d) {
        if (d->read)
            d->read(d, data, len);
        else
            memset(data, 0xFF, len);   // nothing drives SDA: the pull-ups read 1
    }
    uint64_t ns = sim_trace_i2c(b->scl, b->sda, b->hz, addr, true, data, d ? len : 0, d != NULL, true);
    take_time(ns);
    return d ? 0 : -HAL_ENODEV;
}

// --- SPI -----------------------------------------------------------------------

#define MAX_SPI 4
#define MAX_DOTSTAR 64

// What an APA102 chain has latched: frames are a 32-bit zero start frame,
// then per LED 0b111 + 5-bit brightness, blue, green, red.
typedef struct {
    uint8_t data_pin, clock_pin;
    size_t count;                 // LEDs on the board
    uint8_t rgb[MAX_DOTSTAR * 3]; // as seen: colour scaled by the brightness
    uint8_t zeros;                // zero bytes in a row while idle
    bool in_frame;
    size_t led, k;
    uint8_t cur[4];
} DotStar;

#define MAX_SPI_DEVS 8

typedef struct {
    bool open;
    uint8_t sck, mosi, miso;
    uint32_t hz;
    uint8_t polarity, phase, bits;
    DotStar *dotstar;             // the MOSI/SCK drive the board's DotStar
    SimSpiDevice *devs[MAX_SPI_DEVS];
    int ndevs;
} SpiBus;
static SpiBus spi_buses[MAX_SPI];
static DotStar dotstars[2];
static int ndotstars;

// Devices wired to SCK/MOSI pairs; a bus opened on those pins feeds them.
static struct {
    uint8_t sck, mosi;
    SimSpiDevice *dev;
} spi_wiring[MAX_SPI_DEVS];
static int nspi_wiring;

void sim_spi_attach(uint8_t sck, uint8_t mosi, SimSpiDevice *dev) {
    if (nspi_wiring == MAX_SPI_DEVS) {
        fprintf(stderr, "copper: %s: too many SPI devices\n", dev->name);
        exit(2);
    }
    spi_wiring[nspi_wiring].sck = sck;
    spi_wiring[nspi_wiring].mosi = mosi;
    spi_wiring[nspi_wiring].dev = dev;
    nspi_wiring++;
}

const uint8_t *sim_dotstar_data(uint8_t data_pin, size_t *len) {
    for (int i = 0; i < ndotstars; i++) {
        if (dotstars[i].data_pin == data_pin) {
            *len = dotstars[i].count * 3;
            return dotstars[i].rgb;
        }
    }
    *len = 0;
    return NULL;
}

static void dotstar_byte(DotStar *ds, uint8_t b) {
    if (!ds->in_frame) {
        ds->zeros = b == 0 ? (uint8_t)(ds->zeros < 4 ? ds->zeros + 1 : 4) : 0;
        if (ds->zeros == 4) {
            ds->in_frame = true;
            ds->led = ds->k = 0;
        }
        return;
    }
    if (ds->k == 0 && b == 0 && ds->led == 0)
        return;   // more start-frame zeros
    ds->cur[ds->k++] = b;
    if (ds->k < 4)
        return;
    ds->k = 0;
    if (ds->led < ds->count) {
        unsigned bright = ds->cur[0] & 0x1F;
        uint8_t *p = ds->rgb + ds->led * 3;
        p[0] = (uint8_t)(ds->cur[3] * bright / 31);
        p[1] = (uint8_t)(ds->cur[2] * bright / 31);
        p[2] = (uint8_t)(ds->cur[1] * bright / 31);
    }
    if (++ds->led >= ds->count) {
        // The chain is full: what follows (the end frame) goes past the
        // last LED. Wait for the next start frame.
        ds->in_frame = false;
        ds->zeros = 0;
        sim_view_update();
    }
}

static DotStar *dotstar_on(uint8_t sck, uint8_t mosi) {
    for (int i = 0; i < ndotstars; i++)
        if (dotstars[i].data_pin == mosi && dotstars[i].clock_pin == sck)
            return &dotstars[i];
    return NULL;
}

int hal_spi_init(uint8_t sck, uint8_t mosi, uint8_t miso) {
    if (sck == HAL_NO_PIN || (mosi == HAL_NO_PIN && miso == HAL_NO_PIN))
        return -HAL_EINVAL;
    // A bus still open on the same clock pin lost its owner without a
    // deinit (the modules claim pins): reuse it.
    for (int i = 0; i < MAX_SPI; i++)
        if (spi_buses[i].open && spi_buses[i].sck == sck)
            spi_buses[i].open = false;
    for (int i = 0; i < MAX_SPI; i++) {
        SpiBus *s = &spi_buses[i];
        if (!s->open) {
            memset(s, 0, sizeof *s);
            s->open = true;
            s->sck = sck;
            s->mosi = mosi;
            s->miso = miso;
            s->hz = 100000;   // busio.SPI.configure's default baudrate
            s->bits = 8;
            s->dotstar = dotstar_on(sck, mosi);
            if (s->dotstar) {
                s->dotstar->in_frame = false;
                s->dotstar->zeros = 0;
            }
            for (int k = 0; k < nspi_wiring; k++)
                if (spi_wiring[k].sck == sck && spi_wiring[k].mosi == mosi)
                    s->devs[s->ndevs++] = spi_wiring[k].dev;
            return i;
        }
    }
    return -HAL_EBUSY;
}

static SpiBus *spi_bus(int bus) {
    if (bus < 0 || bus >= MAX_SPI || !spi_buses[bus].open)
        return NULL;
    return &spi_buses[bus];
}

void hal_spi_deinit(int bus) {
    SpiBus *s = spi_bus(bus);
    if (s)
        s->open = false;
}

int hal_spi_configure(int bus, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits) {
    SpiBus *s = spi_bus(bus);
    if (!s || baudrate == 0 || polarity > 1 || phase > 1 || (bits != 8 && bits != 9))
        return -HAL_EINVAL;
    s->hz = baudrate;
    s->polarity = polarity;
    s->phase = phase;
    s->bits = bits;
    return 0;
}

int hal_spi_transfer(int bus, const uint8_t *out, uint8_t *in, size_t len, uint8_t fill) {
    SpiBus *s = spi_bus(bus);
    if (!s)
        return -HAL_EINVAL;
    // Nothing drives MISO on the simulated board: it reads high.
    if (in)
        memset(in, 0xFF, len);
    uint8_t chunk[64];
    uint64_t ns = 0;
    for (size_t off = 0; off < len;) {
        size_t n = len - off < sizeof chunk ? len - off : sizeof chunk;
        const uint8_t *o = out ? out + off : (memset(chunk, fill, n), chunk);
        if (s->dotstar)
            for (size_t i = 0; i < n; i++)
                dotstar_byte(s->dotstar, o[i]);
        for (int i = 0; i < s->ndevs; i++)
            s->devs[i]->write(s->devs[i], o, n);
        // Each chunk's waveform starts where the previous one ends, so the
        // last one's time from now is the whole transfer's.
        ns = sim_trace_spi(s->sck, s->mosi, s->miso, s->hz, s->polarity, s->phase, o, in ? in + off : NULL, n);
        off += n;
    }
    take_time(ns);
    return 0;
}

// --- UART ----------------------------------------------------------------------

#define MAX_UART 4

typedef struct {
    bool open;
    uint8_t tx, rx;
    uint32_t baud;
    uint8_t bits, parity, stop;
    uint8_t *ring;                // receive buffer (receiver_buffer_size)
    size_t cap, head, count;
    uint8_t *wire;                // injected bytes still on their way
    size_t nwire, wire_pos, wire_cap;
    uint64_t next_ns;             // when wire[wire_pos] has fully arrived
} Uart;
static Uart uarts[MAX_UART];

static uint64_t frame_ns(const Uart *u) {
    uint32_t bits = 1u + u->bits + (u->parity ? 1u : 0u) + u->stop;
    return (uint64_t)bits * 1000000000u / u->baud;
}

// Moves the bytes whose stop bit has passed into the receive buffer; a
// full buffer drops what arrives (as the MCU's ring buffer does).
static void uart_catch_up(Uart *u, uint64_t now) {
    while (u->wire_pos < u->nwire && u->next_ns <= now) {
        uint8_t b = u->wire[u->wire_pos++];
        if (u->count < u->cap) {
            u->ring[(u->head + u->count) % u->cap] = b;
            u->count++;
        }
        u->next_ns += frame_ns(u);
    }
    if (u->wire_pos == u->nwire)
        u->nwire = u->wire_pos = 0;
}

static void uart_tick(uint64_t now) {
    for (int i = 0; i < MAX_UART; i++)
        if (uarts[i].open)
            uart_catch_up(&uarts[i], now);
}

void sim_uart_inject(uint8_t rx_pin, const uint8_t *data, size_t len) {
    for (int i = 0; i < MAX_UART; i++) {
        Uart *u = &uarts[i];
        if (!u->open || u->rx != rx_pin || rx_pin == HAL_NO_PIN)
            continue;
        uint64_t now = sim_now_ns();
        uart_catch_up(u, now);
        if (u->nwire == 0)
            u->next_ns = now + frame_ns(u);
        if (u->nwire + len > u->wire_cap) {
            size_t cap = (u->nwire + len) * 2;
            uint8_t *w = realloc(u->wire, cap);
            if (!w)
                return;
            u->wire = w;
            u->wire_cap = cap;
        }
        memcpy(u->wire + u->nwire, data, len);
        u->nwire += len;
        return;
    }
    // No UART listens on that pin: the bytes are lost, as on a real wire.
}

int hal_uart_init(uint8_t tx, uint8_t rx, uint32_t baudrate, uint8_t bits, uint8_t parity, uint8_t stop,
                  size_t receiver_buffer_size) {
    if ((tx == HAL_NO_PIN && rx == HAL_NO_PIN) || baudrate == 0 || bits < 5 || bits > 9 || parity > 2 || stop < 1 ||
        stop > 2)
        return -HAL_EINVAL;
    // A UART still open on one of these pins lost its owner without a
    // deinit (the modules claim pins): close it first.
    for (int i = 0; i < MAX_UART; i++)
        if (uarts[i].open && ((tx != HAL_NO_PIN && (uarts[i].tx == tx || uarts[i].rx == tx)) ||
                              (rx != HAL_NO_PIN && (uarts[i].tx == rx || uarts[i].rx == rx))))
            hal_uart_deinit(i);
    for (int i = 0; i < MAX_UART; i++) {
        Uart *u = &uarts[i];
        if (u->open)
            continue;
        memset(u, 0, sizeof *u);
        u->cap = receiver_buffer_size > 0 ? receiver_buffer_size : 1;
        u->ring = malloc(u->cap);
        if (!u->ring)
            return -HAL_EINVAL;
        u->open = true;
        u->tx = tx;
        u->rx = rx;
        u->baud = baudrate;
        u->bits = bits;
        u->parity = parity;
        u->stop = stop;
        sim_on_tick(uart_tick);
        return i;
    }
    return -HAL_EBUSY;
}

static Uart *uart(int u) {
    if (u < 0 || u >= MAX_UART || !uarts[u].open)
        return NULL;
    return &uarts[u];
}

void hal_uart_deinit(int ui) {
    Uart *u = uart(ui);
    if (!u)
        return;
    free(u->ring);
    free(u->wire);
    memset(u, 0, sizeof *u);
}

int hal_uart_set_baudrate(int ui, uint32_t baudrate) {
    Uart *u = uart(ui);
    if (!u || baudrate == 0)
        return -HAL_EINVAL;
    uart_catch_up(u, sim_now_ns());
    u->baud = baudrate;
    return 0;
}

long hal_uart_write(int ui, const uint8_t *data, size_t len) {
    Uart *u = uart(ui);
    if (!u || u->tx == HAL_NO_PIN)
        return -HAL_EINVAL;
    take_time(sim_trace_uart(u->tx, u->baud, u->bits, u->parity, u->stop, data, len));
    return (long)len;
}

size_t hal_uart_rx_available(int ui) {
    Uart *u = uart(ui);
    if (!u)
        return 0;
    uart_catch_up(u, sim_now_ns());
    return u->count;
}

size_t hal_uart_read(int ui, uint8_t *data, size_t len) {
    Uart *u = uart(ui);
    if (!u)
        return 0;
    uart_catch_up(u, sim_now_ns());
    size_t n = 0;
    while (n < len && u->count > 0) {
        data[n++] = u->ring[u->head];
        u->head = (u->head + 1) % u->cap;
        u->count--;
    }
    return n;
}

void hal_uart_clear_rx(int ui) {
    Uart *u = uart(ui);
    if (!u)
        return;
    uart_catch_up(u, sim_now_ns());
    u->head = u->count = 0;
}

// --- start-up and exit -------------------------------------------------------------

// "bme280@0x77" on board.I2C; exits 2 on a malformed entry or unknown device.
static void attach_option(const char *spec) {
    const char *at = strchr(spec, '@');
    char name[32];
    size_t n = at ? (size_t)(at - spec) : 0;
    char *end = NULL;
    long addr = at ? strtol(at + 1, &end, 0) : -1;
    if (!at || n == 0 || n >= sizeof name || !end || end == at + 1 || *end || addr < 0 || addr > 0x7F) {
        fprintf(stderr, "copper: --i2c wants NAME@ADDR (e.g. bme280@0x77), not '%s'\n", spec);
        exit(2);
    }
    memcpy(name, spec, n);
    name[n] = 0;
    SimI2CDevice *d = sim_i2c_device_new(name, (uint8_t)addr);
    if (!d) {
        fprintf(stderr, "copper: unknown I2C device '%s' (known: bme280, bmp280, lis3dh, ssd1306)\n", name);
        exit(2);
    }
    const HalBoard *b = hal_board();
    if (b->i2c_scl == HAL_NO_PIN || b->i2c_sda == HAL_NO_PIN) {
        fprintf(stderr, "copper: --i2c %s: the board has no board.I2C\n", spec);
        exit(2);
    }
    i2c_attach(b->i2c_scl, b->i2c_sda, d, spec);
}

static _Noreturn void bad_display(const char *spec) {
    fprintf(stderr, "copper: --display wants MODEL@CS,DC[,RST] (e.g. ili9341@D10,D9), not '%s'\n", spec);
    exit(2);
}

// "ili9341@D10,D9" or "st7789@D10,D9,D8" (chip select, data/command,
// reset) on board.SPI's SCK/MOSI; exits 2 on a malformed entry.
static void display_option(const char *spec) {
    const char *at = strchr(spec, '@');
    char name[16], list[64];
    size_t n = at ? (size_t)(at - spec) : 0;
    if (!at || n == 0 || n >= sizeof name || strlen(at + 1) >= sizeof list)
        bad_display(spec);
    memcpy(name, spec, n);
    name[n] = 0;
    strcpy(list, at + 1);
    uint8_t pins[3] = {HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN};
    int npins = 0;
    for (char *item = list, *comma; item; item = comma ? comma + 1 : NULL) {
        comma = strchr(item, ',');
        if (comma)
            *comma = 0;
        if (*item == 0 || npins == 3)
            bad_display(spec);
        int pin = sim_pin_by_name(item);
        if (pin < 0) {
            fprintf(stderr, "copper: --display %s: unknown pin '%s' on %s\n", spec, item, hal_board()->id);
            exit(2);
        }
        pins[npins++] = (uint8_t)pin;
    }
    if (npins < 2)
        bad_display(spec);
    const HalBoard *b = hal_board();
    if (b->spi_sck == HAL_NO_PIN || b->spi_mosi == HAL_NO_PIN) {
        fprintf(stderr, "copper: --display %s: the board has no board.SPI\n", spec);
        exit(2);
    }
    const SimPanelMount *mount = sim_panel_breakout(name);
    if (!mount) {
        fprintf(stderr, "copper: unknown display '%s' (known: %s)\n", name, sim_panel_breakout_names());
        exit(2);
    }
    sim_spi_attach(b->spi_sck, b->spi_mosi,
                   sim_panel_new(mount, pins[0], pins[1], pins[2], HAL_NO_PIN, SIM_SCREEN_EXTERNAL));
}

void sim_bus_start(void) {
    const HalBoard *b = hal_board();
    // The LIS3DH at 0x19: on its own bus on the Circuit Playground
    // Express, on board.I2C on the PyBadge/PyGamer; INT1 wired to
    // ACCELEROMETER_INTERRUPT.
    int irq = sim_pin_by_name("ACCELEROMETER_INTERRUPT");
    if (irq >= 0) {
        int scl = sim_pin_by_name("ACCELEROMETER_SCL"), sda = sim_pin_by_name("ACCELEROMETER_SDA");
        if (scl < 0 || sda < 0) {
            scl = b->i2c_scl;
            sda = b->i2c_sda;
        }
        SimI2CDevice *d = sim_lis3dh_new(0x19);
        sim_i2c_attach((uint8_t)scl, (uint8_t)sda, d);
        sim_lis3dh_set_int1_pin(d, (uint8_t)irq);
    }
    // The CLUE's BMP280 (its other sensors are not simulated).
    if (strcmp(b->id, "clue_nrf52840_express") == 0)
        sim_i2c_attach(b->i2c_scl, b->i2c_sda, sim_bmp280_new(0x77));
    // The board's DotStars, decoded from SPI traffic on their pins.
    const SimBoard *sb = sim_board();
    for (uint8_t p = 0; p < sb->nparts && ndotstars < (int)(sizeof dotstars / sizeof dotstars[0]); p++) {
        const SimPart *part = &sb->parts[p];
        if (part->kind != SIM_PART_DOTSTAR || sim_part_pin(part) == HAL_NO_PIN)
            continue;
        DotStar *ds = &dotstars[ndotstars++];
        memset(ds, 0, sizeof *ds);
        ds->data_pin = sim_part_pin(part);
        ds->clock_pin = sim_part_pin2(part);
        ds->count = part->count < MAX_DOTSTAR ? part->count : MAX_DOTSTAR;
    }
    for (int i = 0; i < sim_options.ni2c; i++)
        attach_option(sim_options.i2c_devices[i]);
    // The board's display panel on its own SPI wires.
    const HalDisplay *disp = b->display;
    if (disp && sb->panel)
        sim_spi_attach(disp->sck, disp->mosi,
                       sim_panel_new(sb->panel, disp->cs, disp->dc, disp->reset, disp->backlight, SIM_SCREEN_BOARD));
    for (int i = 0; i < sim_options.ndisplays; i++)
        display_option(sim_options.displays[i]);
}
