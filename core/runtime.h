// Internals of the object protocol and the class system shared by
// runtime*.c, obj_type.c, obj_instance.c, obj_descr.c, obj_exc.c and
// builtins*.c. The public protocol is in obj.h; this header is for the
// files that implement it.
//
// Layouts of instances of heap classes (user classes), chosen by the
// class's native_base (the nearest built-in type in its MRO):
// - object           -> InstanceObj (dict; native = VAL_NULL)
// - an exception     -> ExcObj (dict holds the attributes)
// - type (metaclass) -> ClassObj (a class: dict holds the namespace)
// - anything else    -> InstanceObj with `native` = the built-in value
#ifndef COPPER_CORE_RUNTIME_H
#define COPPER_CORE_RUNTIME_H

#include "gc.h"
#include "obj.h"

// A heap class: the Type followed by what only classes need.
typedef struct {
    Type type;
    Value qualname;      // str
    Value subclasses;    // list of direct subclasses (version bumps), or VAL_NULL
    uint16_t cflags;     // CLASS_HAS_* below, recomputed on every change
    Value slot_names;    // tuple of the attribute names __slots__ allows, or
                         // VAL_NULL when instances have a free __dict__
} ClassObj;

#define CLASS_HAS_GETATTRIBUTE 0x01   // a class in the MRO overrides __getattribute__
#define CLASS_HAS_GETATTR 0x02        // __getattr__ defined
#define CLASS_HAS_SETATTR 0x04        // __setattr__ overridden
#define CLASS_HAS_DELATTR 0x08        // __delattr__ overridden
#define CLASS_HAS_DESCR 0x10          // some attribute in the MRO is a user descriptor

// Called once after gc_init (before anything runs): registers the static
// objects of these files with the GC.
void runtime_init(void);

static inline bool type_is_heap(const Type *t) { return (t->flags & TYPE_FLAG_HEAP) != 0; }
static inline bool val_is_type(Value v) {
    if (!val_is_obj(v)) {
        return false;
    }
    const Type *t = VAL_OBJ(v)->type;
    return t == &type_type || (type_is_heap(t) && t->native_base == &type_type);
}
static inline const Type *val_as_type(Value v) { return (const Type *)VAL_OBJ(v); }
// The built-in type that implements v's data: type(v), or its native_base.
static inline const Type *native_type_of(Value v) {
    const Type *t = type_of(v);
    return type_is_heap(t) ? t->native_base : t;
}

// type_lookup that also tells in which class of the MRO the name was found.
Value type_lookup_owner(const Type *t, Value name, const Type **owner);
// Lookup in one const type's attribute table (with the dunder wrappers for
// its slots); VAL_NULL if absent.
Value type_const_lookup(const Type *t, Value name);
// Interns a str used as an attribute name (TypeError if not a str).
Value attr_name(Value name);
// Address of the attribute dict field of v (instances of classes,
// exceptions, classes), or NULL if v has none. The field may be VAL_NULL.
Value *obj_dict_slot(Value v);
// Descriptor __get__ of a class attribute `attr` found in `owner`, for
// `inst` (VAL_NULL when looked up on the class) of class `cls`.
Value descr_get(Value attr, const Type *owner, Value inst, const Type *cls);
bool descr_is_data(Value attr);
// What built-in method `fn` of `owner` receives as self for `inst`: the
// built-in part, except for object's and type's methods and the dunder
// wrappers, which take the instance itself.
Value method_self(const Type *owner, Value fn, Value inst);
// True if the BuiltinFn `fn` is a method of a built-in type (it then
// binds like a function when stored in a class; `len` does not).
bool builtin_is_method(Value fn);
// A BuiltinFn bound to self ([].append), type builtin_function_or_method.
Value builtin_method_new(Value self, Value fn);
// True for the dunder wrappers of obj_instance.c.
bool builtin_is_wrapper(Value fn);
// Calls a special method found by type_lookup_owner on self.
Value call_special(Value meth, const Type *owner, Value self, size_t nargs, const Value *args);
// Looks up and calls a special method; VAL_NULL if the type lacks it.
Value call_special_opt(Value self, Value name, size_t nargs, const Value *args);
// Attribute access without the AttributeError: VAL_NULL when missing.
Value obj_generic_getattr(Value o, Value name);    // object.__getattribute__
bool obj_generic_setattr(Value o, Value name, Value value);  // object.__setattr__; value NULL: delete
Value type_getattr(Value cls, Value name);
_Noreturn void raise_attribute_error(Value o, Value name);
// The same for a failed lookup: the error carries .name and .obj.
_Noreturn void raise_getattr_error(Value o, Value name);
// A class changed (attribute set/deleted): bumps versions and flags of it
// and its subclasses.
void type_modified(Type *t);
// Exception instances of exception classes, for instance creation.
Value exc_alloc(const Type *t, Value args);
// Default instance creation: object.__new__(cls) and the built-in types'
// __new__ for subclasses of them.
Value instance_new_native(const Type *cls, size_t nargs, const Value *args, Value kwnames);
// type(name, bases, ns) with metaclass `meta` (args: name, bases, ns).
Value class_create(const Type *meta, size_t nargs, const Value *args, Value kwnames);
// The attribute name a property was bound to (or its getter's name);
// VAL_NULL if unknown.
Value property_name(Value prop);
// object.__repr__: <module.Class object at 0x...>.
Value object_repr(Value self);
// `X | Y` for types, None and aliases (types.UnionType); VAL_NULL otherwise.
Value type_union_binop(int op, Value a, Value b);
// Adds to `set` the dunder names a built-in type has through its slots (dir()).
void type_add_dunder_names(const Type *t, Value set);
// Heap class slots (obj_instance.c).
void class_fill_slots(Type *t);
// The name of a type for messages (tp_name: __name__ of the class).
static inline const char *val_type_name(Value v) { return type_name_cstr(type_of(v)); }
// repr() of a class: <class 'module.Qualname'> (builtins omitted).
Value str_of_type_repr(const Type *t);
// Calling a class: type(x), or instance creation (__new__ then __init__).
Value type_call(Value self, size_t nargs, const Value *args, Value kwnames);
// The builtin_function call slot (checks counts and keywords).
Value builtin_call(Value self, size_t nargs, const Value *args, Value kwnames);
// Error for a BuiltinFn called with a bad number of arguments.
_Noreturn void builtin_raise_count(const BuiltinFn *f, size_t nargs);
// The seq-iterator for objects with __getitem__ only.
Value seqiter_new(Value seq);
// Helpers for names of operators in messages.
extern const char *const binop_symbols[BINOP_COUNT];

#endif
