// SPDX-License-Identifier: GPL-2.0
/*
 * The RSS indirection table resize helpers for kernels without them.
 *
 * Undoes: "ethtool: Add RSS indirection table resize helpers" (v7.1:
 * ethtool_rxfh_indir_can_resize(), ethtool_rxfh_indir_resize(),
 * ethtool_rxfh_ctxs_can_resize(), ethtool_rxfh_ctxs_resize()) and
 * ethtool_rxfh_indir_lost() of "ethtool: Track user-provided RSS
 * indirection table size" (v7.1), patches 2 and 1 of one series.
 * Selected by: !HAVE_ETHTOOL_RXFH_INDIR_RESIZE, !HAVE_ETHTOOL_RXFH_INDIR_LOST.
 * Why not a header: the context walk takes the core's rss_lock.
 *
 * Such a kernel records only whether a table was set by the user
 * (IFF_RXFH_CONFIGURED for context 0, indir_configured for the others),
 * not the size the user gave. A user-set table is therefore taken to be
 * exactly as large as it is now: it may grow by a whole multiple (the
 * pattern is repeated, so traffic is spread as the user asked) but not
 * shrink. The newer core would allow folding back to the user's size; here
 * the driver refuses instead and asks the user to reset the table.
 */
#include <linux/ethtool.h>
#include <linux/netdevice.h>
#include <linux/rtnetlink.h>

#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE

static bool rdmabp_rxfh_is_periodic(const u32 *tbl, u32 old_size, u32 new_size)
{
	u32 i;

	for (i = new_size; i < old_size; i++)
		if (tbl[i] != tbl[i % new_size])
			return false;
	return true;
}

static bool rdmabp_rxfh_can_resize(const u32 *tbl, u32 old_size, u32 new_size,
				   u32 user_size)
{
	if (new_size == old_size || !user_size)
		return true;
	if (new_size < old_size)
		return new_size >= user_size && !(old_size % new_size) &&
		       rdmabp_rxfh_is_periodic(tbl, old_size, new_size);
	return !(new_size % old_size);
}

static void rdmabp_rxfh_resize(u32 *tbl, u32 old_size, u32 new_size)
{
	u32 i;

	for (i = old_size; i < new_size; i++)
		tbl[i] = tbl[i % old_size];
}

static u32 rdmabp_rxfh_user_size(struct net_device *dev, u32 size)
{
	return netif_is_rxfh_configured(dev) ? size : 0;
}

bool rdmabp_ethtool_rxfh_indir_can_resize(struct net_device *dev,
					  const u32 *tbl, u32 old_size,
					  u32 new_size)
{
	return rdmabp_rxfh_can_resize(tbl, old_size, new_size,
				      rdmabp_rxfh_user_size(dev, old_size));
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_indir_can_resize);

void rdmabp_ethtool_rxfh_indir_resize(struct net_device *dev, u32 *tbl,
				      u32 old_size, u32 new_size)
{
	if (netif_is_rxfh_configured(dev))
		rdmabp_rxfh_resize(tbl, old_size, new_size);
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_indir_resize);

#ifdef HAVE_ETHTOOL_RSS_CTX
int rdmabp_ethtool_rxfh_ctxs_can_resize(struct net_device *dev,
					u32 new_indir_size)
{
	struct ethtool_rxfh_context *ctx;
	unsigned long context;
	int ret = 0;

	/* Tables were allocated for rxfh_indir_space entries: no more. */
	if (!dev->ethtool_ops->rxfh_indir_space ||
	    new_indir_size > dev->ethtool_ops->rxfh_indir_space)
		return -EINVAL;

	mutex_lock(&dev->ethtool->rss_lock);
	xa_for_each(&dev->ethtool->rss_ctx, context, ctx) {
		u32 user_size = ctx->indir_configured ? ctx->indir_size : 0;

		if (!rdmabp_rxfh_can_resize(ethtool_rxfh_context_indir(ctx),
					    ctx->indir_size, new_indir_size,
					    user_size)) {
			ret = -EINVAL;
			break;
		}
	}
	mutex_unlock(&dev->ethtool->rss_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_ctxs_can_resize);

void rdmabp_ethtool_rxfh_ctxs_resize(struct net_device *dev, u32 new_indir_size)
{
	struct ethtool_rxfh_context *ctx;
	unsigned long context;

	mutex_lock(&dev->ethtool->rss_lock);
	xa_for_each(&dev->ethtool->rss_ctx, context, ctx) {
		rdmabp_rxfh_resize(ethtool_rxfh_context_indir(ctx),
				   ctx->indir_size, new_indir_size);
		ctx->indir_size = new_indir_size;
	}
	mutex_unlock(&dev->ethtool->rss_lock);
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_ctxs_resize);
#else
/*
 * Selected by: !HAVE_ETHTOOL_RSS_CTX as well. Before "net: ethtool: attach
 * an XArray of custom RSS contexts to a netdevice" (v6.11) the ethtool core
 * keeps no tables of custom contexts: there are none here to check or to
 * resize (a driver of such a kernel keeps its contexts itself).
 */
int rdmabp_ethtool_rxfh_ctxs_can_resize(struct net_device *dev,
					u32 new_indir_size)
{
	return 0;
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_ctxs_can_resize);

void rdmabp_ethtool_rxfh_ctxs_resize(struct net_device *dev, u32 new_indir_size)
{
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_ctxs_resize);
#endif /* HAVE_ETHTOOL_RSS_CTX */

#endif /* !HAVE_ETHTOOL_RXFH_INDIR_RESIZE */

#ifndef HAVE_ETHTOOL_RXFH_INDIR_LOST
/* Such a kernel has no RSS notification: the flag and the log are all. */
void rdmabp_ethtool_rxfh_indir_lost(struct net_device *dev)
{
	ASSERT_RTNL();
	netdev_err(dev, "device error, RSS indirection table lost\n");
	dev->priv_flags &= ~IFF_RXFH_CONFIGURED;
}
EXPORT_SYMBOL_GPL(rdmabp_ethtool_rxfh_indir_lost);
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_LOST */
