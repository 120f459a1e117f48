// SPDX-License-Identifier: GPL-2.0
/*
 * device_iommu_capable(): "iommu: Introduce device_iommu_capable()", v5.19.
 * Absent in 5.10.262 (which has iommu_capable() of a bus), present in
 * 6.1.192 (Debian's kernels, by this probe).
 * Checked: ed36d04e8f8d, v4 of 2022-04-25 rebased on v5.18-rc3 for the
 * iommu tree (its cover letter): v5.19 consistent.
 */
#include <linux/iommu.h>

bool rdmabp_probe(struct device *dev)
{
	return device_iommu_capable(dev, IOMMU_CAP_CACHE_COHERENCY);
}
