// The simulated boards as data: pins (MCU name and what each can do),
// board names in pins.c order, board.I2C/SPI/UART pins, the parts on each
// board (LEDs, pixels, buttons, sensors) that the simulator models, and
// the displays (board.DISPLAY's HalDisplay and how its panel is mounted).
// Pin names and order: /work/shared/CIRCUITPYTHON.md section 3. Which pin
// can do what follows the MCU datasheets closely enough for the modules'
// "Invalid pin" checks: ADC on the analog-capable pins, DAC on SAMD21 PA02
// and SAMD51 PA02/PA05, no timer on SAMD PA02/PA03 (and PB02/PB03 on the
// SAMD21G), SERCOM pads on the rest; the nRF52840 routes PWM, buses and
// touch to any pin. Each board's uid is a fixed made-up value.
#include <string.h>
#include "sim.h"

#define IO (HAL_CAP_DIGITAL | HAL_CAP_COUNT | HAL_CAP_PULSE)
#define ADC HAL_CAP_ADC
#define DAC (HAL_CAP_DAC | HAL_CAP_AUDIO)
#define PWM (HAL_CAP_PWM | HAL_CAP_AUDIO)
#define TOUCH HAL_CAP_TOUCH
#define SER (HAL_CAP_I2C | HAL_CAP_SPI | HAL_CAP_UART)
#define COUNT(a) (uint8_t)(sizeof(a) / sizeof((a)[0]))

// --- circuitplayground_express ---
static const HalPin cpx_pins[] = {
    {"PA02", IO | ADC | DAC},                 // 0: A0, D12, SPEAKER
    {"PA05", IO | ADC | PWM | TOUCH | SER},   // 1: A1, D6, SCK
    {"PA06", IO | ADC | PWM | TOUCH | SER},   // 2: A2, D9, MISO
    {"PA07", IO | ADC | PWM | TOUCH | SER},   // 3: A3, D10, MOSI
    {"PB03", IO | ADC | TOUCH | SER},         // 4: A4, D3, SCL
    {"PB02", IO | ADC | TOUCH | SER},         // 5: A5, D2, SDA
    {"PB09", IO | ADC | PWM | TOUCH | SER},   // 6: A6, D0, RX
    {"PB08", IO | ADC | PWM | TOUCH | SER},   // 7: A7, D1, TX
    {"PA11", IO | ADC | PWM | SER},           // 8: LIGHT, A8
    {"PA09", IO | ADC | PWM | SER},           // 9: TEMPERATURE, A9
    {"PA28", IO | PWM | SER},                 // 10: BUTTON_A, D4
    {"PA14", IO | PWM | SER},                 // 11: BUTTON_B, D5
    {"PA15", IO | PWM | SER},                 // 12: SLIDE_SWITCH, D7
    {"PB23", IO | PWM | SER},                 // 13: NEOPIXEL, D8
    {"PA17", IO | PWM | SER},                 // 14: LED, D13
    {"PA12", IO | PWM | SER},                 // 15: REMOTEIN, IR_RX
    {"PA23", IO | PWM | SER},                 // 16: REMOTEOUT, IR_TX
    {"PA04", IO | ADC | PWM | SER},           // 17: IR_PROXIMITY
    {"PA10", IO | ADC | PWM | SER},           // 18: MICROPHONE_CLOCK
    {"PA08", IO | ADC | PWM | SER},           // 19: MICROPHONE_DATA
    {"PA13", IO | PWM | SER},                 // 20: ACCELEROMETER_INTERRUPT
    {"PA00", IO | PWM | SER},                 // 21: ACCELEROMETER_SDA
    {"PA01", IO | PWM | SER},                 // 22: ACCELEROMETER_SCL
    {"PA30", IO | PWM | SER},                 // 23: SPEAKER_ENABLE
};
static const HalPinName cpx_names[] = {
    {"A0", 0}, {"D12", 0}, {"SPEAKER", 0}, {"A1", 1}, {"D6", 1}, {"SCK", 1}, {"A2", 2}, {"D9", 2},
    {"MISO", 2}, {"A3", 3}, {"D10", 3}, {"MOSI", 3}, {"A4", 4}, {"D3", 4}, {"SCL", 4}, {"A5", 5}, {"D2", 5},
    {"SDA", 5}, {"A6", 6}, {"D0", 6}, {"RX", 6}, {"A7", 7}, {"D1", 7}, {"TX", 7}, {"LIGHT", 8}, {"A8", 8},
    {"TEMPERATURE", 9}, {"A9", 9}, {"BUTTON_A", 10}, {"D4", 10}, {"BUTTON_B", 11}, {"D5", 11},
    {"SLIDE_SWITCH", 12}, {"D7", 12}, {"NEOPIXEL", 13}, {"D8", 13}, {"LED", 14}, {"D13", 14},
    {"REMOTEIN", 15}, {"IR_RX", 15}, {"REMOTEOUT", 16}, {"IR_TX", 16}, {"IR_PROXIMITY", 17},
    {"MICROPHONE_CLOCK", 18}, {"MICROPHONE_DATA", 19}, {"ACCELEROMETER_INTERRUPT", 20},
    {"ACCELEROMETER_SDA", 21}, {"ACCELEROMETER_SCL", 22}, {"SPEAKER_ENABLE", 23},
};
static const uint8_t cpx_uid[] = {0x6A, 0xC5, 0x42, 0xDF, 0xFD, 0x75, 0xD9, 0x04, 0xA7, 0x41, 0xD9, 0xE6, 0xB0, 0xCF, 0x9A, 0x66};
static const HalBoard cpx_board = {
    .id = "circuitplayground_express", .name = "Adafruit CircuitPlayground Express", .mcu = "samd21g18", .platform = "Atmel SAMD21",
    .cpu_hz = 48000000u, .flash_bytes = 262144u, .ram_bytes = 32768u, .adc_bits = 12, .native_touch = true,
    .pins = cpx_pins, .npins = sizeof(cpx_pins) / sizeof(cpx_pins[0]),
    .names = cpx_names, .nnames = sizeof(cpx_names) / sizeof(cpx_names[0]),
    .i2c_scl = 4, .i2c_sda = 5,
    .spi_sck = 1, .spi_mosi = 3, .spi_miso = 2,
    .uart_tx = 7, .uart_rx = 6,
    .uid = cpx_uid, .uid_len = 16, .nvm_bytes = 256,
};
static const SimPart cpx_parts[] = {
    {SIM_PART_LED, "PA17", NULL, "LED", true, 0, 0},
    {SIM_PART_NEOPIXEL, "PB23", NULL, "NEOPIXEL", true, 10, 0},
    // The buttons have pull-downs on the board and read high when pressed.
    {SIM_PART_BUTTON, "PA28", NULL, "A", true, 0, 0},
    {SIM_PART_PULLDOWN, "PA28", NULL, NULL, false, 0, 0},
    {SIM_PART_BUTTON, "PA14", NULL, "B", true, 0, 0},
    {SIM_PART_PULLDOWN, "PA14", NULL, NULL, false, 0, 0},
    // The slide switch connects the pin to ground in one position (the
    // program reads it with Pull.UP).
    {SIM_PART_SWITCH, "PA15", NULL, "SW", false, 0, 0},
    // Phototransistor into 10k: about 0.33 V in room light.
    {SIM_PART_ANALOG, "PA11", NULL, NULL, false, 0, 0.33f},
    // 10k NTC (B=3950) against 10k to 3.3 V: half the supply at 25 C.
    {SIM_PART_ANALOG, "PA09", NULL, NULL, false, 0, 1.65f},
    {SIM_PART_IR_RX, "PA12", NULL, NULL, false, 0, 0},
    {SIM_PART_PULLUP, "PA00", NULL, NULL, false, 0, 0},
    {SIM_PART_PULLUP, "PA01", NULL, NULL, false, 0, 0},
};
static const SimBoard cpx_sim = {&cpx_board, cpx_parts, COUNT(cpx_parts), 48000000u, NULL, 0, NULL};

