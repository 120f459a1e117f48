// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_page(): "mm/highmem: Provide kmap_local*", v5.11 (absent in
 * Debian's 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: f3ba3c710ac5, tip core/mm, V2 of 2020-10-29.
 */
#include <linux/highmem.h>

void rdmabp_probe(struct page *page)
{
	void *va = kmap_local_page(page);

	kunmap_local(va);
}
