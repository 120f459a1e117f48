// SPDX-License-Identifier: GPL-2.0
/*
 * __copy_user_nocache() with its fourth (zerorest) argument, which "x86:
 * remove 'zerorest' argument from __copy_user_nocache()" (v6.4) removed,
 * next to "x86: rewrite '__copy_user_nocache' function" (v6.4; named here
 * alone before): present in 6.1.0-57 (and 5.10); in 6.12.118 and 7.2 the
 * function is copy_to_nontemporal() (see include/linux/uaccess.h).
 * Checked: e1f2750edc4a and 034ff37d3407, both in mainline's log of the
 * v6.4 merge window (after the asoc-fix-v6.3-rc7 and drm-fixes-2023-04-21
 * merges).
 * Present in 6.1.192, absent in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/uaccess.h>

long rdmabp_probe(void *dst, const void __user *src)
{
	return __copy_user_nocache(dst, src, 8, 0);
}