// --- trinket_m0 ---
static const HalPin trinket_pins[] = {
    {"PA08", IO | ADC | PWM | SER},           // 0: D0, A2, SDA
    {"PA02", IO | ADC | DAC | TOUCH},         // 1: D1, A0
    {"PA09", IO | ADC | PWM | SER},           // 2: D2, A1, SCL, MISO
    {"PA06", IO | ADC | PWM | TOUCH | SER},   // 3: D4, A4, TX, MOSI
    {"PA07", IO | ADC | PWM | TOUCH | SER},   // 4: D3, A3, RX, SCK
    {"PA10", IO | ADC | PWM | SER},           // 5: LED, D13
    {"PA00", IO | PWM | SER},                 // 6: APA102_MOSI, DOTSTAR_DATA
    {"PA01", IO | PWM | SER},                 // 7: APA102_SCK, DOTSTAR_CLOCK
};
static const HalPinName trinket_names[] = {
    {"D0", 0}, {"A2", 0}, {"SDA", 0}, {"D1", 1}, {"A0", 1}, {"D2", 2}, {"A1", 2}, {"SCL", 2}, {"MISO", 2},
    {"D4", 3}, {"A4", 3}, {"TX", 3}, {"MOSI", 3}, {"D3", 4}, {"A3", 4}, {"RX", 4}, {"SCK", 4}, {"LED", 5},
    {"D13", 5}, {"APA102_MOSI", 6}, {"DOTSTAR_DATA", 6}, {"APA102_SCK", 7}, {"DOTSTAR_CLOCK", 7},
};
static const uint8_t trinket_uid[] = {0xD4, 0x7C, 0xAD, 0x98, 0x67, 0x31, 0xE3, 0x7C, 0x55, 0x10, 0x26, 0xE6, 0xA6, 0xB0, 0xA1, 0x98};
static const HalBoard trinket_board = {
    .id = "trinket_m0", .name = "Adafruit Trinket M0", .mcu = "samd21e18", .platform = "Atmel SAMD21",
    .cpu_hz = 48000000u, .flash_bytes = 262144u, .ram_bytes = 32768u, .adc_bits = 12, .native_touch = true,
    .pins = trinket_pins, .npins = sizeof(trinket_pins) / sizeof(trinket_pins[0]),
    .names = trinket_names, .nnames = sizeof(trinket_names) / sizeof(trinket_names[0]),
    .i2c_scl = 2, .i2c_sda = 0,
    .spi_sck = 4, .spi_mosi = 3, .spi_miso = 2,
    .uart_tx = 3, .uart_rx = 4,
    .uid = trinket_uid, .uid_len = 16, .nvm_bytes = 256,
};
static const SimPart trinket_parts[] = {
    {SIM_PART_LED, "PA10", NULL, "LED", true, 0, 0},
    {SIM_PART_DOTSTAR, "PA00", "PA01", "DOTSTAR", true, 1, 0},
};
static const SimBoard trinket_sim = {&trinket_board, trinket_parts, COUNT(trinket_parts), 48000000u, NULL, 0, NULL};

