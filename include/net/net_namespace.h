/* SPDX-License-Identifier: GPL-2.0 */
/* <net/net_namespace.h> with the ns_common conversions of newer kernels. */
#ifndef _RDMABP_NET_NET_NAMESPACE_H
#define _RDMABP_NET_NET_NAMESPACE_H

#include_next <net/net_namespace.h>

#ifndef HAVE_TO_NET_NS
/*
 * Undoes: "ns: use ns_common in kobject namespaces" (v6.19), after which
 * kobj_ns_grab_current() returns a struct ns_common *.
 * Selected by: !HAVE_TO_NET_NS. On such a kernel the grabbed network
 * namespace is the struct net itself.
 */
static inline struct net *to_net_ns(void *ns)
{
	return ns;
}

/*
 * Undoes: the same change for kobj_ns_drop(), which takes the struct
 * ns_common * of what kobj_ns_grab_current() returned. Selected by:
 * !HAVE_TO_NET_NS. Such a kernel's net_drop_ns() takes the struct net
 * itself: given &net->ns (to_ns_common()), it would put a reference on
 * the wrong address.
 */
#include <linux/kobject_ns.h>

static inline void rdmabp_kobj_ns_drop(enum kobj_ns_type type,
				       struct ns_common *ns)
{
	if (type == KOBJ_NS_TYPE_NET && ns)
		kobj_ns_drop(type, container_of(ns, struct net, ns));
	else
		kobj_ns_drop(type, ns);
}
#define kobj_ns_drop rdmabp_kobj_ns_drop
#endif /* !HAVE_TO_NET_NS */

/* Where the kernel defines to_ns_common() (6.12: nsproxy.h; 7.x: ns_common.h). */
#include <linux/ns_common.h>
#include <linux/nsproxy.h>

#ifndef HAVE_TO_NS_COMMON
/*
 * Undoes: "nsproxy: add helper to go from arbitrary namespace to
 * ns_common" (v6.11).
 * Selected by: !HAVE_TO_NS_COMMON. The only caller among the pinned
 * modules (ib_srp) takes it of a struct net, which has its struct
 * ns_common as member ns on every target.
 */
#define to_ns_common(__ns)	(&(__ns)->ns)
#endif /* !HAVE_TO_NS_COMMON */

#ifndef HAVE_REGISTER_NET_SYSCTL_SZ
/*
 * Undoes: "sysctl: Add size to register_net_sysctl function" (v6.6).
 * Selected by: !HAVE_REGISTER_NET_SYSCTL_SZ. Such a kernel's
 * register_net_sysctl() finds the end of a table by an empty entry, which
 * the tables of the pinned modules no longer have (ib_ucm's and iw_cm's are
 * one entry long): registered as they are, the kernel would read past them.
 * The shim registers a copy with the empty entry added, and frees the copy
 * (the header's ctl_table_arg, as the net core's own per-namespace tables
 * do) after unregistering it. The copy's empty entry carries a mark
 * (maxlen), so that only copies are freed.
 *
 * The target's own source (the in-tree RDMA users rebuilt from it, e.g.
 * 6.1's smc) passes a pointer to a table it ended with an empty entry and
 * frees itself what it allocated: that table is registered as it is.
 */
#include <linux/slab.h>
#include <linux/sysctl.h>

#define RDMABP_SYSCTL_COPY_MARK	0x52444d41	/* "RDMA" */
/* A table's entries; SIZE_MAX for a pointer (a table ended by an empty entry) */
#define RDMABP_SYSCTL_ENTRIES(table)					\
	__builtin_choose_expr(__same_type(table, &(table)[0]), SIZE_MAX,	\
			      sizeof(table) / (sizeof((table)[0]) ?: 1))

static inline struct ctl_table_header *
rdmabp_register_net_sysctl_sz(struct net *net, const char *path,
			      const struct ctl_table *table, size_t table_size)
{
	struct ctl_table_header *hdr;
	struct ctl_table *copy;

	if (table_size == SIZE_MAX)
		return register_net_sysctl(net, path, (struct ctl_table *)table);
	/* an array of the target's own source ends with its empty entry */
	while (table_size && !table[table_size - 1].procname)
		table_size--;
	/* table_size entries and the marked empty one that ends them */
	copy = kcalloc(table_size + 1, sizeof(*copy), GFP_KERNEL);
	if (!copy)
		return NULL;
	memcpy(copy, table, table_size * sizeof(*copy));
	copy[table_size].maxlen = RDMABP_SYSCTL_COPY_MARK;
	hdr = register_net_sysctl(net, path, copy);
	if (!hdr)
		kfree(copy);
	return hdr;
}

static inline void
rdmabp_unregister_net_sysctl_table(struct ctl_table_header *header)
{
	struct ctl_table *table, *end;

	if (!header)
		return;
	table = header->ctl_table_arg;
	for (end = table; end->procname; end++)
		;
	unregister_net_sysctl_table(header);
	if (end->maxlen == RDMABP_SYSCTL_COPY_MARK)
		kfree(table);
}

#define register_net_sysctl_sz rdmabp_register_net_sysctl_sz
#define register_net_sysctl(net, path, table) \
	rdmabp_register_net_sysctl_sz(net, path, table,			\
				      RDMABP_SYSCTL_ENTRIES(table))
#define unregister_net_sysctl_table rdmabp_unregister_net_sysctl_table
#endif /* !HAVE_REGISTER_NET_SYSCTL_SZ */

#endif /* _RDMABP_NET_NET_NAMESPACE_H */
