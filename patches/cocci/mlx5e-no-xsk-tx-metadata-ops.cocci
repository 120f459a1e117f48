// mlx5e: no AF_XDP TX metadata table
//
// Undoes: "xsk: Add TX timestamp and TX checksum offload support" (v6.8).
// Selected by: !HAVE_XSK_TX_METADATA.
// Why not a header: a member of struct net_device that such a kernel does
// not have; its AF_XDP sockets carry no TX metadata (see
// <net/xdp_sock_drv.h>). AF_XDP zero-copy itself is unchanged.

@@
expression DEV, OPS;
@@
- DEV->xsk_tx_metadata_ops = OPS;
