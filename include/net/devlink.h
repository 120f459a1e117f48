/* SPDX-License-Identifier: GPL-2.0 */
/* <net/devlink.h> with the parameter and instance interfaces of 7.2. */
#ifndef _RDMABP_NET_DEVLINK_H
#define _RDMABP_NET_DEVLINK_H

#include_next <net/devlink.h>

#ifndef HAVE_DEVL_LOCK
/*
 * Undoes: "devlink: expose instance locking and add locked port
 * registering" (v5.18): devl_lock(), devl_trylock(), devl_unlock(),
 * devl_assert_locked(), devl_port_register()/devl_port_unregister(), and
 * the locked registration calls of resources, traps and trap groups that
 * followed it (none of which a kernel without the lock has).
 * Selected by: !HAVE_DEVL_LOCK.
 * The lock is the instance's own mutex, struct devlink::lock, which such a
 * kernel (5.10) keeps in the public struct: it is the mutex the newer
 * kernel exposed under these names. Its netlink handlers take it around
 * most driver callbacks (devlink_nl_pre_doit(): port get/set, parameters,
 * info, flash update, regions, traps, resources), as the newer kernel
 * does, so a callback that asserts the lock finds it held. Not around
 * those of the commands flagged DEVLINK_NL_FLAG_NO_LOCK there (reload,
 * e-switch mode, port split, health reporters): patches that need the
 * lock in such a callback take it there. A separate lock of the compat
 * module would not do: those handlers already hold this one when they
 * call the driver, and the driver would take the two in both orders.
 * Such a kernel's own registration calls (ports, parameters, resources,
 * regions, traps) take this mutex themselves: the devl_ variants, called
 * with it held, release it around the call, which is how that kernel's
 * own drivers call them (unlocked); a command may run in that window as
 * it may for those drivers.
 */
static inline void devl_lock(struct devlink *devlink)
{
	mutex_lock(&devlink->lock);
}

static inline int devl_trylock(struct devlink *devlink)
{
	return mutex_trylock(&devlink->lock);
}

static inline void devl_unlock(struct devlink *devlink)
{
	mutex_unlock(&devlink->lock);
}

static inline void devl_assert_locked(struct devlink *devlink)
{
	lockdep_assert_held(&devlink->lock);
}

/*
 * Runs STMT, a call of the kernel's unlocked registration function, with
 * the instance lock the caller holds released around it.
 */
#define rdmabp_devl_unlocked(devlink, stmt)		\
	do {						\
		devl_assert_locked(devlink);		\
		devl_unlock(devlink);			\
		stmt;					\
		devl_lock(devlink);			\
	} while (0)

static inline int devl_port_register(struct devlink *devlink,
				     struct devlink_port *devlink_port,
				     unsigned int port_index)
{
	int err;

	rdmabp_devl_unlocked(devlink,
			     err = devlink_port_register(devlink, devlink_port,
							 port_index));
	return err;
}

static inline void devl_port_unregister(struct devlink_port *devlink_port)
{
	rdmabp_devl_unlocked(devlink_port->devlink,
			     devlink_port_unregister(devlink_port));
}

static inline int
devl_resource_register(struct devlink *devlink, const char *resource_name,
		       u64 resource_size, u64 resource_id,
		       u64 parent_resource_id,
		       const struct devlink_resource_size_params *size_params)
{
	int err;

	rdmabp_devl_unlocked(devlink,
			     err = devlink_resource_register(devlink,
							     resource_name,
							     resource_size,
							     resource_id,
							     parent_resource_id,
							     size_params));
	return err;
}

static inline void devl_resources_unregister(struct devlink *devlink)
{
	rdmabp_devl_unlocked(devlink,
			     devlink_resources_unregister(devlink, NULL));
}

static inline int devl_traps_register(struct devlink *devlink,
				      const struct devlink_trap *traps,
				      size_t traps_count, void *priv)
{
	int err;

	rdmabp_devl_unlocked(devlink,
			     err = devlink_traps_register(devlink, traps,
							  traps_count, priv));
	return err;
}

static inline void devl_traps_unregister(struct devlink *devlink,
					 const struct devlink_trap *traps,
					 size_t traps_count)
{
	rdmabp_devl_unlocked(devlink,
			     devlink_traps_unregister(devlink, traps,
						      traps_count));
}

static inline int
devl_trap_groups_register(struct devlink *devlink,
			  const struct devlink_trap_group *groups,
			  size_t groups_count)
{
	int err;

	rdmabp_devl_unlocked(devlink,
			     err = devlink_trap_groups_register(devlink, groups,
								groups_count));
	return err;
}

static inline void
devl_trap_groups_unregister(struct devlink *devlink,
			    const struct devlink_trap_group *groups,
			    size_t groups_count)
{
	rdmabp_devl_unlocked(devlink,
			     devlink_trap_groups_unregister(devlink, groups,
							    groups_count));
}
#endif /* !HAVE_DEVL_LOCK */

#ifndef HAVE_DEVLINK_TO_DEV
/*
 * Undoes: "devlink: Reduce struct devlink exposure" (v5.16):
 * devlink_to_dev(). Selected by: !HAVE_DEVLINK_TO_DEV.
 * Such a kernel's struct devlink is public: the call returns its device
 * member, as the newer kernel's does.
 */
static inline struct device *devlink_to_dev(const struct devlink *devlink)
{
	return devlink->dev;
}
#endif /* !HAVE_DEVLINK_TO_DEV */

#ifdef HAVE_DEVLINK_RELOAD_ENABLE
/*
 * Undoes: "devlink: Delete reload enable/disable interface" (v5.16).
 * Selected by: HAVE_DEVLINK_RELOAD_ENABLE. Such a kernel's devlink reloads
 * an instance (devlink dev reload, or a move to another network
 * namespace) only after its driver called devlink_reload_enable(), and
 * refuses otherwise; the newer kernel reloads every instance whose ops
 * have reload_down and reload_up. Reload is enabled when such an instance
 * is allocated (not yet registered: devlink_reload_enable() takes the
 * global devlink mutex, which that kernel's netlink handlers take before
 * an instance's lock, so it is not called with an instance lock held) and
 * disabled right before unregistration, which that kernel wants (it warns
 * otherwise) and which waits for a running reload to finish.
 */
