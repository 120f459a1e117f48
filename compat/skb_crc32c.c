// SPDX-License-Identifier: GPL-2.0
/*
 * skb_crc32c() for kernels without it.
 *
 * Undoes: "net: add skb_crc32c()" (v6.16).
 * Selected by: !HAVE_SKB_CRC32C.
 * Why not a header: the checksum walker needs a table of callbacks that
 * must live somewhere; it is one per module if inlined.
 */
#include <linux/crc32.h>
#include <linux/crc32c.h>
#include <linux/module.h>
#include <linux/skbuff.h>

#ifndef HAVE_SKB_CRC32C

static __wsum rdmabp_crc32c_update(const void *mem, int len, __wsum crc)
{
	return (__force __wsum)crc32c((__force u32)crc, mem, len);
}

static __wsum rdmabp_crc32c_combine(__wsum crc1, __wsum crc2, int offset,
				    int len2)
{
	return (__force __wsum)__crc32c_le_combine((__force u32)crc1,
						   (__force u32)crc2, len2);
}

static const struct skb_checksum_ops rdmabp_crc32c_ops = {
	.update  = rdmabp_crc32c_update,
	.combine = rdmabp_crc32c_combine,
};

u32 rdmabp_skb_crc32c(const struct sk_buff *skb, int offset, int len, u32 crc)
{
	return (__force u32)__skb_checksum(skb, offset, len, (__force __wsum)crc,
					   &rdmabp_crc32c_ops);
}
EXPORT_SYMBOL_GPL(rdmabp_skb_crc32c);

#endif /* !HAVE_SKB_CRC32C */
