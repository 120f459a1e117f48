// mlx5e, mlx5 IPoIB: the RX flow hash fields through get_rxnfc/set_rxnfc
//
// Undoes: "net: ethtool: add dedicated callbacks for getting and setting
// rxfh fields" (v6.16).
// Selected by: !HAVE_ETHTOOL_RXFH_FIELDS.
// Why not a header: members of struct ethtool_ops that such a kernel does
// not have; it asks for the hash fields with ETHTOOL_GRXFH/ETHTOOL_SRXFH
// through get_rxnfc()/set_rxnfc(). Each driver's rxnfc callbacks get a
// front that passes those two commands to its rxfh fields callbacks
// (rdmabp_ethtool_get/set_rxfh_fields(), include/linux/ethtool.h) and
// everything else to the callbacks as they were. Such a kernel has no
// per-context hash fields.

@ops@
identifier OPS, GETF, SETF, GETN, SETN;
fresh identifier GETW = GETN ## "_rxfh_fields";
fresh identifier SETW = SETN ## "_rxfh_fields";
@@
const struct ethtool_ops OPS = {
-	.get_rxfh_fields = GETF,
-	.set_rxfh_fields = SETF,
-	.get_rxnfc = GETN,
+	.get_rxnfc = GETW,
-	.set_rxnfc = SETN,
+	.set_rxnfc = SETW,
};

@depends on ops@
identifier ops.GETN, ops.GETF, ops.GETW, dev, info, locs;
@@
int GETN(struct net_device *dev, struct ethtool_rxnfc *info, u32 *locs)
{
	...
}
+
+static int GETW(struct net_device *dev, struct ethtool_rxnfc *info, u32 *locs)
+{
+	if (info->cmd == ETHTOOL_GRXFH)
+		return rdmabp_ethtool_get_rxfh_fields(dev, info, GETF);
+	return GETN(dev, info, locs);
+}

@depends on ops@
identifier ops.SETN, ops.SETF, ops.SETW, dev, info;
@@
int SETN(struct net_device *dev, struct ethtool_rxnfc *info)
{
	...
}
+
+static int SETW(struct net_device *dev, struct ethtool_rxnfc *info)
+{
+	if (info->cmd == ETHTOOL_SRXFH)
+		return rdmabp_ethtool_set_rxfh_fields(dev, info, SETF);
+	return SETN(dev, info);
+}

// Per-context hash fields: such a kernel has no RSS contexts to ask for.
@@
identifier OPS;
expression E;
@@
const struct ethtool_ops OPS = {
-	.rxfh_per_ctx_fields = E,
};
