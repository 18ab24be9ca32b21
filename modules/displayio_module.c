// The displayio module: its classes (Bitmap, Palette, ColorConverter,
// Group, TileGrid, OnDiskBitmap, each in its own displayio_*.c), the
// Colorspace enum and release_displays(). The displays themselves live in
// busdisplay (and the buses in fourwire and i2cdisplaybus), as in
// CircuitPython 9; its displayio.Display/FourWire aliases are theirs to give.
#include "displayio_int.h"
#include "display_bus.h"
#include "module_table.h"
#include "mods.h"
#include "pins.h"
#include "vm_raise.h"

// --- Colorspace ----------------------------------------------------------------------------

static const HwEnumObj colorspaces[DISP_CS_COUNT] = {
    [DISP_CS_RGB888] = {{&displayio_colorspace_type}, "displayio.Colorspace.RGB888"},
    [DISP_CS_RGB565] = {{&displayio_colorspace_type}, "displayio.Colorspace.RGB565"},
    [DISP_CS_RGB565_SWAPPED] = {{&displayio_colorspace_type}, "displayio.Colorspace.RGB565_SWAPPED"},
    [DISP_CS_RGB555] = {{&displayio_colorspace_type}, "displayio.Colorspace.RGB555"},
    [DISP_CS_RGB555_SWAPPED] = {{&displayio_colorspace_type}, "displayio.Colorspace.RGB555_SWAPPED"},
    [DISP_CS_BGR565] = {{&displayio_colorspace_type}, "displayio.Colorspace.BGR565"},
    [DISP_CS_BGR565_SWAPPED] = {{&displayio_colorspace_type}, "displayio.Colorspace.BGR565_SWAPPED"},
    [DISP_CS_BGR555] = {{&displayio_colorspace_type}, "displayio.Colorspace.BGR555"},
    [DISP_CS_BGR555_SWAPPED] = {{&displayio_colorspace_type}, "displayio.Colorspace.BGR555_SWAPPED"},
    [DISP_CS_L8] = {{&displayio_colorspace_type}, "displayio.Colorspace.L8"},
};

DispColorspaceId disp_colorspace_arg(Value v, const char *argname) {
    for (int i = 0; i < DISP_CS_COUNT; i++) {
        if (v == OBJ_VAL(&colorspaces[i])) {
            return (DispColorspaceId)i;
        }
    }
    vm_raise(&exc_TypeError_type, "%s must be of type Colorspace, not %T", argname, v);
}

static const AttrEntry colorspace_attrs[] = {
    {NAME(BGR555), OBJ_VAL(&colorspaces[DISP_CS_BGR555])},
    {NAME(BGR555_SWAPPED), OBJ_VAL(&colorspaces[DISP_CS_BGR555_SWAPPED])},
    {NAME(BGR565), OBJ_VAL(&colorspaces[DISP_CS_BGR565])},
    {NAME(BGR565_SWAPPED), OBJ_VAL(&colorspaces[DISP_CS_BGR565_SWAPPED])},
    {NAME(L8), OBJ_VAL(&colorspaces[DISP_CS_L8])},
    {NAME(RGB555), OBJ_VAL(&colorspaces[DISP_CS_RGB555])},
    {NAME(RGB555_SWAPPED), OBJ_VAL(&colorspaces[DISP_CS_RGB555_SWAPPED])},
    {NAME(RGB565), OBJ_VAL(&colorspaces[DISP_CS_RGB565])},
    {NAME(RGB565_SWAPPED), OBJ_VAL(&colorspaces[DISP_CS_RGB565_SWAPPED])},
    {NAME(RGB888), OBJ_VAL(&colorspaces[DISP_CS_RGB888])},
};

const Type displayio_colorspace_type = {
    .base = {&type_type},
    .name = NAME(Colorspace),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = colorspace_attrs,
    .nattrs = sizeof(colorspace_attrs) / sizeof(colorspace_attrs[0]),
};

// --- the module ------------------------------------------------------------------------------

static Value release_displays_fn(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    disp_release_displays();
    return VAL_NONE;
}
static BUILTIN_FN(release_displays_obj, release_displays, 0, 0, release_displays_fn);

static const AttrEntry displayio_globals[] = {
    {NAME(__name__), NAME(displayio)},
    {NAME(Bitmap), OBJ_VAL(&displayio_bitmap_type)},
    {NAME(ColorConverter), OBJ_VAL(&displayio_colorconverter_type)},
    {NAME(Colorspace), OBJ_VAL(&displayio_colorspace_type)},
    {NAME(Group), OBJ_VAL(&displayio_group_type)},
    {NAME(OnDiskBitmap), OBJ_VAL(&displayio_ondiskbitmap_type)},
    {NAME(Palette), OBJ_VAL(&displayio_palette_type)},
    {NAME(TileGrid), OBJ_VAL(&displayio_tilegrid_type)},
    {NAME(release_displays), OBJ_VAL(&release_displays_obj)},
};

// CIRCUITPYTHON_TERMINAL is the console group of the board's display (or
// of the program's display, once it has made one), as it was at import:
// assigning it to root_group shows the console again.
static void displayio_module_init(Value module) {
#if COPPER_MODULE_BUSDISPLAY
    Value console = disp_console_group();
    if (console != VAL_NONE) {
        dict_set(mods_globals(module), NAME(CIRCUITPYTHON_TERMINAL), console);
    }
#else
    (void)module;
#endif
}

const ModuleDef module_displayio = {
    .name = NAME(displayio),
    .init = displayio_module_init,
    .globals = displayio_globals,
    .nglobals = sizeof(displayio_globals) / sizeof(displayio_globals[0]),
};
