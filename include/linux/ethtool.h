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
 * Undoes: "ethtool: add FEC bins histogram report" (v6.18): struct
 * ethtool_fec_hist. Selected by: !HAVE_ETHTOOL_FEC_HIST.
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
 * Undoes: "ethtool: Add RSS indirection table resize helpers" (v7.1).
 * Selected by:
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
 * Undoes: ethtool_rxfh_indir_lost() of "ethtool: Track user-provided RSS
 * indirection table size" (v7.1). Selected by: !HAVE_ETHTOOL_RXFH_INDIR_LOST.
 * In the compat module (compat/ethtool_rxfh.c).
 */
void rdmabp_ethtool_rxfh_indir_lost(struct net_device *dev);
#define ethtool_rxfh_indir_lost rdmabp_ethtool_rxfh_indir_lost
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_LOST */

#ifndef HAVE_KERNEL_ETHTOOL_TS_INFO
/*
 * Undoes: "net: Add struct kernel_ethtool_ts_info" (v6.11).
 * Selected by: !HAVE_KERNEL_ETHTOOL_TS_INFO. Such a kernel hands
 * get_ts_info() the UAPI struct ethtool_ts_info, which has every member a
 * driver fills there (so_timestamping, phc_index, tx_types, rx_filters):
 * the same struct under its old name.
 */
#define kernel_ethtool_ts_info ethtool_ts_info
#endif /* !HAVE_KERNEL_ETHTOOL_TS_INFO */

#ifndef HAVE_ETHTOOL_PUTS
/*
 * Undoes: "ethtool: Implement ethtool_puts()" (v6.8).
 * Selected by: !HAVE_ETHTOOL_PUTS. As the kernel's own: one string of
 * ETH_GSTRING_LEN bytes, and the cursor moved past it.
 */
static inline void ethtool_puts(u8 **data, const char *str)
{
	strscpy(*data, str, ETH_GSTRING_LEN);
	*data += ETH_GSTRING_LEN;
}
#endif /* !HAVE_ETHTOOL_PUTS */

#ifndef HAVE_ETHTOOL_RXFH_PARAM
/*
 * Undoes: "net: ethtool: pass a pointer to parameters to get/set_rxfh
 * ethtool ops" (v6.8). Selected by: !HAVE_ETHTOOL_RXFH_PARAM.
 * The type only, as 7.2.13 lays it out: such a kernel calls get_rxfh() and
 * set_rxfh() with the table, key and hash function as separate arguments;
 * patches/quilt/mlx5e-rxfh-old-prototype.patch gives mlx5e those
 * callbacks, which fill one of these for the driver's own.
 */
struct ethtool_rxfh_param {
	u8	hfunc;
	u32	indir_size;
	u32	*indir;
	u32	key_size;
	u8	*key;
	u32	rss_context;
	u8	rss_delete;
	u8	input_xfrm;
};
#endif /* !HAVE_ETHTOOL_RXFH_PARAM */

/*
 * Undoes: "net: ethtool: add support for symmetric-xor RSS hash" (v6.8,
 * RXH_XFRM_SYM_XOR, RXH_XFRM_NO_CHANGE) and the symmetric-or-xor hash
 * (RXH_XFRM_SYM_OR_XOR, absent in 6.1.0-57, present in 6.12.118).
 * Selected by: the macro is not defined. UAPI values; such a kernel has no
 * input transformation to ask for, so a driver only ever sees NO_CHANGE.
 */
#ifndef RXH_XFRM_SYM_XOR
#define RXH_XFRM_SYM_XOR	(1 << 0)
#endif /* !RXH_XFRM_SYM_XOR */
#ifndef RXH_XFRM_SYM_OR_XOR
#define RXH_XFRM_SYM_OR_XOR	(1 << 1)
#endif /* !RXH_XFRM_SYM_OR_XOR */
#ifndef RXH_XFRM_NO_CHANGE
#define RXH_XFRM_NO_CHANGE	0xff
#endif /* !RXH_XFRM_NO_CHANGE */

#ifndef HAVE_ETHTOOL_RXFH_FIELDS
/*
 * Undoes: "net: ethtool: add dedicated callbacks for getting and setting
 * rxfh fields" (v6.16). Selected by: !HAVE_ETHTOOL_RXFH_FIELDS.
 * Such a kernel asks for the RX flow hash fields through get_rxnfc() and
 * set_rxnfc() (ETHTOOL_GRXFH, ETHTOOL_SRXFH); the rule
 * patches/cocci/mlx5e-rxfh-fields-rxnfc.cocci puts these two in front of
 * the driver's rxnfc callbacks, which pass those commands to its rxfh
 * fields callbacks. Such a kernel has no per-context hash fields: the
 * context is 0.
 */
struct ethtool_rxfh_fields {
	u32 data;
	u32 flow_type;
	u32 rss_context;
};

static inline int
rdmabp_ethtool_get_rxfh_fields(struct net_device *dev,
			       struct ethtool_rxnfc *info,
			       int (*get)(struct net_device *dev,
					  struct ethtool_rxfh_fields *fields))
{
	struct ethtool_rxfh_fields fields = { .flow_type = info->flow_type };
	int err;

	err = get(dev, &fields);
	if (!err)
		info->data = fields.data;
	return err;
}

static inline int
rdmabp_ethtool_set_rxfh_fields(struct net_device *dev,
			       const struct ethtool_rxnfc *info,
			       int (*set)(struct net_device *dev,
					  const struct ethtool_rxfh_fields *fields,
					  struct netlink_ext_ack *extack))
{
	const struct ethtool_rxfh_fields fields = {
		.data = info->data,
		.flow_type = info->flow_type,
	};

	return set(dev, &fields, NULL);
}
#endif /* !HAVE_ETHTOOL_RXFH_FIELDS */

#ifndef HAVE_ETHTOOL_TS_STATS
/*
 * Undoes: "ethtool: add interface to read Tx hardware timestamping
 * statistics" (v6.10). Selected by: !HAVE_ETHTOOL_TS_STATS.
 * The type only, as 7.2.13 lays it out, for the driver's code that fills
 * one: such a kernel never asks (patches/quilt/mlx5e-no-ts-stats.patch).
 */
struct ethtool_ts_stats {
	struct_group(tx_stats,
		u64 pkts;
		u64 onestep_pkts_unconfirmed;
		u64 lost;
		u64 err;
	);
};
#endif /* !HAVE_ETHTOOL_TS_STATS */

#ifndef HAVE_ETHTOOL_LINK_EXT_STATS
/*
 * Undoes: "ethtool: linkstate: add a statistic for PHY down events"
 * (v6.2). Selected by: !HAVE_ETHTOOL_LINK_EXT_STATS.
 * The type only, for the driver's code that fills one: such a kernel never
 * asks (patches/quilt/mlx5e-no-link-ext-stats.patch).
 */
struct ethtool_link_ext_stats {
	u64 link_down_events;
};
#endif /* !HAVE_ETHTOOL_LINK_EXT_STATS */

#endif /* _RDMABP_LINUX_ETHTOOL_H */
