// SPDX-License-Identifier: GPL-2.0
/*
 * pci_iov_get_pf_drvdata() and pci_iov_vf_id(): "PCI/IOV: Add
 * pci_iov_get_pf_drvdata() to allow VF reaching the drvdata of a PF",
 * v5.18, with "PCI/IOV: Add pci_iov_vf_id() to get VF index" before it in
 * Jason Gunthorpe's series.
 * Checked: a7e9f240c0da (linux-next's report of its kernel-doc warning
 * names the commit; the mlx5-next pull of 2022-02 carried both), merged
 * for v5.18.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/pci.h>

void *rdmabp_probe(struct pci_dev *pdev, struct pci_driver *drv)
{
	return pci_iov_vf_id(pdev) ? NULL : pci_iov_get_pf_drvdata(pdev, drv);
}
