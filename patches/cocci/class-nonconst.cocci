// Device classes defined without const.
//
// Undoes: "driver core: class: make class_register() take a const *" and
// the const struct class conversions of the driver core (v6.4).
// Selected by: !HAVE_CLASS_REGISTER_CONST.
// Why not a header: such a kernel's class_register(), device_create() and
// struct device::class take a plain struct class *; the classes of srp,
// rtrs and hfi1 are defined (and declared) const.

// (No "struct class" in a rule: spatch 1.3 reads "class" as a keyword
// there. A class is what class_register() or device_create() is given.)
@ reg @
identifier cls;
@@
(
 class_register(&cls)
|
 device_create(&cls, ...)
)

@@
identifier reg.cls;
type T;
@@
- const
  T cls = { ... };

// A header declaring such a class (rtrs_dev_class) is another file.
@@
identifier cls =~ "_class$";
type T;
@@
  extern
- const
  T cls;

@@
identifier fn, cls, attr, buf;
type T, T2;
@@
 T fn(
- const T2 *cls
+ T2 *cls
 ,
- const struct class_attribute *attr
+ struct class_attribute *attr
 , char *buf)
 { ... }

@@
identifier fn, cls, attr, buf, count;
type T, T2;
@@
 T fn(
- const T2 *cls
+ T2 *cls
 ,
- const struct class_attribute *attr
+ struct class_attribute *attr
 , const char *buf, size_t count)
 { ... }