static inline struct devlink *
rdmabp_devlink_alloc_reload(const struct devlink_ops *ops, size_t priv_size)
{
	struct devlink *devlink = devlink_alloc(ops, priv_size);

	if (devlink && ops->reload_down && ops->reload_up)
		devlink_reload_enable(devlink);
	return devlink;
}

static inline void rdmabp_devlink_unregister_reload(struct devlink *devlink)
{
	devlink_reload_disable(devlink);
	devlink_unregister(devlink);
}
#define devlink_alloc rdmabp_devlink_alloc_reload
#define devlink_unregister(devlink) rdmabp_devlink_unregister_reload(devlink)
#endif /* HAVE_DEVLINK_RELOAD_ENABLE */

#ifndef HAVE_DEVLINK_ALLOC_DEV
/*
 * Undoes: "devlink: Set device as early as possible" (v5.15):
 * devlink_alloc() and devlink_alloc_ns() taking the parent device, and
 * devlink_register() no longer taking it.
 * Selected by: !HAVE_DEVLINK_ALLOC_DEV. Such a kernel (5.10) takes the
 * device at registration, which stores it in struct devlink::dev (public
 * there), and has no devlink_alloc_ns(): the device is stored there at
 * allocation, where the newer kernel stores it, and given to the kernel's
 * registration; an instance allocated in another network namespace is
 * moved there before it is registered (devlink_net_set()).
 */
static inline struct devlink *
rdmabp_devlink_alloc_ns(const struct devlink_ops *ops, size_t priv_size,
			struct net *net, struct device *dev)
{
	struct devlink *devlink = devlink_alloc(ops, priv_size);

	if (!devlink)
		return NULL;
	devlink->dev = dev;
	if (!net_eq(net, &init_net))
		devlink_net_set(devlink, net);
	return devlink;
}

#undef devlink_alloc
#define devlink_alloc(ops, priv_size, dev)				\
	rdmabp_devlink_alloc_ns(ops, priv_size, &init_net, dev)
#define devlink_alloc_ns rdmabp_devlink_alloc_ns
#define devlink_register(devlink)	((devlink_register)(devlink, (devlink)->dev))
#endif /* !HAVE_DEVLINK_ALLOC_DEV */

#ifdef HAVE_DEVLINK_PARAMS_PUBLISH
/*
 * Undoes: "devlink: Delete obsolete parameters publish API" (v5.16).
 * Selected by: HAVE_DEVLINK_PARAMS_PUBLISH. Such a kernel (5.10) shows
 * and sets no runtime value of a parameter its driver did not publish
 * (devlink_params_publish()); the newer kernel has no such step. The
 * parameters are published when the instance is registered, and those
 * registered later by the compat registration (compat/devlink_param.c).
 */
static inline void rdmabp_devlink_register_publish(struct devlink *devlink)
{
	devlink_register(devlink);
	devlink_params_publish(devlink);
}

#undef devlink_register
#define devlink_register(devlink) rdmabp_devlink_register_publish(devlink)
#endif /* HAVE_DEVLINK_PARAMS_PUBLISH */

#ifndef HAVE_DEVLINK_PARAM_GET_EXTACK
/*
 * Undoes: "devlink: pass extack through to devlink_param::get()" (v6.19),
 * with ::get_default and ::reset_default of "devlink: support default
 * values for param-get and param-set" (v6.19), and ::validate taking the
 * value by pointer of "devlink: pass param values by pointer" (v7.2).
 * Selected by: !HAVE_DEVLINK_PARAM_GET_EXTACK.
 * Drivers fill the 7.2 layout; rdmabp_compat registers a copy in the
 * kernel's layout whose get/validate trampolines call the driver's own
 * (compat/devlink_param.c). The kernel has no default ops: they are kept
 * but never called.
 */
typedef struct devlink_param rdmabp_kernel_devlink_param;

struct rdmabp_devlink_param {
	u32 id;
	const char *name;
	bool generic;
	enum devlink_param_type type;
	unsigned long supported_cmodes;
	int (*get)(struct devlink *devlink, u32 id,
		   struct devlink_param_gset_ctx *ctx,
		   struct netlink_ext_ack *extack);
	int (*set)(struct devlink *devlink, u32 id,
		   struct devlink_param_gset_ctx *ctx,
		   struct netlink_ext_ack *extack);
	int (*validate)(struct devlink *devlink, u32 id,
			union devlink_param_value *val,
			struct netlink_ext_ack *extack);
	int (*get_default)(struct devlink *devlink, u32 id,
			   struct devlink_param_gset_ctx *ctx,
			   struct netlink_ext_ack *extack);
	int (*reset_default)(struct devlink *devlink, u32 id,
			     enum devlink_param_cmode cmode,
			     struct netlink_ext_ack *extack);
};

/* From here on, struct devlink_param is the 7.2 layout. */
#define devlink_param rdmabp_devlink_param

int rdmabp_devl_params_register(struct devlink *devlink,
				const struct rdmabp_devlink_param *params,
				size_t params_count);
void rdmabp_devl_params_unregister(struct devlink *devlink,
				   const struct rdmabp_devlink_param *params,
				   size_t params_count);
int rdmabp_devlink_params_register(struct devlink *devlink,
				   const struct rdmabp_devlink_param *params,
				   size_t params_count);
void rdmabp_devlink_params_unregister(struct devlink *devlink,
				      const struct rdmabp_devlink_param *params,
				      size_t params_count);
int rdmabp_devlink_param_sets(struct devlink *devlink);
#define devl_params_register rdmabp_devl_params_register
#define devl_params_unregister rdmabp_devl_params_unregister
#define devlink_params_register rdmabp_devlink_params_register
#define devlink_params_unregister rdmabp_devlink_params_unregister

