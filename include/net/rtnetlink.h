/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/rtnetlink.h> with the packed newlink() parameters of newer kernels.
 */
#ifndef _RDMABP_NET_RTNETLINK_H
#define _RDMABP_NET_RTNETLINK_H

#include_next <net/rtnetlink.h>

#ifndef HAVE_RTNL_NEWLINK_PARAMS
/*
 * Undoes: "rtnetlink: Pack newlink() params into struct" (v6.15).
 * Selected by: !HAVE_RTNL_NEWLINK_PARAMS. The structure lets a driver's
 * newlink() keep its new body; the driver's rtnl_link_ops still need the
 * old prototype, which patches/quilt/ipoib-newlink-old-prototype.patch
 * gives ipoib. Such a kernel passes only the source namespace.
 */
struct rtnl_newlink_params {
	struct net *src_net;
	struct net *link_net;
	struct net *peer_net;
	struct nlattr **tb;
	struct nlattr **data;
};

static inline struct net *rtnl_newlink_link_net(struct rtnl_newlink_params *p)
{
	return p->link_net ? : p->src_net;
}

static inline struct net *rtnl_newlink_peer_net(struct rtnl_newlink_params *p)
{
	return p->peer_net ? : rtnl_newlink_link_net(p);
}
#endif /* !HAVE_RTNL_NEWLINK_PARAMS */

#endif /* _RDMABP_NET_RTNETLINK_H */