// --- metro_m4_express ---
static const HalPin metro_pins[] = {
    {"PA02", IO | ADC | DAC | TOUCH},         // 0: A0
    {"PA05", IO | ADC | DAC | PWM | TOUCH | SER},// 1: A1
    {"PA06", IO | ADC | PWM | TOUCH | SER},   // 2: A2
    {"PA04", IO | ADC | PWM | TOUCH | SER},   // 3: A3
    {"PB08", IO | ADC | PWM | TOUCH | SER},   // 4: A4
    {"PB09", IO | ADC | PWM | TOUCH | SER},   // 5: A5
    {"PA23", IO | PWM | TOUCH | SER},         // 6: D0, RX
    {"PA22", IO | PWM | TOUCH | SER},         // 7: D1, TX
    {"PB17", IO | PWM | TOUCH | SER},         // 8: D2
    {"PB16", IO | PWM | TOUCH | SER},         // 9: D3
    {"PB13", IO | PWM | TOUCH | SER},         // 10: D4
    {"PB14", IO | PWM | TOUCH | SER},         // 11: D5
    {"PB15", IO | PWM | TOUCH | SER},         // 12: D6
    {"PB12", IO | PWM | TOUCH | SER},         // 13: D7
    {"PA21", IO | PWM | TOUCH | SER},         // 14: D8
    {"PA20", IO | PWM | TOUCH | SER},         // 15: D9
    {"PA18", IO | PWM | TOUCH | SER},         // 16: D10
    {"PA19", IO | PWM | TOUCH | SER},         // 17: D11
    {"PA17", IO | PWM | TOUCH | SER},         // 18: D12
    {"PA16", IO | PWM | TOUCH | SER},         // 19: LED, D13
    {"PB02", IO | ADC | PWM | TOUCH | SER},   // 20: SDA
    {"PB03", IO | ADC | PWM | TOUCH | SER},   // 21: SCL
    {"PB22", IO | PWM | TOUCH | SER},         // 22: NEOPIXEL
    {"PA13", IO | PWM | TOUCH | SER},         // 23: SCK
    {"PA12", IO | PWM | TOUCH | SER},         // 24: MOSI
    {"PA14", IO | PWM | TOUCH | SER},         // 25: MISO
    {"PB06", IO | ADC | PWM | TOUCH | SER},   // 26: LED_RX
    {"PA27", IO | PWM | TOUCH | SER},         // 27: LED_TX
};
static const HalPinName metro_names[] = {
    {"A0", 0}, {"A1", 1}, {"A2", 2}, {"A3", 3}, {"A4", 4}, {"A5", 5}, {"D0", 6}, {"RX", 6}, {"D1", 7},
    {"TX", 7}, {"D2", 8}, {"D3", 9}, {"D4", 10}, {"D5", 11}, {"D6", 12}, {"D7", 13}, {"D8", 14}, {"D9", 15},
    {"D10", 16}, {"D11", 17}, {"D12", 18}, {"LED", 19}, {"D13", 19}, {"SDA", 20}, {"SCL", 21},
    {"NEOPIXEL", 22}, {"SCK", 23}, {"MOSI", 24}, {"MISO", 25}, {"LED_RX", 26}, {"LED_TX", 27},
};
static const uint8_t metro_uid[] = {0x94, 0x57, 0xA8, 0x00, 0x70, 0x32, 0x13, 0x93, 0xA7, 0x27, 0x8A, 0x60, 0x41, 0x4A, 0x60, 0x5B};
static const HalBoard metro_board = {
    .id = "metro_m4_express", .name = "Adafruit Metro M4 Express", .mcu = "samd51j19", .platform = "MicroChip SAMD51",
    .cpu_hz = 120000000u, .flash_bytes = 524288u, .ram_bytes = 196608u, .adc_bits = 12, .native_touch = false,
    .pins = metro_pins, .npins = sizeof(metro_pins) / sizeof(metro_pins[0]),
    .names = metro_names, .nnames = sizeof(metro_names) / sizeof(metro_names[0]),
    .i2c_scl = 21, .i2c_sda = 20,
    .spi_sck = 23, .spi_mosi = 24, .spi_miso = 25,
    .uart_tx = 7, .uart_rx = 6,
    .uid = metro_uid, .uid_len = 16, .nvm_bytes = 8192,
};
static const SimPart metro_parts[] = {
    {SIM_PART_LED, "PA16", NULL, "LED", true, 0, 0},
    {SIM_PART_NEOPIXEL, "PB22", NULL, "NEOPIXEL", true, 1, 0},
    {SIM_PART_LED, "PB06", NULL, "RX", false, 0, 0},
    {SIM_PART_LED, "PA27", NULL, "TX", false, 0, 0},
};
static const SimBoard metro_sim = {&metro_board, metro_parts, COUNT(metro_parts), 120000000u, NULL, 0, NULL};