#define DEVLINK_PARAM_GENERIC_WITH_DEFAULTS(_id, _cmodes, _get, _set,	\
					    _validate, _get_default,	\
					    _reset_default)		\
{									\
	.id = DEVLINK_PARAM_GENERIC_ID_##_id,				\
	.name = DEVLINK_PARAM_GENERIC_##_id##_NAME,			\
	.type = DEVLINK_PARAM_GENERIC_##_id##_TYPE,			\
	.generic = true,						\
	.supported_cmodes = _cmodes,					\
	.get = _get,							\
	.set = _set,							\
	.validate = _validate,						\
	.get_default = _get_default,					\
	.reset_default = _reset_default,				\
}

#define DEVLINK_PARAM_DRIVER_WITH_DEFAULTS(_id, _name, _type, _cmodes,	\
					   _get, _set, _validate,	\
					   _get_default, _reset_default) \
{									\
	.id = _id,							\
	.name = _name,							\
	.type = _type,							\
	.supported_cmodes = _cmodes,					\
	.get = _get,							\
	.set = _set,							\
	.validate = _validate,						\
	.get_default = _get_default,					\
	.reset_default = _reset_default,				\
}
#endif /* !HAVE_DEVLINK_PARAM_GET_EXTACK */

#if !defined(HAVE_DEVLINK_PARAMS_AFTER_REGISTER) && defined(HAVE_DEVL_LOCK)
/*
 * Undoes: "devlink: allow registering parameters after the instance"
 * (v6.3). Selected by: !HAVE_DEVLINK_PARAMS_AFTER_REGISTER HAVE_DEVL_LOCK:
 * the instance lock (v5.18) is what guards the parameter list of a
 * registered instance, as on the newer kernel.
 * Such a kernel warns (WARN_ON_ONCE) when parameters are registered or
 * unregistered, or a driverinit value is set, on a registered instance;
 * 7.2's drivers do all three (mlx5: right after devl_register() at probe,
 * and at every load and e-switch mode change). The compat module does them
 * itself there, on the kernel's own list, with the instance lock held as
 * every devlink command of that kernel holds it (compat/devlink_param.c);
 * it learns where the list is, and which instances are registered, from
 * the registrations below, which are the kernel's plus that bookkeeping.
 * Defined before the blocks whose inline functions call these names.
 */
void rdmabp_devlink_register(struct devlink *devlink);
void rdmabp_devlink_unregister(struct devlink *devlink);
int rdmabp_devlink_param_driverinit_value_set(struct devlink *devlink,
					      u32 param_id,
					      union devlink_param_value init_val);
/* For the run-time tests: are parameters of DEVLINK kept by the compat
 * module while it is registered (the kernel's list was found)?
 */
bool rdmabp_devlink_params_direct(struct devlink *devlink);
#define devlink_register(devlink) rdmabp_devlink_register(devlink)
#define devlink_unregister(devlink) rdmabp_devlink_unregister(devlink)
#define devlink_param_driverinit_value_set(devlink, param_id, init_val) \
	rdmabp_devlink_param_driverinit_value_set(devlink, param_id, init_val)
#endif /* !HAVE_DEVLINK_PARAMS_AFTER_REGISTER && HAVE_DEVL_LOCK */

/*
 * Undoes: "devlink: protect health reporter operation with instance lock"
 * (v6.3): devl_health_reporter_create() and
 * devl_port_health_reporter_create(). Selected by:
 * !HAVE_DEVL_HEALTH_REPORTER_CREATE (the #else branch; with the fact, the
 * rdmabp_kernel_ names are the kernel's devl_ calls).
 * Such a kernel guards its reporter list with a mutex of its own, not the
 * instance lock: the devlink_ calls are the same operation and may be
 * called with the instance lock held. (The devl_ names are the
 * rdmabp_kernel_ ones, below or through the period block after this one.)
 */
#ifdef HAVE_DEVL_HEALTH_REPORTER_CREATE
#define rdmabp_kernel_devl_health_reporter_create devl_health_reporter_create
#define rdmabp_kernel_devl_port_health_reporter_create	\
	devl_port_health_reporter_create
#else
#ifdef HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS
#define rdmabp_kernel_devl_health_reporter_create	\
	devlink_health_reporter_create
#define rdmabp_kernel_devl_port_health_reporter_create	\
	devlink_port_health_reporter_create
#else
/*
 * Functions, not names: the period block below makes the devlink_ names
 * three-argument macros, which a four-argument call through a name defined
 * as theirs would meet.
 */
static inline struct devlink_health_reporter *
rdmabp_kernel_devl_health_reporter_create(struct devlink *devlink,
					  const struct devlink_health_reporter_ops *ops,
					  u64 graceful_period, void *priv)
{
	return devlink_health_reporter_create(devlink, ops, graceful_period,
					      priv);
}

static inline struct devlink_health_reporter *
rdmabp_kernel_devl_port_health_reporter_create(struct devlink_port *port,
					       const struct devlink_health_reporter_ops *ops,
					       u64 graceful_period, void *priv)
{
	return devlink_port_health_reporter_create(port, ops, graceful_period,
						   priv);
}
#endif /* HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS */
#define devl_health_reporter_destroy devlink_health_reporter_destroy
#ifdef HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS
#define devl_health_reporter_create rdmabp_kernel_devl_health_reporter_create
#define devl_port_health_reporter_create	\
	rdmabp_kernel_devl_port_health_reporter_create
#endif /* HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS */
#endif /* HAVE_DEVL_HEALTH_REPORTER_CREATE */

#ifdef HAVE_DEVLINK_SET_FEATURES
/*
 * Undoes: "devlink: remove devlink features" (v6.3).
 * Selected by: HAVE_DEVLINK_SET_FEATURES. Such a kernel's devlink reloads
 * an instance (devlink dev reload, or a move to another network
 * namespace) only when its driver set DEVLINK_F_RELOAD before registering
 * it, and refuses otherwise (EOPNOTSUPP); the newer kernel reloads every
 * instance whose ops have reload_down and reload_up. The flag is set when
 * such an instance is allocated, as that kernel's own drivers did.
 */
