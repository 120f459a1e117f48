// SPDX-License-Identifier: GPL-2.0
/*
 * struct net_device's reg_state a whole byte READ_ONCE() can read: "net:
 * convert dev->reg_state to u8", v6.9 (written v6.8 here before). Absent in
 * Debian's 5.10.0-46, where it is a bit-field; carried by its 6.1.0-57.
 * Checked: 4d42b37def70, in net-next's shortlog next to "netdev: add
 * per-queue statistics" (Eric Dumazet's series of February 2024, in the
 * v6.8 cycle); the release is inferred from that.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

int rdmabp_probe(struct net_device *dev)
{
	return READ_ONCE(dev->reg_state);
}
