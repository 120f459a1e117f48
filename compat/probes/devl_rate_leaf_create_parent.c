// SPDX-License-Identifier: GPL-2.0
/*
 * devl_rate_leaf_create() with the leaf's parent node: "devlink: Enable
 * creation of the devlink-rate nodes from the driver", v6.3.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_port *port, void *priv)
{
	return devl_rate_leaf_create(port, priv, NULL);
}