static inline struct devlink *rdmabp_devlink_alloc(const struct devlink_ops *ops,
						   size_t priv_size,
						   struct device *dev)
{
	struct devlink *devlink = (devlink_alloc)(ops, priv_size, dev);

	if (devlink && ops->reload_down && ops->reload_up)
		devlink_set_features(devlink, DEVLINK_F_RELOAD);
	return devlink;
}
#define devlink_alloc(ops, priv_size, dev) \
	rdmabp_devlink_alloc(ops, priv_size, dev)
#endif /* HAVE_DEVLINK_SET_FEATURES */

#ifndef HAVE_DEVL_REGISTER
/*
 * Undoes: "devlink: remove the registration guarantee of references"
 * (v6.3): devl_register()/devl_unregister().
 * Selected by: !HAVE_DEVL_REGISTER (a kernel without the instance lock
 * itself, 5.10, has the one of the block !HAVE_DEVL_LOCK above).
 * devlink_register() of such a kernel takes no instance lock (5.10's
 * takes the global devlink mutex, which its netlink handlers take before
 * an instance's lock; they find only registered instances, so none waits
 * for the lock of the one being registered). Its
 * devlink_unregister() waits until every netlink command holding a
 * reference is done, and such a command takes the instance lock after its
 * reference: it is called with the lock released, or it could wait for a
 * command that waits for the lock. The callers (mlx5) unregister last,
 * right before they release the lock themselves.
 * devlink_register() returns nothing there; devl_register() returns 0 as
 * such a registration cannot fail.
 */
static inline int rdmabp_devl_register(struct devlink *devlink)
{
	devlink_register(devlink);
	return 0;
}
#define devl_register rdmabp_devl_register

static inline void devl_unregister(struct devlink *devlink)
{
	devl_assert_locked(devlink);
	devl_unlock(devlink);
	devlink_unregister(devlink);
	devl_lock(devlink);
}
#endif /* !HAVE_DEVL_REGISTER */

#ifndef HAVE_DEVL_NESTED_DEVLINK_SET
/*
 * Undoes: "devlink: introduce possibility to expose info about nested
 * devlinks" (v6.7): devl_nested_devlink_set().
 * Selected by: !HAVE_DEVL_NESTED_DEVLINK_SET. Such a kernel cannot show
 * that one instance (an SF's, the shared one) sits inside another; the
 * instances work alone, the relation is not shown.
 */
static inline int devl_nested_devlink_set(struct devlink *devlink,
					  struct devlink *nested_devlink)
{
	return 0;
}

static inline int devl_port_fn_devlink_set(struct devlink_port *devlink_port,
					   struct devlink *fn_devlink)
{
	return 0;
}
#endif /* !HAVE_DEVL_NESTED_DEVLINK_SET */

#ifndef HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS
/*
 * Undoes: "devlink: Introduce burst period for health reporter" (v6.18)
 * and the grace period's move into the ops before it in that series
 * (::default_graceful_period, ::default_burst_period, and the
 * *_health_reporter_create() calls lost their period argument).
 * Selected by: !HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS.
 * The ops keep the kernel's layout and carry the periods after it; the
 * kernel gets the grace period as the argument it expects. Such a kernel
 * has no burst period: it is dropped.
 */
typedef struct devlink_health_reporter_ops rdmabp_kernel_health_reporter_ops;

struct rdmabp_devlink_health_reporter_ops {
	char *name;
	int (*recover)(struct devlink_health_reporter *reporter,
		       void *priv_ctx, struct netlink_ext_ack *extack);
	int (*dump)(struct devlink_health_reporter *reporter,
		    struct devlink_fmsg *fmsg, void *priv_ctx,
		    struct netlink_ext_ack *extack);
	int (*diagnose)(struct devlink_health_reporter *reporter,
			struct devlink_fmsg *fmsg,
			struct netlink_ext_ack *extack);
	int (*test)(struct devlink_health_reporter *reporter,
		    struct netlink_ext_ack *extack);
	u64 default_graceful_period;
	u64 default_burst_period;
};

#define rdmabp_health_ops_same(field)					\
	static_assert(offsetof(struct rdmabp_devlink_health_reporter_ops, field) == \
		      offsetof(rdmabp_kernel_health_reporter_ops, field))
rdmabp_health_ops_same(name);
rdmabp_health_ops_same(recover);
rdmabp_health_ops_same(dump);
rdmabp_health_ops_same(diagnose);
rdmabp_health_ops_same(test);
static_assert(sizeof(rdmabp_kernel_health_reporter_ops) <=
	      offsetof(struct rdmabp_devlink_health_reporter_ops,
		       default_graceful_period));

/* From here on, the ops are the 7.2 layout. */
#define devlink_health_reporter_ops rdmabp_devlink_health_reporter_ops

static inline const rdmabp_kernel_health_reporter_ops *
rdmabp_health_ops(const struct rdmabp_devlink_health_reporter_ops *ops)
{
	return (const rdmabp_kernel_health_reporter_ops *)ops;
}

#define devl_port_health_reporter_create(port, ops, priv)		\
	rdmabp_kernel_devl_port_health_reporter_create(port,		\
		rdmabp_health_ops(ops), (ops)->default_graceful_period, priv)
#define devlink_port_health_reporter_create(port, ops, priv)		\
	devlink_port_health_reporter_create(port, rdmabp_health_ops(ops), \
					    (ops)->default_graceful_period, priv)
#define devl_health_reporter_create(devlink, ops, priv)			\
	rdmabp_kernel_devl_health_reporter_create(devlink,		\
		rdmabp_health_ops(ops), (ops)->default_graceful_period, priv)
#define devlink_health_reporter_create(devlink, ops, priv)		\
	devlink_health_reporter_create(devlink, rdmabp_health_ops(ops),	\
				       (ops)->default_graceful_period, priv)
#endif /* !HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS */

