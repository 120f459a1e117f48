// SPDX-License-Identifier: GPL-2.0
/*
 * Not a fact: the headers must at least build a module that uses the
 * networking and PCI headers, or every other probe result is meaningless.
 */
#include <linux/module.h>
#include <linux/etherdevice.h>
#include <linux/pci.h>
#include <linux/slab.h>

static int __init rdmabp_sanity_init(void)
{
	struct net_device *dev = alloc_etherdev(0);

	free_netdev(dev);
	return pci_register_driver(NULL);
}
module_init(rdmabp_sanity_init);
MODULE_LICENSE("GPL");
