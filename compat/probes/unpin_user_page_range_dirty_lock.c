// SPDX-License-Identifier: GPL-2.0
/*
 * unpin_user_page_range_dirty_lock(): "mm/gup: add a range variant of
 * unpin_user_pages_dirty_lock()", v5.12 (absent in Debian's 5.10.0-46,
 * present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 458a4f788f86, v4 of 2021-02-12 through -mm.
 */
#include <linux/mm.h>

void rdmabp_probe(struct page *page)
{
	unpin_user_page_range_dirty_lock(page, 1, true);
}
