// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink parameters enable_eth, enable_rdma and enable_vnet:
 * "devlink: Add new 'enable_eth' generic device param", v5.15 (its
 * inner double quotes written as single ones here), with the
 * next two patches of Parav Pandit's series (enable_rdma, enable_vnet).
 * Checked: f13a5ad88186 (RESEND net-next 01/10, posted 2021-08-10; the
 * netdev patchwork bot's reply lists it as applied to net-next), before
 * v5.14 (2021-08-29): v5.15, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH +
	       DEVLINK_PARAM_GENERIC_ID_ENABLE_RDMA +
	       DEVLINK_PARAM_GENERIC_ID_ENABLE_VNET;
}
