// SPDX-License-Identifier: GPL-2.0
/*
 * memdup_array_user(): "string.h: add array-wrappers for (v)memdup_user()",
 * v6.7.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe;
 * a stable backport there).
 * Checked: 313ebe47d755 (the id stable shortlogs give it, before its
 * users such as 'kernel: kexec: copy user-array safely'); its v2 was
 * posted on 2023-09-18, after v6.6-rc1 (2023-09-10): v6.7 (inferred).
 */
#include <linux/string.h>

void *rdmabp_probe(const void __user *src, size_t n)
{
	return memdup_array_user(src, n, 8);
}
