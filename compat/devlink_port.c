// SPDX-License-Identifier: GPL-2.0
/*
 * Per-port devlink callbacks on kernels that ask struct devlink_ops.
 *
 * Undoes: "devlink: introduce port ops placeholder" (v6.5).
 * Selected by: !HAVE_DEVLINK_PORT_OPS. Ports are registered with the
 * instance lock held (devl_port_register(), v5.18, or the shim of
 * <net/devlink.h> before it).
 * Why not a header: such a kernel's struct devlink_port has no room for
 * the port's callbacks, and its devlink asks the instance's devlink_ops
 * for a port function's hardware address and state. The callbacks a
 * driver registers with a port are kept here, by port, from registration
 * to unregistration; the dispatchers, named in the driver's devlink_ops,
 * call the port's own callback, or answer -EOPNOTSUPP for a port without
 * one (which that devlink takes as "nothing to show", as the newer one
 * does for a port without the callback).
 */
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <net/devlink.h>

#ifndef HAVE_DEVLINK_PORT_OPS

/* Here the kernel's own calls are meant. */
#undef devl_port_unregister

struct rdmabp_port_ops {
	struct list_head node;
	struct devlink_port *port;
	const struct devlink_port_ops *ops;
};

static LIST_HEAD(rdmabp_port_ops_list);
static DEFINE_SPINLOCK(rdmabp_port_ops_lock);

static const struct devlink_port_ops *
rdmabp_port_ops_find(struct devlink_port *port)
{
	const struct devlink_port_ops *ops = NULL;
	struct rdmabp_port_ops *p;

	spin_lock(&rdmabp_port_ops_lock);
	list_for_each_entry(p, &rdmabp_port_ops_list, node) {
		if (p->port == port) {
			ops = p->ops;
			break;
		}
	}
	spin_unlock(&rdmabp_port_ops_lock);
	return ops;
}

int rdmabp_devl_port_register_with_ops(struct devlink *devlink,
				       struct devlink_port *devlink_port,
				       unsigned int port_index,
				       const struct devlink_port_ops *ops)
{
	struct rdmabp_port_ops *p = NULL;
	int err;

	if (ops) {
		p = kzalloc(sizeof(*p), GFP_KERNEL);
		if (!p)
			return -ENOMEM;
		p->port = devlink_port;
		p->ops = ops;
		spin_lock(&rdmabp_port_ops_lock);
		list_add(&p->node, &rdmabp_port_ops_list);
		spin_unlock(&rdmabp_port_ops_lock);
	}
	/* The callbacks are known before devlink may show the port. */
	err = devl_port_register(devlink, devlink_port, port_index);
	if (err && p) {
		spin_lock(&rdmabp_port_ops_lock);
		list_del(&p->node);
		spin_unlock(&rdmabp_port_ops_lock);
		kfree(p);
	}
	return err;
}
EXPORT_SYMBOL_GPL(rdmabp_devl_port_register_with_ops);

void rdmabp_devl_port_unregister(struct devlink_port *devlink_port)
{
	struct rdmabp_port_ops *p, *found = NULL;

	devl_port_unregister(devlink_port);
	spin_lock(&rdmabp_port_ops_lock);
	list_for_each_entry(p, &rdmabp_port_ops_list, node) {
		if (p->port == devlink_port) {
			list_del(&p->node);
			found = p;
			break;
		}
	}
	spin_unlock(&rdmabp_port_ops_lock);
	kfree(found);
}
EXPORT_SYMBOL_GPL(rdmabp_devl_port_unregister);

int rdmabp_devlink_port_fn_hw_addr_get(struct devlink_port *port, u8 *hw_addr,
				       int *hw_addr_len,
				       struct netlink_ext_ack *extack)
{
	const struct devlink_port_ops *ops = rdmabp_port_ops_find(port);

	if (!ops || !ops->port_fn_hw_addr_get)
		return -EOPNOTSUPP;
	return ops->port_fn_hw_addr_get(port, hw_addr, hw_addr_len, extack);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_port_fn_hw_addr_get);

int rdmabp_devlink_port_fn_hw_addr_set(struct devlink_port *port,
				       const u8 *hw_addr, int hw_addr_len,
				       struct netlink_ext_ack *extack)
{
	const struct devlink_port_ops *ops = rdmabp_port_ops_find(port);

	if (!ops || !ops->port_fn_hw_addr_set) {
		NL_SET_ERR_MSG_MOD(extack, "Port doesn't support function attributes");
		return -EOPNOTSUPP;
	}
	return ops->port_fn_hw_addr_set(port, hw_addr, hw_addr_len, extack);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_port_fn_hw_addr_set);

int rdmabp_devlink_port_fn_state_get(struct devlink_port *port,
				     enum devlink_port_fn_state *state,
				     enum devlink_port_fn_opstate *opstate,
				     struct netlink_ext_ack *extack)
{
	const struct devlink_port_ops *ops = rdmabp_port_ops_find(port);

	if (!ops || !ops->port_fn_state_get)
		return -EOPNOTSUPP;
	return ops->port_fn_state_get(port, state, opstate, extack);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_port_fn_state_get);

int rdmabp_devlink_port_fn_state_set(struct devlink_port *port,
				     enum devlink_port_fn_state state,
				     struct netlink_ext_ack *extack)
{
	const struct devlink_port_ops *ops = rdmabp_port_ops_find(port);

	if (!ops || !ops->port_fn_state_set) {
		NL_SET_ERR_MSG_MOD(extack, "Function does not support state setting");
		return -EOPNOTSUPP;
	}
	return ops->port_fn_state_set(port, state, extack);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_port_fn_state_set);

#endif /* !HAVE_DEVLINK_PORT_OPS */
