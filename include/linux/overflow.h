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

#endif /* _RDMABP_LINUX_OVERFLOW_H */
