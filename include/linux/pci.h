/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/pci.h> with the PCI interfaces of newer kernels. */
#ifndef _RDMABP_LINUX_PCI_H
#define _RDMABP_LINUX_PCI_H

#include_next <linux/pci.h>

#ifndef HAVE_PCI_ENABLE_PTM_NO_GRANULARITY
/*
 * Undoes: "PCI/PTM: Drop granularity parameter from pci_enable_ptm()"
 * (v7.1): the one-argument form.
 * Selected by: !HAVE_PCI_ENABLE_PTM_NO_GRANULARITY.
 * The older form reports the granularity through an optional pointer.
 */
#define pci_enable_ptm(dev) pci_enable_ptm(dev, NULL)
#endif /* !HAVE_PCI_ENABLE_PTM_NO_GRANULARITY */

#endif /* _RDMABP_LINUX_PCI_H */
