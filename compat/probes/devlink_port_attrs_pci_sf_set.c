// SPDX-License-Identifier: GPL-2.0
/*
 * The PCI SF port flavour and devlink_port_attrs_pci_sf_set(): "devlink:
 * Introduce PCI SF port flavour and port attribute", v5.12.
 * Checked: the same net-next V10 SF series as devlink_port_fn_state.c
 * (posted 2021-01-22), in net-next's push logs before v5.11
 * (2021-02-14): v5.12, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_port *port)
{
	devlink_port_attrs_pci_sf_set(port, 0, 0, 0, false);
	return DEVLINK_PORT_FLAVOUR_PCI_SF;
}
