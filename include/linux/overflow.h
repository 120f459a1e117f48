/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/overflow.h> with the type-range check of newer kernels. */
#ifndef _RDMABP_LINUX_OVERFLOW_H
#define _RDMABP_LINUX_OVERFLOW_H

#include_next <linux/overflow.h>

#ifndef overflows_type
/*
 * Undoes: "overflow: Introduce overflows_type() and castable_to_type()"
 * (v6.2). Selected by: the macro is not defined (a macro is its own probe).
 * True when the value @n does not fit in the type (or variable) @T, by the
 * same compiler builtin upstream uses for non-constant values; for a
 * constant @n the result is the same, only not a constant expression.
 */
#define overflows_type(n, T)	({				\
	typeof(T) __rdmabp_ot_v = 0;				\
	__builtin_add_overflow((n), __rdmabp_ot_v, &__rdmabp_ot_v);	\
})
#endif /* !overflows_type */

#ifndef struct_size_t
/*
 * Undoes: "overflow: Add struct_size_t() helper throughout" (v6.5; carried
 * by Debian's 6.1.0-57, absent in 5.10.0-46). Selected by: the macro is not
 * defined (a macro is its own probe). As upstream: struct_size() of a
 * pointer of the type, which is only measured, never dereferenced.
 */
#define struct_size_t(type, member, count)	\
	struct_size((type *)NULL, member, count)
#endif /* !struct_size_t */

#endif /* _RDMABP_LINUX_OVERFLOW_H */
