// mlx5e: no XDP RX metadata table
//
// Undoes: "xdp: Add new xdp_metadata_ops" (v6.3).
// Selected by: !HAVE_XDP_METADATA_OPS.
// Why not a header: a member of struct net_device that such a kernel does
// not have; it has no XDP RX metadata kfuncs, so no BPF program can ask for
// a packet's timestamp, hash or VLAN tag. XDP itself is unchanged.

@@
expression DEV, OPS;
@@
- DEV->xdp_metadata_ops = OPS;
