/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/string.h> with the string helpers of newer kernels. */
#ifndef _RDMABP_LINUX_STRING_H
#define _RDMABP_LINUX_STRING_H

#include_next <linux/string.h>

#ifndef HAVE_STRSCPY_TWO_ARGS
#include <linux/kernel.h>

/*
 * Undoes: "string: Allow 2-argument strscpy()" (v6.9).
 * Selected by: !HAVE_STRSCPY_TWO_ARGS. Without a size, the destination
 * must be an array and its size is the limit, as upstream; with one, the
 * kernel's own strscpy() is called unchanged.
 */
#define __rdmabp_strscpy0(dst, src, ...)	\
	strscpy(dst, src, sizeof(dst) + __must_be_array(dst))
#define __rdmabp_strscpy1(dst, src, size)	strscpy(dst, src, size)
#define strscpy(dst, src, ...)						\
	CONCATENATE(__rdmabp_strscpy, COUNT_ARGS(__VA_ARGS__))(dst, src, __VA_ARGS__)
#endif /* !HAVE_STRSCPY_TWO_ARGS */

#ifndef memset_startat
/*
 * Undoes: "string.h: Introduce memset_startat() for wiping trailing
 * members and padding" (v5.16).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Sets the object from the member to its end, trailing padding included.
 * obj is evaluated once (typeof and sizeof do not evaluate it), as in
 * upstream's; unlike upstream's, v is not converted to u8 first (memset
 * takes an int: the same bytes).
 */
#define memset_startat(obj, v, member)					\
	memset((u8 *)(obj) + offsetof(typeof(*(obj)), member), (v),	\
	       sizeof(*(obj)) - offsetof(typeof(*(obj)), member))
#endif /* !memset_startat */

#ifndef HAVE_MEMDUP_ARRAY_USER
#include <linux/err.h>
#include <linux/overflow.h>

/*
 * Undoes: "string.h: add array-wrappers for (v)memdup_user()" (v6.7).
 * Selected by: !HAVE_MEMDUP_ARRAY_USER. memdup_user() of N elements of
 * SIZE bytes, refused with -EOVERFLOW where N * SIZE overflows, as
 * upstream.
 */
static inline void *memdup_array_user(const void __user *src, size_t n,
				      size_t size)
{
	size_t nbytes;

	if (check_mul_overflow(n, size, &nbytes))
		return ERR_PTR(-EOVERFLOW);
	return memdup_user(src, nbytes);
}
#endif /* !HAVE_MEMDUP_ARRAY_USER */

#ifndef unsafe_memcpy
/*
 * Undoes: "fortify: Provide a memcpy trap door for sharp corners" (v5.19):
 * unsafe_memcpy().
 * Selected by: the macro is not defined (a macro is its own probe).
 * Checked: Kees Cook's patch (posted 2022-05-10 to net-next, which has
 * mlx5e as its first user), before v5.18 (2022-05-22): v5.19, inferred.
 * Such a kernel's FORTIFY_SOURCE checks no field bounds: a plain
 * memcpy(), as the newer kernel's without FORTIFY_SOURCE.
 */
#define unsafe_memcpy(dst, src, bytes, justification)	\
	memcpy(dst, src, bytes)
#endif /* !unsafe_memcpy */

#endif /* _RDMABP_LINUX_STRING_H */
