// SPDX-License-Identifier: GPL-2.0
/*
 * One VLAN per switchdev VLAN object (switchdev_obj_port_vlan::vid):
 * "net: switchdev: remove vid_begin -> vid_end range from VLAN objects",
 * v5.12.
 * Checked: b7a9e0da2d1c (net-next push log of 2021-01; later Fixes: tags
 * name it), before v5.11 (2021-02-14): v5.12, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/switchdev.h>

u16 rdmabp_probe(const struct switchdev_obj_port_vlan *vlan)
{
	return vlan->vid;
}
