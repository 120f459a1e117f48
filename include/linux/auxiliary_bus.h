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
 * Undoes: "driver core: auxiliary bus: show auxiliary device IRQs" (v6.10).
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

#endif /* _RDMABP_COMPAT_LINUX_AUXILIARY_BUS_H */
