// SPDX-License-Identifier: GPL-2.0
/*
 * pci_disable_ptm(): "PCI/PTM: Add pci_disable_ptm() wrapper", v6.1.
 * Checked: [PATCH v3 05/10] of Bjorn Helgaas's PTM series (posted
 * 2022-09-06, squashed into the suspend/resume patch in v4), in the PCI
 * pull for the v6.1 merge window: v6.1, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/pci.h>

void rdmabp_probe(struct pci_dev *pdev)
{
	pci_disable_ptm(pdev);
}
