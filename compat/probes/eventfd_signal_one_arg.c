// SPDX-License-Identifier: GPL-2.0
/*
 * eventfd_signal() without the count: "eventfd: simplify eventfd_signal()",
 * v6.8.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <linux/eventfd.h>

void rdmabp_probe(struct eventfd_ctx *ctx)
{
	eventfd_signal(ctx);
}
