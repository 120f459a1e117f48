// SPDX-License-Identifier: GPL-2.0
/*
 * vm_flags_set()/vm_flags_clear()/vm_flags_reset(): "mm: introduce
 * vma->vm_flags wrapper functions", v6.3.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: bc292ab00f6c, described as v6.2-rc4-446-gbc292ab00f6c by an
 * out-of-tree configure check (and used under LINUX_VERSION_CODE >= 6.3 by
 * another): v6.3.
 */
#include <linux/mm.h>

void rdmabp_probe(struct vm_area_struct *vma)
{
	vm_flags_set(vma, VM_IO);
	vm_flags_clear(vma, VM_MAYWRITE);
	vm_flags_reset(vma, VM_READ);
}
