// Pulse capture and output (pulseio) and the IR remote stimulus (stub).
#include "sim.h"

int hal_pulsein_init(uint8_t pin, bool idle_state) {
    (void)pin;
    (void)idle_state;
    return -HAL_EINVAL;
}

size_t hal_pulsein_read(int handle, uint16_t *durations, size_t max) {
    (void)handle;
    (void)durations;
    (void)max;
    return 0;
}

void hal_pulsein_pause(int handle) {
    (void)handle;
}

void hal_pulsein_resume(int handle, uint16_t trigger_us) {
    (void)handle;
    (void)trigger_us;
}

void hal_pulsein_deinit(int handle) {
    (void)handle;
}

int hal_pulseout_send(uint8_t pin, uint32_t carrier_hz, uint16_t duty, const uint16_t *pulses, size_t n) {
    (void)pin;
    (void)carrier_hz;
    (void)duty;
    (void)pulses;
    (void)n;
    return 0;
}

void sim_ir_send(uint8_t pin, const char *protocol, uint32_t code) {
    (void)pin;
    (void)protocol;
    (void)code;
}
