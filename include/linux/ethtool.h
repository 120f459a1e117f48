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

#ifndef HAVE_ETHTOOL_SPRINTF
/*
 * Undoes: "ethtool: Add common function for filling out strings" (v5.13).
 * Selected by: !HAVE_ETHTOOL_SPRINTF. As the kernel's own: one formatted
 * string of ETH_GSTRING_LEN bytes, and the cursor moved past it.
 */
static inline __printf(2, 3) void ethtool_sprintf(u8 **data, const char *fmt,
						  ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(*data, ETH_GSTRING_LEN, fmt, args);
	va_end(args);

	*data += ETH_GSTRING_LEN;
}
#endif /* !HAVE_ETHTOOL_SPRINTF */

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

#ifndef HAVE_ETHTOOL_RINGPARAM_KERNEL
/*
 * Undoes: "ethtool: extend ringparam setting/getting API with rx_buf_len"
 * (v5.17). Selected by: !HAVE_ETHTOOL_RINGPARAM_KERNEL.
 * The type only, as 7.2.13 lays it out, for a driver's own functions that
 * take one: such a kernel's get_ringparam/set_ringparam callbacks have no
 * such argument (patches/cocci/ethtool-ringparam-old-prototype.cocci) and
 * no ring setting beyond struct ethtool_ringparam.
 */
struct kernel_ethtool_ringparam {
	u32	rx_buf_len;
	u8	tcp_data_split;
	u8	tx_push;
	u8	rx_push;
	u32	cqe_size;
	u32	tx_push_buf_len;
	u32	tx_push_buf_max_len;
	u32	hds_thresh;
	u32	hds_thresh_max;
};
#endif /* !HAVE_ETHTOOL_RINGPARAM_KERNEL */

#ifndef HAVE_ETHTOOL_COALESCE_KERNEL
/*
 * Undoes: "ethtool: extend coalesce setting uAPI with CQE mode" (v5.15).
 * Selected by: !HAVE_ETHTOOL_COALESCE_KERNEL.
 * The type only, as 7.2.13 lays it out, for a driver's own functions that
 * take one: such a kernel's get_coalesce/set_coalesce callbacks have no
 * such argument (patches/cocci/ethtool-coalesce-old-prototype.cocci) and
 * no CQE mode or TX aggregation setting.
 */
struct kernel_ethtool_coalesce {
	u8 use_cqe_mode_tx;
	u8 use_cqe_mode_rx;
	u32 tx_aggr_max_bytes;
	u32 tx_aggr_max_frames;
	u32 tx_aggr_time_usecs;
	u32 rx_cqe_frames;
	u32 rx_cqe_nsecs;
};

/*
 * The driver's supported_coalesce_params bits for the CQE mode: none, as
 * such a kernel has no such parameter to accept.
 */
#define ETHTOOL_COALESCE_USE_CQE_RX	0
#define ETHTOOL_COALESCE_USE_CQE_TX	0
#define ETHTOOL_COALESCE_USE_CQE	0
#endif /* !HAVE_ETHTOOL_COALESCE_KERNEL */

#ifndef HAVE_ETHTOOL_ETH_STATS
/*
 * Undoes: "ethtool: add a new command for reading standard stats" (v5.13).
 * Selected by: !HAVE_ETHTOOL_ETH_STATS.
 * The types only, as 7.2.13 lays them out but without the MAC merge
 * source (v6.3, which no driver code here sets), for the driver's code
 * that fills one: such a kernel never asks
 * (patches/quilt/mlx5e-no-standard-stats.patch).
 */
