// SPDX-License-Identifier: GPL-2.0
/*
 * NL_SET_ERR_MSG_FMT()/NL_SET_ERR_MSG_FMT_MOD(): "netlink: add support for
 * formatted extack messages" (v6.2); absent in 6.1.192, present in
 * 6.12.117.
 * Checked: 51c352bdbcd2, given as v6.2-rc1 by an out-of-tree compatibility
 * list.
 */
#include <linux/netlink.h>

void rdmabp_probe(struct netlink_ext_ack *extack, int n)
{
	NL_SET_ERR_MSG_FMT_MOD(extack, "value %d", n);
}
