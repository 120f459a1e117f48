// SPDX-License-Identifier: GPL-2.0
/*
 * iommu_map() with the caller's allocation flags: "iommu: Add a gfp
 * parameter to iommu_map()", v6.3.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 1369459b2e21, v2 of January 2023 in the iommu tree (linux-next
 * conflict reports name it): v6.3 consistent.
 */
#include <linux/iommu.h>

int rdmabp_probe(struct iommu_domain *domain)
{
	return iommu_map(domain, 0, 0, 4096, IOMMU_READ, GFP_ATOMIC);
}
