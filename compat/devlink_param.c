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
#include <linux/uaccess.h>
#include <net/devlink.h>
#include "rdmabp_compat.h"

#if !defined(HAVE_DEVLINK_PARAMS_AFTER_REGISTER) && defined(HAVE_DEVL_LOCK)
/*
 * Undoes: "devlink: allow registering parameters after the instance"
 * (v6.3). Selected by: !HAVE_DEVLINK_PARAMS_AFTER_REGISTER HAVE_DEVL_LOCK.
 * Why not a header: such a kernel warns (ASSERT_DEVLINK_NOT_REGISTERED,
 * five places) when a registered instance's parameter list changes, and
 * exports nothing that changes it without the warning. Its list is a plain
 * list of the public struct devlink_param_item, and every devlink command
 * reads it under the instance lock: with that lock held, the compat module
 * adds and removes the items itself, as the kernel would, and sets
 * driverinit values in them. The list lives in the private struct devlink:
 * where, is learnt once, before the first registration of an instance
 * (then the kernel's own calls do not warn), from the one word of the
 * struct that registering a marker parameter changes to point at the
 * marker's item (the list's tail). Notifications: a parameter added or a
 * driverinit value set on a registered instance is announced through
 * devlink_param_value_changed() (PARAM_NEW, as the newer kernel sends);
 * such a kernel exports nothing that announces a removal, so PARAM_DEL is
 * not sent for a parameter removed while the instance is registered
 * (devlink_unregister() still sends it for those left at that point).
 * Without the list (not found: said once), the kernel's calls are used,
 * and warn.
 */
#undef devlink_register
#undef devlink_unregister
#undef devlink_param_driverinit_value_set
#undef devlink_params_register
#undef devlink_params_unregister

/* Offset of the parameter list in struct devlink, once found; or -1. */
static long rdmabp_param_list_off = -1;
static bool rdmabp_param_list_tried;
/* The instances registered through rdmabp_devlink_register(). */
static LIST_HEAD(rdmabp_dl_registered);
static DEFINE_MUTEX(rdmabp_dl_lock);

struct rdmabp_dl_reg {
	struct list_head node;
	struct devlink *devlink;
};

/* A driverinit parameter of no driver: registered and unregistered once,
 * on an instance not yet registered, to find the list.
 */
static const rdmabp_kernel_devlink_param rdmabp_param_marker = {
	.id = DEVLINK_PARAM_GENERIC_ID_MAX + 0x7fff,
	.name = "rdmabp_param_list_marker",
	.type = DEVLINK_PARAM_TYPE_BOOL,
	.supported_cmodes = BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
};

static long rdmabp_param_list_locate(struct devlink *devlink)
{
	size_t size = (char *)devlink_priv(devlink) - (char *)devlink;
	size_t i, n = size / sizeof(unsigned long);
	const unsigned long *now = (const unsigned long *)devlink;
	const size_t prev = offsetof(struct list_head, prev) /
			    sizeof(unsigned long);
	unsigned long *before;
	long off = -1;

	before = kmemdup(devlink, size, GFP_KERNEL);
	if (!before)
		return -1;
	if (devlink_param_register(devlink, &rdmabp_param_marker)) {
		kfree(before);
		return -1;
	}
	/* list_add_tail() made head->prev point at the marker's item, whose
	 * next is the head: read through a changed word only without faults.
	 */
	for (i = prev; i < n && off < 0; i++) {
		struct devlink_param_item item;
		const void *p;

		if (now[i] == before[i])
			continue;
		p = (const void *)(now[i] - offsetof(struct devlink_param_item,
						     list));
		if (copy_from_kernel_nofault(&item, p, sizeof(item)))
			continue;
		if (item.param == &rdmabp_param_marker &&
		    item.list.next == (struct list_head *)&now[i - prev])
			off = (i - prev) * sizeof(unsigned long);
	}
	devlink_param_unregister(devlink, &rdmabp_param_marker);
	kfree(before);
	return off;
}

static struct list_head *rdmabp_param_list(struct devlink *devlink)
{
	long off = READ_ONCE(rdmabp_param_list_off);

	return off < 0 ? NULL : (struct list_head *)((char *)devlink + off);
}

bool rdmabp_devlink_params_direct(struct devlink *devlink)
{
	return rdmabp_param_list(devlink);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_params_direct);

static bool rdmabp_dl_is_registered(struct devlink *devlink)
{
	struct rdmabp_dl_reg *reg;
	bool found = false;

	mutex_lock(&rdmabp_dl_lock);
	list_for_each_entry(reg, &rdmabp_dl_registered, node)
		if (reg->devlink == devlink) {
			found = true;
			break;
		}
	mutex_unlock(&rdmabp_dl_lock);
	return found;
}

/* Marked registered after the kernel registered it (only then may a
 * change be announced), unmarked before it unregisters it.
 */
void rdmabp_devlink_register(struct devlink *devlink)
{
	struct rdmabp_dl_reg *reg = kzalloc(sizeof(*reg), GFP_KERNEL);

	mutex_lock(&rdmabp_dl_lock);
	if (!rdmabp_param_list_tried) {
		rdmabp_param_list_tried = true;
		WRITE_ONCE(rdmabp_param_list_off,
			   rdmabp_param_list_locate(devlink));
		if (rdmabp_param_list_off < 0)
			pr_warn("rdma-backports: the devlink parameter list was not found: parameters changed on a registered instance go through the kernel, which warns\n");
	}
	mutex_unlock(&rdmabp_dl_lock);
	devlink_register(devlink);
	if (!reg) {
		/* Not announced then; the parameters themselves work. */
		pr_warn("rdma-backports: out of memory: parameter changes of %s are not announced\n",
			dev_name(devlink_to_dev(devlink)));
		return;
	}
	reg->devlink = devlink;
	mutex_lock(&rdmabp_dl_lock);
	list_add(&reg->node, &rdmabp_dl_registered);
	mutex_unlock(&rdmabp_dl_lock);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_register);

