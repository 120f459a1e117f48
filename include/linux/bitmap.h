/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/bitmap.h> with the bitmap allocators of newer kernels. */
#ifndef _RDMABP_LINUX_BITMAP_H
#define _RDMABP_LINUX_BITMAP_H

#include_next <linux/bitmap.h>

#ifndef HAVE_BITMAP_ZALLOC_NODE
/*
 * Undoes: "lib: bitmap: Introduce node-aware alloc API" (v5.17):
 * bitmap_alloc_node() and bitmap_zalloc_node().
 * Selected by: !HAVE_BITMAP_ZALLOC_NODE. The same allocation as the newer
 * kernel's, on the given node. Macros: <linux/slab.h> includes this header
 * (through <linux/nodemask.h>) before it declares kmalloc_array_node().
 */
#define bitmap_alloc_node(nbits, flags, node)				\
	kmalloc_array_node(BITS_TO_LONGS(nbits), sizeof(unsigned long),	\
			   flags, node)
#define bitmap_zalloc_node(nbits, flags, node)				\
	bitmap_alloc_node(nbits, (flags) | __GFP_ZERO, node)
#endif /* !HAVE_BITMAP_ZALLOC_NODE */

#endif /* _RDMABP_LINUX_BITMAP_H */
