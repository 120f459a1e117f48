// Driver-core class callbacks that take a plain struct device *.
//
// Undoes: "driver core: make struct class.devnode() take a const *",
// "driver core: make struct class.dev_uevent() take a const *" and
// "driver core: class: make namespace callback take a const *" (v6.2).
// Selected by: !HAVE_CLASS_CALLBACKS_CONST_DEVICE.
// Why not a header: the callback's type is fixed by the target kernel's
// struct class; the RDMA classes' devnode, dev_uevent and namespace
// callbacks (core, umad, uverbs, ucaps, hfi1) take the device without
// const there. Their bodies only read the device.

// (No "struct class" in a rule: spatch 1.3 reads "class" as a keyword
// there; the field names single out the class initialisers.)
@ devnode @
identifier cls, fn;
type T;
@@
T cls = { ..., .devnode = fn, ... };

@@
identifier devnode.fn, dev, mode;
@@
 fn(
- const struct device *dev
+ struct device *dev
 , umode_t *mode)
 { ... }

@ uevent @
identifier cls, fn;
type T;
@@
T cls = { ..., .dev_uevent = fn, ... };

@@
identifier uevent.fn, dev, env;
@@
 fn(
- const struct device *dev
+ struct device *dev
 , struct kobj_uevent_env *env)
 { ... }

@ ns @
identifier cls, fn;
type T;
@@
T cls = { ..., .namespace = fn, ... };

@@
identifier ns.fn, dev;
@@
 fn(
- const struct device *dev
+ struct device *dev
 )
 { ... }
