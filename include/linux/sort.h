/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/sort.h> with the comparison helper of newer kernels. */
#ifndef _RDMABP_LINUX_SORT_H
#define _RDMABP_LINUX_SORT_H

#include_next <linux/sort.h>

#ifndef cmp_int
/*
 * Undoes: "lib/sort: add cmp_int() helper" (v6.15).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Three-way comparison of two integers for sort() callbacks.
 */
#define cmp_int(l, r)	(((l) > (r)) - ((l) < (r)))
#endif /* !cmp_int */

#endif /* _RDMABP_LINUX_SORT_H */
