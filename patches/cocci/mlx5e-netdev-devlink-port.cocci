// mlx5e: the netdev's devlink port without net_device::devlink_port
//
// Undoes: "net: devlink: track netdev with devlink_port assigned" (v6.2).
// Selected by: !HAVE_NETDEV_DEVLINK_PORT.
// Why not a header: a member of struct net_device and a net_device_ops
// callback. Such a kernel asks the driver for a netdev's devlink port
// (ndo_get_devlink_port(), for the port's name and switch id), and the
// driver tells devlink which netdev a port has. SET_NETDEV_DEVLINK_PORT()
// and the calls below are in include/net/devlink.h; this rule reads the
// port through them, gives the netdev ops that callback, and registers
// and unregisters such a netdev with its port, in the files that set one.

@sets@
expression N, P;
@@
SET_NETDEV_DEVLINK_PORT(N, P)

@depends on sets@
identifier OPS, F;
@@
const struct net_device_ops OPS = {
	.ndo_open = F,
+	.ndo_get_devlink_port = rdmabp_netdev_devlink_port,
};

@depends on sets@
expression E;
@@
- register_netdev(E)
+ rdmabp_register_netdev_devlink_port(E)

@depends on sets@
expression E;
@@
- unregister_netdev(E)
+ rdmabp_unregister_netdev_devlink_port(E)

@@
struct net_device *D;
@@
- D->devlink_port
+ rdmabp_netdev_devlink_port(D)

// The same through a struct's netdev member (priv->netdev, rq->netdev),
// whose type spatch does not always infer from a header.
@@
expression E;
@@
- E->netdev->devlink_port
+ rdmabp_netdev_devlink_port(E->netdev)
