/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/pci_ids.h> with the vendor ids of newer kernels. */
#ifndef _RDMABP_LINUX_PCI_IDS_H
#define _RDMABP_LINUX_PCI_IDS_H

#include_next <linux/pci_ids.h>

#ifndef PCI_VENDOR_ID_ALIBABA
/*
 * Undoes: "PCI: Add Alibaba Vendor ID to linux/pci_ids.h" (v6.8).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Checked: ad6534c626fe, applied to will's for-next/perf and listed in
 * '[GIT PULL] arm64 updates for 6.8' (2024-01-05); the subject and
 * release written here before ('ALIBABA vendor ID', v6.3) were wrong:
 * the id reached the kernel with the DesignWare PCIe PMU driver, not with
 * erdma. Absent in 6.1.192, present in 6.12.118 (Debian's headers).
 * The PCI-SIG's id of Alibaba (erdma's devices), as erdma defined it
 * itself before.
 */
#define PCI_VENDOR_ID_ALIBABA		0x1ded
#endif /* !PCI_VENDOR_ID_ALIBABA */

#endif /* _RDMABP_LINUX_PCI_IDS_H */
