/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compat additions to <linux/auxiliary_bus.h>. Without a bus at all
 * (!HAVE_AUXILIARY_BUS) the #include_next finds the stand-in of
 * include-missing/, which brings everything below itself.
 */
#ifndef _RDMABP_COMPAT_LINUX_AUXILIARY_BUS_H
#define _RDMABP_COMPAT_LINUX_AUXILIARY_BUS_H

#include_next <linux/auxiliary_bus.h>

/*
 * Undoes: "driver core: auxiliary bus: show auxiliary device IRQs" (v6.11).
 * Selected by: HAVE_AUXILIARY_BUS && !HAVE_AUXILIARY_BUS_SYSFS_IRQ.
 * The irqs/ directory of a device, from the compat module
 * (compat/auxiliary_bus.c): mlx5_core lists a sub-function's irqs there.
 */
#if defined(HAVE_AUXILIARY_BUS) && !defined(HAVE_AUXILIARY_BUS_SYSFS_IRQ)
int rdmabp_auxiliary_device_sysfs_irq_add(struct auxiliary_device *auxdev,
					  int irq);
void rdmabp_auxiliary_device_sysfs_irq_remove(struct auxiliary_device *auxdev,
					      int irq);
#define auxiliary_device_sysfs_irq_add rdmabp_auxiliary_device_sysfs_irq_add
#define auxiliary_device_sysfs_irq_remove rdmabp_auxiliary_device_sysfs_irq_remove
#endif /* HAVE_AUXILIARY_BUS && !HAVE_AUXILIARY_BUS_SYSFS_IRQ */

#ifndef HAVE_AUXILIARY_BUS
/*
 * Undoes: the auxiliary device table of modpost's file2alias, part of
 * "Add auxiliary bus support" (v5.11).
 * Selected by: !HAVE_AUXILIARY_BUS. The module alias of one id table
 * entry, as that modpost writes it: patches/cocci/auxiliary-module-alias.cocci
 * puts one beside each MODULE_DEVICE_TABLE(auxiliary, ...) entry, so
 * modprobe finds the driver of the compat bus's MODALIAS=auxiliary:... .
 */
#define RDMABP_AUXILIARY_MODULE_ALIAS(name)	\
	MODULE_ALIAS(AUXILIARY_MODULE_PREFIX name)
/* What the rule puts beside a table of more entries than it handles. */
#define RDMABP_AUXILIARY_TABLE_UNHANDLED(table)				\
	static_assert(0, "auxiliary id table " #table ": more entries "	\
		      "than patches/cocci/auxiliary-module-alias.cocci "	\
		      "handles; extend it")
#endif /* !HAVE_AUXILIARY_BUS */

#endif /* _RDMABP_COMPAT_LINUX_AUXILIARY_BUS_H */
