// mlx5e: page pools without their NAPI, netdev and queue
//
// Undoes: "net: page_pool: record pools per netdev" (v6.8), with
// page_pool_params::napi ("page_pool: allow direct recycling from NAPI",
// v6.5) and ::queue_idx (devmem TCP, v6.12) that 6.12 has beside it.
// Selected by: !HAVE_PAGE_POOL_PARAMS_NETDEV.
// Why not a header: members of struct page_pool_params that such a kernel
// does not have. Its pools are not listed per netdev (no netdev netlink
// family), recycle directly only where the driver says so (mlx5e does, with
// page_pool_recycle_direct() from its NAPI), and have no memory providers.

@@
struct page_pool_params PP;
expression E;
@@
(
- PP.napi = E;
|
- PP.netdev = E;
|
- PP.queue_idx = E;
)