void rdmabp_devlink_unregister(struct devlink *devlink)
{
	struct rdmabp_dl_reg *reg, *found = NULL;

	mutex_lock(&rdmabp_dl_lock);
	list_for_each_entry(reg, &rdmabp_dl_registered, node)
		if (reg->devlink == devlink) {
			found = reg;
			list_del(&reg->node);
			break;
		}
	mutex_unlock(&rdmabp_dl_lock);
	kfree(found);
	devlink_unregister(devlink);
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_unregister);

static struct devlink_param_item *
rdmabp_param_item_find(struct list_head *list, const char *name, u32 id)
{
	struct devlink_param_item *item;

	list_for_each_entry(item, list, list)
		if (name ? !strcmp(item->param->name, name) :
			   item->param->id == id)
			return item;
	return NULL;
}

static void rdmabp_param_item_del(struct list_head *list,
				  const rdmabp_kernel_devlink_param *param)
{
	struct devlink_param_item *item;

	list_for_each_entry(item, list, list)
		if (item->param == param) {
			list_del(&item->list);
			kfree(item);
			return;
		}
	WARN_ON(1);
}

/* devlink_params_register() of the newer kernel, instance lock held. */
static int rdmabp_params_add(struct devlink *devlink,
			     const rdmabp_kernel_devlink_param *params,
			     size_t count)
{
	struct list_head *list = rdmabp_param_list(devlink);
	struct devlink_param_item *item;
	size_t i;
	int err;

	if (!list)
		return devlink_params_register(devlink, params, count);
	devl_assert_locked(devlink);
	for (i = 0; i < count; i++) {
		err = -EINVAL;
		if (!params[i].name || !params[i].supported_cmodes)
			goto rollback;
		err = -EEXIST;
		if (rdmabp_param_item_find(list, params[i].name, 0))
			goto rollback;
		err = -ENOMEM;
		item = kzalloc(sizeof(*item), GFP_KERNEL);
		if (!item)
			goto rollback;
		item->param = &params[i];
		list_add_tail(&item->list, list);
	}
	if (rdmabp_dl_is_registered(devlink))
		for (i = 0; i < count; i++)
			devlink_param_value_changed(devlink, params[i].id);
	return 0;

rollback:
	while (i--)
		rdmabp_param_item_del(list, &params[i]);
	return err;
}

static void rdmabp_params_del(struct devlink *devlink,
			      const rdmabp_kernel_devlink_param *params,
			      size_t count)
{
	struct list_head *list = rdmabp_param_list(devlink);
	size_t i;

	if (!list) {
		devlink_params_unregister(devlink, params, count);
		return;
	}
	devl_assert_locked(devlink);
	for (i = 0; i < count; i++)
		rdmabp_param_item_del(list, &params[i]);
}

int rdmabp_devlink_param_driverinit_value_set(struct devlink *devlink,
					      u32 param_id,
					      union devlink_param_value init_val)
{
	struct list_head *list = rdmabp_param_list(devlink);
	struct devlink_param_item *item;

	if (!list)
		return devlink_param_driverinit_value_set(devlink, param_id,
							  init_val);
	devl_assert_locked(devlink);
	item = rdmabp_param_item_find(list, NULL, param_id);
	if (!item)
		return -EINVAL;
	if (!test_bit(DEVLINK_PARAM_CMODE_DRIVERINIT,
		      &item->param->supported_cmodes))
		return -EOPNOTSUPP;
	if (item->param->type == DEVLINK_PARAM_TYPE_STRING)
		strscpy(item->driverinit_value.vstr, init_val.vstr,
			sizeof(item->driverinit_value.vstr));
	else
		item->driverinit_value = init_val;
	item->driverinit_value_valid = true;
	if (rdmabp_dl_is_registered(devlink))
		devlink_param_value_changed(devlink, param_id);
	return 0;
}
EXPORT_SYMBOL_GPL(rdmabp_devlink_param_driverinit_value_set);
#endif /* !HAVE_DEVLINK_PARAMS_AFTER_REGISTER && HAVE_DEVL_LOCK */

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
#elif !defined(HAVE_DEVL_LOCK)
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
#ifdef HAVE_DEVLINK_PARAMS_PUBLISH
	/* Added to a registered instance: published as at registration. */
	if (!err && devlink->registered)
		devlink_params_publish(devlink);
#endif /* HAVE_DEVLINK_PARAMS_PUBLISH */
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
#elif !defined(HAVE_DEVLINK_PARAMS_AFTER_REGISTER)
/*
 * Such a kernel's list has no lock of its own: every devlink command reads
 * it under the instance lock, which the caller holds. On a registered
 * instance the items are added and removed here (above).
 */
#define rdmabp_kernel_params_register rdmabp_params_add
#define rdmabp_kernel_params_unregister rdmabp_params_del
#else
#define rdmabp_kernel_params_register devlink_params_register
#define rdmabp_kernel_params_unregister devlink_params_unregister
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
