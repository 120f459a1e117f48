// consumers: the kernel-only device capabilities in kernel_cap_flags
//
// Undoes: "RDMA: Split kernel-only global device caps from uverbs device caps" (v5.19)
// for the target's own source of rpcrdma, nvme-rdma, nvmet-rdma and
// rds_rdma, which test them in device_cap_flags.
// Selected by: !HAVE_IB_KERNEL_CAP_FLAGS.
// Why not a header: the project's core sets IBK_SG_GAPS_REG,
// IBK_INTEGRITY_HANDOVER and IBK_ON_DEMAND_PAGING in
// ib_device_attr.kernel_cap_flags and never in device_cap_flags, and a
// macro cannot move a member access to another member. A test of one of
// the flags that moved (IB_DEVICE_X -> IBK_X) reads kernel_cap_flags.
// The rule runs on the target's own source of one series
// (upstream/consumers-src/SERIES); scripts/dist-cocci materialises it
// per series (patches/generated/consumers/SERIES/).

// A moved flag tested in device_cap_flags is IBK_X, ...
@@
expression A;
@@
 \( A.device_cap_flags \| A->device_cap_flags \) &
(
- IB_DEVICE_LOCAL_DMA_LKEY
+ IBK_LOCAL_DMA_LKEY
|
- IB_DEVICE_INTEGRITY_HANDOVER
+ IBK_INTEGRITY_HANDOVER
|
- IB_DEVICE_ON_DEMAND_PAGING
+ IBK_ON_DEMAND_PAGING
|
- IB_DEVICE_SG_GAPS_REG
+ IBK_SG_GAPS_REG
|
- IB_DEVICE_ALLOW_USER_UNREG
+ IBK_ALLOW_USER_UNREG
|
- IB_DEVICE_BLOCK_MULTICAST_LOOPBACK
+ IBK_BLOCK_MULTICAST_LOOPBACK
|
- IB_DEVICE_UD_TSO
+ IBK_UD_TSO
|
- IB_DEVICE_VIRTUAL_FUNCTION
+ IBK_VIRTUAL_FUNCTION
|
- IB_DEVICE_RDMA_NETDEV_OPA
+ IBK_RDMA_NETDEV_OPA
)

// ... and is tested in kernel_cap_flags (an IBK_ flag is no uverbs flag:
// the target's own source never tests one in device_cap_flags).
@@
expression A;
identifier K =~ "^IBK_";
@@
(
  A.
- device_cap_flags
+ kernel_cap_flags
  & K
|
  A->
- device_cap_flags
+ kernel_cap_flags
  & K
)
