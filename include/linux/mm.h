/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/mm.h> with the VMA helpers of newer kernels. */
#ifndef _RDMABP_LINUX_MM_H
#define _RDMABP_LINUX_MM_H

#include_next <linux/mm.h>

#ifndef HAVE_ZAP_SPECIAL_VMA_RANGE
/*
 * Undoes: "mm: rename zap_vma_ptes() to zap_special_vma_range()" (v7.1).
 * Selected by: !HAVE_ZAP_SPECIAL_VMA_RANGE. Same operation, old name.
 */
static inline void zap_special_vma_range(struct vm_area_struct *vma,
					 unsigned long address,
					 unsigned long size)
{
	zap_vma_ptes(vma, address, size);
}
#endif /* !HAVE_ZAP_SPECIAL_VMA_RANGE */

#endif /* _RDMABP_LINUX_MM_H */
