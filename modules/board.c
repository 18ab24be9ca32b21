// The board module: the board's pin names (Pin objects), board_id, the
// board.I2C()/SPI()/UART() (and STEMMA_I2C()) singletons and board.DISPLAY.
// The board is chosen at run time on the host, so its names come from
// hal_board()'s const tables through a PEP 562 module __getattr__/__dir__
// rather than a dict built in RAM: importing board costs one module object
// and its dict (with __name__ only), nothing per pin.
#include <string.h>
#include "obj.h"
#include "display_bus.h"
#include "module_table.h"
#include "busio.h"
#include "pins.h"
#include "vm.h"
#include "vm_raise.h"

// Boards whose pins.c also lists STEMMA_I2C (the same object as I2C).
static const char *const stemma_boards[] = {"pybadge", "pygamer", "clue_nrf52840_express"};

static bool has_stemma(const HalBoard *b) {
    for (size_t i = 0; i < sizeof(stemma_boards) / sizeof(stemma_boards[0]); i++) {
        if (strcmp(b->id, stemma_boards[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool has_i2c(const HalBoard *b) { return b->i2c_scl != HAL_NO_PIN && b->i2c_sda != HAL_NO_PIN; }
static bool has_spi(const HalBoard *b) { return b->spi_sck != HAL_NO_PIN; }
static bool has_uart(const HalBoard *b) { return b->uart_tx != HAL_NO_PIN || b->uart_rx != HAL_NO_PIN; }
static bool has_display(const HalBoard *b) { return COPPER_MODULE_BUSDISPLAY && b->display != NULL; }

// --- the bus singletons -----------------------------------------------------------------

// Singletons live in the module's own dict under this key (reachable for the
// GC as long as the module is, and gone with it on a reload). __dir__ hides it.
#define SINGLETONS NAME(_board_buses)
enum { BUS_I2C, BUS_SPI, BUS_UART, BUS_COUNT };

static Value board_module(void) {
    return import_name(NAME(board), VAL_NONE, 0, VAL_NULL);
}

// Returns the singleton for `bus`, built by calling busio.<cls>(pins...) on
// first use and again after it was deinitialised.
static Value singleton(int bus, Value cls, size_t npins, const uint8_t *pins) {
    Value globals = ((ModuleObj *)VAL_OBJ(board_module()))->globals;
    Value list = dict_get_str(globals, SINGLETONS);
    if (list == VAL_NULL || !is_type(list, &list_type) || val_list(list)->len != BUS_COUNT) {
        list = list_new(BUS_COUNT, NULL);
        dict_set(globals, SINGLETONS, list);
    }
    Value v = val_list(list)->items[bus];
    if (v != VAL_NONE && !busio_deinited(v)) {
        return v;   // a deinitialised singleton is built again, as CircuitPython does
    }
    Value busio = import_name(NAME(busio), VAL_NONE, 0, VAL_NULL);
    Value args[3];
    for (size_t i = 0; i < npins; i++) {
        args[i] = pins[i] == HAL_NO_PIN ? VAL_NONE : pin_obj(pins[i]);
    }
    v = obj_call(obj_getattr(busio, cls), npins, args, VAL_NULL);
    val_list(list)->items[bus] = v;
    return v;
}

static Value board_i2c(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    const HalBoard *b = hal_board();
    uint8_t pins[2] = {b->i2c_scl, b->i2c_sda};
    return singleton(BUS_I2C, NAME(I2C), 2, pins);
}

static Value board_spi(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    const HalBoard *b = hal_board();
    uint8_t pins[3] = {b->spi_sck, b->spi_mosi, b->spi_miso};
    return singleton(BUS_SPI, NAME(SPI), 3, pins);
}

static Value board_uart(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    const HalBoard *b = hal_board();
    uint8_t pins[2] = {b->uart_tx, b->uart_rx};
    return singleton(BUS_UART, NAME(UART), 2, pins);
}

static BUILTIN_FN(board_i2c_obj, I2C, 0, 0, board_i2c);
static BUILTIN_FN(board_stemma_i2c_obj, STEMMA_I2C, 0, 0, board_i2c);
static BUILTIN_FN(board_spi_obj, SPI, 0, 0, board_spi);
static BUILTIN_FN(board_uart_obj, UART, 0, 0, board_uart);

// --- names ------------------------------------------------------------------------------

// The public names of the board, in pins.c order, then the buses and board_id.
static Value public_names(void) {
    const HalBoard *b = hal_board();
    Value l = list_new_empty();
    for (size_t i = 0; i < b->nnames; i++) {
        list_append(l, str_new_cstr(b->names[i].name));
    }
    if (has_i2c(b)) {
        list_append(l, NAME(I2C));
        if (has_stemma(b)) {
            list_append(l, NAME(STEMMA_I2C));
        }
    }
    if (has_spi(b)) {
        list_append(l, NAME(SPI));
    }
    if (has_uart(b)) {
        list_append(l, NAME(UART));
    }
    if (has_display(b)) {
        list_append(l, NAME(DISPLAY));
    }
    list_append(l, NAME(board_id));
    return l;
}

static Value board_getattr(size_t nargs, const Value *args) {
    (void)nargs;
    Value name = args[0];
    if (!val_is_str(name)) {
        vm_raise(&exc_TypeError_type, "attribute name must be string, not '%s'", type_name_cstr(type_of(name)));
    }
    const HalBoard *b = hal_board();
    const char *s = str_cstr(name);
    for (size_t i = 0; i < b->nnames; i++) {
        if (strcmp(b->names[i].name, s) == 0) {
            return pin_obj(b->names[i].pin);
        }
    }
    if (name == NAME(board_id)) {
        return str_new_cstr(b->id);
    }
    if (name == NAME(I2C) && has_i2c(b)) {
        return OBJ_VAL(&board_i2c_obj);
    }
    if (name == NAME(STEMMA_I2C) && has_i2c(b) && has_stemma(b)) {
        return OBJ_VAL(&board_stemma_i2c_obj);
    }
    if (name == NAME(SPI) && has_spi(b)) {
        return OBJ_VAL(&board_spi_obj);
    }
    if (name == NAME(UART) && has_uart(b)) {
        return OBJ_VAL(&board_uart_obj);
    }
    if (name == NAME(DISPLAY) && has_display(b)) {
        return disp_board_display();   // built on first use (display_bus.h)
    }
    if (name == NAME(__all__)) {
        return public_names();
    }
    vm_raise(&exc_AttributeError_type, "module 'board' has no attribute '%s'", s);
}

static Value board_dir(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    Value l = public_names();
    Value globals = ((ModuleObj *)VAL_OBJ(board_module()))->globals;
    Value k, v;
    for (size_t pos = 0; dict_next(globals, &pos, &k, &v);) {
        if (k != SINGLETONS) {
            list_append(l, k);
        }
    }
    return l;
}

static BUILTIN_FN(board_getattr_obj, __getattr__, 1, 1, board_getattr);
static BUILTIN_FN(board_dir_obj, __dir__, 0, 0, board_dir);

static const AttrEntry board_globals[] = {
    {NAME(__getattr__), OBJ_VAL(&board_getattr_obj)},
    {NAME(__dir__), OBJ_VAL(&board_dir_obj)},
};

const ModuleDef module_board = {
    .name = NAME(board),
    .globals = board_globals,
    .nglobals = sizeof(board_globals) / sizeof(board_globals[0]),
};
