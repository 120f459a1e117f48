// SPDX-License-Identifier: GPL-2.0
/*
 * struct sockaddr_unsized: "net: Add struct sockaddr_unsized for sockaddr
 * of unknown length", v6.19 at the earliest (the subject written here
 * before, net: introduce struct sockaddr_unsized for bind() and connect(),
 * matches no patch found).
 * Checked: bf33247a90d3, named so in a perf tools header sync; Kees Cook's
 * series was posted 2025-11-04, four weeks before v6.18 was released; which
 * release took it is not established here.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/net.h>

int rdmabp_probe(struct socket *s, struct sockaddr_unsized *a, int len)
{
	return s->ops->bind(s, a, len);
}
