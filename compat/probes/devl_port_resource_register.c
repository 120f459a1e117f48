// SPDX-License-Identifier: GPL-2.0
/*
 * devlink port resources, devl_port_resource_register() and
 * devl_port_resources_unregister(): "devlink: Add port-level resource
 * registration infrastructure", v7.1 at the earliest (V5 posted 2026-04-07,
 * five days before v7.0 was released; if it was applied after, v7.2: which of
 * the two is not established here).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 6f38acfed5ed, V5 applied to net-next (patchwork bot's reply)
 * after V4 of 2026-04-01: v7.1 if it was applied before v7.0's release,
 * not established.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink_port *port)
{
	devl_port_resources_unregister(port);
}
