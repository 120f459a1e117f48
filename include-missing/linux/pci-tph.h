/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/pci-tph.h> for kernels without PCIe TLP Processing Hints.
 *
 * Undoes: "PCI: Add TLP Processing Hints (TPH) support" (v6.13).
 * Selected by: !HAVE_HEADER_LINUX_PCI_TPH_H.
 * Such a kernel cannot program steering tags, so every call fails the way
 * the kernel's own !CONFIG_PCIE_TPH stubs do and drivers run without TPH.
 */
#ifndef _RDMABP_LINUX_PCI_TPH_H
#define _RDMABP_LINUX_PCI_TPH_H

#include <linux/errno.h>
#include <linux/types.h>

struct pci_dev;

enum tph_mem_type {
	TPH_MEM_TYPE_VM,	/* volatile memory */
	TPH_MEM_TYPE_PM		/* persistent memory */
};

static inline int pcie_tph_set_st_entry(struct pci_dev *pdev,
					unsigned int index, u16 tag)
{
	return -EINVAL;
}

static inline int pcie_tph_get_cpu_st(struct pci_dev *pdev,
				      enum tph_mem_type mem_type,
				      unsigned int cpu, u16 *tag)
{
	return -EINVAL;
}

static inline void pcie_disable_tph(struct pci_dev *pdev)
{
}

static inline int pcie_enable_tph(struct pci_dev *pdev, int mode)
{
	return -EINVAL;
}

static inline u16 pcie_tph_get_st_table_size(struct pci_dev *pdev)
{
	return 0;
}

#endif /* _RDMABP_LINUX_PCI_TPH_H */
