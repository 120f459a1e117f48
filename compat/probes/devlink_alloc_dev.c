// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_alloc() taking the parent device (and devlink_register() no
 * longer taking it): "devlink: Set device as early as possible", v5.15.
 * Checked: 919d13a7e455 (net-next, posted 2021-08-08; the netdev
 * patchwork bot's reply lists it as applied to net-next), in net-next
 * before v5.14 was released: v5.15, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

struct devlink *rdmabp_probe(const struct devlink_ops *ops,
			     struct device *dev)
{
	return devlink_alloc(ops, 0, dev);
}
