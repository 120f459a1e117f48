// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_tc_txq.combined (count and offset read and written as one
 * word, READ_ONCE/WRITE_ONCE in net/core/dev.c); first release not known.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels: their
 * <linux/netdevice.h>; absent in 5.10.262 and 6.1.192 too).
 * Unverified: the commit was not found; the stored text has neither the
 * union's lines nor dev.c's 'res.combined = READ_ONCE(' nor mlx5e's use.
 */
#include <linux/netdevice.h>

u32 rdmabp_probe(struct netdev_tc_txq *t)
{
	return t->combined;
}
