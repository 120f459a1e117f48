// SPDX-License-Identifier: GPL-2.0
/*
 * zap_special_vma_range(): "mm: rename zap_vma_ptes() to zap_special_vma_range()", v7.1
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: v1 posted 2026-02-27 through -mm, in the v7.0 cycle; inferred.
 */
#include <linux/mm.h>

void rdmabp_probe(struct vm_area_struct *vma)
{
	zap_special_vma_range(vma, vma->vm_start, PAGE_SIZE);
}
