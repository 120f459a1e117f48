// SPDX-License-Identifier: GPL-2.0
/*
 * skb_mark_for_recycle() (the stack gives a page pool page back to its
 * pool when it frees the skb): "page_pool: Allow drivers to hint on SKB
 * recycling", v5.14 (the one-argument form probed here is 6.1's, after
 * "page_pool: keep pp info as long as page pool owns the page").
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 6a5bcd84e886, net-next v8 3/5 (patchwork bot's reply); a later
 * fix's log says drivers had to release page pool pages themselves
 * 'between v5.9 to v5.14, after which' they should mark the skb: v5.14.
 */
#include <linux/skbuff.h>

void rdmabp_probe(struct sk_buff *skb)
{
	skb_mark_for_recycle(skb);
}
