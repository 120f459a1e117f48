// Device classes defined without const.
//
// Undoes: "driver core: class: make class_register() take a const *" and
// the const struct class conversions of the driver core (v6.4).
// Selected by: !HAVE_CLASS_REGISTER_CONST.
// Why not a header: such a kernel's class_register(), device_create() and
// struct device::class take a plain struct class *; the classes of srp,
// rtrs and hfi1 are defined (and declared) const.

@@
identifier cls;
@@
- const
  struct class cls = { ... };

@@
identifier cls;
@@
- extern const struct class cls;
+ extern struct class cls;

@@
identifier fn, cls, attr, buf;
type T;
@@
 T fn(
- const struct class *cls
+ struct class *cls
 ,
- const struct class_attribute *attr
+ struct class_attribute *attr
 , char *buf)
 { ... }

@@
identifier fn, cls, attr, buf, count;
type T;
@@
 T fn(
- const struct class *cls
+ struct class *cls
 ,
- const struct class_attribute *attr
+ struct class_attribute *attr
 , const char *buf, size_t count)
 { ... }
