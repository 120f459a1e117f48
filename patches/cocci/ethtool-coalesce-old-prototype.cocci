// ethtool coalescing callbacks in the form of an older ethtool core
//
// Undoes: "ethtool: extend coalesce setting uAPI with CQE mode" (v5.15).
// Selected by: !HAVE_ETHTOOL_COALESCE_KERNEL.
// Why not a header: the prototypes are those of the target kernel's struct
// ethtool_ops, and every driver's table names its own callbacks. Each pair
// of callbacks that takes a struct kernel_ethtool_coalesce and an extack
// gets a front of the older form in front of its table. As the newer core
// does (netlink and ioctl alike), the set front first reads the current
// settings with the driver's get callback, so that the settings such a
// kernel cannot carry (CQE mode, TX aggregation) are handed back unchanged
// rather than reset; the get front drops them. Such a kernel has no
// attribute for them: they cannot be read or set (the type is in
// include/linux/ethtool.h; mlx5e's CQE mode stays settable through its
// rx_cqe_moder/tx_cqe_moder private flags), and a driver's messages for
// an extack are not reported.

@fn@
identifier GETC, dev, ec, kec, extack;
@@
int GETC(struct net_device *dev, struct ethtool_coalesce *ec,
	 struct kernel_ethtool_coalesce *kec, struct netlink_ext_ack *extack)
{
	...
}

@ops@
identifier OPS, fn.GETC, SETC;
fresh identifier GETW = GETC ## "_old";
fresh identifier SETW = SETC ## "_old";
@@
+static int GETW(struct net_device *dev, struct ethtool_coalesce *ec)
+{
+	struct kernel_ethtool_coalesce kec = {};
+
+	return GETC(dev, ec, &kec, NULL);
+}
+
+static int SETW(struct net_device *dev, struct ethtool_coalesce *ec)
+{
+	struct kernel_ethtool_coalesce kec = {};
+	struct ethtool_coalesce cur = {};
+
+	GETC(dev, &cur, &kec, NULL);
+	return SETC(dev, ec, &kec, NULL);
+}
+
const struct ethtool_ops OPS = {
-	.get_coalesce = GETC,
+	.get_coalesce = GETW,
-	.set_coalesce = SETC,
+	.set_coalesce = SETW,
};
