// SPDX-License-Identifier: GPL-2.0
/*
 * dma_buf_attach_ops.invalidate_mappings: "dma-buf: rename move_notify to invalidate_mappings", v7.0
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/dma-buf.h>

const struct dma_buf_attach_ops rdmabp_probe = {
	.invalidate_mappings = NULL,
};

void rdmabp_probe_call(struct dma_buf *d)
{
	dma_buf_invalidate_mappings(d);
}
