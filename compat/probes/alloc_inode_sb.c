// SPDX-License-Identifier: GPL-2.0
/*
 * alloc_inode_sb(): "fs: introduce alloc_inode_sb() to allocate filesystems
 * specific inode", v5.18 (with it <linux/fs.h> includes <linux/slab.h>,
 * which the inline calls)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 8b9f3ac5b01d, v5 of the memcg lru series posted 2021-12-20; the
 * release agrees with that date but was not read in a pull request.
 */
#include <linux/fs.h>

void *rdmabp_probe(struct super_block *sb, struct kmem_cache *cache)
{
	return alloc_inode_sb(sb, cache, GFP_KERNEL);
}
