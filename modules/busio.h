// What other modules need from busio (modules/busio*.c): board.I2C(),
// board.SPI() and board.UART() build their singletons with these, as
// CircuitPython's board module builds them with the busio constructors.
#ifndef COPPER_MODULES_BUSIO_H
#define COPPER_MODULES_BUSIO_H

#include <stdbool.h>
#include <stdint.h>
#include "obj.h"

extern const Type busio_i2c_type, busio_spi_type, busio_uart_type;

// busio.I2C(scl, sda) with the default frequency (100 kHz). Raises as the
// constructor does (pin in use, no pull-ups, ...).
Value busio_i2c_new(uint8_t scl, uint8_t sda);
// busio.SPI(clock, MOSI, MISO); mosi or miso may be HAL_NO_PIN.
Value busio_spi_new(uint8_t sck, uint8_t mosi, uint8_t miso);
// busio.UART(tx, rx) with the defaults (9600 baud, 8N1, timeout 1 s);
// tx or rx may be HAL_NO_PIN.
Value busio_uart_new(uint8_t tx, uint8_t rx);
// True when a busio I2C/SPI/UART object has been deinitialised (board's
// singletons are built again after that); false for anything else.
bool busio_deinited(Value obj);

#endif
