// Between the bus code (sim_bus.c) and the simulated devices
// (sim_dev_*.c): constructors and the few device-specific hooks.
#ifndef COPPER_PORTS_UNIX_SIM_DEV_H
#define COPPER_PORTS_UNIX_SIM_DEV_H

#include "sim.h"

// Constructors: a device answering at `addr` (state allocated on the host heap).
SimI2CDevice *sim_lis3dh_new(uint8_t addr);
SimI2CDevice *sim_bme280_new(uint8_t addr);
SimI2CDevice *sim_bmp280_new(uint8_t addr);   // the BME280 without humidity
SimI2CDevice *sim_ssd1306_new(uint8_t addr);

// The LIS3DH drives this pin (its INT1) high on a click when CTRL_REG3
// routes clicks there; HAL_NO_PIN when INT1 is not wired.
void sim_lis3dh_set_int1_pin(SimI2CDevice *d, uint8_t pin);

// Writes what an SSD1306 shows as a PNG file; false on an I/O error.
bool sim_ssd1306_write_png(SimI2CDevice *d, const char *path);

#endif
