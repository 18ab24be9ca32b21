// The simulated board's buses: hal_i2c_*, hal_spi_*, hal_uart_* and the
// registry of simulated devices attached to them.
#include <stdlib.h>
#include <string.h>
#include "sim.h"

void sim_bus_start(void) {}

void sim_i2c_attach(uint8_t scl, uint8_t sda, SimI2CDevice *dev) {
    (void)scl;
    (void)sda;
    (void)dev;
}

SimI2CDevice *sim_i2c_device_new(const char *name, uint8_t addr) {
    (void)name;
    (void)addr;
    return NULL;
}

void sim_uart_inject(uint8_t rx_pin, const uint8_t *data, size_t len) {
    (void)rx_pin;
    (void)data;
    (void)len;
}

void sim_accel_set(float x, float y, float z) {
    (void)x;
    (void)y;
    (void)z;
}

void sim_accel_tap(int count) { (void)count; }

void sim_accel_shake(void) {}

int hal_i2c_init(uint8_t scl, uint8_t sda, uint32_t frequency) {
    (void)scl;
    (void)sda;
    (void)frequency;
    return -HAL_ENOPULLUP;
}

void hal_i2c_deinit(int bus) { (void)bus; }

int hal_i2c_write(int bus, uint8_t addr, const uint8_t *data, size_t len, bool stop) {
    (void)bus;
    (void)addr;
    (void)data;
    (void)len;
    (void)stop;
    return -HAL_ENODEV;
}

int hal_i2c_read(int bus, uint8_t addr, uint8_t *data, size_t len) {
    (void)bus;
    (void)addr;
    (void)data;
    (void)len;
    return -HAL_ENODEV;
}

int hal_spi_init(uint8_t sck, uint8_t mosi, uint8_t miso) {
    (void)sck;
    (void)mosi;
    (void)miso;
    return 0;
}

void hal_spi_deinit(int bus) { (void)bus; }

int hal_spi_configure(int bus, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits) {
    (void)bus;
    (void)baudrate;
    (void)polarity;
    (void)phase;
    (void)bits;
    return 0;
}

int hal_spi_transfer(int bus, const uint8_t *out, uint8_t *in, size_t len, uint8_t fill) {
    (void)bus;
    (void)out;
    (void)fill;
    if (in)
        memset(in, 0xFF, len);
    return 0;
}

int hal_uart_init(uint8_t tx, uint8_t rx, uint32_t baudrate, uint8_t bits, uint8_t parity, uint8_t stop,
                  size_t receiver_buffer_size) {
    (void)tx;
    (void)rx;
    (void)baudrate;
    (void)bits;
    (void)parity;
    (void)stop;
    (void)receiver_buffer_size;
    return 0;
}

void hal_uart_deinit(int u) { (void)u; }

int hal_uart_set_baudrate(int u, uint32_t baudrate) {
    (void)u;
    (void)baudrate;
    return 0;
}

long hal_uart_write(int u, const uint8_t *data, size_t len) {
    (void)u;
    (void)data;
    return (long)len;
}

size_t hal_uart_rx_available(int u) {
    (void)u;
    return 0;
}

size_t hal_uart_read(int u, uint8_t *data, size_t len) {
    (void)u;
    (void)data;
    (void)len;
    return 0;
}

void hal_uart_clear_rx(int u) { (void)u; }