/*
 * Generic parameter ids of 7.x that the kernel lacks are numbered from here
 * up: far above the ids drivers give their own parameters, which start
 * right after the kernel's last generic id (mlx5: flow_steering_mode is
 * DEVLINK_PARAM_GENERIC_ID_MAX + 1, fdb_large_groups + 2, ...), so that
 * such a parameter is never taken for a driver's one.
 */
#define RDMABP_DEVLINK_PARAM_ID_ABSENT	0x7f000000U

#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS
/*
 * Undoes: "devlink: Add a 'num_doorbells' driverinit param" (v6.18).
 * Selected by: !HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS.
 * An id the kernel does not know: the compat registration leaves such a
 * parameter out, setting its driverinit value does nothing (below) and
 * reading it fails as for any unregistered parameter, so the driver keeps
 * its default.
 */
#define DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS (RDMABP_DEVLINK_PARAM_ID_ABSENT + 0)
#define DEVLINK_PARAM_GENERIC_NUM_DOORBELLS_NAME "num_doorbells"
#define DEVLINK_PARAM_GENERIC_NUM_DOORBELLS_TYPE DEVLINK_PARAM_TYPE_U32
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS */

#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS
/*
 * Undoes: "devlink: Add 'total_vfs' generic device param" (v6.18).
 * Selected by: !HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS. As above.
 */
#define DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS (RDMABP_DEVLINK_PARAM_ID_ABSENT + 1)
#define DEVLINK_PARAM_GENERIC_TOTAL_VFS_NAME "total_vfs"
#define DEVLINK_PARAM_GENERIC_TOTAL_VFS_TYPE DEVLINK_PARAM_TYPE_U32
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS */

#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH
/*
 * Undoes: "devlink: Add new 'enable_eth' generic device param" (v5.15),
 * with enable_rdma and enable_vnet of the same series.
 * Selected by: !HAVE_DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH. As above: ids
 * the kernel does not know, left out of the registration, so the driver
 * keeps its defaults (the Ethernet, RDMA and vDPA auxiliary devices
 * enabled) and they cannot be switched off through devlink.
 */
#define DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH (RDMABP_DEVLINK_PARAM_ID_ABSENT + 2)
#define DEVLINK_PARAM_GENERIC_ENABLE_ETH_NAME "enable_eth"
#define DEVLINK_PARAM_GENERIC_ENABLE_ETH_TYPE DEVLINK_PARAM_TYPE_BOOL
#define DEVLINK_PARAM_GENERIC_ID_ENABLE_RDMA (RDMABP_DEVLINK_PARAM_ID_ABSENT + 3)
#define DEVLINK_PARAM_GENERIC_ENABLE_RDMA_NAME "enable_rdma"
#define DEVLINK_PARAM_GENERIC_ENABLE_RDMA_TYPE DEVLINK_PARAM_TYPE_BOOL
#define DEVLINK_PARAM_GENERIC_ID_ENABLE_VNET (RDMABP_DEVLINK_PARAM_ID_ABSENT + 4)
#define DEVLINK_PARAM_GENERIC_ENABLE_VNET_NAME "enable_vnet"
#define DEVLINK_PARAM_GENERIC_ENABLE_VNET_TYPE DEVLINK_PARAM_TYPE_BOOL
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH */

#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE
/*
 * Undoes: "devlink: Add new 'io_eq_size' generic device param" (v5.17),
 * with event_eq_size of the same series.
 * Selected by: !HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE. As above: the
 * driver keeps its default event queue sizes.
 */
#define DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE (RDMABP_DEVLINK_PARAM_ID_ABSENT + 5)
#define DEVLINK_PARAM_GENERIC_IO_EQ_SIZE_NAME "io_eq_size"
#define DEVLINK_PARAM_GENERIC_IO_EQ_SIZE_TYPE DEVLINK_PARAM_TYPE_U32
#define DEVLINK_PARAM_GENERIC_ID_EVENT_EQ_SIZE (RDMABP_DEVLINK_PARAM_ID_ABSENT + 6)
#define DEVLINK_PARAM_GENERIC_EVENT_EQ_SIZE_NAME "event_eq_size"
#define DEVLINK_PARAM_GENERIC_EVENT_EQ_SIZE_TYPE DEVLINK_PARAM_TYPE_U32
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE */

#ifndef HAVE_DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER
/*
 * Undoes: "devlink: Add DMAC filter generic packet trap" (v5.12).
 * Selected by: !HAVE_DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER.
 * Such a kernel refuses a generic trap whose id it does not know, and
 * accepts a driver trap whose id is above its generic ones and whose
 * name is not one of its generic names: the trap is registered as a
 * driver trap of the same name ("dest_mac_filter") and action, which the
 * driver finds by the same id. A generic trap keeps its kind where the
 * kernel knows its id.
 */
#define DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER (DEVLINK_TRAP_GENERIC_ID_MAX + 1)
#define DEVLINK_TRAP_GENERIC_NAME_DMAC_FILTER "dest_mac_filter"

#undef DEVLINK_TRAP_GENERIC
#define DEVLINK_TRAP_GENERIC(_type, _init_action, _id, _group_id,	\
			     _metadata_cap)				\
	{								\
		.type = DEVLINK_TRAP_TYPE_##_type,			\
		.init_action = DEVLINK_TRAP_ACTION_##_init_action,	\
		.generic = DEVLINK_TRAP_GENERIC_ID_##_id <=		\
			   DEVLINK_TRAP_GENERIC_ID_MAX,			\
		.id = DEVLINK_TRAP_GENERIC_ID_##_id,			\
		.name = DEVLINK_TRAP_GENERIC_NAME_##_id,		\
		.init_group_id = _group_id,				\
		.metadata_cap = _metadata_cap,				\
	}
#endif /* !HAVE_DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER */

#ifndef HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET
/*
 * Undoes: "devlink: protect devlink param list by instance lock" (v6.3):
 * the devl_ driverinit value calls (such a kernel has
 * devlink_param_driverinit_value_set()/_get() and
 * devlink_param_value_changed(), which need no instance lock).
 * Selected by: !HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET.
 * The old set returns an error for a parameter it does not have or that
 * has no driverinit mode; the new one warns and returns nothing. Here the
 * error is dropped without a warning: the compat registration leaves out
 * the parameters such a kernel cannot carry, whose values the driver
 * still sets (compat/devlink_param.c).
 */
