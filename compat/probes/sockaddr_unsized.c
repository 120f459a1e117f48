// SPDX-License-Identifier: GPL-2.0
/* struct sockaddr_unsized: "net: introduce struct sockaddr_unsized for bind() and connect()", v6.19 */
#include <linux/net.h>

int rdmabp_probe(struct socket *s, struct sockaddr_unsized *a, int len)
{
	return s->ops->bind(s, a, len);
}
