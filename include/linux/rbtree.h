/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/rbtree.h> with the generic find helpers of newer kernels. */
#ifndef _RDMABP_LINUX_RBTREE_H
#define _RDMABP_LINUX_RBTREE_H

#include_next <linux/rbtree.h>

#ifndef HAVE_RB_FIND
/*
 * Undoes: "rbtree: Add generic add and find helpers" (v5.12).
 * Selected by: !HAVE_RB_FIND. rb_find() and rb_find_add() as upstream has
 * them.
 */
static __always_inline struct rb_node *
rb_find_add(struct rb_node *node, struct rb_root *tree,
	    int (*cmp)(struct rb_node *, const struct rb_node *))
{
	struct rb_node **link = &tree->rb_node;
	struct rb_node *parent = NULL;
	int c;

	while (*link) {
		parent = *link;
		c = cmp(node, parent);

		if (c < 0)
			link = &parent->rb_left;
		else if (c > 0)
			link = &parent->rb_right;
		else
			return parent;
	}

	rb_link_node(node, parent, link);
	rb_insert_color(node, tree);
	return NULL;
}

static __always_inline struct rb_node *
rb_find(const void *key, const struct rb_root *tree,
	int (*cmp)(const void *key, const struct rb_node *))
{
	struct rb_node *node = tree->rb_node;

	while (node) {
		int c = cmp(key, node);

		if (c < 0)
			node = node->rb_left;
		else if (c > 0)
			node = node->rb_right;
		else
			return node;
	}

	return NULL;
}
#endif /* !HAVE_RB_FIND */

#endif /* _RDMABP_LINUX_RBTREE_H */
