// SPDX-License-Identifier: GPL-2.0
/*
 * struct sg_append_table: "lib/scatterlist: Fix wrong update of
 * orig_nents", v5.15 (absent in Debian's 5.10.0-46, present in its
 * 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: the subject is a patch of that series (rdma-next, June to August
 * 2021); that the struct came with this patch rather than with
 * lib/scatterlist: Provide a dedicated function to support table append is
 * not established here.
 */
#include <linux/scatterlist.h>

int rdmabp_probe(struct sg_append_table *t, struct page **pages)
{
	int ret = sg_alloc_append_table_from_pages(t, pages, 1, 0, PAGE_SIZE,
						   PAGE_SIZE, 0, GFP_KERNEL);

	sg_free_append_table(t);
	return ret;
}
