// The --trace VCD writer (stub: filled in below as the simulator grows).
#include "sim.h"

void sim_trace_digital(uint8_t pin, bool level) {
    (void)pin;
    (void)level;
}

void sim_trace_real(uint8_t pin, double value) {
    (void)pin;
    (void)value;
}

void sim_trace_vector(const char *signal, const uint8_t *bytes, size_t len) {
    (void)signal;
    (void)bytes;
    (void)len;
}

uint64_t sim_trace_i2c(uint8_t scl, uint8_t sda, uint32_t hz, uint8_t addr, bool read, const uint8_t *data,
                       size_t len, bool acked, bool stop) {
    (void)scl, (void)sda, (void)hz, (void)addr, (void)read, (void)data, (void)acked, (void)stop;
    return hz ? (uint64_t)(len + 1) * 9u * 1000000000u / hz : 0;
}

uint64_t sim_trace_uart(uint8_t tx, uint32_t baud, uint8_t bits, uint8_t parity, uint8_t stop, const uint8_t *data,
                        size_t len) {
    (void)tx, (void)data;
    return baud ? (uint64_t)len * (1u + bits + (parity ? 1u : 0u) + stop) * 1000000000u / baud : 0;
}

uint64_t sim_trace_spi(uint8_t sck, uint8_t mosi, uint8_t miso, uint32_t hz, uint8_t polarity, uint8_t phase,
                       const uint8_t *out, const uint8_t *in, size_t len) {
    (void)sck, (void)mosi, (void)miso, (void)polarity, (void)phase, (void)out, (void)in;
    return hz ? (uint64_t)len * 8u * 1000000000u / hz : 0;
}
