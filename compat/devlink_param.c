// SPDX-License-Identifier: GPL-2.0
/*
 * devlink parameters in the 7.2 layout on kernels with the older callbacks.
 *
 * Undoes: "devlink: pass extack through to devlink_param::get()" (v6.19)
 * and ::validate taking the value by pointer of "devlink: pass param values
 * by pointer" (v7.2).
 * Selected by: !HAVE_DEVLINK_PARAM_GET_EXTACK. The registration wrappers
 * take the devlink instance lock: the kernel's own, or before "devlink:
 * expose instance locking and add locked port registering" (v5.18, 5.10)
 * the instance mutex as <net/devlink.h> gives it (!HAVE_DEVL_LOCK).
 * Why not a header: the kernel calls the callbacks through its own struct,
 * so each registered array gets a copy in the kernel's layout whose get and
 * validate are trampolines; a trampoline finds the driver's parameter by
 * (devlink, id) in the arrays registered here. Parameters the kernel cannot
 * carry (a generic id or a type it does not know) are left out, once said.
 */
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <net/devlink.h>
#include "rdmabp_compat.h"

#ifndef HAVE_DEVLINK_PARAM_GET_EXTACK
/*
 * Undoes: "devlink: pass extack through to devlink_param::get()" (v6.19)
 * and "devlink: pass param values by pointer" (v7.2), as above.
 * Selected by: !HAVE_DEVLINK_PARAM_GET_EXTACK
 */

/* Here the kernel's own registration is meant, not the compat one. */
#undef devl_params_register
#undef devl_params_unregister
#undef devlink_params_register
#undef devlink_params_unregister

#ifdef HAVE_DEVL_PARAMS_REGISTER
#define rdmabp_kernel_params_register devl_params_register
#define rdmabp_kernel_params_unregister devl_params_unregister
#elif defined(HAVE_DEVL_LOCK)
/*
 * Such a kernel registers parameters without the instance lock (its list
 * has a lock of its own): the caller's devl_lock() changes nothing there.
 */
#define rdmabp_kernel_params_register devlink_params_register
#define rdmabp_kernel_params_unregister devlink_params_unregister
#else
/*
 * A kernel without the instance lock calls (5.10) registers parameters
 * under the instance mutex, which devl_lock() of <net/devlink.h> holds
 * here: released around the call, as for its other registrations.
 */
static int rdmabp_kernel_params_register(struct devlink *devlink,
					 const rdmabp_kernel_devlink_param *params,
					 size_t params_count)
{
	int err;

	devl_unlock(devlink);
	err = devlink_params_register(devlink, params, params_count);
	devl_lock(devlink);
	return err;
}

static void rdmabp_kernel_params_unregister(struct devlink *devlink,
					    const rdmabp_kernel_devlink_param *params,
					    size_t params_count)
{
	devl_unlock(devlink);
	devlink_params_unregister(devlink, params, params_count);
	devl_lock(devlink);
}
#endif /* HAVE_DEVL_PARAMS_REGISTER */

struct rdmabp_param_set {
	struct list_head node;
	struct devlink *devlink;
	const struct rdmabp_devlink_param *params;
	size_t count;
	rdmabp_kernel_devlink_param *kparams;
	size_t kcount;
};

static LIST_HEAD(rdmabp_param_sets);
static DEFINE_MUTEX(rdmabp_param_sets_lock);

/* Can the kernel register this parameter at all (a generic id and a type
 * it knows)?
 */
static bool rdmabp_param_fits(const struct rdmabp_devlink_param *p)
{
	return !(p->generic && p->id > DEVLINK_PARAM_GENERIC_ID_MAX) &&
	       p->type <= DEVLINK_PARAM_TYPE_BOOL;
}

/* Only a parameter the kernel got: one it left out may share its id. */
static const struct rdmabp_devlink_param *
rdmabp_param_find(struct devlink *devlink, u32 id)
{
	const struct rdmabp_devlink_param *found = NULL;
	struct rdmabp_param_set *set;
	size_t i;

	mutex_lock(&rdmabp_param_sets_lock);
	list_for_each_entry(set, &rdmabp_param_sets, node) {
		if (set->devlink != devlink)
			continue;
		for (i = 0; i < set->count && !found; i++)
			if (set->params[i].id == id &&
			    rdmabp_param_fits(&set->params[i]))
				found = &set->params[i];
		if (found)
			break;
	}
	mutex_unlock(&rdmabp_param_sets_lock);
	return found;
}

static int rdmabp_param_get(struct devlink *devlink, u32 id,
			    struct devlink_param_gset_ctx *ctx)
{
	const struct rdmabp_devlink_param *p = rdmabp_param_find(devlink, id);

	if (!p || !p->get)
		return -EOPNOTSUPP;
	return p->get(devlink, id, ctx, NULL);
}

#ifndef HAVE_DEVLINK_PARAM_SET_EXTACK
static int rdmabp_param_set(struct devlink *devlink, u32 id,
			    struct devlink_param_gset_ctx *ctx)
{
	const struct rdmabp_devlink_param *p = rdmabp_param_find(devlink, id);

	if (!p || !p->set)
		return -EOPNOTSUPP;
	return p->set(devlink, id, ctx, NULL);
}
#endif /* !HAVE_DEVLINK_PARAM_SET_EXTACK */

static int rdmabp_param_validate(struct devlink *devlink, u32 id,
				 union devlink_param_value val,
				 struct netlink_ext_ack *extack)
{
	const struct rdmabp_devlink_param *p = rdmabp_param_find(devlink, id);

	if (!p || !p->validate)
		return 0;
	return p->validate(devlink, id, &val, extack);
}

