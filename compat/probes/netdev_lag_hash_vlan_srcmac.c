// SPDX-License-Identifier: GPL-2.0
/*
 * NETDEV_LAG_HASH_VLAN_SRCMAC, bonding's vlan+srcmac transmit hash as LAG
 * information for lower devices: "bonding: add a vlan+srcmac tx hashing
 * option", v5.12.
 * Unverified: the merged version and its release; the RFC of that subject
 * (Jarod Wilson, net-next, posted 2020-12-18) was read, which places it in
 * the v5.12 cycle at the earliest; Debian's kernels bracket it.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/netdevice.h>

int rdmabp_probe(void)
{
	return NETDEV_LAG_HASH_VLAN_SRCMAC;
}
