// SPDX-License-Identifier: GPL-2.0
/*
 * netif_set_tso_max_size() (the device's TSO limit apart from the GSO
 * size the user may lower): "net: add netif_inherit_tso_max()", v5.19,
 * the first of Jakub Kicinski's four patches that split the two limits.
 * Checked: 6df6398f7c8b (net-next, posted 2022-05-05; the patchwork bot's
 * reply lists the four as applied), before v5.18 (2022-05-22): v5.19,
 * inferred from that date. The helper is not in the third patch, which
 * converts drivers to it: it comes from the series before it.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	netif_set_tso_max_size(dev, GSO_MAX_SIZE);
}
