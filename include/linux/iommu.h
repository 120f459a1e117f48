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

#ifndef HAVE_IOMMU_MAP_GFP
/*
 * Undoes: "iommu: Add a gfp parameter to iommu_map()" (v6.3).
 * Selected by: !HAVE_IOMMU_MAP_GFP.
 * Such a kernel has two calls where the newer one takes the allocation
 * flags: iommu_map() allocates page tables with GFP_KERNEL,
 * iommu_map_atomic() with GFP_ATOMIC; a caller that may not sleep gets
 * the atomic one, as before the newer kernel merged them.
 */
#include <linux/gfp.h>

static inline int rdmabp_iommu_map(struct iommu_domain *domain,
				   unsigned long iova, phys_addr_t paddr,
				   size_t size, int prot, gfp_t gfp)
{
	if (gfpflags_allow_blocking(gfp))
		return iommu_map(domain, iova, paddr, size, prot);
	return iommu_map_atomic(domain, iova, paddr, size, prot);
}
#define iommu_map rdmabp_iommu_map
#endif /* !HAVE_IOMMU_MAP_GFP */

#ifndef HAVE_DEVICE_IOMMU_CAPABLE
/*
 * Undoes: "iommu: Introduce device_iommu_capable()" (v5.19).
 * Selected by: !HAVE_DEVICE_IOMMU_CAPABLE.
 * Such a kernel asks the IOMMU of the device's bus, as the per-device
 * call did when it was introduced.
 */
#include <linux/device.h>

static inline bool device_iommu_capable(struct device *dev,
					enum iommu_cap cap)
{
	return iommu_capable(dev->bus, cap);
}
#endif /* !HAVE_DEVICE_IOMMU_CAPABLE */

#endif /* _RDMABP_LINUX_IOMMU_H */
