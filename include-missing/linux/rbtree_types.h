/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/rbtree_types.h> for kernels that define the rbtree types in
 * <linux/rbtree.h>.
 *
 * Undoes: "rbtree: Split out the rbtree type definitions into
 * <linux/rbtree_types.h>" (v5.15; absent in 5.10.0-46, present in
 * 6.1.0-57). Selected by: !HAVE_HEADER_LINUX_RBTREE_TYPES_H.
 * Such a kernel has the same types in <linux/rbtree.h>.
 */
#ifndef _RDMABP_LINUX_RBTREE_TYPES_H
#define _RDMABP_LINUX_RBTREE_TYPES_H

#include <linux/rbtree.h>

#endif /* _RDMABP_LINUX_RBTREE_TYPES_H */
