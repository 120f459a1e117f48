/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/slab.h> with the typed allocators of newer kernels. */
#ifndef _RDMABP_LINUX_SLAB_H
#define _RDMABP_LINUX_SLAB_H

#include_next <linux/slab.h>

#ifndef kzalloc_obj
/*
 * Undoes: "slab: Introduce kmalloc_obj() and family" (v7.0; carried by
 * Debian's 6.12.118, absent in 6.1.192). Selected by: the macro is not
 * defined (a macro is its own probe).
 * Allocators that take the type (or a variable of it) instead of a size:
 * the size is computed with the overflow-saturating helpers as upstream
 * does, so an overflowing count fails the allocation. The GFP flags are
 * optional and default to GFP_KERNEL.
 */
#define __rdmabp_default_gfp(a, b, ...)	b
#define rdmabp_default_gfp(...)	__rdmabp_default_gfp(, ##__VA_ARGS__, GFP_KERNEL)

#define __rdmabp_alloc_objs(KMALLOC, GFP, TYPE, COUNT)			\
	((TYPE *)KMALLOC(size_mul(sizeof(TYPE), COUNT), GFP))
#define __rdmabp_alloc_flex(KMALLOC, GFP, TYPE, FAM, COUNT)		\
	((TYPE *)KMALLOC(struct_size_t(TYPE, FAM, COUNT), GFP))

#define kmalloc_obj(P, ...) \
	__rdmabp_alloc_objs(kmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kmalloc_objs(P, COUNT, ...) \
	__rdmabp_alloc_objs(kmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kmalloc_flex(P, FAM, COUNT, ...) \
	__rdmabp_alloc_flex(kmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kzalloc_obj(P, ...) \
	__rdmabp_alloc_objs(kzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kzalloc_objs(P, COUNT, ...) \
	__rdmabp_alloc_objs(kzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kzalloc_flex(P, FAM, COUNT, ...) \
	__rdmabp_alloc_flex(kzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kvmalloc_obj(P, ...) \
	__rdmabp_alloc_objs(kvmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kvmalloc_objs(P, COUNT, ...) \
	__rdmabp_alloc_objs(kvmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kvmalloc_flex(P, FAM, COUNT, ...) \
	__rdmabp_alloc_flex(kvmalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kvzalloc_obj(P, ...) \
	__rdmabp_alloc_objs(kvzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kvzalloc_objs(P, COUNT, ...) \
	__rdmabp_alloc_objs(kvzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kvzalloc_flex(P, FAM, COUNT, ...) \
	__rdmabp_alloc_flex(kvzalloc, rdmabp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#endif /* !kzalloc_obj */

#endif /* _RDMABP_LINUX_SLAB_H */
