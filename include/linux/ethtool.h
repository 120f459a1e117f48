/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/ethtool.h> with the types of newer kernels that prototypes name. */
#ifndef _RDMABP_LINUX_ETHTOOL_H
#define _RDMABP_LINUX_ETHTOOL_H

#include_next <linux/ethtool.h>

#ifndef ETHTOOL_MAX_LANES
/*
 * Undoes: "ethtool: add FEC statistics" (v5.13), which sized per-lane
 * counters by ETHTOOL_MAX_LANES. Selected by: the macro is not defined (a
 * macro is its own probe). The value upstream has.
 */
#define ETHTOOL_MAX_LANES	8
#endif /* !ETHTOOL_MAX_LANES */

#ifndef HAVE_ETHTOOL_FEC_HIST
/*
 * Undoes: "ethtool: add FEC bins histogram report" (struct ethtool_fec_hist;
 * after 6.12.117, present in 7.2.13). Selected by: !HAVE_ETHTOOL_FEC_HIST.
 * The types only, laid out as 7.2.13 has them: such a kernel never asks a
 * driver for a histogram (its get_fec_stats has no such argument,
 * patches/quilt/mlx5e-fec-stats-no-hist.patch), so the driver's code that
 * fills one compiles and is never reached.
 */
#define ETHTOOL_FEC_HIST_MAX	17

struct ethtool_fec_hist_range {
	u16 low;
	u16 high;
};

struct ethtool_fec_hist {
	struct ethtool_fec_hist_value {
		u64 sum;
		u64 per_lane[ETHTOOL_MAX_LANES];
	} values[ETHTOOL_FEC_HIST_MAX];
	const struct ethtool_fec_hist_range *ranges;
	struct ethtool_fec_hist_range ranges_buf[ETHTOOL_FEC_HIST_MAX];
};
#endif /* !HAVE_ETHTOOL_FEC_HIST */

#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE
/*
 * Undoes: the RSS indirection table resize helpers of the ethtool core
 * (absent in 6.12.117, present in 7.2.13). Selected by:
 * !HAVE_ETHTOOL_RXFH_INDIR_RESIZE. In the compat module
 * (compat/ethtool_rxfh.c), with what such a kernel knows of a user's table.
 */
bool rdmabp_ethtool_rxfh_indir_can_resize(struct net_device *dev,
					  const u32 *tbl, u32 old_size,
					  u32 new_size);
void rdmabp_ethtool_rxfh_indir_resize(struct net_device *dev, u32 *tbl,
				      u32 old_size, u32 new_size);
int rdmabp_ethtool_rxfh_ctxs_can_resize(struct net_device *dev,
					u32 new_indir_size);
void rdmabp_ethtool_rxfh_ctxs_resize(struct net_device *dev,
				     u32 new_indir_size);
#define ethtool_rxfh_indir_can_resize rdmabp_ethtool_rxfh_indir_can_resize
#define ethtool_rxfh_indir_resize rdmabp_ethtool_rxfh_indir_resize
#define ethtool_rxfh_ctxs_can_resize rdmabp_ethtool_rxfh_ctxs_can_resize
#define ethtool_rxfh_ctxs_resize rdmabp_ethtool_rxfh_ctxs_resize
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_RESIZE */

#ifndef HAVE_ETHTOOL_RXFH_INDIR_LOST
/*
 * Undoes: "ethtool_rxfh_indir_lost()" of the ethtool core (absent in
 * 6.12.117, present in 7.2.13). Selected by: !HAVE_ETHTOOL_RXFH_INDIR_LOST.
 * In the compat module (compat/ethtool_rxfh.c).
 */
void rdmabp_ethtool_rxfh_indir_lost(struct net_device *dev);
#define ethtool_rxfh_indir_lost rdmabp_ethtool_rxfh_indir_lost
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_LOST */

#endif /* _RDMABP_LINUX_ETHTOOL_H */
