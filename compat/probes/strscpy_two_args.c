// SPDX-License-Identifier: GPL-2.0
/* strscpy() sized by its array destination: "string: Allow 2-argument strscpy()" (v6.8) */
#include <linux/string.h>

ssize_t rdmabp_probe(const char *src)
{
	char buf[8];

	return strscpy(buf, src);
}
