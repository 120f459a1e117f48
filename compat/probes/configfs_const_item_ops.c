// SPDX-License-Identifier: GPL-2.0
/*
 * const configfs operations: "configfs: Constify ct_item_ops in struct
 * config_item_type" and "configfs: Constify ct_group_ops in struct
 * config_item_type", v6.19 at the earliest (the subject written here
 * before, configfs: constify struct configfs_item_operations and
 * configfs_group_operations, is that of the per-subsystem follow-ups, not
 * of the configfs change).
 * Checked: f7f78098690d and its pair, posted 2025-10-25 and in
 * configfs-next by December 2025; the subsystem follow-ups were sent from
 * 2025-12-14, the day of v6.19-rc1; which release took the pair (v6.19 or
 * v7.0) is not established here.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/configfs.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct config_item_type *)0)->ct_item_ops),
	       const struct configfs_item_operations *), "non-const ct_item_ops");
