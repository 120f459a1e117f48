// SPDX-License-Identifier: GPL-2.0
/*
 * dma_buf_attach_ops.invalidate_mappings: "dma-buf: rename move_notify to invalidate_mappings", v7.0
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); a DRM pull summary lists 'Rename move_notify callback to
 * invalidate_mappings and update users', not the commit's subject; the
 * release is the one written before, within its Debian bracket.
 */
#include <linux/dma-buf.h>

const struct dma_buf_attach_ops rdmabp_probe = {
	.invalidate_mappings = NULL,
};

void rdmabp_probe_call(struct dma_buf *d)
{
	dma_buf_invalidate_mappings(d);
}
