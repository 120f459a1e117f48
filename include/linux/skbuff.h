/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/skbuff.h> with the CRC32C helper of newer kernels. */
#ifndef _RDMABP_LINUX_SKBUFF_H
#define _RDMABP_LINUX_SKBUFF_H

#include_next <linux/skbuff.h>

#ifndef HAVE_SKB_CRC32C
/*
 * Undoes: "net: add skb_crc32c()" (v6.16).
 * Selected by: !HAVE_SKB_CRC32C. Implemented in the compat module
 * (compat/skb_crc32c.c) over __skb_checksum() and crc32c().
 */
u32 rdmabp_skb_crc32c(const struct sk_buff *skb, int offset, int len, u32 crc);
#define skb_crc32c rdmabp_skb_crc32c
#endif /* !HAVE_SKB_CRC32C */

#endif /* _RDMABP_LINUX_SKBUFF_H */