struct ethtool_eth_mac_stats {
	struct_group(stats,
		u64 FramesTransmittedOK;
		u64 SingleCollisionFrames;
		u64 MultipleCollisionFrames;
		u64 FramesReceivedOK;
		u64 FrameCheckSequenceErrors;
		u64 AlignmentErrors;
		u64 OctetsTransmittedOK;
		u64 FramesWithDeferredXmissions;
		u64 LateCollisions;
		u64 FramesAbortedDueToXSColls;
		u64 FramesLostDueToIntMACXmitError;
		u64 CarrierSenseErrors;
		u64 OctetsReceivedOK;
		u64 FramesLostDueToIntMACRcvError;
		u64 MulticastFramesXmittedOK;
		u64 BroadcastFramesXmittedOK;
		u64 FramesWithExcessiveDeferral;
		u64 MulticastFramesReceivedOK;
		u64 BroadcastFramesReceivedOK;
		u64 InRangeLengthErrors;
		u64 OutOfRangeLengthField;
		u64 FrameTooLongErrors;
	);
};

struct ethtool_eth_phy_stats {
	struct_group(stats,
		u64 SymbolErrorDuringCarrier;
	);
};

struct ethtool_eth_ctrl_stats {
	struct_group(stats,
		u64 MACControlFramesTransmitted;
		u64 MACControlFramesReceived;
		u64 UnsupportedOpcodesReceived;
	);
};
#endif /* !HAVE_ETHTOOL_ETH_STATS */

#ifndef HAVE_ETHTOOL_RMON_STATS
/*
 * Undoes: "ethtool: add interface to read RMON stats" (v5.13).
 * Selected by: !HAVE_ETHTOOL_RMON_STATS.
 * The types only, as 7.2.13 lays them out but without the MAC merge
 * source, for the driver's code that fills one: such a kernel never asks
 * (patches/quilt/mlx5e-no-standard-stats.patch).
 */
struct ethtool_rmon_hist_range {
	u16 low;
	u16 high;
};

#define ETHTOOL_RMON_HIST_MAX	11

struct ethtool_rmon_stats {
	struct_group(stats,
		u64 undersize_pkts;
		u64 oversize_pkts;
		u64 fragments;
		u64 jabbers;

		u64 hist[ETHTOOL_RMON_HIST_MAX];
		u64 hist_tx[ETHTOOL_RMON_HIST_MAX];
	);
};
#endif /* !HAVE_ETHTOOL_RMON_STATS */

#ifndef HAVE_ETHTOOL_FEC_STATS
/*
 * Undoes: "ethtool: add FEC statistics" (v5.13).
 * Selected by: !HAVE_ETHTOOL_FEC_STATS.
 * The type only, as 7.2.13 lays it out, for the driver's code that fills
 * one: such a kernel never asks (patches/quilt/mlx5e-no-standard-stats.patch).
 */
struct ethtool_fec_stats {
	struct ethtool_fec_stat {
		u64 total;
		u64 lanes[ETHTOOL_MAX_LANES];
	} corrected_blocks, uncorrectable_blocks, corrected_bits;
};
#endif /* !HAVE_ETHTOOL_FEC_STATS */

#ifndef HAVE_ETHTOOL_MODULE_EEPROM_BY_PAGE
/*
 * Undoes: "ethtool: Allow network drivers to dump arbitrary EEPROM data"
 * (v5.13). Selected by: !HAVE_ETHTOOL_MODULE_EEPROM_BY_PAGE.
 * The type and limits only, as 7.2.13 has them, for the driver's code
 * that reads a page: such a kernel reads a module's EEPROM through
 * get_module_info/get_module_eeprom only and never asks for a page
 * (patches/quilt/mlx5e-no-standard-stats.patch).
 */
#define ETH_MODULE_EEPROM_PAGE_LEN	128
#define ETH_MODULE_MAX_I2C_ADDRESS	0x7f

struct ethtool_module_eeprom {
	u32	offset;
	u32	length;
	u8	page;
	u8	bank;
	u8	i2c_address;
	u8	*data;
};
#endif /* !HAVE_ETHTOOL_MODULE_EEPROM_BY_PAGE */

#endif /* _RDMABP_LINUX_ETHTOOL_H */
