// SPDX-License-Identifier: GPL-2.0
/*
 * devl_rate_leaf_create() with the leaf's parent node: "devlink: Allow to
 * set up parent in devl_rate_leaf_create()", v6.2, in the series whose
 * "devlink: Enable creation of the devlink-rate nodes from the driver"
 * (v6.2) include/net/devlink.h quotes.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: f2fc15e271f2 (and caba177d7f4d), net-next v12 of 2022-11-15,
 * a month before v6.1 (2022-12-11): v6.2 inferred from that date (the
 * subject and v6.3 written here before came from memory; the unit in
 * include/net/devlink.h still says v6.3).
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_port *port, void *priv)
{
	return devl_rate_leaf_create(port, priv, NULL);
}
