// SPDX-License-Identifier: GPL-2.0
/*
 * pin_user_pages() without the vmas array: "mm/gup: remove vmas parameter
 * from pin_user_pages()", v6.5.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <linux/mm.h>

long rdmabp_probe(unsigned long start, struct page **pages)
{
	return pin_user_pages(start, 1, FOLL_WRITE, pages);
}
