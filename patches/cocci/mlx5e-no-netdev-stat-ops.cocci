// mlx5e: no per-queue statistics table
//
// Undoes: "netdev: add per-queue statistics" (v6.9).
// Selected by: !HAVE_NETDEV_STAT_OPS.
// Why not a header: a member of struct net_device that such a kernel does
// not have; it has no netdev netlink family to ask a driver for per-queue
// statistics. The table stays defined (its types from
// <net/netdev_queues.h>) and is not installed; ethtool -S is unchanged.
// The assignment becomes a use of the table in place rather than going:
// spatch 1.1 keeps the blank line before a removed statement and 1.3
// removes it, and the materialised patch must not depend on which ran
// (tests/67-dist-cocci-versions.t).

@@
expression DEV, OPS;
@@
- DEV->stat_ops = OPS;
+ (void)OPS;
