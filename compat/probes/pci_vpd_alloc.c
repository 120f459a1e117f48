// SPDX-License-Identifier: GPL-2.0
/*
 * pci_vpd_alloc() and pci_vpd_find_ro_info_keyword(): "PCI/VPD: Add
 * pci_vpd_alloc()", v5.15, and the patch after it in Heiner Kallweit's
 * series, "PCI/VPD: Add pci_vpd_find_ro_info_keyword()".
 * Checked: 76f3c032adad, in the PCI tree's pci/vpd branch and the
 * linux-next logs of 2021-08, merged in the v5.15 merge window (the PCI
 * pull's shortlog lists both): v5.15.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/pci.h>

int rdmabp_probe(struct pci_dev *pdev)
{
	unsigned int size, kw_len;
	void *vpd = pci_vpd_alloc(pdev, &size);

	return pci_vpd_find_ro_info_keyword(vpd, size, "SN", &kw_len);
}
