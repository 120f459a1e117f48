// SPDX-License-Identifier: GPL-2.0
/*
 * Dynamic MSI-X allocation (pci_msix_alloc_irq_at(), struct msi_map,
 * MSI_ANY_INDEX): "PCI/MSI: Provide post-enable dynamic allocation
 * interfaces for MSI-X", v6.2.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 34026364df8e, named in Fixes: tags; a third party's list of
 * prerequisite commits gives it as v6.2: v6.2 consistent.
 */
#include <linux/pci.h>

struct msi_map rdmabp_probe(struct pci_dev *pdev)
{
	if (!pci_msix_can_alloc_dyn(pdev))
		return (struct msi_map){ .index = -EOPNOTSUPP };
	return pci_msix_alloc_irq_at(pdev, MSI_ANY_INDEX, NULL);
}