// --- pybadge ---
static const HalPin pybadge_pins[] = {
    {"PA02", IO | ADC | DAC | TOUCH},         // 0: A0, SPEAKER
    {"PA05", IO | ADC | DAC | PWM | TOUCH | SER},// 1: A1
    {"PB08", IO | ADC | PWM | TOUCH | SER},   // 2: A2
    {"PB09", IO | ADC | PWM | TOUCH | SER},   // 3: A3
    {"PA04", IO | ADC | PWM | TOUCH | SER},   // 4: A4
    {"PA06", IO | ADC | PWM | TOUCH | SER},   // 5: A5
    {"PB01", IO | ADC | PWM | TOUCH | SER},   // 6: A6
    {"PB04", IO | ADC | PWM | TOUCH | SER},   // 7: A7, LIGHT
    {"PB03", IO | ADC | PWM | TOUCH | SER},   // 8: A8, D2
    {"PB02", IO | ADC | PWM | TOUCH | SER},   // 9: A9, D3
    {"PB17", IO | PWM | TOUCH | SER},         // 10: D0, RX
    {"PB16", IO | PWM | TOUCH | SER},         // 11: D1, TX
    {"PA14", IO | PWM | TOUCH | SER},         // 12: D4
    {"PA16", IO | PWM | TOUCH | SER},         // 13: D5
    {"PA18", IO | PWM | TOUCH | SER},         // 14: D6
    {"PB14", IO | PWM | TOUCH | SER},         // 15: D7, ACCELEROMETER_INTERRUPT
    {"PA15", IO | PWM | TOUCH | SER},         // 16: D8, NEOPIXEL
    {"PA19", IO | PWM | TOUCH | SER},         // 17: D9
    {"PA20", IO | PWM | TOUCH | SER},         // 18: D10
    {"PA21", IO | PWM | TOUCH | SER},         // 19: D11
    {"PA22", IO | PWM | TOUCH | SER},         // 20: D12
    {"PA23", IO | PWM | TOUCH | SER},         // 21: LED, D13
    {"PA12", IO | PWM | TOUCH | SER},         // 22: SDA
    {"PA13", IO | PWM | TOUCH | SER},         // 23: SCL
    {"PA17", IO | PWM | TOUCH | SER},         // 24: SCK
    {"PB22", IO | PWM | TOUCH | SER},         // 25: MISO
    {"PB23", IO | PWM | TOUCH | SER},         // 26: MOSI
    {"PA27", IO | PWM | TOUCH | SER},         // 27: SPEAKER_ENABLE
    {"PB00", IO | ADC | PWM | TOUCH | SER},   // 28: BUTTON_LATCH
    {"PB30", IO | PWM | TOUCH | SER},         // 29: BUTTON_OUT
    {"PB31", IO | PWM | TOUCH | SER},         // 30: BUTTON_CLOCK
    {"PA01", IO | PWM | TOUCH | SER},         // 31: TFT_LITE
    {"PB15", IO | PWM | TOUCH | SER},         // 32: TFT_MOSI
    {"PB13", IO | PWM | TOUCH | SER},         // 33: TFT_SCK
    {"PA00", IO | PWM | TOUCH | SER},         // 34: TFT_RST
    {"PB07", IO | ADC | PWM | TOUCH | SER},   // 35: TFT_CS
    {"PB05", IO | ADC | PWM | TOUCH | SER},   // 36: TFT_DC
};
static const HalPinName pybadge_names[] = {
    {"A0", 0}, {"SPEAKER", 0}, {"A1", 1}, {"A2", 2}, {"A3", 3}, {"A4", 4}, {"A5", 5}, {"A6", 6}, {"A7", 7},
    {"LIGHT", 7}, {"A8", 8}, {"D2", 8}, {"A9", 9}, {"D3", 9}, {"D0", 10}, {"RX", 10}, {"D1", 11}, {"TX", 11},
    {"D4", 12}, {"D5", 13}, {"D6", 14}, {"D7", 15}, {"ACCELEROMETER_INTERRUPT", 15}, {"D8", 16},
    {"NEOPIXEL", 16}, {"D9", 17}, {"D10", 18}, {"D11", 19}, {"D12", 20}, {"LED", 21}, {"D13", 21},
    {"SDA", 22}, {"SCL", 23}, {"SCK", 24}, {"MISO", 25}, {"MOSI", 26}, {"SPEAKER_ENABLE", 27},
    {"BUTTON_LATCH", 28}, {"BUTTON_OUT", 29}, {"BUTTON_CLOCK", 30}, {"TFT_LITE", 31}, {"TFT_MOSI", 32},
    {"TFT_SCK", 33}, {"TFT_RST", 34}, {"TFT_CS", 35}, {"TFT_DC", 36},
};
// The PyBadge's and PyGamer's 1.8" 160x128 ST7735R, as CircuitPython's
// board.c starts it (BusDisplay's init format: command, data length | 0x80
// when a delay follows, data, delay in ms). Its two malformed lines (CASET
// and RASET with three bytes, which every refresh sets anyway) are left
// out, and INVOFF is 0x20 where board.c has a mistyped 0x2A.
#define DELAY 0x80
static const uint8_t badge_init[] = {
    0x01, 0 | DELAY, 150,                             // SWRESET
    0x11, 0 | DELAY, 255,                             // SLPOUT
    0xB1, 3, 0x01, 0x2C, 0x2D,                        // FRMCTR1
    0xB2, 3, 0x01, 0x2C, 0x2D,                        // FRMCTR2
    0xB3, 6, 0x01, 0x2C, 0x2D, 0x01, 0x2C, 0x2D,      // FRMCTR3
    0xB4, 1, 0x07,                                    // INVCTR: line inversion
    0xC0, 3, 0xA2, 0x02, 0x84,                        // PWCTR1
    0xC1, 1, 0xC5,                                    // PWCTR2
    0xC2, 2, 0x0A, 0x00,                              // PWCTR3
    0xC3, 2, 0x8A, 0x2A,                              // PWCTR4
    0xC4, 2, 0x8A, 0xEE,                              // PWCTR5
    0xC5, 1, 0x0E,                                    // VMCTR1
    0x20, 0,                                          // INVOFF
    0x36, 1, 0xA0,                                    // MADCTL: MY | MV, rotation 0
    0x3A, 1, 0x05,                                    // COLMOD: 16-bit
    0xE0, 16, 0x02, 0x1C, 0x07, 0x12, 0x37, 0x32, 0x29, 0x2D,
              0x29, 0x25, 0x2B, 0x39, 0x00, 0x01, 0x03, 0x10,   // GMCTRP1
    0xE1, 16, 0x03, 0x1D, 0x07, 0x06, 0x2E, 0x2C, 0x29, 0x2D,
              0x2E, 0x2E, 0x37, 0x3F, 0x00, 0x00, 0x02, 0x10,   // GMCTRN1
    0x13, 0 | DELAY, 10,                              // NORON
    0x29, 0 | DELAY, 100,                             // DISPON
};
// Held as a badge (buttons below the screen), the glass shows the ST7735R's
// RAM turned as MADCTL MY | MV turns it.
static const SimPanelMount badge_panel = {"st7735r", 0, 0, 128, 160, 0xA0, false, false};
static const HalDisplay pybadge_display = {
    .sck = 33, .mosi = 32, .cs = 35, .dc = 36, .reset = 34, .backlight = 31,
    .baudrate = 60000000u, .width = 160, .height = 128, .colstart = 0, .rowstart = 0, .rotation = 0,
    .color_depth = 16, .init_sequence = badge_init, .init_len = sizeof(badge_init),
};
static const uint8_t pybadge_uid[] = {0xBE, 0x5F, 0xDF, 0xE8, 0x9E, 0x63, 0xB2, 0x6E, 0xBA, 0x4F, 0x47, 0x59, 0x4E, 0xC3, 0xED, 0x07};
static const HalBoard pybadge_board = {
    .id = "pybadge", .name = "Adafruit Pybadge", .mcu = "samd51j19", .platform = "MicroChip SAMD51",
    .cpu_hz = 120000000u, .flash_bytes = 524288u, .ram_bytes = 196608u, .adc_bits = 12, .native_touch = false,
    .pins = pybadge_pins, .npins = sizeof(pybadge_pins) / sizeof(pybadge_pins[0]),
    .names = pybadge_names, .nnames = sizeof(pybadge_names) / sizeof(pybadge_names[0]),
    .i2c_scl = 23, .i2c_sda = 22,
    .spi_sck = 24, .spi_mosi = 26, .spi_miso = 25,
    .uart_tx = 11, .uart_rx = 10,
    .uid = pybadge_uid, .uid_len = 16, .nvm_bytes = 8192, .display = &pybadge_display,
};
// The PyBadge's eight buttons sit on a 74HC165, in the order its bits come
// out (adafruit_pybadger's order); the PyGamer has four there and a joystick.
static const char *const pybadge_buttons[] = {"BUTTON_B", "BUTTON_A", "BUTTON_START", "BUTTON_SELECT",
                                              "BUTTON_RIGHT", "BUTTON_DOWN", "BUTTON_UP", "BUTTON_LEFT"};
