/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/bitfield.h> with the constant-expression FIELD_PREP of newer kernels. */
#ifndef _RDMABP_LINUX_BITFIELD_H
#define _RDMABP_LINUX_BITFIELD_H

#include_next <linux/bitfield.h>

#ifndef HAVE_FIELD_PREP_CONST
/*
 * Undoes: "bitfield: add FIELD_PREP_CONST()" (v6.2). Selected by:
 * !HAVE_FIELD_PREP_CONST. FIELD_PREP() for initialisers of static data
 * and enumerators: the same checks (the mask non-zero and contiguous, the
 * value fitting it), made as constant expressions.
 */
#define FIELD_PREP_CONST(_mask, _val)					\
	(								\
		BUILD_BUG_ON_ZERO((_mask) == 0) +			\
		BUILD_BUG_ON_ZERO(~((_mask) >> __bf_shf(_mask)) & (_val)) + \
		BUILD_BUG_ON_ZERO(((_mask) + (1ULL << __bf_shf(_mask))) & \
				  ((_mask) + (1ULL << __bf_shf(_mask)) - 1)) + \
		(((typeof(_mask))(_val) << __bf_shf(_mask)) & (_mask))	\
	)
#endif /* !HAVE_FIELD_PREP_CONST */

#endif /* _RDMABP_LINUX_BITFIELD_H */
