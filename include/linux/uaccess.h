/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/uaccess.h> with the non-temporal copy of newer x86-64 kernels. */
#ifndef _RDMABP_LINUX_UACCESS_H
#define _RDMABP_LINUX_UACCESS_H

#include_next <linux/uaccess.h>

#if defined(CONFIG_X86_64) && !defined(copy_to_nontemporal)
/*
 * Undoes: "x86-64: rename misleadingly named '__copy_user_nocache()'
 * function" (Linus Torvalds, upstream d187a86de793; also in the 6.6 and
 * 6.12 stable series: present in 6.12.118, absent in 6.1.0-57).
 * Selected by: the macro is not defined (the kernel defines
 * copy_to_nontemporal to itself); the old call's arity by
 * HAVE_COPY_USER_NOCACHE_ZEROREST.
 * The old name is the same routine (non-temporal stores to the
 * destination); rdmavt copies kernel memory with it, as its old code did.
 */
static inline size_t copy_to_nontemporal(void *dst, const void *src,
					 size_t size)
{
/*
 * Undoes: "x86: remove 'zerorest' argument from __copy_user_nocache()" (v6.4).
 * Selected by: HAVE_COPY_USER_NOCACHE_ZEROREST
 */
#ifdef HAVE_COPY_USER_NOCACHE_ZEROREST
	return __copy_user_nocache(dst, (__force const void __user *)src,
				   size, 0);
#else
	return __copy_user_nocache(dst, (__force const void __user *)src,
				   size);
#endif /* HAVE_COPY_USER_NOCACHE_ZEROREST */
}
#define copy_to_nontemporal copy_to_nontemporal
#endif /* CONFIG_X86_64 && !copy_to_nontemporal */

#endif /* _RDMABP_LINUX_UACCESS_H */
