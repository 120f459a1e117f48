// mlx5: hardware timestamping configuration through ndo_eth_ioctl
//
// Undoes: "net: add NDOs for configuring hardware timestamping" (v6.6).
// Selected by: !HAVE_NDO_HWTSTAMP_GET.
// Why not a header: a member of struct net_device_ops that such a kernel
// does not have; its core hands SIOCGHWTSTAMP/SIOCSHWTSTAMP to
// ndo_eth_ioctl. Each ops table (mlx5e, mlx5 IPoIB and its child
// interfaces) gets an ndo_eth_ioctl wrapper that passes both requests to
// the driver's own ndo_hwtstamp_get/set through rdmabp_ndo_hwtstamp_ioctl()
// (compat/hwtstamp.c). None of these tables has an ndo_eth_ioctl of its own.
// The wrapper takes the place of ndo_hwtstamp_set, not of _get: put after
// _get, with _set removed below it, spatch 1.1 leaves a line of blanks in
// mlx5e's table and 1.3 a trailing blank, and the materialised patch must
// not depend on which spatch ran (tests/67-dist-cocci-versions.t).

@ops@
identifier OPS, GET, SET;
fresh identifier IOCTL = "rdmabp_eth_ioctl_" ## GET;
@@
+static int IOCTL(struct net_device *dev, struct ifreq *ifr, int cmd)
+{
+	return rdmabp_ndo_hwtstamp_ioctl(dev, ifr, cmd, GET, SET);
+}
+
const struct net_device_ops OPS = {
	...,
-	.ndo_hwtstamp_get = GET,
	...,
-	.ndo_hwtstamp_set = SET,
+	.ndo_eth_ioctl = IOCTL,
	...
};
