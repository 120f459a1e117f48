/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/qed/common_hsi.h> with the names of newer kernels' FW HSI. */
#ifndef _RDMABP_LINUX_QED_COMMON_HSI_H
#define _RDMABP_LINUX_QED_COMMON_HSI_H

#include_next <linux/qed/common_hsi.h>

#ifndef HAVE_QED_STATUS_BLOCK
/*
 * Undoes: "qed: Remove e4_ and _e4 from FW HSI" (v5.16).
 * Selected by: !HAVE_QED_STATUS_BLOCK.
 * Such a kernel names the status block status_block_e4; qedr only
 * allocates one (sizeof) and hands qed a void pointer to it, so a
 * structure of the same layout will do.
 */
#include <linux/build_bug.h>

struct status_block {
	__le16	pi_array[PIS_PER_SB_E4];
	__le32	sb_num;
	__le32	prod_index;
};

static_assert(sizeof(struct status_block) == sizeof(struct status_block_e4));
#endif /* !HAVE_QED_STATUS_BLOCK */

#endif /* _RDMABP_LINUX_QED_COMMON_HSI_H */