static inline void
rdmabp_devl_param_driverinit_value_set_val(struct devlink *devlink,
					   u32 param_id,
					   union devlink_param_value init_val)
{
	devlink_param_driverinit_value_set(devlink, param_id, init_val);
}
#define devl_param_driverinit_value_get devlink_param_driverinit_value_get
#define devl_param_value_changed devlink_param_value_changed
#else
#define rdmabp_devl_param_driverinit_value_set_val devl_param_driverinit_value_set
#endif /* !HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET */

#ifndef HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR
/*
 * Undoes: "devlink: pass param values by pointer" (v7.2):
 * devl_param_driverinit_value_set() taking the value by pointer (6.12.117
 * takes the union by value).
 * Selected by: !HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR.
 */
#define devl_param_driverinit_value_set(devlink, param_id, init_val)	\
	rdmabp_devl_param_driverinit_value_set_val(devlink, param_id, *(init_val))
#endif /* !HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR */

#if !defined(HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS) || \
	!defined(HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS)
/*
 * Undoes: "devlink: Add a 'num_doorbells' driverinit param" (v6.18) and
 * "devlink: Add 'total_vfs' generic device param" (v6.18), as the two
 * generic ids above, for their driverinit values: the kernel never registered such a parameter and warns when a driverinit
 * value is set for an id it does not have (mlx5 sets num_doorbells when it
 * registers its Ethernet parameters). Here that set does nothing.
 * Selected by: !HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS or
 * !HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS.
 */
static inline void
rdmabp_devl_param_driverinit_value_set(struct devlink *devlink, u32 param_id,
				       union devlink_param_value *init_val)
{
	if (param_id >= RDMABP_DEVLINK_PARAM_ID_ABSENT)
		return;
	devl_param_driverinit_value_set(devlink, param_id, init_val);
}

#undef devl_param_driverinit_value_set
#define devl_param_driverinit_value_set rdmabp_devl_param_driverinit_value_set
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS || !HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS */

#ifndef HAVE_DEVLINK_SHD_GET
/*
 * Undoes: "devlink: introduce shared devlink instance for PFs on same chip"
 * (v7.1): devlink_shd_get(). Selected by: !HAVE_DEVLINK_SHD_GET.
 * Such a kernel cannot allocate a devlink without a device, so there is
 * no shared instance: the lookup finds none. The mlx5 patch
 * mlx5-no-shared-devlink treats that as "no shared instance", not -ENOMEM.
 */
static inline struct devlink *devlink_shd_get(const char *id,
					      const struct devlink_ops *ops,
					      size_t priv_size,
					      const struct device_driver *driver)
{
	return NULL;
}

static inline void devlink_shd_put(struct devlink *devlink)
{
}
#endif /* !HAVE_DEVLINK_SHD_GET */

#ifndef HAVE_DEVLINK_RATE_TC_BW
/*
 * Undoes: "devlink: Extend devlink rate API with traffic classes bandwidth
 * management" (v6.17): the per-traffic-class bandwidth of devlink rate
 * objects (rate_leaf_tc_bw_set/rate_node_tc_bw_set, DEVLINK_RATE_TCS_MAX).
 * Selected by: !HAVE_DEVLINK_RATE_TC_BW.
 * The size of the driver's own tc_bw arrays; such a kernel cannot set them
 * (patches/quilt/mlx5-devlink-no-rate-tc-bw.patch leaves the ops out).
 */
#define DEVLINK_RATE_TCS_MAX 8
#endif /* !HAVE_DEVLINK_RATE_TC_BW */

#ifndef HAVE_DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE
/*
 * Undoes: "devlink: Introduce switchdev_inactive eswitch mode" (v6.19).
 * Selected by: !HAVE_DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE.
 * The value 7.2.13's uapi gives it; the devlink core of such a kernel
 * refuses any mode above DEVLINK_ESWITCH_MODE_SWITCHDEV, so a driver never
 * receives it and, never having entered it, never reports it.
 */
#define DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE 2
#endif /* !HAVE_DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE */

#ifndef HAVE_DEVL_PORT_RESOURCE_REGISTER
/*
 * Undoes: "devlink: Add port-level resource registration infrastructure"
 * (v7.1): devl_port_resource_register().
 * Selected by: !HAVE_DEVL_PORT_RESOURCE_REGISTER.
 * Such a kernel has no per-port resources and no command to show one: the
 * resource (mlx5: max_SFs of a port, information only) is not registered.
 */
static inline int
devl_port_resource_register(struct devlink_port *devlink_port,
			    const char *resource_name, u64 resource_size,
			    u64 resource_id, u64 parent_resource_id,
			    const struct devlink_resource_size_params *params)
{
	return 0;
}

static inline void devl_port_resources_unregister(struct devlink_port *port)
{
}
#endif /* !HAVE_DEVL_PORT_RESOURCE_REGISTER */

#ifndef HAVE_NETDEV_DEVLINK_PORT
/*
 * Undoes: "net: devlink: track netdev with devlink_port assigned" (v6.2).
 * Selected by: !HAVE_NETDEV_DEVLINK_PORT.
 * Such a kernel's net_device has no devlink port: the core asks the driver
 * for it (ndo_get_devlink_port(), for the port's name and switch id) and
 * the driver tells devlink which netdev a port has
 * (devlink_port_type_eth_set()/_clear(), which the newer core does on
 * (un)registration). The port is kept in the netdev's ml_priv, the mid
 * layer's pointer, which the core reads only for the device types that
 * have one (netdev_get_ml_priv() with its type; an Ethernet netdev's stays
 * ML_PRIV_NONE) and which goes with the netdev. Only the netdevs the
 * driver gives a port carry one: the rule
 * patches/cocci/mlx5e-netdev-devlink-port.cocci reads, asks, registers and
 * unregisters through these in the files that set a port.
 */
