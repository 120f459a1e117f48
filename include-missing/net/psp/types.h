/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/psp/types.h> for kernels without the PSP security protocol.
 *
 * Undoes: "psp: base PSP device support" (v6.18), which added the header.
 * Selected by: !HAVE_HEADER_NET_PSP_TYPES_H.
 * Without CONFIG_INET_PSP the drivers build no PSP offload (MLX5_EN_PSP is
 * off); mlx5's en.h still includes this header and keeps a pointer to its
 * PSP state, so an empty header is all that is needed.
 */
#ifndef _RDMABP_NET_PSP_TYPES_H
#define _RDMABP_NET_PSP_TYPES_H

struct psp_dev;
struct psp_assoc;

#endif /* _RDMABP_NET_PSP_TYPES_H */
