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

#ifndef HAVE_PCI_VPD_ALLOC
/*
 * Undoes: "PCI/VPD: Add pci_vpd_alloc()" (v5.15), with
 * pci_vpd_find_ro_info_keyword() of the same series.
 * Selected by: !HAVE_PCI_VPD_ALLOC. Such a kernel reads VPD with
 * pci_read_vpd(), which stops at the VPD's own end, and finds fields with
 * pci_vpd_find_tag() and pci_vpd_find_info_keyword(): the buffer holds
 * what it read, and a keyword is looked for in the read-only section only.
 */
static inline void *pci_vpd_alloc(struct pci_dev *dev, unsigned int *size)
{
	unsigned int len = 0x8000;	/* the largest VPD address + 1 */
	ssize_t n;
	void *buf;

	buf = kmalloc(len, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	n = pci_read_vpd(dev, 0, len, buf);
	if (n <= 0) {
		kfree(buf);
		return ERR_PTR(n ? n : -ENODEV);
	}
	*size = n;
	return buf;
}

static inline int pci_vpd_find_ro_info_keyword(const void *buf,
					       unsigned int len,
					       const char *kw,
					       unsigned int *size)
{
	const u8 *vpd = buf;
	int ro, start, i;
	unsigned int ro_len;

	ro = pci_vpd_find_tag(vpd, 0, len, PCI_VPD_LRDT_RO_DATA);
	if (ro < 0)
		return -ENOENT;
	if (ro + PCI_VPD_LRDT_TAG_SIZE > len)
		return -EINVAL;
	ro_len = pci_vpd_lrdt_size(&vpd[ro]);
	start = ro + PCI_VPD_LRDT_TAG_SIZE;
	if (start + ro_len > len)
		return -EINVAL;
	i = pci_vpd_find_info_keyword(vpd, start, ro_len, kw);
	if (i < 0)
		return -ENOENT;
	*size = pci_vpd_info_field_size(&vpd[i]);
	i += PCI_VPD_INFO_FLD_HDR_SIZE;
	if (i + *size > len)
		return -EINVAL;
	return i;
}
#endif /* !HAVE_PCI_VPD_ALLOC */

#ifndef HAVE_PCI_IOV_GET_PF_DRVDATA
/*
 * Undoes: "PCI/IOV: Add pci_iov_get_pf_drvdata() to allow VF reaching the
 * drvdata of a PF" (v5.18), with pci_iov_vf_id() of the same series.
 * Selected by: !HAVE_PCI_IOV_GET_PF_DRVDATA. The same checks on such a
 * kernel's public fields. The VF index is upstream's arithmetic on the
 * routing IDs, with the First VF Offset and VF Stride read from the PF's
 * SR-IOV capability: such a kernel keeps its copy of them in the private
 * struct pci_sriov and exports neither pci_iov_virtfn_bus() nor _devfn().
 * The registers hold the values for the NumVFs in force, which is what
 * that copy is refreshed from.
 */
static inline int pci_iov_vf_id(struct pci_dev *dev)
{
	struct pci_dev *pf;
	u16 offset, stride;
	int pos;

	if (!dev->is_virtfn)
		return -EINVAL;
	pf = pci_physfn(dev);
	pos = pci_find_ext_capability(pf, PCI_EXT_CAP_ID_SRIOV);
	if (!pos)
		return -EINVAL;
	pci_read_config_word(pf, pos + PCI_SRIOV_VF_OFFSET, &offset);
	pci_read_config_word(pf, pos + PCI_SRIOV_VF_STRIDE, &stride);
	if (!stride)
		return -EINVAL;
	return (pci_dev_id(dev) - (pci_dev_id(pf) + offset)) / stride;
}

static inline void *pci_iov_get_pf_drvdata(struct pci_dev *dev,
					   struct pci_driver *pf_driver)
{
	struct pci_dev *pf_dev;

	if (!dev->is_virtfn)
		return ERR_PTR(-EINVAL);
	pf_dev = dev->physfn;
	if (pf_dev->driver != pf_driver)
		return ERR_PTR(-EINVAL);
	return pci_get_drvdata(pf_dev);
}
#endif /* !HAVE_PCI_IOV_GET_PF_DRVDATA */

#ifndef HAVE_PCI_DISABLE_PTM
/*
 * Undoes: "PCI/PTM: Add pci_disable_ptm() wrapper" (v6.1).
 * Selected by: !HAVE_PCI_DISABLE_PTM. Such a kernel enables PTM
 * (pci_enable_ptm()) but exports nothing to disable it: the PTM control
 * register is cleared as the newer kernel does, for a device whose PTM
 * was enabled.
 */
static inline void pci_disable_ptm(struct pci_dev *dev)
{
#ifdef CONFIG_PCIE_PTM
	int ptm = pci_find_ext_capability(dev, PCI_EXT_CAP_ID_PTM);
	u32 ctrl;

	if (!ptm || !dev->ptm_enabled)
		return;
	pci_read_config_dword(dev, ptm + PCI_PTM_CTRL, &ctrl);
	ctrl &= ~(PCI_PTM_CTRL_ENABLE | PCI_PTM_CTRL_ROOT);
	pci_write_config_dword(dev, ptm + PCI_PTM_CTRL, ctrl);
	dev->ptm_enabled = 0;
#endif
}
#endif /* !HAVE_PCI_DISABLE_PTM */

#endif /* _RDMABP_LINUX_PCI_H */
