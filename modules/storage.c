// The storage module: who may write CIRCUITPY. By default the host (USB)
// owns the drive and Python sees it read-only; storage.remount("/",
// readonly=False) in boot.py gives it to Python (the port's files.c then
// lets writes through). disable_usb_drive()/enable_usb_drive() belong in
// boot.py too. The state lives in core/supervisor.c.
#include "obj.h"
#include "module_table.h"
#include "obj_file.h"
#include "supervisor.h"
#include "vm_raise.h"

static void check_root(Value path) {
    if (!obj_isinstance(path, &str_type)) {
        vm_raise(&exc_TypeError_type, "mount_path must be of type str, not %T", path);
    }
    if (!str_equal(obj_native(path), NAME(slash))) {
        raise_oserror(22, VAL_NULL);   // [Errno 22] Invalid argument: not a mount point
    }
}

static Value storage_remount(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(mount_path), true, false, VAL_NULL},
        {NAME(readonly), false, false, VAL_FALSE},
        {NAME(disable_concurrent_write_protection), false, true, VAL_FALSE},
    };
    Value a[3];
    args_parse("remount", nargs, args, kwnames, 3, spec, a);
    check_root(a[0]);
    if (supervisor_active() && !supervisor_in_boot() && supervisor_usb_drive_enabled()) {
        vm_raise(&exc_RuntimeError_type, "Cannot remount path when visible via USB.");
    }
    supervisor_set_python_writable(!obj_truthy(a[1]));
    return VAL_NONE;
}

static void check_usb_change(void) {
    if (supervisor_active() && !supervisor_in_boot()) {
        vm_raise(&exc_RuntimeError_type, "Cannot change USB devices now");
    }
}

static Value storage_disable_usb_drive(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    check_usb_change();
    supervisor_set_usb_drive_enabled(false);
    return VAL_NONE;
}

static Value storage_enable_usb_drive(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    check_usb_change();
    supervisor_set_usb_drive_enabled(true);
    return VAL_NONE;
}

// storage.getmount("/"): the CIRCUITPY filesystem object (label, readonly).
static Value vfs_getattr(Value self, Value name) {
    (void)self;
    if (name == NAME(readonly)) {
        return val_bool(!supervisor_python_writable());
    }
    if (name == NAME(label)) {
        return NAME(CIRCUITPY);
    }
    return VAL_NULL;
}

static const Type vfs_type = {
    .base = {&type_type},
    .name = NAME(VfsFat),
    .base_type = &object_type,
    .getattr = vfs_getattr,
};
static const Obj vfs_obj = {&vfs_type};

static Value storage_getmount(size_t nargs, const Value *args) {
    (void)nargs;
    check_root(args[0]);
    return OBJ_VAL(&vfs_obj);
}

static BUILTIN_FN_KW(storage_remount_obj, remount, 1, 3, storage_remount);
static BUILTIN_FN(storage_disable_usb_drive_obj, disable_usb_drive, 0, 0, storage_disable_usb_drive);
static BUILTIN_FN(storage_enable_usb_drive_obj, enable_usb_drive, 0, 0, storage_enable_usb_drive);
static BUILTIN_FN(storage_getmount_obj, getmount, 1, 1, storage_getmount);

static const AttrEntry storage_globals[] = {
    {NAME(__name__), NAME(storage)},
    {NAME(VfsFat), OBJ_VAL(&vfs_type)},
    {NAME(disable_usb_drive), OBJ_VAL(&storage_disable_usb_drive_obj)},
    {NAME(enable_usb_drive), OBJ_VAL(&storage_enable_usb_drive_obj)},
    {NAME(getmount), OBJ_VAL(&storage_getmount_obj)},
    {NAME(remount), OBJ_VAL(&storage_remount_obj)},
};

const ModuleDef module_storage = {
    .name = NAME(storage),
    .globals = storage_globals,
    .nglobals = sizeof(storage_globals) / sizeof(storage_globals[0]),
};
