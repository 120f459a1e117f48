/* SPDX-License-Identifier: GPL-2.0 */
/* <net/xdp_sock.h> with the AF_XDP TX metadata types of newer kernels. */
#ifndef _RDMABP_NET_XDP_SOCK_H
#define _RDMABP_NET_XDP_SOCK_H

#include_next <net/xdp_sock.h>

#ifndef HAVE_XSK_TX_METADATA
/*
 * Undoes: "xsk: Add TX timestamp and TX checksum offload support" (v6.8).
 * Selected by: !HAVE_XSK_TX_METADATA.
 * The types only, as 7.2.13 lays them out (struct mlx5e_xdp_info holds a
 * completion): such a kernel's AF_XDP has no TX metadata area, and the
 * calls of <net/xdp_sock_drv.h> never find any.
 */
struct xsk_tx_metadata {
	__u64 flags;
	union {
		struct {
			__u16 csum_start;
			__u16 csum_offset;
		} request;
		struct {
			__u64 tx_timestamp;
		} completion;
	};
};

struct xsk_tx_metadata_compl {
	__u64 *tx_timestamp;
};

struct xsk_tx_metadata_ops {
	void (*tmo_request_timestamp)(void *priv);
	u64 (*tmo_fill_timestamp)(void *priv);
	void (*tmo_request_checksum)(u16 csum_start, u16 csum_offset,
				     void *priv);
};
#endif /* !HAVE_XSK_TX_METADATA */

#endif /* _RDMABP_NET_XDP_SOCK_H */
