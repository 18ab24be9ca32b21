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

// An SPI TFT panel (sim_dev_panel.c) mounted as `mount` (which names its
// controller), with its chip select, data/command, reset and backlight pins
// (HAL_NO_PIN: not wired); it offers its screen at `screen_rank`.
SimSpiDevice *sim_panel_new(const SimPanelMount *mount, uint8_t cs, uint8_t dc, uint8_t rst, uint8_t backlight,
                            int screen_rank);
// How Adafruit's breakout of a controller ("ili9341", "st7735r", "st7789")
// mounts it; NULL for an unknown one. The names, for messages: "ili9341, ...".
const SimPanelMount *sim_panel_breakout(const char *model);
const char *sim_panel_breakout_names(void);

#endif
