// SPDX-License-Identifier: GPL-2.0
/*
 * struct devlink_port_ops, registered with devl_port_register_with_ops():
 * "devlink: introduce port ops placeholder", v6.5 (the port function
 * callbacks moved there from struct devlink_ops in the same series).
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 6acdf43d8abe, net-next v2 of 2023-05-26, applied (patchwork
 * bot's reply), in the v6.4-rc cycle (v6.4 came out 2023-06-25): v6.5
 * (inferred), not v6.4 as written here before.
 */
#include <net/devlink.h>

static const struct devlink_port_ops rdmabp_ops;

int rdmabp_probe(struct devlink *devlink, struct devlink_port *port)
{
	return devl_port_register_with_ops(devlink, port, 0, &rdmabp_ops);
}
