// ethtool ring callbacks in the form of an older ethtool core
//
// Undoes: "ethtool: extend ringparam setting/getting API with rx_buf_len"
// (v5.17).
// Selected by: !HAVE_ETHTOOL_RINGPARAM_KERNEL.
// Why not a header: the prototypes are those of the target kernel's struct
// ethtool_ops, and every driver's table names its own callbacks. Each pair
// of callbacks that takes a struct kernel_ethtool_ringparam and an extack
// gets a front of the older form in front of its table. As the newer core
// does, the set front first reads the current settings with the driver's
// get callback, so that the ring settings such a kernel cannot carry (RX
// buffer length, header split, CQE size, push) are handed back unchanged;
// the get front drops them. Such a kernel has no attribute for them: they
// cannot be read or set (the type is in include/linux/ethtool.h), and a
// driver's messages for an extack are not reported.

@fn@
identifier GETR, dev, rp, krp, extack;
@@
void GETR(struct net_device *dev, struct ethtool_ringparam *rp,
	  struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *extack)
{
	...
}

@ops@
identifier OPS, fn.GETR, SETR;
fresh identifier GETW = GETR ## "_old";
fresh identifier SETW = SETR ## "_old";
@@
+static void GETW(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	struct kernel_ethtool_ringparam krp = {};
+
+	GETR(dev, rp, &krp, NULL);
+}
+
+static int SETW(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	struct kernel_ethtool_ringparam krp = {};
+	struct ethtool_ringparam cur = {};
+
+	GETR(dev, &cur, &krp, NULL);
+	return SETR(dev, rp, &krp, NULL);
+}
+
const struct ethtool_ops OPS = {
-	.get_ringparam = GETR,
+	.get_ringparam = GETW,
-	.set_ringparam = SETR,
+	.set_ringparam = SETW,
};
