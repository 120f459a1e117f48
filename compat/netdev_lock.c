// SPDX-License-Identifier: GPL-2.0
/*
 * netdev_lock()/netdev_unlock() for kernels without the netdev instance
 * lock.
 *
 * Undoes: "net: add netdev_lock() / netdev_unlock() helpers" (v6.14).
 * Selected by: !HAVE_NETDEV_LOCK.
 * Why not a header: struct net_device of such a kernel has no mutex, so one
 * per device is kept here, found by the device's address.
 *
 * Lifetime: an entry exists only while a thread holds its mutex or waits
 * for it (or tries to take it). Each of them holds a reference, taken
 * under the table's spinlock where the entry is found; the last reference
 * dropped removes and frees it. An unheld mutex has no state worth
 * keeping, so a device's next netdev_lock() simply makes a new entry. The
 * kernel's unregistering of a device (or its never being registered)
 * therefore plays no part: nothing outlives its last holder, and nothing
 * is freed under one.
 */
#include <linux/hashtable.h>
#include <linux/mutex.h>
#include <linux/netdevice.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <net/netdev_lock.h>
#include "rdmabp_compat.h"

#ifndef HAVE_NETDEV_LOCK

struct rdmabp_netdev_mutex {
	struct hlist_node node;
	const struct net_device *dev;
	/* Holders and waiters; the entry is in the table while it is not 0. */
	refcount_t refs;
	struct mutex lock;
};

static DEFINE_HASHTABLE(rdmabp_netdev_mutexes, 6);
/* Guards the table and every transition of an entry's refs from or to 0. */
static DEFINE_SPINLOCK(rdmabp_netdev_mutexes_guard);
static unsigned int rdmabp_netdev_mutexes_count;

static struct rdmabp_netdev_mutex *rdmabp_netdev_mutex_find(const struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m;

	lockdep_assert_held(&rdmabp_netdev_mutexes_guard);
	hash_for_each_possible(rdmabp_netdev_mutexes, m, node, (unsigned long)dev)
		if (m->dev == dev)
			return m;
	return NULL;
}

/* The entry of DEV with a reference for the caller, made when there is none. */
static struct rdmabp_netdev_mutex *rdmabp_netdev_mutex_get(const struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m, *new;

	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	if (m)
		refcount_inc(&m->refs);
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	if (m)
		return m;

	/* Small and needed to make progress, like the kernel's own mutex. */
	new = kzalloc(sizeof(*new), GFP_KERNEL | __GFP_NOFAIL);
	new->dev = dev;
	refcount_set(&new->refs, 1);
	mutex_init(&new->lock);

	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	if (m) {
		refcount_inc(&m->refs);
	} else {
		hash_add(rdmabp_netdev_mutexes, &new->node, (unsigned long)dev);
		rdmabp_netdev_mutexes_count++;
		m = new;
		new = NULL;
	}
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	if (new) {
		mutex_destroy(&new->lock);
		kfree(new);
	}
	return m;
}

/*
 * Drops the caller's reference; the last one frees the entry. Called after
 * the caller's own mutex_unlock() has returned, so the freeing thread is
 * the last one to touch the mutex.
 */
static void rdmabp_netdev_mutex_put(struct rdmabp_netdev_mutex *m)
{
	if (!refcount_dec_and_lock(&m->refs, &rdmabp_netdev_mutexes_guard))
		return;
	hash_del(&m->node);
	rdmabp_netdev_mutexes_count--;
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	mutex_destroy(&m->lock);
	kfree(m);
}

void rdmabp_netdev_lock(struct net_device *dev)
{
	/* The reference is kept while the mutex is held. */
	mutex_lock(&rdmabp_netdev_mutex_get(dev)->lock);
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_lock);

bool rdmabp_netdev_trylock(struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m = rdmabp_netdev_mutex_get(dev);

	if (mutex_trylock(&m->lock))
		return true;
	rdmabp_netdev_mutex_put(m);
	return false;
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_trylock);

void rdmabp_netdev_unlock(struct net_device *dev)
{
	struct rdmabp_netdev_mutex *m;

	/* The holder's reference keeps the entry in the table. */
	spin_lock(&rdmabp_netdev_mutexes_guard);
	m = rdmabp_netdev_mutex_find(dev);
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	if (WARN_ON_ONCE(!m))
		return;
	mutex_unlock(&m->lock);
	rdmabp_netdev_mutex_put(m);
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_unlock);

/*
 * How many devices have an entry now (held, or waited for): for the
 * run-time tests (compat/tests), which check that none is left behind.
 */
unsigned int rdmabp_netdev_lock_entries(void)
{
	unsigned int n;

	spin_lock(&rdmabp_netdev_mutexes_guard);
	n = rdmabp_netdev_mutexes_count;
	spin_unlock(&rdmabp_netdev_mutexes_guard);
	return n;
}
EXPORT_SYMBOL_GPL(rdmabp_netdev_lock_entries);

int rdmabp_netdev_lock_init(void)
{
	return 0;
}

/* No module that can hold a lock is loaded any more: the table is empty. */
void rdmabp_netdev_lock_exit(void)
{
	WARN_ON(rdmabp_netdev_lock_entries());
}

#endif /* !HAVE_NETDEV_LOCK */
