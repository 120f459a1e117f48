// SPDX-License-Identifier: GPL-2.0
/*
 * pin_user_pages() without the vmas array: "mm/gup: remove vmas parameter
 * from pin_user_pages()", v6.5.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: patch 5/6 of Lorenzo Stoakes's v6 posted 2023-05-17 for -mm
 * (the mm trees' logs carry it under several rebased ids), in the v6.4-rc
 * cycle: v6.5 consistent.
 */
#include <linux/mm.h>

long rdmabp_probe(unsigned long start, struct page **pages)
{
	return pin_user_pages(start, 1, FOLL_WRITE, pages);
}
