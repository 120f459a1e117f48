// SPDX-License-Identifier: GPL-2.0
/*
 * devl_rate_leaf_create() with the leaf's parent node: "devlink: Allow to
 * set up parent in devl_rate_leaf_create()", v6.2. (Named here before:
 * "devlink: Enable creation of the devlink-rate nodes from the driver", the
 * same series' patch that added devl_rate_node_create(), not the argument.)
 * Checked: f2fc15e271f2, patch 5 of the net-next series posted from
 * 2022-10-28 (v8) to 2022-11-15 (v12); it is among the net-next commits
 * that kvalo/ath's master took in on 2022-11-25, after v6.1-rc6 and before
 * v6.1 was released (2022-12-11), so in the v6.2 merge window: the release
 * is inferred from that date.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_port *port, void *priv)
{
	return devl_rate_leaf_create(port, priv, NULL);
}
