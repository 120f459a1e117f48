/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/pci_ids.h> with the vendor ids of newer kernels. */
#ifndef _RDMABP_LINUX_PCI_IDS_H
#define _RDMABP_LINUX_PCI_IDS_H

#include_next <linux/pci_ids.h>

#ifndef PCI_VENDOR_ID_ALIBABA
/*
 * Undoes: "PCI: Add ALIBABA vendor ID to linux/pci_ids.h" (v6.3).
 * Selected by: the macro is not defined (a macro is its own probe).
 * The PCI-SIG's id of Alibaba (erdma's devices), as erdma defined it
 * itself before.
 */
#define PCI_VENDOR_ID_ALIBABA		0x1ded
#endif /* !PCI_VENDOR_ID_ALIBABA */

#endif /* _RDMABP_LINUX_PCI_IDS_H */
