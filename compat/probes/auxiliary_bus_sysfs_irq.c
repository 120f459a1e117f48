// SPDX-License-Identifier: GPL-2.0
/*
 * auxiliary_device_sysfs_irq_add(): "driver core: auxiliary bus: show
 * auxiliary device IRQs", v6.11 (written v6.10 here before).
 * Checked: a808878308a8 (posted 2024-05-03) reached net-next through the
 * mlx5 tag aux-sysfs-irqs, pushed 2024-07-11, three days before v6.10 was
 * released; the release is inferred from that date.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/auxiliary_bus.h>

int rdmabp_probe(struct auxiliary_device *auxdev, int irq)
{
	return auxiliary_device_sysfs_irq_add(auxdev, irq);
}
