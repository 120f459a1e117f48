// SPDX-License-Identifier: GPL-2.0
/*
 * struct status_block in <linux/qed/common_hsi.h>: "qed: Remove e4_ and
 * _e4 from FW HSI", v5.16 (before it the structure was status_block_e4,
 * and struct status_block only a declaration).
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: fb09a1ed5c6e, applied to net-next on 2021-10-04 with the qed
 * FW 8.59.1.0 series (patchwork notice), after the v5.15 merge window:
 * v5.16 consistent.
 */
#include <linux/qed/qed_if.h>

int rdmabp_probe = sizeof(struct status_block);
