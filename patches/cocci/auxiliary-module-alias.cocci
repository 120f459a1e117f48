// The module aliases of auxiliary drivers, on kernels whose modpost cannot
// write them.
//
// Undoes: the "auxiliary" device table of modpost's file2alias, part of
// "driver core: auxiliary bus: Introduce auxiliary bus" (v5.11).
// Selected by: !HAVE_AUXILIARY_BUS.
// Why not a header: an alias is a string of the module's .modinfo, made at
// compile time from each id table entry's name, which only the table holds;
// modpost of such a kernel skips MODULE_DEVICE_TABLE(auxiliary, ...).
// The compat bus's uevent says MODALIAS=auxiliary:<modname.devname>
// (compat/auxiliary_bus.c); with these aliases depmod lists the driver in
// modules.alias, so udev's modprobe loads it for a new device, as on a
// kernel with its own bus. RDMABP_AUXILIARY_MODULE_ALIAS() is
// MODULE_ALIAS(AUXILIARY_MODULE_PREFIX name) (include/linux/auxiliary_bus.h).
//
// One addition per table (coccinelle adds code once at a place): tables of
// one and of two entries, the sizes the pinned tree has; a table of more
// entries stops the rule, naming it, rather than losing its aliases.

@initialize:python@
@@
aliased = set()

@one@
identifier T;
expression N;
@@
struct auxiliary_device_id T[] = { { .name = N, ... }, {} };

@depends on one@
declarer name MODULE_DEVICE_TABLE, RDMABP_AUXILIARY_MODULE_ALIAS;
identifier one.T;
expression one.N;
@@
MODULE_DEVICE_TABLE(auxiliary, T);
+RDMABP_AUXILIARY_MODULE_ALIAS(N);

@script:python depends on one@
T << one.T;
@@
aliased.add(T)

@two@
identifier T;
expression N1, N2;
@@
struct auxiliary_device_id T[] = { { .name = N1, ... }, { .name = N2, ... }, {} };

@depends on two@
declarer name MODULE_DEVICE_TABLE, RDMABP_AUXILIARY_MODULE_ALIAS;
identifier two.T;
expression two.N1, two.N2;
@@
MODULE_DEVICE_TABLE(auxiliary, T);
+RDMABP_AUXILIARY_MODULE_ALIAS(N1);
+RDMABP_AUXILIARY_MODULE_ALIAS(N2);

@script:python depends on two@
T << two.T;
@@
aliased.add(T)

@other@
identifier T;
position p;
@@
struct auxiliary_device_id T@p[] = { ... };

@script:python depends on other@
T << other.T;
p << other.p;
@@
if T not in aliased:
	raise Exception("%s:%s: auxiliary id table %s: more entries than patches/cocci/auxiliary-module-alias.cocci handles; extend it" % (p[0].file, p[0].line, T))
