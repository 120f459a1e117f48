// mlx5e: mqprio offload without an extack
//
// Undoes: "net/sched: pass netlink extack to mqprio and taprio offload" (v6.4).
// Selected by: !HAVE_TC_MQPRIO_QOPT_OFFLOAD_EXTACK.
// Why not a header: a member of struct tc_mqprio_qopt_offload that such a
// kernel does not have. The driver's reasons for refusing a configuration
// are not reported to tc(8); the refusal itself is unchanged.

@@
struct tc_mqprio_qopt_offload *MQPRIO;
@@
- MQPRIO->extack
+ NULL
