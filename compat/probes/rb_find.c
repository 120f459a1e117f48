// SPDX-License-Identifier: GPL-2.0
/*
 * rb_find(), rb_find_add(): "rbtree: Add generic add and find helpers",
 * v5.12 (absent in Debian's 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 2d24dd5798d0, described as v5.11-20-g2d24dd5798d0 by an
 * out-of-tree build check.
 */
#include <linux/rbtree.h>

static int rdmabp_probe_cmp(const void *key, const struct rb_node *node)
{
	return 0;
}

struct rb_node *rdmabp_probe(const struct rb_root *root)
{
	return rb_find(NULL, root, rdmabp_probe_cmp);
}
