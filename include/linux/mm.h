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

#ifndef HAVE_UNPIN_USER_PAGE_RANGE_DIRTY_LOCK
/*
 * Undoes: "mm/gup: add a range variant of unpin_user_pages_dirty_lock()"
 * (v5.12). Selected by: !HAVE_UNPIN_USER_PAGE_RANGE_DIRTY_LOCK.
 * The pages of the range were pinned one by one (pin_user_pages*()), so
 * they are released one by one, each dirtied first when asked, through
 * its compound head as upstream does.
 */
static inline void unpin_user_page_range_dirty_lock(struct page *page,
						    unsigned long npages,
						    bool make_dirty)
{
	unsigned long i;

	for (i = 0; i < npages; i++) {
		struct page *p = nth_page(page, i);
		struct page *head = compound_head(p);

		if (make_dirty && !PageDirty(head))
			set_page_dirty_lock(head);
		unpin_user_page(p);
	}
}
#endif /* !HAVE_UNPIN_USER_PAGE_RANGE_DIRTY_LOCK */

#ifndef HAVE_VM_FLAGS_SET
/*
 * Undoes: "mm: introduce vma->vm_flags wrapper functions" (v6.3).
 * Selected by: !HAVE_VM_FLAGS_SET.
 * Such a kernel's drivers write vma->vm_flags directly, with the mmap lock
 * held for writing: the wrappers do the same, asserting the lock as the
 * newer ones do.
 */
static inline void vm_flags_init(struct vm_area_struct *vma,
				 vm_flags_t flags)
{
	vma->vm_flags = flags;
}

static inline void vm_flags_reset(struct vm_area_struct *vma,
				  vm_flags_t flags)
{
	mmap_assert_write_locked(vma->vm_mm);
	vm_flags_init(vma, flags);
}

static inline void vm_flags_set(struct vm_area_struct *vma,
				vm_flags_t flags)
{
	mmap_assert_write_locked(vma->vm_mm);
	vma->vm_flags |= flags;
}

static inline void vm_flags_clear(struct vm_area_struct *vma,
				  vm_flags_t flags)
{
	mmap_assert_write_locked(vma->vm_mm);
	vma->vm_flags &= ~flags;
}
#endif /* !HAVE_VM_FLAGS_SET */

#ifndef HAVE_PIN_USER_PAGES_NO_VMAS
/*
 * Undoes: "mm/gup: remove vmas parameter from pin_user_pages()" (v6.5).
 * Selected by: !HAVE_PIN_USER_PAGES_NO_VMAS.
 * Such a kernel's pin_user_pages() can also return the VMAs of the pages;
 * callers that want none pass NULL, as every caller did before the newer
 * kernel dropped the argument.
 */
#define pin_user_pages(start, nr_pages, gup_flags, pages)	\
	pin_user_pages(start, nr_pages, gup_flags, pages, NULL)
#endif /* !HAVE_PIN_USER_PAGES_NO_VMAS */

#ifndef PAGE_ALIGN_DOWN
/*
 * Undoes: "mm: Add PAGE_ALIGN_DOWN macro" (v6.0: at the earliest, posted
 * as v4 on 2022-06-30, after the v5.19 merge window).
 * Selected by: the macro is not defined (a macro is its own probe).
 * The address rounded down to a page boundary.
 */
#define PAGE_ALIGN_DOWN(addr)	ALIGN_DOWN(addr, PAGE_SIZE)
#endif /* !PAGE_ALIGN_DOWN */

#endif /* _RDMABP_LINUX_MM_H */