static const char *const pygamer_buttons[] = {"BUTTON_B", "BUTTON_A", "BUTTON_START", "BUTTON_SELECT"};
static const SimPart pybadge_parts[] = {
    {SIM_PART_LED, "PA23", NULL, "LED", true, 0, 0},
    {SIM_PART_NEOPIXEL, "PA15", NULL, "NEOPIXEL", true, 5, 0},
    {SIM_PART_ANALOG, "PB04", NULL, NULL, false, 0, 0.33f},
    {SIM_PART_PULLUP, "PA12", NULL, NULL, false, 0, 0},
    {SIM_PART_PULLUP, "PA13", NULL, NULL, false, 0, 0},
};
static const SimBoard pybadge_sim = {&pybadge_board, pybadge_parts, COUNT(pybadge_parts),
                                     120000000u, pybadge_buttons, 8, &badge_panel};

// --- pygamer ---
static const HalPin pygamer_pins[] = {
    {"PA02", IO | ADC | DAC | TOUCH},         // 0: A0, SPEAKER
    {"PA05", IO | ADC | DAC | PWM | TOUCH | SER},// 1: A1
    {"PB08", IO | ADC | PWM | TOUCH | SER},   // 2: A2
    {"PB09", IO | ADC | PWM | TOUCH | SER},   // 3: A3
    {"PA04", IO | ADC | PWM | TOUCH | SER},   // 4: A4
    {"PA06", IO | ADC | PWM | TOUCH | SER},   // 5: A5
    {"PB01", IO | ADC | PWM | TOUCH | SER},   // 6: A6
    {"PB04", IO | ADC | PWM | TOUCH | SER},   // 7: A7, LIGHT
    {"PB03", IO | ADC | PWM | TOUCH | SER},   // 8: A8, D2
    {"PB02", IO | ADC | PWM | TOUCH | SER},   // 9: A9, D3
    {"PB17", IO | PWM | TOUCH | SER},         // 10: D0, RX
    {"PB16", IO | PWM | TOUCH | SER},         // 11: D1, TX
    {"PA14", IO | PWM | TOUCH | SER},         // 12: D4, SD_CS
    {"PA16", IO | PWM | TOUCH | SER},         // 13: D5
    {"PA18", IO | PWM | TOUCH | SER},         // 14: D6
    {"PB14", IO | PWM | TOUCH | SER},         // 15: D7, ACCELEROMETER_INTERRUPT
    {"PA15", IO | PWM | TOUCH | SER},         // 16: D8, NEOPIXEL
    {"PA19", IO | PWM | TOUCH | SER},         // 17: D9
    {"PA20", IO | PWM | TOUCH | SER},         // 18: D10
    {"PA21", IO | PWM | TOUCH | SER},         // 19: D11
    {"PA22", IO | PWM | TOUCH | SER},         // 20: D12
    {"PA23", IO | PWM | TOUCH | SER},         // 21: LED, D13
    {"PA12", IO | PWM | TOUCH | SER},         // 22: SDA
    {"PA13", IO | PWM | TOUCH | SER},         // 23: SCL
    {"PA17", IO | PWM | TOUCH | SER},         // 24: SCK
    {"PB22", IO | PWM | TOUCH | SER},         // 25: MISO
    {"PB23", IO | PWM | TOUCH | SER},         // 26: MOSI
    {"PA27", IO | PWM | TOUCH | SER},         // 27: SPEAKER_ENABLE
    {"PB00", IO | ADC | PWM | TOUCH | SER},   // 28: BUTTON_LATCH
    {"PB30", IO | PWM | TOUCH | SER},         // 29: BUTTON_OUT
    {"PB31", IO | PWM | TOUCH | SER},         // 30: BUTTON_CLOCK
    {"PA01", IO | PWM | TOUCH | SER},         // 31: TFT_LITE
    {"PB15", IO | PWM | TOUCH | SER},         // 32: TFT_MOSI
    {"PB13", IO | PWM | TOUCH | SER},         // 33: TFT_SCK
    {"PA00", IO | PWM | TOUCH | SER},         // 34: TFT_RST
    {"PB12", IO | PWM | TOUCH | SER},         // 35: TFT_CS
    {"PB05", IO | ADC | PWM | TOUCH | SER},   // 36: TFT_DC
    {"PB07", IO | ADC | PWM | TOUCH | SER},   // 37: JOYSTICK_X
    {"PB06", IO | ADC | PWM | TOUCH | SER},   // 38: JOYSTICK_Y
};
static const HalPinName pygamer_names[] = {
    {"A0", 0}, {"SPEAKER", 0}, {"A1", 1}, {"A2", 2}, {"A3", 3}, {"A4", 4}, {"A5", 5}, {"A6", 6}, {"A7", 7},
    {"LIGHT", 7}, {"A8", 8}, {"D2", 8}, {"A9", 9}, {"D3", 9}, {"D0", 10}, {"RX", 10}, {"D1", 11}, {"TX", 11},
    {"D4", 12}, {"SD_CS", 12}, {"D5", 13}, {"D6", 14}, {"D7", 15}, {"ACCELEROMETER_INTERRUPT", 15},
    {"D8", 16}, {"NEOPIXEL", 16}, {"D9", 17}, {"D10", 18}, {"D11", 19}, {"D12", 20}, {"LED", 21}, {"D13", 21},
    {"SDA", 22}, {"SCL", 23}, {"SCK", 24}, {"MISO", 25}, {"MOSI", 26}, {"SPEAKER_ENABLE", 27},
    {"BUTTON_LATCH", 28}, {"BUTTON_OUT", 29}, {"BUTTON_CLOCK", 30}, {"TFT_LITE", 31}, {"TFT_MOSI", 32},
    {"TFT_SCK", 33}, {"TFT_RST", 34}, {"TFT_CS", 35}, {"TFT_DC", 36}, {"JOYSTICK_X", 37}, {"JOYSTICK_Y", 38},
};
// The same panel and pins as the PyBadge's but for chip select (PB12).
static const HalDisplay pygamer_display = {
    .sck = 33, .mosi = 32, .cs = 35, .dc = 36, .reset = 34, .backlight = 31,
    .baudrate = 60000000u, .width = 160, .height = 128, .colstart = 0, .rowstart = 0, .rotation = 0,
    .color_depth = 16, .init_sequence = badge_init, .init_len = sizeof(badge_init),
};
static const uint8_t pygamer_uid[] = {0xF9, 0x82, 0xBB, 0x6A, 0xD5, 0xC4, 0xCB, 0x03, 0x33, 0xB3, 0x2F, 0xF5, 0xAC, 0x0B, 0xB5, 0x3A};
static const HalBoard pygamer_board = {
    .id = "pygamer", .name = "Adafruit PyGamer", .mcu = "samd51j19", .platform = "MicroChip SAMD51",
    .cpu_hz = 120000000u, .flash_bytes = 524288u, .ram_bytes = 196608u, .adc_bits = 12, .native_touch = false,
    .pins = pygamer_pins, .npins = sizeof(pygamer_pins) / sizeof(pygamer_pins[0]),
    .names = pygamer_names, .nnames = sizeof(pygamer_names) / sizeof(pygamer_names[0]),
    .i2c_scl = 23, .i2c_sda = 22,
    .spi_sck = 24, .spi_mosi = 26, .spi_miso = 25,
    .uart_tx = 11, .uart_rx = 10,
    .uid = pygamer_uid, .uid_len = 16, .nvm_bytes = 8192, .display = &pygamer_display,
};
static const SimPart pygamer_parts[] = {
    {SIM_PART_LED, "PA23", NULL, "LED", true, 0, 0},
    {SIM_PART_NEOPIXEL, "PA15", NULL, "NEOPIXEL", true, 5, 0},
    {SIM_PART_ANALOG, "PB04", NULL, NULL, false, 0, 0.33f},
    // The joystick's potentiometers rest at mid-supply.
    {SIM_PART_ANALOG, "PB07", NULL, NULL, false, 0, 1.65f},
    {SIM_PART_ANALOG, "PB06", NULL, NULL, false, 0, 1.65f},
    {SIM_PART_PULLUP, "PA12", NULL, NULL, false, 0, 0},
    {SIM_PART_PULLUP, "PA13", NULL, NULL, false, 0, 0},
};
static const SimBoard pygamer_sim = {&pygamer_board, pygamer_parts, COUNT(pygamer_parts),
                                     120000000u, pygamer_buttons, 4, &badge_panel};

