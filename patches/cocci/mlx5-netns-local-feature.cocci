// mlx5: "cannot change network namespace" as the NETIF_F_NETNS_LOCAL feature
//
// Undoes: "netdev_features: convert NETIF_F_NETNS_LOCAL to dev->netns_local" (v6.12)
// and "net: rename netns_local to netns_immutable" (v6.15, in 6.12.118).
// Selected by: !HAVE_NETDEV_NETNS_IMMUTABLE.
// Why not a header: a member of struct net_device that such a kernel does
// not have; it keeps the same property as a feature bit, which its
// dev_change_net_namespace() checks. Inside ndo_fix_features the bit goes
// into the features being fixed (the core writes them back to
// dev->features afterwards); elsewhere into dev->features
// (rdmabp_netdev_set_netns_immutable(), <linux/netdevice.h>).

@fix@
typedef netdev_features_t;
identifier FN, DEV, FEATURES;
expression E;
@@
netdev_features_t FN(struct net_device *DEV, netdev_features_t FEATURES)
{
<...
(
- E->netns_immutable = true;
+ FEATURES |= NETIF_F_NETNS_LOCAL;
|
- E->netns_immutable = false;
+ FEATURES &= ~NETIF_F_NETNS_LOCAL;
)
...>
}

@@
expression E, V;
@@
- E->netns_immutable = V;
+ rdmabp_netdev_set_netns_immutable(E, V);