/* As rdmabp_param_fits(), and says so when not. */
static bool rdmabp_param_known(struct devlink *devlink,
			       const struct rdmabp_devlink_param *p)
{
	if (!rdmabp_param_fits(p)) {
		dev_info(devlink_to_dev(devlink),
			 "rdma-backports: devlink parameter %s is not supported by this kernel\n",
			 p->name);
		return false;
	}
	return true;
}

static struct rdmabp_param_set *
rdmabp_param_set_new(struct devlink *devlink,
		     const struct rdmabp_devlink_param *params, size_t count)
{
	struct rdmabp_param_set *set;
	size_t i;

	set = kzalloc(sizeof(*set), GFP_KERNEL);
	if (!set)
		return NULL;
	set->kparams = kcalloc(count, sizeof(*set->kparams), GFP_KERNEL);
	if (!set->kparams) {
		kfree(set);
		return NULL;
	}
	set->devlink = devlink;
	set->params = params;
	set->count = count;
	for (i = 0; i < count; i++) {
		const struct rdmabp_devlink_param *p = &params[i];
		rdmabp_kernel_devlink_param *k = &set->kparams[set->kcount];

		if (!rdmabp_param_known(devlink, p))
			continue;
		k->id = p->id;
		k->name = p->name;
		k->generic = p->generic;
		k->type = p->type;
		k->supported_cmodes = p->supported_cmodes;
		k->get = p->get ? rdmabp_param_get : NULL;
#ifdef HAVE_DEVLINK_PARAM_SET_EXTACK
		k->set = p->set;
#else
		k->set = p->set ? rdmabp_param_set : NULL;
#endif /* HAVE_DEVLINK_PARAM_SET_EXTACK */
		k->validate = p->validate ? rdmabp_param_validate : NULL;
		set->kcount++;
	}
	return set;
}

static void rdmabp_param_set_free(struct rdmabp_param_set *set)
{
	kfree(set->kparams);
	kfree(set);
}

/* The set is listed before the kernel sees it: registering notifies, and
 * a notification reads the values through the trampolines.
 */
static struct rdmabp_param_set *
rdmabp_param_set_add(struct devlink *devlink,
		     const struct rdmabp_devlink_param *params, size_t count)
{
	struct rdmabp_param_set *set;

	set = rdmabp_param_set_new(devlink, params, count);
	if (!set)
		return NULL;
	mutex_lock(&rdmabp_param_sets_lock);
	list_add(&set->node, &rdmabp_param_sets);
	mutex_unlock(&rdmabp_param_sets_lock);
	return set;
}

static void rdmabp_param_set_del(struct rdmabp_param_set *set)
{
	mutex_lock(&rdmabp_param_sets_lock);
	list_del(&set->node);
	mutex_unlock(&rdmabp_param_sets_lock);
	rdmabp_param_set_free(set);
}

static struct rdmabp_param_set *
rdmabp_param_set_lookup(struct devlink *devlink,
			const struct rdmabp_devlink_param *params)
{
	struct rdmabp_param_set *set, *found = NULL;

	mutex_lock(&rdmabp_param_sets_lock);
	list_for_each_entry(set, &rdmabp_param_sets, node)
		if (set->devlink == devlink && set->params == params) {
			found = set;
			break;
		}
	mutex_unlock(&rdmabp_param_sets_lock);
	return found;
}

int rdmabp_devl_params_register(struct devlink *devlink,
				const struct rdmabp_devlink_param *params,
				size_t params_count)
{
	struct rdmabp_param_set *set;
	int err;

	set = rdmabp_param_set_add(devlink, params, params_count);
	if (!set)
		return -ENOMEM;
	err = rdmabp_kernel_params_register(devlink, set->kparams, set->kcount);
	if (err)
		rdmabp_param_set_del(set);
	return err;
}
EXPORT_SYMBOL_GPL(rdmabp_devl_params_register);

int rdmabp_devlink_params_register(struct devlink *devlink,
				   const struct rdmabp_devlink_param *params,
				   size_t params_count)
{
	int err;

	devl_lock(devlink);
	err = rdmabp_devl_params_register(devlink, params, params_count);
	devl_unlock(devlink);
	return err;
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_params_register);

void rdmabp_devl_params_unregister(struct devlink *devlink,
				   const struct rdmabp_devlink_param *params,
				   size_t params_count)
{
	struct rdmabp_param_set *set = rdmabp_param_set_lookup(devlink, params);

	if (WARN_ON(!set))
		return;
	rdmabp_kernel_params_unregister(devlink, set->kparams, set->kcount);
	rdmabp_param_set_del(set);
}
EXPORT_SYMBOL_GPL(rdmabp_devl_params_unregister);

void rdmabp_devlink_params_unregister(struct devlink *devlink,
				      const struct rdmabp_devlink_param *params,
				      size_t params_count)
{
	devl_lock(devlink);
	rdmabp_devl_params_unregister(devlink, params, params_count);
	devl_unlock(devlink);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_params_unregister);

/* For the run-time tests (compat/tests/rdmabp_devlink_test.c): how many
 * parameter arrays are registered here for DEVLINK.
 */
int rdmabp_devlink_param_sets(struct devlink *devlink)
{
	struct rdmabp_param_set *set;
	int n = 0;

	mutex_lock(&rdmabp_param_sets_lock);
	list_for_each_entry(set, &rdmabp_param_sets, node)
		if (set->devlink == devlink)
			n++;
	mutex_unlock(&rdmabp_param_sets_lock);
	return n;
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_param_sets);

#endif /* !HAVE_DEVLINK_PARAM_GET_EXTACK */
