// SPDX-License-Identifier: GPL-2.0
/*
 * INTERVAL_TREE_DEFINE() gives PREFIX_subtree_search() the caller's ITSTATIC
 * instead of a fixed static, so a user may declare it in a header (and
 * lib/interval_tree.c exports interval_tree_subtree_search()), which 7.2's
 * usnic_uiom_interval_tree.h relies on: "interval_tree: Fix ITSTATIC usage
 * for *_subtree_search()", v6.19 (patch 12 of a 63-patch livepatch series).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: b37491d72b43, committed to tip objtool/core on 2025-10-14 (the
 * tip-bot's notice), two days after v6.18-rc1: v6.19 (inferred), not
 * 'v6.18 at the earliest' as written here before.
 */
#include <linux/interval_tree_generic.h>

struct rdmabp_probe_node {
	struct rb_node rb;
	unsigned long start, last, subtree_last;
};

#define RDMABP_START(n) ((n)->start)
#define RDMABP_LAST(n) ((n)->last)
#define RDMABP_NOT_STATIC

struct rdmabp_probe_node *
rdmabp_probe_subtree_search(struct rdmabp_probe_node *node,
			    unsigned long start, unsigned long last);

INTERVAL_TREE_DEFINE(struct rdmabp_probe_node, rb, unsigned long, subtree_last,
		     RDMABP_START, RDMABP_LAST, RDMABP_NOT_STATIC, rdmabp_probe)