// --- feather_nrf52840_express ---
static const HalPin feather52_pins[] = {
    {"P0_04", IO | ADC | PWM | TOUCH | SER},  // 0: A0
    {"P0_05", IO | ADC | PWM | TOUCH | SER},  // 1: A1
    {"P0_30", IO | ADC | PWM | TOUCH | SER},  // 2: A2
    {"P0_28", IO | ADC | PWM | TOUCH | SER},  // 3: A3
    {"P0_02", IO | ADC | PWM | TOUCH | SER},  // 4: A4
    {"P0_03", IO | ADC | PWM | TOUCH | SER},  // 5: A5
    {"P0_31", IO | ADC | PWM | TOUCH | SER},  // 6: AREF
    {"P0_29", IO | ADC | PWM | TOUCH | SER},  // 7: VOLTAGE_MONITOR, BATTERY
    {"P1_02", IO | PWM | TOUCH | SER},        // 8: SWITCH
    {"P0_09", IO | PWM | TOUCH | SER},        // 9: NFC1
    {"P0_10", IO | PWM | TOUCH | SER},        // 10: NFC2, D2
    {"P1_08", IO | PWM | TOUCH | SER},        // 11: D5
    {"P0_07", IO | PWM | TOUCH | SER},        // 12: D6
    {"P0_26", IO | PWM | TOUCH | SER},        // 13: D9
    {"P0_27", IO | PWM | TOUCH | SER},        // 14: D10
    {"P0_06", IO | PWM | TOUCH | SER},        // 15: D11
    {"P0_08", IO | PWM | TOUCH | SER},        // 16: D12
    {"P1_09", IO | PWM | TOUCH | SER},        // 17: D13
    {"P0_16", IO | PWM | TOUCH | SER},        // 18: NEOPIXEL
    {"P1_14", IO | PWM | TOUCH | SER},        // 19: NEOPIXEL_POWER
    {"P0_14", IO | PWM | TOUCH | SER},        // 20: SCK
    {"P0_13", IO | PWM | TOUCH | SER},        // 21: MOSI
    {"P0_15", IO | PWM | TOUCH | SER},        // 22: MISO
    {"P0_25", IO | PWM | TOUCH | SER},        // 23: TX
    {"P0_24", IO | PWM | TOUCH | SER},        // 24: RX
    {"P0_11", IO | PWM | TOUCH | SER},        // 25: SCL
    {"P0_12", IO | PWM | TOUCH | SER},        // 26: SDA
    {"P1_15", IO | PWM | TOUCH | SER},        // 27: L, LED, RED_LED, D3
    {"P1_10", IO | PWM | TOUCH | SER},        // 28: BLUE_LED
};
static const HalPinName feather52_names[] = {
    {"A0", 0}, {"A1", 1}, {"A2", 2}, {"A3", 3}, {"A4", 4}, {"A5", 5}, {"AREF", 6}, {"VOLTAGE_MONITOR", 7},
    {"BATTERY", 7}, {"SWITCH", 8}, {"NFC1", 9}, {"NFC2", 10}, {"D2", 10}, {"D5", 11}, {"D6", 12}, {"D9", 13},
    {"D10", 14}, {"D11", 15}, {"D12", 16}, {"D13", 17}, {"NEOPIXEL", 18}, {"NEOPIXEL_POWER", 19}, {"SCK", 20},
    {"MOSI", 21}, {"MISO", 22}, {"TX", 23}, {"RX", 24}, {"SCL", 25}, {"SDA", 26}, {"L", 27}, {"LED", 27},
    {"RED_LED", 27}, {"D3", 27}, {"BLUE_LED", 28},
};
static const uint8_t feather52_uid[] = {0xF2, 0xEF, 0x67, 0x2F, 0x77, 0xA1, 0x2B, 0xDF};
static const HalBoard feather52_board = {
    .id = "feather_nrf52840_express", .name = "Adafruit Feather nRF52840 Express", .mcu = "nRF52840", .platform = "nRF52840",
    .cpu_hz = 64000000u, .flash_bytes = 1048576u, .ram_bytes = 262144u, .adc_bits = 14, .native_touch = false,
    .pins = feather52_pins, .npins = sizeof(feather52_pins) / sizeof(feather52_pins[0]),
    .names = feather52_names, .nnames = sizeof(feather52_names) / sizeof(feather52_names[0]),
    .i2c_scl = 25, .i2c_sda = 26,
    .spi_sck = 20, .spi_mosi = 21, .spi_miso = 22,
    .uart_tx = 23, .uart_rx = 24,
    .uid = feather52_uid, .uid_len = 8, .nvm_bytes = 8192,
};
static const SimPart feather52_parts[] = {
    {SIM_PART_LED, "P1_15", NULL, "LED", true, 0, 0},
    {SIM_PART_LED, "P1_10", NULL, "BLUE", true, 0, 0},
    {SIM_PART_NEOPIXEL, "P0_16", NULL, "NEOPIXEL", true, 1, 0},
    // The user switch shorts to ground (read with Pull.UP).
    {SIM_PART_BUTTON, "P1_02", NULL, "SW", false, 0, 0},
    // Battery monitor: a 100k/100k divider on a 4.2 V supply.
    {SIM_PART_ANALOG, "P0_29", NULL, NULL, false, 0, 2.1f},
};
static const SimBoard feather52_sim = {&feather52_board, feather52_parts, COUNT(feather52_parts), 16000000u, NULL, 0,
                                       NULL};

