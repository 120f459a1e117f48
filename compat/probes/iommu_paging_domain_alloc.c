// SPDX-License-Identifier: GPL-2.0
/*
 * iommu_paging_domain_alloc(): "iommu: Add iommu_paging_domain_alloc()
 * interface", v6.11.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: a27bf2743cb8, v3 of 2024-06-10 applied to the iommu tree; an
 * out-of-tree build check names it 'v6.11 - a27bf2743cb8': v6.11.
 */
#include <linux/iommu.h>

struct iommu_domain *rdmabp_probe(struct device *dev)
{
	return iommu_paging_domain_alloc(dev);
}
