// SPDX-License-Identifier: GPL-2.0
/*
 * struct net_device's reg_state a whole byte READ_ONCE() can read: "net:
 * convert dev->reg_state to u8", v6.8 (absent in Debian's 5.10.0-46, where
 * it is a bit-field; carried by its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

int rdmabp_probe(struct net_device *dev)
{
	return READ_ONCE(dev->reg_state);
}
