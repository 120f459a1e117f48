/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/fs.h> with the includes newer kernels' <linux/fs.h> has. */
#ifndef _RDMABP_LINUX_FS_H
#define _RDMABP_LINUX_FS_H

#include_next <linux/fs.h>

#ifndef HAVE_ALLOC_INODE_SB
/*
 * Undoes: "fs: introduce alloc_inode_sb() to allocate filesystems specific
 * inode" (v5.18), which made <linux/fs.h> include <linux/slab.h>.
 * Selected by: !HAVE_ALLOC_INODE_SB. The pinned ucaps.c allocates and
 * frees (kzalloc_obj(), kfree()) with no other path to <linux/slab.h>.
 */
#include <linux/slab.h>
#endif /* !HAVE_ALLOC_INODE_SB */

#endif /* _RDMABP_LINUX_FS_H */