// --- clue_nrf52840_express ---
static const HalPin clue_pins[] = {
    {"P0_04", IO | ADC | PWM | TOUCH | SER},  // 0: P0, D0, A2, RX
    {"P0_05", IO | ADC | PWM | TOUCH | SER},  // 1: P1, D1, A3, TX
    {"P0_03", IO | ADC | PWM | TOUCH | SER},  // 2: P2, D2, A4
    {"P0_28", IO | ADC | PWM | TOUCH | SER},  // 3: P3, D3, A5
    {"P0_02", IO | ADC | PWM | TOUCH | SER},  // 4: P4, D4, A6
    {"P1_02", IO | PWM | TOUCH | SER},        // 5: P5, D5, BUTTON_A
    {"P1_09", IO | PWM | TOUCH | SER},        // 6: P6, D6
    {"P0_07", IO | PWM | TOUCH | SER},        // 7: P7, D7
    {"P1_07", IO | PWM | TOUCH | SER},        // 8: P8, D8
    {"P0_27", IO | PWM | TOUCH | SER},        // 9: P9, D9
    {"P0_30", IO | ADC | PWM | TOUCH | SER},  // 10: P10, D10, A7
    {"P1_10", IO | PWM | TOUCH | SER},        // 11: P11, D11, BUTTON_B
    {"P0_31", IO | ADC | PWM | TOUCH | SER},  // 12: P12, D12, A0
    {"P0_08", IO | PWM | TOUCH | SER},        // 13: P13, D13, SCK
    {"P0_06", IO | PWM | TOUCH | SER},        // 14: P14, D14, MISO
    {"P0_26", IO | PWM | TOUCH | SER},        // 15: P15, D15, MOSI
    {"P0_29", IO | ADC | PWM | TOUCH | SER},  // 16: P16, D16, A1
    {"P1_01", IO | PWM | TOUCH | SER},        // 17: P17, D17, L, LED
    {"P0_16", IO | PWM | TOUCH | SER},        // 18: P18, D18, NEOPIXEL
    {"P0_25", IO | PWM | TOUCH | SER},        // 19: P19, D19, SCL
    {"P0_24", IO | PWM | TOUCH | SER},        // 20: P20, D20, SDA
    {"P0_01", IO | PWM | TOUCH | SER},        // 21: MICROPHONE_CLOCK
    {"P0_00", IO | PWM | TOUCH | SER},        // 22: MICROPHONE_DATA
    {"P1_00", IO | PWM | TOUCH | SER},        // 23: SPEAKER
    {"P0_09", IO | PWM | TOUCH | SER},        // 24: PROXIMITY_LIGHT_INTERRUPT
    {"P1_06", IO | PWM | TOUCH | SER},        // 25: ACCELEROMETER_GYRO_INTERRUPT
    {"P0_10", IO | PWM | TOUCH | SER},        // 26: WHITE_LEDS
    {"P1_03", IO | PWM | TOUCH | SER},        // 27: TFT_RESET
    {"P1_05", IO | PWM | TOUCH | SER},        // 28: TFT_BACKLIGHT
    {"P0_12", IO | PWM | TOUCH | SER},        // 29: TFT_CS
    {"P0_13", IO | PWM | TOUCH | SER},        // 30: TFT_DC
    {"P0_14", IO | PWM | TOUCH | SER},        // 31: TFT_SCK
    {"P0_15", IO | PWM | TOUCH | SER},        // 32: TFT_MOSI
};
static const HalPinName clue_names[] = {
    {"P0", 0}, {"D0", 0}, {"A2", 0}, {"RX", 0}, {"P1", 1}, {"D1", 1}, {"A3", 1}, {"TX", 1}, {"P2", 2},
    {"D2", 2}, {"A4", 2}, {"P3", 3}, {"D3", 3}, {"A5", 3}, {"P4", 4}, {"D4", 4}, {"A6", 4}, {"P5", 5},
    {"D5", 5}, {"BUTTON_A", 5}, {"P6", 6}, {"D6", 6}, {"P7", 7}, {"D7", 7}, {"P8", 8}, {"D8", 8}, {"P9", 9},
    {"D9", 9}, {"P10", 10}, {"D10", 10}, {"A7", 10}, {"P11", 11}, {"D11", 11}, {"BUTTON_B", 11}, {"P12", 12},
    {"D12", 12}, {"A0", 12}, {"P13", 13}, {"D13", 13}, {"SCK", 13}, {"P14", 14}, {"D14", 14}, {"MISO", 14},
    {"P15", 15}, {"D15", 15}, {"MOSI", 15}, {"P16", 16}, {"D16", 16}, {"A1", 16}, {"P17", 17}, {"D17", 17},
    {"L", 17}, {"LED", 17}, {"P18", 18}, {"D18", 18}, {"NEOPIXEL", 18}, {"P19", 19}, {"D19", 19}, {"SCL", 19},
    {"P20", 20}, {"D20", 20}, {"SDA", 20}, {"MICROPHONE_CLOCK", 21}, {"MICROPHONE_DATA", 22}, {"SPEAKER", 23},
    {"PROXIMITY_LIGHT_INTERRUPT", 24}, {"ACCELEROMETER_GYRO_INTERRUPT", 25}, {"WHITE_LEDS", 26},
    {"TFT_RESET", 27}, {"TFT_BACKLIGHT", 28}, {"TFT_CS", 29}, {"TFT_DC", 30}, {"TFT_SCK", 31},
    {"TFT_MOSI", 32},
};
// The CLUE's 1.3" 240x240 IPS ST7789, as CircuitPython's board.c starts
// it; the glass shows RAM rows 0-239 of 320, so MADCTL MY | MV needs the
// column offset 80.
static const uint8_t clue_init[] = {
    0x01, 0 | DELAY, 150,     // SWRESET
    0x11, 0 | DELAY, 255,     // SLPOUT
    0x36, 1, 0xA0,            // MADCTL: MY | MV, rotation 0
    0x3A, 1, 0x55,            // COLMOD: 16-bit
    0x21, 0 | DELAY, 10,      // INVON (the IPS glass inverts)
    0x13, 0 | DELAY, 10,      // NORON
    0x29, 0 | DELAY, 255,     // DISPON
};
static const SimPanelMount clue_panel = {"st7789", 0, 0, 240, 240, 0xA0, false, true};
static const HalDisplay clue_display = {
    .sck = 31, .mosi = 32, .cs = 29, .dc = 30, .reset = 27, .backlight = 28,
    .baudrate = 24000000u, .width = 240, .height = 240, .colstart = 80, .rowstart = 0, .rotation = 0,
    .color_depth = 16, .init_sequence = clue_init, .init_len = sizeof(clue_init),
};
static const uint8_t clue_uid[] = {0x80, 0x2D, 0xB8, 0x47, 0x47, 0x64, 0xD3, 0x8D};
static const HalBoard clue_board = {
    .id = "clue_nrf52840_express", .name = "Adafruit CLUE nRF52840 Express", .mcu = "nRF52840", .platform = "nRF52840",
    .cpu_hz = 64000000u, .flash_bytes = 1048576u, .ram_bytes = 262144u, .adc_bits = 14, .native_touch = false,
    .pins = clue_pins, .npins = sizeof(clue_pins) / sizeof(clue_pins[0]),
    .names = clue_names, .nnames = sizeof(clue_names) / sizeof(clue_names[0]),
    .i2c_scl = 19, .i2c_sda = 20,
    .spi_sck = 13, .spi_mosi = 15, .spi_miso = 14,
    .uart_tx = 1, .uart_rx = 0,
    .uid = clue_uid, .uid_len = 8, .nvm_bytes = 8192, .display = &clue_display,
};
static const SimPart clue_parts[] = {
    {SIM_PART_LED, "P1_01", NULL, "LED", true, 0, 0},
    {SIM_PART_LED, "P0_10", NULL, "WHITE", true, 0, 0},
    {SIM_PART_NEOPIXEL, "P0_16", NULL, "NEOPIXEL", true, 1, 0},
    // Buttons short to ground (read with Pull.UP).
    {SIM_PART_BUTTON, "P1_02", NULL, "A", false, 0, 0},
    {SIM_PART_BUTTON, "P1_10", NULL, "B", false, 0, 0},
    {SIM_PART_PULLUP, "P0_25", NULL, NULL, false, 0, 0},
    {SIM_PART_PULLUP, "P0_24", NULL, NULL, false, 0, 0},
};
static const SimBoard clue_sim = {&clue_board, clue_parts, COUNT(clue_parts), 16000000u, NULL, 0, &clue_panel};

// Sorted by id (the order --board's error message lists them in).
static const SimBoard *const boards[] = {
    &cpx_sim, &clue_sim, &feather52_sim, &metro_sim, &pybadge_sim, &pygamer_sim, &trinket_sim,
};
#define NBOARDS (sizeof(boards) / sizeof(boards[0]))

static const char *const board_ids[] = {
    "circuitplayground_express", "clue_nrf52840_express", "feather_nrf52840_express", "metro_m4_express",
    "pybadge", "pygamer", "trinket_m0", NULL,
};

const char *const *sim_board_ids(void) { return board_ids; }

const SimBoard *sim_find_sim_board(const char *id) {
    for (size_t i = 0; i < NBOARDS; i++) {
        if (strcmp(boards[i]->hal->id, id) == 0) {
            return boards[i];
        }
    }
    return NULL;
}

const HalBoard *sim_find_board(const char *id) {
    const SimBoard *b = sim_find_sim_board(id);
    return b != NULL ? b->hal : NULL;
}
