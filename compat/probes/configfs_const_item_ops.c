// SPDX-License-Identifier: GPL-2.0
/*
 * const configfs operations: "configfs: constify struct configfs_item_operations and configfs_group_operations", v6.19
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/configfs.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct config_item_type *)0)->ct_item_ops),
	       const struct configfs_item_operations *), "non-const ct_item_ops");
