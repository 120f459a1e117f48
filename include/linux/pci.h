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

#ifndef HAVE_PCI_MSIX_ALLOC_IRQ_AT
/*
 * Undoes: "PCI/MSI: Provide post-enable dynamic allocation interfaces for
 * MSI-X" (v6.2).
 * Selected by: !HAVE_PCI_MSIX_ALLOC_IRQ_AT.
 * Such a kernel allocates every MSI-X vector of a device when MSI-X is
 * enabled (pci_alloc_irq_vectors()) and none later:
 * pci_msix_can_alloc_dyn() says so, as the newer kernel does for an
 * interrupt domain without dynamic allocation, and a driver written for
 * both (mlx5) then enables all its vectors at once and takes each with
 * pci_irq_vector(). A dynamic allocation is refused (index -ENOTSUPP, no
 * virq), and there is never a dynamic vector to free.
 */
struct msi_map {
	int index;
	int virq;
};

#define MSI_ANY_INDEX		UINT_MAX

static inline bool pci_msix_can_alloc_dyn(struct pci_dev *dev)
{
	return false;
}

static inline struct msi_map
pci_msix_alloc_irq_at(struct pci_dev *dev, unsigned int index,
		      const struct irq_affinity_desc *affdesc)
{
	struct msi_map map = { .index = -ENOTSUPP, };

	return map;
}

static inline void pci_msix_free_irq(struct pci_dev *pdev, struct msi_map map)
{
}
#endif /* !HAVE_PCI_MSIX_ALLOC_IRQ_AT */

#ifndef PCI_IRQ_INTX
/*
 * Undoes: "PCI: Introduce PCI_IRQ_INTX" (v6.8).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Such a kernel names the same flag PCI_IRQ_LEGACY.
 */
#define PCI_IRQ_INTX		PCI_IRQ_LEGACY
#endif /* !PCI_IRQ_INTX */

#endif /* _RDMABP_LINUX_PCI_H */
