/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/hex.h> for kernels that declare the hex helpers in <linux/kernel.h>.
 *
 * Undoes: the move of the hex helpers (hex_asc[], hex_byte_pack(),
 * hex_to_bin(), hex2bin(), bin2hex()) out of <linux/kernel.h> into a header
 * of their own (after v6.1: absent in 6.1.192, present in 6.12.118).
 * Selected by: !HAVE_HEADER_LINUX_HEX_H.
 * Such a kernel has the same helpers in <linux/kernel.h>.
 */
#ifndef _RDMABP_LINUX_HEX_H
#define _RDMABP_LINUX_HEX_H

#include <linux/kernel.h>

#endif /* _RDMABP_LINUX_HEX_H */
