// SPDX-License-Identifier: GPL-2.0
/*
 * eventfd_signal() without the count: "eventfd: simplify eventfd_signal()",
 * v6.8.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 3652117f8548, v2 posted 2023-11-22 for the vfs tree; an out-of-
 * tree build check names it 'v6.8-3652117f8548': v6.8.
 */
#include <linux/eventfd.h>

void rdmabp_probe(struct eventfd_ctx *ctx)
{
	eventfd_signal(ctx);
}
