// SPDX-License-Identifier: GPL-2.0
/*
 * strscpy() sized by its array destination: "string: Allow 2-argument
 * strscpy()" (v6.9; written v6.8 here before).
 * Checked: e6584c3964f2, described as v6.8-rc2-15-ge6584c3964f2 by an
 * out-of-tree build check.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/string.h>

ssize_t rdmabp_probe(const char *src)
{
	char buf[8];

	return strscpy(buf, src);
}
