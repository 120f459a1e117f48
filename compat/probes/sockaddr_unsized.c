// SPDX-License-Identifier: GPL-2.0
/*
 * struct sockaddr_unsized: "net: introduce struct sockaddr_unsized for bind() and connect()", v6.19
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/net.h>

int rdmabp_probe(struct socket *s, struct sockaddr_unsized *a, int len)
{
	return s->ops->bind(s, a, len);
}
