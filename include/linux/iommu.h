/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/iommu.h> with the domain allocation of newer kernels. */
#ifndef _RDMABP_LINUX_IOMMU_H
#define _RDMABP_LINUX_IOMMU_H

#include_next <linux/iommu.h>

#ifndef HAVE_IOMMU_PAGING_DOMAIN_ALLOC
/*
 * Undoes: "iommu: Add iommu_paging_domain_alloc() interface" (v6.11).
 * Selected by: !HAVE_IOMMU_PAGING_DOMAIN_ALLOC.
 * Such a kernel allocates an unmanaged (paging) domain for a device's bus
 * with iommu_domain_alloc(), which answers NULL rather than an error
 * pointer when it cannot.
 */
#include <linux/err.h>
#include <linux/device.h>

static inline struct iommu_domain *iommu_paging_domain_alloc(struct device *dev)
{
	struct iommu_domain *domain = iommu_domain_alloc(dev->bus);

	return domain ? domain : ERR_PTR(-ENOMEM);
}
#endif /* !HAVE_IOMMU_PAGING_DOMAIN_ALLOC */

#endif /* _RDMABP_LINUX_IOMMU_H */
