/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/lockdep.h> with the assertion helpers of newer kernels. */
#ifndef _RDMABP_LINUX_LOCKDEP_H
#define _RDMABP_LINUX_LOCKDEP_H

#include_next <linux/lockdep.h>

#ifndef lockdep_assert
/*
 * Undoes: "locking/lockdep: Provide lockdep_assert{,_once}() helpers"
 * (v5.15): lockdep_assert(), which composite assertions such as
 * lockdep_assert(lockdep_is_held(...)) are written with.
 * Selected by: the macro is not defined (a macro is its own probe).
 * Checked: d19c81378829, in the drm-misc pull of 2021-08 for v5.15.
 * As the newer kernel: a warning when lockdep runs, nothing (the
 * condition not evaluated) when it does not.
 */
#ifdef CONFIG_LOCKDEP
#define lockdep_assert(cond)	WARN_ON(debug_locks && !(cond))
#else
#define lockdep_assert(cond)	do { } while (0)
#endif
#endif /* !lockdep_assert */

#endif /* _RDMABP_LINUX_LOCKDEP_H */
