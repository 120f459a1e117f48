// SPDX-License-Identifier: GPL-2.0
/*
 * iommu_paging_domain_alloc(): "iommu: Add iommu_paging_domain_alloc()
 * interface", v6.11.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <linux/iommu.h>

struct iommu_domain *rdmabp_probe(struct device *dev)
{
	return iommu_paging_domain_alloc(dev);
}
