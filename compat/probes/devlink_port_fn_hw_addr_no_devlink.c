// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_ops::port_function_hw_addr_get/_set without the devlink
 * argument (the port's own pointer serves): "devlink: Simplify devlink
 * port API calls", v5.15.
 * Checked: the patch of Leon Romanovsky (net-next, posted 2021-08-08),
 * before v5.14 (2021-08-29): v5.15, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe; absent again in 6.12.118 and 7.2.13, whose devlink_ops have no
 * such member any more: the callbacks are per-port ops there, the fact
 * HAVE_DEVLINK_PORT_OPS, and units test both).
 */
#include <net/devlink.h>

int rdmabp_probe(const struct devlink_ops *ops, struct devlink_port *port)
{
	int len;

	return ops->port_function_hw_addr_get(port, NULL, &len, NULL);
}
