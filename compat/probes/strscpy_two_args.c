// SPDX-License-Identifier: GPL-2.0
/*
 * strscpy() sized by its array destination: "string: Allow 2-argument strscpy()" (v6.8)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/string.h>

ssize_t rdmabp_probe(const char *src)
{
	char buf[8];

	return strscpy(buf, src);
}
