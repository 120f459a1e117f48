// eventfd_signal() with the count to add
//
// Undoes: "eventfd: simplify eventfd_signal()" (v6.8).
// Selected by: !HAVE_EVENTFD_SIGNAL_ONE_ARG.
// Such a kernel's eventfd_signal() takes the count to add, which every
// caller gave as 1 before the newer kernel dropped it.
// Why not a header: a header could (a one-parameter macro of the same
// name in <linux/eventfd.h>), but that header reaches nearly every object
// (through <net/sock.h> and <linux/memcontrol.h>), all of which a compat
// header at its path would make compile anew for one call site (mlx5_ib's
// devx.c); the rule rewrites the call sites only.

@@
expression CTX;
@@
- eventfd_signal(CTX)
+ eventfd_signal(CTX, 1)
