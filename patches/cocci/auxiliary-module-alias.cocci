// The module aliases of auxiliary drivers, on kernels whose modpost cannot
// write them.
//
// Undoes: the auxiliary device table of modpost's file2alias, part of
// "Add auxiliary bus support" (v5.11).
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
// one and of two entries, the sizes the pinned tree has. A table of three
// or more gets RDMABP_AUXILIARY_TABLE_UNHANDLED(T) instead, a
// static_assert that stops its build naming the table and this rule,
// rather than losing its aliases (tests/24 checks that every table of the
// pinned tree got one alias per entry).
//
// No script: blocks: spatch runs them through a libpython it finds at run
// time, which Debian's coccinelle does not depend on (trixie's spatch 1.3
// without libpython3.13 stops at the first script rule of a tree, whatever
// the target: a node installing from a checkout failed there), and
// bullseye's 1.1.0 looks for its home in the wrong place on a merged /usr.

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

@many@
identifier T;
expression N1, N2, N3;
@@
struct auxiliary_device_id T[] = { { .name = N1, ... }, { .name = N2, ... }, { .name = N3, ... }, ... };

@depends on many@
declarer name MODULE_DEVICE_TABLE, RDMABP_AUXILIARY_TABLE_UNHANDLED;
identifier many.T;
@@
MODULE_DEVICE_TABLE(auxiliary, T);
+RDMABP_AUXILIARY_TABLE_UNHANDLED(T);
