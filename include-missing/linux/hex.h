/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/hex.h> for kernels that declare the hex helpers in <linux/kernel.h>.
 *
 * Undoes: "kernel.h: split the hexadecimal related helpers to hex.h" (v6.4):
 * the move of the hex helpers (hex_asc[], hex_byte_pack(), hex_to_bin(),
 * hex2bin(), bin2hex()) out of <linux/kernel.h> into a header of their own
 * (posted 2023-03-23 in the v6.3 cycle, through the -mm tree; the release
 * is inferred from that date; absent in 6.1.192, present in 6.12.118).
 * Selected by: !HAVE_HEADER_LINUX_HEX_H.
 * Such a kernel has the same helpers in <linux/kernel.h>.
 */
#ifndef _RDMABP_LINUX_HEX_H
#define _RDMABP_LINUX_HEX_H

#include <linux/kernel.h>

#endif /* _RDMABP_LINUX_HEX_H */
