/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/psp.h> for kernels without the PSP security protocol.
 *
 * Undoes: "psp: base PSP device support" (v6.18), which added the header.
 * Selected by: !HAVE_HEADER_NET_PSP_H.
 * mlx5's en_accel/psp_rxtx.h includes it whether or not MLX5_EN_PSP is
 * set; with PSP off nothing of it is used.
 */
#ifndef _RDMABP_NET_PSP_H
#define _RDMABP_NET_PSP_H

#include <net/psp/types.h>

#endif /* _RDMABP_NET_PSP_H */
