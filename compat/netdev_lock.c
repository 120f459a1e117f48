// SPDX-License-Identifier: GPL-2.0
/*
 * netdev_lock()/netdev_unlock() for kernels without the netdev instance
 * lock.
 *
 * Undoes: "net: add netdev_lock() / netdev_unlock() helpers" (v6.14).
 * Selected by: !HAVE_NETDEV_LOCK.
 * Why not a header: struct net_device of such a kernel has no mutex, so one
 * per device is kept here, found by the device's address, and dropped
 * when the device is unregistered.
 */
#include <linux/hashtable.h>
#include <linux/mutex.h>
#include <linux/netdevice.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <net/netdev_lock.h>
#include "rdmabp_compat.h"

#ifndef HAVE_NETDEV_LOCK

struct rdmabp_netdev_mutex {
	struct hlist_node node;
	const struct net_device *dev;
	struct mutex lock;
};

static DEFINE_HASHTABLE(rdmabp_netdev_mutexes, 6);
static DEFINE_SPINLOCK(rdmabp_netdev_mutexes_guard);

static struct rdmabp_netdev_mutex *rdmabp_netdev_mutex_find(const struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m;

	hash_for_each_possible(rdmabp_netdev_mutexes, m, node, (unsigned long)dev)
		if (m->dev == dev)
			return m;
	return NULL;
}

static struct rdmabp_netdev_mutex *rdmabp_netdev_mutex_get(const struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m, *new;

	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	if (m)
		return m;

	/* Small and needed to make progress, like the kernel's own mutex. */
	new = kzalloc(sizeof(*new), GFP_KERNEL | __GFP_NOFAIL);
	new->dev = dev;
	mutex_init(&new->lock);

	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	if (!m) {
		hash_add(rdmabp_netdev_mutexes, &new->node, (unsigned long)dev);
		m = new;
		new = NULL;
	}
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	kfree(new);
	return m;
}

void rdmabp_netdev_lock(struct net_device *dev)
{
	mutex_lock(&rdmabp_netdev_mutex_get(dev)->lock);
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_lock);

bool rdmabp_netdev_trylock(struct net_device *dev)
{
	return mutex_trylock(&rdmabp_netdev_mutex_get(dev)->lock);
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_trylock);

void rdmabp_netdev_unlock(struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m;

	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	if (WARN_ON_ONCE(!m))
		return;
	mutex_unlock(&m->lock);
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_unlock);

/* A device that goes away takes its mutex along, unless it is still held. */
static int rdmabp_netdev_event(struct notifier_block *nb, unsigned long event,
			       void *ptr)
{
	struct net_device *dev = netdev_notifier_info_to_dev(ptr);
	struct rdmabp_netdev_mutex *m;

	if (event != NETDEV_UNREGISTER)
		return NOTIFY_DONE;
	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	if (m && !mutex_is_locked(&m->lock))
		hash_del(&m->node);
	else
		m = NULL;
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	kfree(m);
	return NOTIFY_DONE;
}

static struct notifier_block rdmabp_netdev_nb = {
	.notifier_call = rdmabp_netdev_event,
};

int rdmabp_netdev_lock_init(void)
{
	return register_netdevice_notifier(&rdmabp_netdev_nb);
}

void rdmabp_netdev_lock_exit(void)
{
	struct rdmabp_netdev_mutex *m;
	struct hlist_node *tmp;
	int bkt;

	unregister_netdevice_notifier(&rdmabp_netdev_nb);
	hash_for_each_safe(rdmabp_netdev_mutexes, bkt, tmp, m, node) {
		hash_del(&m->node);
		kfree(m);
	}
}

#endif /* !HAVE_NETDEV_LOCK */