static inline struct devlink_port *
rdmabp_netdev_devlink_port(struct net_device *dev)
{
	return dev->ml_priv;
}

#define SET_NETDEV_DEVLINK_PORT(dev, port)	((dev)->ml_priv = (port))

static inline int rdmabp_register_netdev_devlink_port(struct net_device *dev)
{
	int err = register_netdev(dev);

	if (!err && dev->ml_priv)
		devlink_port_type_eth_set(dev->ml_priv, dev);
	return err;
}

static inline void rdmabp_unregister_netdev_devlink_port(struct net_device *dev)
{
	if (dev->ml_priv)
		devlink_port_type_clear(dev->ml_priv);
	unregister_netdev(dev);
}
#endif /* !HAVE_NETDEV_DEVLINK_PORT */

#ifndef HAVE_DEVLINK_PORT_FN_STATE
/*
 * Undoes: "devlink: Support get and set state of port function" (v5.12).
 * Selected by: !HAVE_DEVLINK_PORT_FN_STATE. The types, with 7.2.13's
 * uapi values, so that drivers' callbacks compile; such a kernel has no
 * command for a port function's state, never asks a driver for it, and
 * the state is left out (upstream/features-left-out).
 */
enum devlink_port_fn_state {
	DEVLINK_PORT_FN_STATE_INACTIVE,
	DEVLINK_PORT_FN_STATE_ACTIVE,
};

enum devlink_port_fn_opstate {
	DEVLINK_PORT_FN_OPSTATE_DETACHED,
	DEVLINK_PORT_FN_OPSTATE_ATTACHED,
};
#endif /* !HAVE_DEVLINK_PORT_FN_STATE */

#ifndef HAVE_DEVLINK_PORT_ATTRS_PCI_SF_SET
/*
 * Undoes: "devlink: Introduce PCI SF port flavour and port attribute"
 * (v5.12). Selected by: !HAVE_DEVLINK_PORT_ATTRS_PCI_SF_SET.
 * Such a kernel has no SF port flavour and no command to add a port: a
 * driver creates SF ports only when asked through that command (mlx5's
 * SF manager, which the project does not build), so the attribute call
 * is never reached; it sets nothing. The value is 7.2.13's uapi one.
 */
#define DEVLINK_PORT_FLAVOUR_PCI_SF 7

static inline void devlink_port_attrs_pci_sf_set(struct devlink_port *devlink_port,
						 u32 controller, u16 pf, u32 sf,
						 bool external)
{
}
#endif /* !HAVE_DEVLINK_PORT_ATTRS_PCI_SF_SET */

#ifndef HAVE_DEVLINK_PORT_OPS
/*
 * Undoes: "devlink: introduce port ops placeholder" (v6.5).
 * Selected by: !HAVE_DEVLINK_PORT_OPS. The port is registered with the
 * instance lock held (devl_port_register(), v5.18, or its shim above).
 * Such a kernel has no per-port callbacks: it asks struct devlink_ops for
 * a port function's hardware address and state (and for port deletion),
 * and has no command at all for a port function's RoCE, migratable, IPsec
 * and I/O EQ settings, which are left out. The compat module keeps each
 * port's callbacks when the port is registered (compat/devlink_port.c);
 * a driver's devlink_ops name its dispatchers for the address and the
 * state (patches/quilt/mlx5-devlink-port-fn-via-devlink-ops.patch), which
 * call the port's own callback, or answer -EOPNOTSUPP for a port without
 * one, as the newer kernel's devlink does. The type keeps the newer
 * members so that the drivers' tables compile.
 */
struct devlink_port_ops {
	int (*port_split)(struct devlink *devlink, struct devlink_port *port,
			  unsigned int count, struct netlink_ext_ack *extack);
	int (*port_unsplit)(struct devlink *devlink, struct devlink_port *port,
			    struct netlink_ext_ack *extack);
	int (*port_type_set)(struct devlink_port *devlink_port,
			     enum devlink_port_type port_type);
	int (*port_del)(struct devlink *devlink, struct devlink_port *port,
			struct netlink_ext_ack *extack);
	int (*port_fn_hw_addr_get)(struct devlink_port *port, u8 *hw_addr,
				   int *hw_addr_len,
				   struct netlink_ext_ack *extack);
	int (*port_fn_hw_addr_set)(struct devlink_port *port,
				   const u8 *hw_addr, int hw_addr_len,
				   struct netlink_ext_ack *extack);
	int (*port_fn_roce_get)(struct devlink_port *devlink_port,
				bool *is_enable,
				struct netlink_ext_ack *extack);
	int (*port_fn_roce_set)(struct devlink_port *devlink_port,
				bool enable, struct netlink_ext_ack *extack);
	int (*port_fn_migratable_get)(struct devlink_port *devlink_port,
				      bool *is_enable,
				      struct netlink_ext_ack *extack);
	int (*port_fn_migratable_set)(struct devlink_port *devlink_port,
				      bool enable,
				      struct netlink_ext_ack *extack);
	int (*port_fn_state_get)(struct devlink_port *port,
				 enum devlink_port_fn_state *state,
				 enum devlink_port_fn_opstate *opstate,
				 struct netlink_ext_ack *extack);
	int (*port_fn_state_set)(struct devlink_port *port,
				 enum devlink_port_fn_state state,
				 struct netlink_ext_ack *extack);
	int (*port_fn_ipsec_crypto_get)(struct devlink_port *devlink_port,
					bool *is_enable,
					struct netlink_ext_ack *extack);
	int (*port_fn_ipsec_crypto_set)(struct devlink_port *devlink_port,
					bool enable,
					struct netlink_ext_ack *extack);
	int (*port_fn_ipsec_packet_get)(struct devlink_port *devlink_port,
					bool *is_enable,
					struct netlink_ext_ack *extack);
	int (*port_fn_ipsec_packet_set)(struct devlink_port *devlink_port,
					bool enable,
					struct netlink_ext_ack *extack);
	int (*port_fn_max_io_eqs_get)(struct devlink_port *devlink_port,
				      u32 *max_eqs,
				      struct netlink_ext_ack *extack);
	int (*port_fn_max_io_eqs_set)(struct devlink_port *devlink_port,
				      u32 max_eqs,
				      struct netlink_ext_ack *extack);
};

