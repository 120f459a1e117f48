// SPDX-License-Identifier: GPL-2.0
/* devlink port resources (devl_port_resource_register()): absent in 6.12.117, present in 7.2.13 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink_port *port)
{
	devl_port_resources_unregister(port);
}