int rdmabp_devl_port_register_with_ops(struct devlink *devlink,
				       struct devlink_port *devlink_port,
				       unsigned int port_index,
				       const struct devlink_port_ops *ops);
void rdmabp_devl_port_unregister(struct devlink_port *devlink_port);
#define devl_port_register_with_ops rdmabp_devl_port_register_with_ops
#define devl_port_unregister rdmabp_devl_port_unregister

int rdmabp_devlink_port_fn_hw_addr_get(struct devlink_port *port, u8 *hw_addr,
				       int *hw_addr_len,
				       struct netlink_ext_ack *extack);
int rdmabp_devlink_port_fn_hw_addr_set(struct devlink_port *port,
				       const u8 *hw_addr, int hw_addr_len,
				       struct netlink_ext_ack *extack);
int rdmabp_devlink_port_fn_state_get(struct devlink_port *port,
				     enum devlink_port_fn_state *state,
				     enum devlink_port_fn_opstate *opstate,
				     struct netlink_ext_ack *extack);
int rdmabp_devlink_port_fn_state_set(struct devlink_port *port,
				     enum devlink_port_fn_state state,
				     struct netlink_ext_ack *extack);
#endif /* !HAVE_DEVLINK_PORT_OPS */

#if !defined(HAVE_DEVLINK_PORT_OPS) && \
	!defined(HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK)
/*
 * Undoes: "devlink: Simplify devlink port API calls" (v5.15): the devlink
 * argument of devlink_ops::port_function_hw_addr_get/_set, which such a
 * kernel (5.10) passes first.
 * Selected by: !HAVE_DEVLINK_PORT_OPS !HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK.
 * The compat module's dispatchers (the port ops block above) in that
 * kernel's form, for a driver's devlink_ops
 * (patches/quilt/mlx5-devlink-port-fn-hw-addr-devlink-arg.patch); the
 * argument is the port's own devlink. Such a kernel has no port function
 * state callbacks (!HAVE_DEVLINK_PORT_FN_STATE).
 */
static inline int
rdmabp_devlink_port_function_hw_addr_get(struct devlink *devlink,
					 struct devlink_port *port,
					 u8 *hw_addr, int *hw_addr_len,
					 struct netlink_ext_ack *extack)
{
	return rdmabp_devlink_port_fn_hw_addr_get(port, hw_addr, hw_addr_len,
						  extack);
}

static inline int
rdmabp_devlink_port_function_hw_addr_set(struct devlink *devlink,
					 struct devlink_port *port,
					 const u8 *hw_addr, int hw_addr_len,
					 struct netlink_ext_ack *extack)
{
	return rdmabp_devlink_port_fn_hw_addr_set(port, hw_addr, hw_addr_len,
						  extack);
}
#endif /* !HAVE_DEVLINK_PORT_OPS && !HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK */

#ifndef HAVE_DEVLINK_RATE
/*
 * Undoes: "devlink: Introduce rate object" (v5.14).
 * Selected by: !HAVE_DEVLINK_RATE. Such a kernel has no rate objects and
 * no command to show or set one: the type (7.2's members the drivers
 * read) so that their callbacks compile, and the calls that create and
 * destroy a leaf or the nodes, which create nothing there. The rate ops
 * are left out of the drivers' devlink_ops
 * (patches/quilt/mlx5-devlink-no-rate.patch).
 */
struct devlink_rate {
	struct list_head list;
	struct devlink *devlink;
	void *priv;
	u64 tx_share;
	u64 tx_max;
	struct devlink_rate *parent;
	struct devlink_port *devlink_port;
	char *name;
};

static inline int devl_rate_leaf_create(struct devlink_port *devlink_port,
					void *priv)
{
	return 0;
}

static inline void devl_rate_leaf_destroy(struct devlink_port *devlink_port)
{
}

static inline void devl_rate_nodes_destroy(struct devlink *devlink)
{
}
#endif /* !HAVE_DEVLINK_RATE */

#ifndef HAVE_DEVL_RATE_LEAF_CREATE_PARENT
/*
 * Undoes: "devlink: Allow to set up parent in devl_rate_leaf_create()"
 * (v6.2).
 * Selected by: !HAVE_DEVL_RATE_LEAF_CREATE_PARENT.
 * Such a kernel creates a rate leaf at the top, where a newer kernel puts
 * one without a parent (NULL, mlx5's only call); a parent given by the
 * driver cannot be set there and is refused. A macro, not an inline: a
 * kernel without any devl_rate_leaf_create() (5.10) includes this header
 * too (the compat module's devlink files) and must not meet a call of it.
 */
#define devl_rate_leaf_create(port, priv, parent)	\
	((parent) ? -EOPNOTSUPP : (devl_rate_leaf_create)(port, priv))
#endif /* !HAVE_DEVL_RATE_LEAF_CREATE_PARENT */

#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH
/*
 * The driverinit values of enable_eth, enable_rdma and enable_vnet (the
 * ids block above): such a kernel cannot switch the devices off, so they
 * read as on, the value drivers register them with (mlx5 takes a failed
 * read as off).
 */
static inline int
rdmabp_devl_param_driverinit_value_get(struct devlink *devlink, u32 param_id,
				       union devlink_param_value *val)
{
	if (param_id == DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH ||
	    param_id == DEVLINK_PARAM_GENERIC_ID_ENABLE_RDMA ||
	    param_id == DEVLINK_PARAM_GENERIC_ID_ENABLE_VNET) {
		val->vbool = true;
		return 0;
	}
	return devl_param_driverinit_value_get(devlink, param_id, val);
}

#undef devl_param_driverinit_value_get
#define devl_param_driverinit_value_get rdmabp_devl_param_driverinit_value_get
#endif /* !HAVE_DEVLINK_PARAM_GENERIC_ID_ENABLE_ETH */

#endif /* _RDMABP_NET_DEVLINK_H */
