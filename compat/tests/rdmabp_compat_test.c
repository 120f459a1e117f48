// SPDX-License-Identifier: GPL-2.0
/*
 * rdmabp_compat_test: checks at run time what rdma-backports puts between
 * the pinned RDMA code and the target kernel: the functions of the compat
 * module (compat/netdev_lock.c, compat/skb_crc32c.c) and the compat headers
 * of include/ that carry logic (among them mlx5e's datapath helpers). Each case is named after the function or
 * shim it checks. On a kernel that has a function the compat unit gives way
 * and the same case checks the kernel's own function: the pinned code relies
 * on the same behaviour either way.
 *
 * Loading the module runs every case and prints a KTAP report to the kernel
 * log; the module stays loaded until it is removed. It is a test artifact
 * (make compat-tests), never installed to users.
 */
#include <linux/bvec.h>
#include <linux/completion.h>
#include <linux/cpu_rmap.h>
#include <linux/delay.h>
#include <linux/dim.h>
#include <linux/dma-mapping.h>
#include <linux/etherdevice.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/ethtool.h>
#include <linux/hmm.h>
#include <linux/hmm-dma.h>
#include <linux/hrtimer.h>
#include <linux/irq.h>
#include <linux/kobject_ns.h>
#include <linux/kthread.h>
#include <linux/limits.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mmu_notifier.h>
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/overflow.h>
#include <linux/nsproxy.h>
#include <linux/platform_device.h>
#include <linux/rtnetlink.h>
#include <linux/sched.h>
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include <linux/sort.h>
#include <linux/timer.h>
#include <linux/udp.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include <net/gso.h>
#include <net/ip.h>
#include <net/net_namespace.h>
#include <net/netdev_lock.h>
#include <net/netdev_queues.h>
#include <net/page_pool/helpers.h>
#include <net/rtnetlink.h>
#include <net/sock.h>
#include <net/udp_tunnel.h>
#include <net/xdp.h>
#include <net/xdp_sock_drv.h>
#include "rdmabp_ktap.h"
#include "rdmabp_netdev_lock_entries.h"

/* How long a thread may take to get a free lock, and how long a held one
 * is watched to stay held.
 */
#define RDMABP_GRANT_MS		5000
#define RDMABP_HOLD_MS		200

/* ------------------------------------------------ netdev_lock/netdev_unlock */

/*
 * A thread that takes the instance locks of some devices, in order, says so,
 * and keeps them until it is stopped. A mutex is released by its owner: the
 * thread unlocks them itself.
 */
struct rdmabp_locker {
	struct net_device **devs;
	int n;
	struct completion locked;
	struct task_struct *task;
};

static int rdmabp_locker_fn(void *arg)
{
	struct rdmabp_locker *l = arg;
	int i;

	for (i = 0; i < l->n; i++)
		netdev_lock(l->devs[i]);
	complete(&l->locked);
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	for (i = l->n - 1; i >= 0; i--)
		netdev_unlock(l->devs[i]);
	return 0;
}

static int rdmabp_locker_start(struct rdmabp_locker *l,
			       struct net_device **devs, int n)
{
	l->devs = devs;
	l->n = n;
	init_completion(&l->locked);
	l->task = kthread_run(rdmabp_locker_fn, l, "rdmabp_locker");
	if (IS_ERR(l->task)) {
		WHY("kthread_run: %ld", PTR_ERR(l->task));
		return -1;
	}
	return 0;
}

/* Did the thread get its locks within MS milliseconds? */
static bool rdmabp_locker_got(struct rdmabp_locker *l, unsigned int ms)
{
	return wait_for_completion_timeout(&l->locked, msecs_to_jiffies(ms));
}

static struct net_device *rdmabp_alloc_netdev(void)
{
	return alloc_netdev(0, "rdmabpt%d", NET_NAME_ENUM, ether_setup);
}

/*
 * Held by one thread, a device's lock keeps another thread out until it is
 * freed. *STUCK: a thread waits for the lock for good; the device must be
 * left alone (a failure, rather than a hang).
 */
static enum rdmabp_result rdmabp_lock_excludes(struct net_device *dev,
					       bool *stuck)
{
	struct rdmabp_locker l;
	bool early;

	*stuck = false;
	netdev_lock(dev);
	if (rdmabp_locker_start(&l, &dev, 1)) {
		netdev_unlock(dev);
		return RDMABP_FAIL;
	}
	early = rdmabp_locker_got(&l, RDMABP_HOLD_MS);
	netdev_unlock(dev);
	if (!early && !rdmabp_locker_got(&l, RDMABP_GRANT_MS)) {
		WHY("the lock was never granted after netdev_unlock()");
		*stuck = true;
		return RDMABP_FAIL;
	}
	kthread_stop(l.task);
	if (early) {
		WHY("a second thread took the lock while it was held");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static enum rdmabp_result test_netdev_lock_excludes(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r;
	bool stuck;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	r = rdmabp_lock_excludes(dev, &stuck);
	if (!stuck)
		free_netdev(dev);
	return r;
}

/* Two devices have two locks: holding one does not keep the other. */
static enum rdmabp_result test_netdev_lock_per_device(void)
{
	struct net_device *a = rdmabp_alloc_netdev();
	struct net_device *b = rdmabp_alloc_netdev();
	struct rdmabp_locker l;
	bool got;

	if (!a || !b) {
		WHY("alloc_netdev failed");
		goto free;
	}
	netdev_lock(a);
	if (rdmabp_locker_start(&l, &b, 1)) {
		netdev_unlock(a);
		goto free;
	}
	got = rdmabp_locker_got(&l, RDMABP_GRANT_MS);
	netdev_unlock(a);
	if (!got && !rdmabp_locker_got(&l, RDMABP_GRANT_MS)) {
		WHY("device B's lock stays taken after A's was freed");
		return RDMABP_FAIL;
	}
	kthread_stop(l.task);
	free_netdev(a);
	free_netdev(b);
	if (!got) {
		WHY("holding device A's lock kept device B's lock from a thread");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
free:
	if (a)
		free_netdev(a);
	if (b)
		free_netdev(b);
	return RDMABP_FAIL;
}

/*
 * More devices than the compat module's hash table has buckets: all locked
 * at once by one thread, and each one's lock is still the right one (a
 * second thread waits for the one device it wants).
 */
#define RDMABP_MANY	100

static enum rdmabp_result test_netdev_lock_many_devices(void)
{
	struct net_device **devs;
	struct rdmabp_locker all, one;
	enum rdmabp_result r = RDMABP_FAIL;
	bool early;
	int i, n = 0;

	devs = kcalloc(RDMABP_MANY, sizeof(*devs), GFP_KERNEL);
	if (!devs) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	for (n = 0; n < RDMABP_MANY; n++) {
		devs[n] = rdmabp_alloc_netdev();
		if (!devs[n]) {
			WHY("alloc_netdev failed");
			goto free;
		}
	}
	if (rdmabp_locker_start(&all, devs, RDMABP_MANY))
		goto free;
	if (!rdmabp_locker_got(&all, RDMABP_GRANT_MS)) {
		WHY("one thread could not lock %d distinct devices", RDMABP_MANY);
		goto leak;
	}
	if (rdmabp_locker_start(&one, &devs[57], 1)) {
		kthread_stop(all.task);
		goto free;
	}
	early = rdmabp_locker_got(&one, RDMABP_HOLD_MS);
	kthread_stop(all.task);
	if (!early && !rdmabp_locker_got(&one, RDMABP_GRANT_MS)) {
		WHY("device 57's lock was never granted");
		goto leak;
	}
	kthread_stop(one.task);
	if (early)
		WHY("device 57's lock was granted while another thread held it");
	else
		r = RDMABP_PASS;
free:
	for (i = 0; i < n; i++)
		free_netdev(devs[i]);
	kfree(devs);
	return r;
leak:
	/* A thread is stuck on the devices: they cannot be freed. */
	return RDMABP_FAIL;
}

/* ------------------------------------------- a registered device */

static netdev_tx_t rdmabp_start_xmit(struct sk_buff *skb,
				     struct net_device *dev)
{
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static const struct net_device_ops rdmabp_netdev_ops = {
	.ndo_start_xmit = rdmabp_start_xmit,
};

static struct net_device *rdmabp_register_netdev(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	int err;

	if (!dev) {
		WHY("alloc_netdev failed");
		return NULL;
	}
	dev->netdev_ops = &rdmabp_netdev_ops;
	eth_hw_addr_random(dev);
	err = register_netdev(dev);
	if (err) {
		WHY("register_netdev: %d", err);
		free_netdev(dev);
		return NULL;
	}
	return dev;
}

/*
 * The lock of a registered device, then unregistration (the compat module
 * drops its per-device state on NETDEV_UNREGISTER), then a new device.
 */
static enum rdmabp_result test_netdev_lock_registered(void)
{
	struct net_device *dev;
	enum rdmabp_result r;
	bool stuck;
	int round;

	for (round = 0; round < 2; round++) {
		dev = rdmabp_register_netdev();
		if (!dev)
			return RDMABP_FAIL;
		r = rdmabp_lock_excludes(dev, &stuck);
		if (stuck)
			return r;
		unregister_netdev(dev);
		free_netdev(dev);
		if (r != RDMABP_PASS)
			return r;
	}
	return RDMABP_PASS;
}

/* ------------------------------- netdev_lock racing register/unregister */

/*
 * The compat module keeps one lock entry per device for as long as a
 * thread holds or waits for it (compat/netdev_lock.c): entries must
 * neither be freed under a holder nor outlive the last one, whatever the
 * kernel does to the device meanwhile. Workers on every CPU lock and
 * unlock a round's devices while the devices are registered and
 * unregistered; then the count of entries is back where it was, and no
 * WARN was raised. The kernel's own lock (7.2) takes the same race.
 */
#define RDMABP_RACE_DEVS	4
#define RDMABP_RACE_ROUNDS	25
/* Each worker's cycles a round, at least: 2 CPUs x 200 x 25 = 10,000. */
#define RDMABP_RACE_MIN_CYCLES	200
#define RDMABP_RACE_WAIT_MS	30000

struct rdmabp_race {
	struct net_device *devs[RDMABP_RACE_DEVS];
	wait_queue_head_t wq;
	int round;		/* bumped to start a round */
	bool unregistered;	/* the round's devices are gone */
	atomic_t running;	/* workers still in the round */
	atomic_t cycles;	/* lock/unlock (or trylock) cycles, all rounds */
};

struct rdmabp_race_worker {
	struct rdmabp_race *race;
	int id;
	struct task_struct *task;
};

static void rdmabp_race_cycle(struct net_device *dev, unsigned int n)
{
	/* One in four takes the trylock path. */
	if (n % 4 == 3) {
		if (netdev_trylock(dev))
			netdev_unlock(dev);
	} else {
		netdev_lock(dev);
		netdev_unlock(dev);
	}
}

static int rdmabp_race_fn(void *arg)
{
	struct rdmabp_race_worker *w = arg;
	struct rdmabp_race *race = w->race;
	int seen = 0;

	for (;;) {
		unsigned int n = 0;

		wait_event_interruptible(race->wq, READ_ONCE(race->round) != seen ||
					 kthread_should_stop());
		if (kthread_should_stop())
			break;
		seen = READ_ONCE(race->round);
		do {
			rdmabp_race_cycle(race->devs[(n + w->id) % RDMABP_RACE_DEVS], n);
			atomic_inc(&race->cycles);
			/* Leave the registering thread some CPU (a slow guest). */
			if (++n % 64 == 0)
				usleep_range(20, 50);
		} while (!READ_ONCE(race->unregistered) || n < RDMABP_RACE_MIN_CYCLES);
		if (atomic_dec_and_test(&race->running))
			wake_up_all(&race->wq);
	}
	return 0;
}

/* Registers, unregisters (while this thread holds one device's compat lock)
 * and frees one round's devices while the workers take their locks.
 * Returns false when the workers are stuck (the devices must leak).
 */
static bool rdmabp_race_round(struct rdmabp_race *race, int nworkers,
			      enum rdmabp_result *r)
{
	LIST_HEAD(gone);
	int i, registered = 0;
	long left;

	for (i = 0; i < RDMABP_RACE_DEVS; i++) {
		race->devs[i] = rdmabp_alloc_netdev();
		if (!race->devs[i]) {
			WHY("alloc_netdev failed");
			while (i--)
				free_netdev(race->devs[i]);
			*r = RDMABP_FAIL;
			return true;
		}
		race->devs[i]->netdev_ops = &rdmabp_netdev_ops;
		eth_hw_addr_random(race->devs[i]);
	}
	WRITE_ONCE(race->unregistered, false);
	atomic_set(&race->running, nworkers);
	WRITE_ONCE(race->round, race->round + 1);
	wake_up_all(&race->wq);

	for (i = 0; i < RDMABP_RACE_DEVS; i++) {
		int err = register_netdev(race->devs[i]);

		if (err) {
			WHY("register_netdev: %d", err);
			*r = RDMABP_FAIL;
			break;
		}
		registered++;
	}
#ifndef HAVE_NETDEV_LOCK
	/*
	 * A device unregistered while its lock is held (the kernel's own
	 * unregistering takes its own lock, so only for the compat one).
	 */
	netdev_lock(race->devs[0]);
#endif /* !HAVE_NETDEV_LOCK */
	rtnl_lock();
	for (i = 0; i < registered; i++)
		unregister_netdevice_queue(race->devs[i], &gone);
	unregister_netdevice_many(&gone);
	rtnl_unlock();
	WRITE_ONCE(race->unregistered, true);
#ifndef HAVE_NETDEV_LOCK
	netdev_unlock(race->devs[0]);
#endif /* !HAVE_NETDEV_LOCK */

	left = wait_event_timeout(race->wq, !atomic_read(&race->running),
				  msecs_to_jiffies(RDMABP_RACE_WAIT_MS));
	if (!left) {
		WHY("the workers are stuck in netdev_lock() after %d ms",
		    RDMABP_RACE_WAIT_MS);
		*r = RDMABP_FAIL;
		return false;
	}
	/* Locked again after NETDEV_UNREGISTER, before the device is freed. */
	for (i = 0; i < RDMABP_RACE_DEVS; i++) {
		netdev_lock(race->devs[i]);
		netdev_unlock(race->devs[i]);
		free_netdev(race->devs[i]);
	}
	return true;
}

static enum rdmabp_result rdmabp_netdev_lock_leak_check(unsigned int before,
							 bool warned)
{
#ifndef HAVE_NETDEV_LOCK
	unsigned int after = rdmabp_netdev_lock_entries();

	if (after != before) {
		WHY("rdmabp_compat keeps %u lock entries, %u before the test",
		    after, before);
		return RDMABP_FAIL;
	}
#endif /* !HAVE_NETDEV_LOCK */
	if (!warned && test_taint(TAINT_WARN)) {
		WHY("a WARN was raised (kernel log)");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static unsigned int rdmabp_netdev_lock_entries_now(void)
{
#ifndef HAVE_NETDEV_LOCK
	return rdmabp_netdev_lock_entries();
#else
	return 0;
#endif /* !HAVE_NETDEV_LOCK */
}

static enum rdmabp_result test_netdev_lock_race_unregister(void)
{
	struct rdmabp_race_worker *workers;
	struct rdmabp_race race = { };
	enum rdmabp_result r = RDMABP_PASS;
	unsigned int before = rdmabp_netdev_lock_entries_now();
	bool warned = test_taint(TAINT_WARN);
	int i, round, nworkers = clamp_t(int, num_online_cpus(), 2, 8);
	bool sane = true;

	workers = kcalloc(nworkers, sizeof(*workers), GFP_KERNEL);
	if (!workers) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	init_waitqueue_head(&race.wq);
	atomic_set(&race.cycles, 0);
	for (i = 0; i < nworkers; i++) {
		workers[i].race = &race;
		workers[i].id = i;
		workers[i].task = kthread_create(rdmabp_race_fn, &workers[i],
						 "rdmabp_race/%d", i);
		if (IS_ERR(workers[i].task)) {
			WHY("kthread_create: %ld", PTR_ERR(workers[i].task));
			nworkers = i;
			r = RDMABP_FAIL;
			goto stop;
		}
		kthread_bind(workers[i].task, i % num_online_cpus());
		wake_up_process(workers[i].task);
	}
	for (round = 0; round < RDMABP_RACE_ROUNDS && r == RDMABP_PASS; round++) {
		sane = rdmabp_race_round(&race, nworkers, &r);
		if (!sane)
			return r;	/* the workers and devices leak */
	}
stop:
	for (i = 0; i < nworkers; i++)
		kthread_stop(workers[i].task);
	kfree(workers);
	if (r != RDMABP_PASS)
		return r;
	if (atomic_read(&race.cycles) < 10000) {
		WHY("only %d lock cycles", atomic_read(&race.cycles));
		return RDMABP_FAIL;
	}
	pr_info("# netdev_lock_race_unregister: %d lock cycles on %d CPUs, %d devices registered and unregistered, KASAN %s\n",
		atomic_read(&race.cycles), nworkers,
		RDMABP_RACE_ROUNDS * RDMABP_RACE_DEVS,
		IS_ENABLED(CONFIG_KASAN) ? "on" : "off (the guest kernel has none)");
	return rdmabp_netdev_lock_leak_check(before, warned);
}

/*
 * Devices that are never registered get no NETDEV_UNREGISTER at all:
 * 10,000 lock cycles on 100 of them leave no entry behind either.
 */
static enum rdmabp_result test_netdev_lock_no_leak(void)
{
	unsigned int before = rdmabp_netdev_lock_entries_now();
	bool warned = test_taint(TAINT_WARN);
	struct net_device *dev;
	int i, j;

	for (i = 0; i < 100; i++) {
		dev = rdmabp_alloc_netdev();
		if (!dev) {
			WHY("alloc_netdev failed");
			return RDMABP_FAIL;
		}
		for (j = 0; j < 100; j++)
			rdmabp_race_cycle(dev, j);
		free_netdev(dev);
		cond_resched();
	}
	return rdmabp_netdev_lock_leak_check(before, warned);
}

/* netif_set_mtu() under RTNL: a valid MTU is set, one above max is refused. */
static enum rdmabp_result test_netif_set_mtu(void)
{
	struct net_device *dev = rdmabp_register_netdev();
	int err1, err2;
	unsigned int mtu1, mtu2;

	if (!dev)
		return RDMABP_FAIL;
	rtnl_lock();
	err1 = netif_set_mtu(dev, 1400);
	mtu1 = dev->mtu;
	err2 = netif_set_mtu(dev, dev->max_mtu + 1);
	mtu2 = dev->mtu;
	rtnl_unlock();
	unregister_netdev(dev);
	free_netdev(dev);
	if (err1 || mtu1 != 1400) {
		WHY("netif_set_mtu(1400): %d, mtu %u", err1, mtu1);
		return RDMABP_FAIL;
	}
	if (err2 != -EINVAL || mtu2 != 1400) {
		WHY("netif_set_mtu(max + 1): %d (want %d), mtu %u", err2, -EINVAL,
		    mtu2);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ------------------------------------------------------- napi_schedule */

struct rdmabp_napi {
	struct napi_struct napi;
	struct completion polled;
};

static int rdmabp_napi_poll(struct napi_struct *napi, int budget)
{
	struct rdmabp_napi *n = container_of(napi, struct rdmabp_napi, napi);

	napi_complete_done(napi, 0);
	complete(&n->polled);
	return 0;
}

/*
 * napi_schedule() says whether it scheduled the NAPI: yes for an idle one,
 * no while it is already scheduled, yes again once it has been polled.
 */
static enum rdmabp_result test_napi_schedule_bool(void)
{
	enum rdmabp_result r = RDMABP_FAIL;
	struct net_device *dev = rdmabp_register_netdev();
	bool first, second, third;
	struct rdmabp_napi *n;
	unsigned long left;

	if (!dev)
		return RDMABP_FAIL;
	n = kzalloc_obj(*n, GFP_KERNEL);
	if (!n) {
		WHY("no memory");
		goto out_dev;
	}
	init_completion(&n->polled);
	netif_napi_add(dev, &n->napi, rdmabp_napi_poll);
	napi_enable(&n->napi);

	local_bh_disable();
	first = napi_schedule(&n->napi);
	second = napi_schedule(&n->napi);
	local_bh_enable();
	left = wait_for_completion_timeout(&n->polled, 5 * HZ);
	if (!first || second || !left) {
		WHY("idle: %d (want 1), scheduled: %d (want 0), polled: %d",
		    first, second, !!left);
		goto out_napi;
	}
	reinit_completion(&n->polled);
	local_bh_disable();
	third = napi_schedule(&n->napi);
	local_bh_enable();
	left = wait_for_completion_timeout(&n->polled, 5 * HZ);
	if (!third || !left) {
		WHY("after the poll: %d (want 1), polled again: %d", third,
		    !!left);
		goto out_napi;
	}
	r = RDMABP_PASS;
out_napi:
	napi_disable(&n->napi);
	netif_napi_del(&n->napi);
	kfree(n);
out_dev:
	unregister_netdev(dev);
	free_netdev(dev);
	return r;
}

/* ---------------------------------------------------------- skb_crc32c */

/*
 * CRC32C check values: "123456789" (the CRC catalogue's check value) and
 * the 32-byte vectors of RFC 3720, B.4. skb_crc32c() returns the raw
 * register: seeded with ~0, the CRC is its complement.
 */
#define CRC32C_CHECK		0xe3069283
#define CRC32C_ZEROS32		0x8a9136aa
#define CRC32C_ONES32		0x62a8ab43
#define CRC32C_INCR32		0x46dd794e
#define CRC32C_DECR32		0x113fdb5c
/* Bytes 100..2899 of the pattern (i * 7 + 3) & 0xff, i = 0..2999. */
#define CRC32C_PATTERN_MID	0xa12c23e3

static u8 rdmabp_pattern(int i)
{
	return (i * 7 + 3) & 0xff;
}

/* An skb whose first HEAD bytes of DATA are linear, the rest in page
 * fragments of at most FRAG bytes, each at an odd place in its own page.
 */
static struct sk_buff *rdmabp_skb(const u8 *data, int len, int head, int frag)
{
	struct sk_buff *skb = alloc_skb(head, GFP_KERNEL);
	int off = head, nr = 0;

	if (!skb)
		return NULL;
	skb_put_data(skb, data, head);
	while (off < len) {
		int size = min(frag, len - off);
		unsigned int pgoff = PAGE_SIZE - size - 3 * nr - 1;
		struct page *page = NULL;

		if (nr < MAX_SKB_FRAGS)
			page = alloc_page(GFP_KERNEL);
		if (!page) {
			kfree_skb(skb);
			return NULL;
		}
		memcpy(page_address(page) + pgoff, data + off, size);
		skb_fill_page_desc(skb, nr++, page, pgoff, size);
		skb->len += size;
		skb->data_len += size;
		skb->truesize += PAGE_SIZE;
		off += size;
	}
	return skb;
}

static enum rdmabp_result rdmabp_crc_check(const char *what,
					   const u8 *data, int len,
					   int head, int frag, u32 want)
{
	struct sk_buff *skb = rdmabp_skb(data, len, head, frag);
	u32 got;

	if (!skb) {
		WHY("%s: cannot build the skb", what);
		return RDMABP_FAIL;
	}
	got = ~skb_crc32c(skb, 0, len, ~0U);
	pr_info("# skb_crc32c %s: %d bytes, %d linear, %d fragments: %08x\n",
		what, len, head, skb_shinfo(skb)->nr_frags, got);
	kfree_skb(skb);
	if (got != want) {
		WHY("%s: crc32c %08x, want %08x", what, got, want);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static enum rdmabp_result test_skb_crc32c_linear(void)
{
	return rdmabp_crc_check("linear", (const u8 *)"123456789", 9, 9, 0,
				CRC32C_CHECK);
}

/* Across the head and two page fragments: the fragments' CRCs are combined. */
static enum rdmabp_result test_skb_crc32c_paged(void)
{
	return rdmabp_crc_check("paged", (const u8 *)"123456789", 9, 3, 4,
				CRC32C_CHECK);
}

static enum rdmabp_result test_skb_crc32c_rfc3720(void)
{
	u8 buf[32];
	enum rdmabp_result r;
	int i;

	memset(buf, 0, sizeof(buf));
	r = rdmabp_crc_check("zeros", buf, 32, 0, 32, CRC32C_ZEROS32);
	if (r != RDMABP_PASS)
		return r;
	memset(buf, 0xff, sizeof(buf));
	r = rdmabp_crc_check("ones", buf, 32, 1, 31, CRC32C_ONES32);
	if (r != RDMABP_PASS)
		return r;
	for (i = 0; i < 32; i++)
		buf[i] = i;
	r = rdmabp_crc_check("incrementing", buf, 32, 16, 5, CRC32C_INCR32);
	if (r != RDMABP_PASS)
		return r;
	for (i = 0; i < 32; i++)
		buf[i] = 31 - i;
	return rdmabp_crc_check("decrementing", buf, 32, 7, 2, CRC32C_DECR32);
}

/* A range that starts in the head and ends in the last fragment, in one
 * call and chained over two calls (the second seeded with the first's CRC).
 */
static enum rdmabp_result test_skb_crc32c_offset_chained(void)
{
	struct sk_buff *skb;
	u8 *buf;
	u32 one, two;
	int i;

	buf = kmalloc(3000, GFP_KERNEL);
	if (!buf) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	for (i = 0; i < 3000; i++)
		buf[i] = rdmabp_pattern(i);
	skb = rdmabp_skb(buf, 3000, 700, 1500);
	kfree(buf);
	if (!skb) {
		WHY("cannot build the skb");
		return RDMABP_FAIL;
	}
	one = ~skb_crc32c(skb, 100, 2800, ~0U);
	two = ~skb_crc32c(skb, 1600, 1300, skb_crc32c(skb, 100, 1500, ~0U));
	kfree_skb(skb);
	if (one != CRC32C_PATTERN_MID || two != CRC32C_PATTERN_MID) {
		WHY("one call %08x, chained %08x, want %08x", one, two,
		    CRC32C_PATTERN_MID);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* Data in an skb of the frag_list: __skb_checksum() walks it too. */
static enum rdmabp_result test_skb_crc32c_frag_list(void)
{
	struct sk_buff *skb, *next;
	u8 buf[32];
	u32 got;
	int i;

	for (i = 0; i < 32; i++)
		buf[i] = 31 - i;
	skb = rdmabp_skb(buf, 10, 10, 0);
	next = rdmabp_skb(buf + 10, 22, 4, 9);
	if (!skb || !next) {
		kfree_skb(skb);
		kfree_skb(next);
		WHY("cannot build the skbs");
		return RDMABP_FAIL;
	}
	skb_shinfo(skb)->frag_list = next;
	skb->len += next->len;
	skb->data_len += next->len;
	skb->truesize += next->truesize;
	got = ~skb_crc32c(skb, 0, 32, ~0U);
	kfree_skb(skb);
	if (got != CRC32C_DECR32) {
		WHY("crc32c %08x, want %08x", got, CRC32C_DECR32);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ------------------------------------------------------- timers */

struct rdmabp_timer {
	int before;
	struct timer_list timer;
	struct completion fired;
	struct rdmabp_timer *seen;
};

static void rdmabp_timer_fn(struct timer_list *t)
{
	struct rdmabp_timer *o = timer_container_of(o, t, timer);

	o->seen = o;
	complete(&o->fired);
}

/* The callback finds its containing object from the timer. */
static enum rdmabp_result test_timer_container_of(void)
{
	struct rdmabp_timer *o = kzalloc(sizeof(*o), GFP_KERNEL);
	enum rdmabp_result r = RDMABP_PASS;

	if (!o) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	init_completion(&o->fired);
	timer_setup(&o->timer, rdmabp_timer_fn, 0);
	mod_timer(&o->timer, jiffies + 1);
	if (!wait_for_completion_timeout(&o->fired,
					 msecs_to_jiffies(RDMABP_GRANT_MS))) {
		WHY("the timer did not fire");
		r = RDMABP_FAIL;
	} else if (o->seen != o) {
		WHY("the callback computed %p, want %p", o->seen, o);
		r = RDMABP_FAIL;
	}
	timer_delete_sync(&o->timer);
	kfree(o);
	return r;
}

struct rdmabp_hrtimer {
	struct hrtimer timer;
	struct completion fired;
	int runs;
};

static enum hrtimer_restart rdmabp_hrtimer_fn(struct hrtimer *t)
{
	struct rdmabp_hrtimer *h = container_of(t, struct rdmabp_hrtimer, timer);

	h->runs++;
	complete(&h->fired);
	return HRTIMER_NORESTART;
}

/* hrtimer_setup(): the clock asked for, and the callback runs once. */
static enum rdmabp_result test_hrtimer_setup(void)
{
	struct rdmabp_hrtimer *h = kzalloc(sizeof(*h), GFP_KERNEL);
	enum rdmabp_result r = RDMABP_PASS;

	if (!h) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	init_completion(&h->fired);
	hrtimer_setup(&h->timer, rdmabp_hrtimer_fn, CLOCK_BOOTTIME,
		      HRTIMER_MODE_REL);
	if (h->timer.base->clockid != CLOCK_BOOTTIME) {
		WHY("clock %d, want CLOCK_BOOTTIME (%d)",
		    h->timer.base->clockid, CLOCK_BOOTTIME);
		kfree(h);
		return RDMABP_FAIL;
	}
	hrtimer_start(&h->timer, ms_to_ktime(1), HRTIMER_MODE_REL);
	if (!wait_for_completion_timeout(&h->fired,
					 msecs_to_jiffies(RDMABP_GRANT_MS))) {
		WHY("the callback did not run");
		r = RDMABP_FAIL;
	}
	hrtimer_cancel(&h->timer);
	if (r == RDMABP_PASS && h->runs != 1) {
		WHY("the callback ran %d times", h->runs);
		r = RDMABP_FAIL;
	}
	kfree(h);
	return r;
}

/* ------------------------------------------------------------ cmp_int */

/* Three-way comparison where plain subtraction would overflow. */
static enum rdmabp_result test_cmp_int_extremes(void)
{
	int lo = INT_MIN, hi = INT_MAX;
	u64 big = U64_MAX, zero = 0;

	if (cmp_int(lo, hi) != -1 || cmp_int(hi, lo) != 1 ||
	    cmp_int(hi, hi) != 0 || cmp_int(zero, big) != -1 ||
	    cmp_int(big, zero) != 1) {
		WHY("cmp_int(INT_MIN, INT_MAX) %d, (INT_MAX, INT_MIN) %d, (0, U64_MAX) %d",
		    cmp_int(lo, hi), cmp_int(hi, lo), cmp_int(zero, big));
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static int rdmabp_cmp(const void *a, const void *b)
{
	return cmp_int(*(const int *)a, *(const int *)b);
}

static enum rdmabp_result test_cmp_int_sort(void)
{
	int v[] = { 7, INT_MIN, 0, INT_MAX, -1, 7, INT_MIN + 1, 1, -7 };
	static const int want[] = {
		INT_MIN, INT_MIN + 1, -7, -1, 0, 1, 7, 7, INT_MAX
	};
	int i;

	sort(v, ARRAY_SIZE(v), sizeof(v[0]), rdmabp_cmp, NULL);
	for (i = 0; i < ARRAY_SIZE(v); i++) {
		if (v[i] != want[i]) {
			WHY("element %d is %d, want %d", i, v[i], want[i]);
			return RDMABP_FAIL;
		}
	}
	return RDMABP_PASS;
}

/* --------------------------------------- kzalloc_obj and its family (slab) */

struct rdmabp_flex {
	u32 n;
	u64 v[];
};

static enum rdmabp_result test_kzalloc_obj_family(void)
{
	size_t huge_n = SIZE_MAX / 4, i;
	struct rdmabp_flex *f;
	u64 *one, *arr, *huge;

	/* A count whose size overflows, unknown to the compiler. */
	OPTIMIZER_HIDE_VAR(huge_n);
	one = kmalloc_obj(*one);
	arr = kzalloc_objs(u64, 33, GFP_KERNEL);
	f = kzalloc_flex(*f, v, 17);
	huge = kmalloc_objs(u64, huge_n, GFP_KERNEL | __GFP_NOWARN);
	if (!one || !arr || !f || huge) {
		WHY("allocation: obj %p objs %p flex %p overflowing %p (want NULL)",
		    one, arr, f, huge);
		goto fail;
	}
	if (ksize(one) < sizeof(*one) || ksize(arr) < 33 * sizeof(u64) ||
	    ksize(f) < struct_size(f, v, 17)) {
		WHY("too small: %zu, %zu, %zu", ksize(one), ksize(arr), ksize(f));
		goto fail;
	}
	for (i = 0; i < 33; i++) {
		if (arr[i]) {
			WHY("kzalloc_objs element %zu not zeroed", i);
			goto fail;
		}
	}
	for (i = 0; i < 17; i++) {
		if (f->v[i] || f->n) {
			WHY("kzalloc_flex element %zu not zeroed", i);
			goto fail;
		}
	}
	kfree(one);
	kfree(arr);
	kfree(f);
	return RDMABP_PASS;
fail:
	kfree(one);
	kfree(arr);
	kfree(f);
	kfree(huge);
	return RDMABP_FAIL;
}

static enum rdmabp_result test_kvzalloc_objs(void)
{
	/* Larger than kmalloc serves at once: kvzalloc falls back to vmalloc. */
	size_t n = (KMALLOC_MAX_SIZE / sizeof(u32)) + 1, i;
	u32 *v = kvzalloc_objs(u32, n);

	if (!v) {
		WHY("kvzalloc_objs of %zu u32 failed", n);
		return RDMABP_FAIL;
	}
	for (i = 0; i < n; i += PAGE_SIZE / sizeof(u32)) {
		if (v[i]) {
			kvfree(v);
			WHY("element %zu not zeroed", i);
			return RDMABP_FAIL;
		}
	}
	v[n - 1] = 1;
	kvfree(v);
	return RDMABP_PASS;
}

/* ------------------------------------------------------ strscpy(dst, src) */

static enum rdmabp_result test_strscpy_two_args(void)
{
	char buf[4];
	ssize_t r;

	r = strscpy(buf, "abc");
	if (r != 3 || strcmp(buf, "abc")) {
		WHY("fitting copy returned %zd, \"%s\"", r, buf);
		return RDMABP_FAIL;
	}
	r = strscpy(buf, "abcdef");
	if (r != -E2BIG || strcmp(buf, "abc")) {
		WHY("truncating copy returned %zd, \"%s\" (want -E2BIG, \"abc\")",
		    r, buf);
		return RDMABP_FAIL;
	}
	r = strscpy(buf, "abcdef", 2);
	if (r != -E2BIG || strcmp(buf, "a")) {
		WHY("sized copy returned %zd, \"%s\" (want -E2BIG, \"a\")", r, buf);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ----------------------------------------------------------- overflows_type */

static enum rdmabp_result test_overflows_type(void)
{
	u64 big = 1ULL << 40, small = 255;
	s64 neg = -1;
	u32 u32v = 0;

	if (!overflows_type(big, u32) || overflows_type(small, u8) ||
	    !overflows_type(small + 1, u8) || !overflows_type(neg, unsigned int) ||
	    overflows_type(neg, int) || !overflows_type(big, u32v) ||
	    overflows_type(small, u32v)) {
		WHY("wrong verdict for 2^40/u32, 255/u8, 256/u8, -1/uint, -1/int, 2^40/u32 var or 255/u32 var");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* --------------------------------------------------------------- bvec_phys */

static enum rdmabp_result test_bvec_phys(void)
{
	struct page *page = alloc_page(GFP_KERNEL);
	struct bio_vec bv;
	phys_addr_t want;

	if (!page) {
		WHY("no page");
		return RDMABP_SKIP;
	}
	bvec_set_page(&bv, page, 100, 123);
	want = page_to_phys(page) + 123;
	__free_page(page);
	if (bvec_phys(&bv) != want) {
		WHY("bvec_phys %pa, want %pa", &bv, &want);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* --------------------------------------------------- fd_file() and fd_empty() */

static enum rdmabp_result test_fd_file_empty(void)
{
	enum rdmabp_result r = RDMABP_PASS;
	struct fd empty = EMPTY_FD;
	struct file *file;
	struct fd f;
	int fd;

	if (!fd_empty(empty) || fd_file(empty)) {
		WHY("EMPTY_FD is not empty");
		return RDMABP_FAIL;
	}
	f = fdget(-1);
	if (!fd_empty(f)) {
		fdput(f);
		WHY("fdget(-1) is not empty");
		return RDMABP_FAIL;
	}
	/* A real descriptor of the loading process (insmod). */
	file = filp_open("/proc/self/stat", O_RDONLY, 0);
	if (IS_ERR(file)) {
		WHY("cannot open /proc/self/stat: %ld", PTR_ERR(file));
		return RDMABP_SKIP;
	}
	fd = get_unused_fd_flags(O_CLOEXEC);
	if (fd < 0) {
		fput(file);
		WHY("no free descriptor: %d", fd);
		return RDMABP_SKIP;
	}
	fd_install(fd, file);
	f = fdget(fd);
	if (fd_empty(f) || fd_file(f) != file) {
		WHY("fdget(%d) gives %p, want %p", fd, fd_file(f), file);
		r = RDMABP_FAIL;
	}
	fdput(f);
	close_fd(fd);
	return r;
}

/* -------------------------------------------------- WQ_PERCPU, system_dfl_wq */

struct rdmabp_wq_work {
	struct work_struct work;
	int ran_on;
	bool ran;
};

static void rdmabp_wq_fn(struct work_struct *w)
{
	struct rdmabp_wq_work *ww = container_of(w, struct rdmabp_wq_work, work);

	ww->ran_on = raw_smp_processor_id();
	ww->ran = true;
}

static enum rdmabp_result test_wq_percpu_dfl(void)
{
	struct rdmabp_wq_work a = {}, b = {};
	struct workqueue_struct *wq;
	int cpu = cpumask_first(cpu_online_mask);

	wq = alloc_workqueue("rdmabp_percpu", WQ_PERCPU, 0);
	if (!wq) {
		WHY("alloc_workqueue(WQ_PERCPU) failed");
		return RDMABP_FAIL;
	}
	INIT_WORK(&a.work, rdmabp_wq_fn);
	INIT_WORK(&b.work, rdmabp_wq_fn);
	queue_work_on(cpu, wq, &a.work);
	queue_work(system_dfl_wq, &b.work);
	flush_work(&a.work);
	flush_work(&b.work);
	destroy_workqueue(wq);
	if (!a.ran || a.ran_on != cpu || !b.ran) {
		WHY("per-CPU work ran %d on CPU %d (want %d), default work ran %d",
		    a.ran, a.ran_on, cpu, b.ran);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ------------------------------------------------------- DMA mapping */

static struct platform_device *rdmabp_pdev;

static struct device *rdmabp_dma_dev(void)
{
	struct platform_device_info info = {
		.name = "rdmabp_compat_test",
		.id = PLATFORM_DEVID_NONE,
		.dma_mask = DMA_BIT_MASK(64),
	};

	if (!rdmabp_pdev) {
		rdmabp_pdev = platform_device_register_full(&info);
		if (IS_ERR(rdmabp_pdev)) {
			WHY("platform_device_register_full: %ld",
			    PTR_ERR(rdmabp_pdev));
			rdmabp_pdev = NULL;
			return NULL;
		}
	}
	return &rdmabp_pdev->dev;
}

/* dma_map_phys() maps RAM as the page-based call maps the same bytes. */
static enum rdmabp_result test_dma_map_phys(void)
{
	struct device *dev = rdmabp_dma_dev();
	struct page *page;
	phys_addr_t phys;
	dma_addr_t a, b;
	enum rdmabp_result r = RDMABP_PASS;

	if (!dev)
		return RDMABP_FAIL;
	page = alloc_page(GFP_KERNEL);
	if (!page) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	phys = page_to_phys(page) + 100;
	a = dma_map_phys(dev, phys, 64, DMA_TO_DEVICE, 0);
	if (dma_mapping_error(dev, a)) {
		WHY("dma_map_phys failed");
		__free_page(page);
		return RDMABP_FAIL;
	}
	b = dma_map_page_attrs(dev, page, 100, 64, DMA_TO_DEVICE, 0);
	if (dma_mapping_error(dev, b)) {
		WHY("dma_map_page_attrs failed");
		r = RDMABP_FAIL;
	} else {
		if (a != b) {
			WHY("dma_map_phys %pad, dma_map_page_attrs %pad", &a, &b);
			r = RDMABP_FAIL;
		}
		dma_unmap_page_attrs(dev, b, 64, DMA_TO_DEVICE, 0);
	}
	dma_unmap_phys(dev, a, 64, DMA_TO_DEVICE, 0);
	__free_page(page);
	return r;
}

/* Without an IOMMU there is no IOVA to allocate: callers fall back. */
static enum rdmabp_result test_dma_iova_try_alloc(void)
{
	struct device *dev = rdmabp_dma_dev();
	struct dma_iova_state state;
	struct page *page;
	bool got;

	if (!dev)
		return RDMABP_FAIL;
	page = alloc_page(GFP_KERNEL);
	if (!page) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	memset(&state, 0xa5, sizeof(state));
	got = dma_iova_try_alloc(dev, &state, page_to_phys(page), PAGE_SIZE);
	if (got) {
		dma_iova_free(dev, &state);
		__free_page(page);
		WHY("SKIP the test device is behind an IOMMU");
		return RDMABP_SKIP;
	}
	__free_page(page);
	if (dma_use_iova(&state)) {
		WHY("dma_use_iova() is true after a failed dma_iova_try_alloc()");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ------------------------------------------- HMM pfns and DMA mapping */

#ifdef CONFIG_INFINIBAND_ON_DEMAND_PAGING
#define RDMABP_HMM_PAGES	4
#define RDMABP_HMM_STATE	(HMM_PFN_DMA_MAPPED | HMM_PFN_P2PDMA | \
				 HMM_PFN_P2PDMA_BUS | HMM_PFN_ERROR)

static bool rdmabp_mni_invalidate(struct mmu_interval_notifier *mni,
				  const struct mmu_notifier_range *range,
				  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops rdmabp_mni_ops = {
	.invalidate = rdmabp_mni_invalidate,
};

/* hmm_range_fault() as ib_umem_odp does it: under the mmap lock, retried. */
static int rdmabp_hmm_fault(struct hmm_range *range)
{
	int ret;

	do {
		range->notifier_seq = mmu_interval_read_begin(range->notifier);
		mmap_read_lock(current->mm);
		ret = hmm_range_fault(range);
		mmap_read_unlock(current->mm);
	} while (ret == -EBUSY);
	return ret;
}

/*
 * Every entry is a valid, writable page, the one get_user_pages_fast()
 * finds, and only entry @mapped (if any) carries HMM_PFN_DMA_MAPPED.
 */
static bool rdmabp_hmm_entries_ok(unsigned long addr, unsigned long *pfns,
				  int mapped, const char *when)
{
	int i;

	for (i = 0; i < RDMABP_HMM_PAGES; i++) {
		unsigned long e = pfns[i];
		unsigned long state = i == mapped ? HMM_PFN_DMA_MAPPED : 0;
		struct page *page;

		if (!(e & HMM_PFN_VALID) || !(e & HMM_PFN_WRITE) ||
		    (e & RDMABP_HMM_STATE) != state) {
			WHY("%s: entry %d is %#lx", when, i, e);
			return false;
		}
		if (get_user_pages_fast(addr + i * PAGE_SIZE, 1, FOLL_WRITE,
					&page) != 1) {
			WHY("%s: get_user_pages_fast failed", when);
			return false;
		}
		put_page(page);
		if (hmm_pfn_to_page(e) != page ||
		    hmm_pfn_to_phys(e) != page_to_phys(page)) {
			WHY("%s: entry %d (%#lx, order %u) is not the page of its address",
			    when, i, e, hmm_pfn_to_map_order(e));
			return false;
		}
	}
	return true;
}

/*
 * The DMA state of a page stays in its pfn entry across hmm_range_fault()
 * calls ("sticky"), so a page is mapped once and unmapped once, as
 * ib_umem_odp and mlx5_ib's ODP rely on.
 */
static enum rdmabp_result test_hmm_dma_map_sticky(void)
{
	unsigned long len = RDMABP_HMM_PAGES * PAGE_SIZE, addr;
	struct device *dev = rdmabp_dma_dev();
	struct mmu_interval_notifier mni;
	struct hmm_dma_map map = {};
	struct hmm_range range = {};
	enum rdmabp_result r = RDMABP_FAIL;
	dma_addr_t a, b, want;
	int i, ret;

	if (!dev)
		return RDMABP_FAIL;
	if (!current->mm) {
		WHY("SKIP no user address space to fault in");
		return RDMABP_SKIP;
	}
	/* As a driver does: it also settles whether DMA needs syncs. */
	ret = dma_set_mask(dev, DMA_BIT_MASK(64));
	if (ret) {
		WHY("dma_set_mask: %d", ret);
		return RDMABP_FAIL;
	}
	addr = vm_mmap(NULL, 0, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (IS_ERR_VALUE(addr)) {
		WHY("vm_mmap: %ld", (long)addr);
		return RDMABP_FAIL;
	}
	ret = mmu_interval_notifier_insert(&mni, current->mm, addr, len,
					   &rdmabp_mni_ops);
	if (ret) {
		WHY("mmu_interval_notifier_insert: %d", ret);
		goto out_unmap;
	}
	ret = hmm_dma_map_alloc(dev, &map, RDMABP_HMM_PAGES, PAGE_SIZE);
	if (ret) {
		WHY("hmm_dma_map_alloc: %d", ret);
		goto out_remove;
	}
	range.notifier = &mni;
	range.start = addr;
	range.end = addr + len;
	range.hmm_pfns = map.pfn_list;
	range.default_flags = HMM_PFN_REQ_FAULT | HMM_PFN_REQ_WRITE;

	ret = rdmabp_hmm_fault(&range);
	if (ret) {
		WHY("hmm_range_fault: %d", ret);
		goto out_free;
	}
	if (!rdmabp_hmm_entries_ok(addr, map.pfn_list, -1, "first fault"))
		goto out_free;

	a = hmm_dma_map_pfn(dev, &map, 1, NULL);
	if (dma_mapping_error(dev, a)) {
		WHY("hmm_dma_map_pfn failed");
		goto out_free;
	}
	want = dma_map_page_attrs(dev, hmm_pfn_to_page(map.pfn_list[1]), 0,
				  PAGE_SIZE, DMA_BIDIRECTIONAL, 0);
	if (!dma_mapping_error(dev, want))
		dma_unmap_page_attrs(dev, want, PAGE_SIZE, DMA_BIDIRECTIONAL, 0);
	if (a != want) {
		WHY("hmm_dma_map_pfn gave %pad, the page maps to %pad", &a, &want);
		goto out_free;
	}
	if (!rdmabp_hmm_entries_ok(addr, map.pfn_list, 1, "mapped"))
		goto out_free;

	/* Fault the range again: entry 1 is still known to be mapped. */
	ret = rdmabp_hmm_fault(&range);
	if (ret) {
		WHY("second hmm_range_fault: %d", ret);
		goto out_free;
	}
	if (!rdmabp_hmm_entries_ok(addr, map.pfn_list, 1, "second fault"))
		goto out_free;
	b = hmm_dma_map_pfn(dev, &map, 1, NULL);
	if (b != a) {
		WHY("mapping the mapped page again gave %pad, first %pad", &b, &a);
		goto out_free;
	}
	if (!hmm_dma_unmap_pfn(dev, &map, 1) ||
	    (map.pfn_list[1] & HMM_PFN_DMA_MAPPED)) {
		WHY("hmm_dma_unmap_pfn did not unmap the mapped page");
		goto out_free;
	}
	if (hmm_dma_unmap_pfn(dev, &map, 1)) {
		WHY("hmm_dma_unmap_pfn unmapped a page twice");
		goto out_free;
	}
	r = RDMABP_PASS;
out_free:
	for (i = 0; i < RDMABP_HMM_PAGES; i++)
		hmm_dma_unmap_pfn(dev, &map, i);
	hmm_dma_map_free(dev, &map);
out_remove:
	mmu_interval_notifier_remove(&mni);
out_unmap:
	vm_munmap(addr, len);
	return r;
}
#endif /* CONFIG_INFINIBAND_ON_DEMAND_PAGING */

/* ---------------------------------------------------- network namespaces */

/*
 * The namespace kobj_ns_grab_current() returns is the caller's struct net,
 * and kobj_ns_drop() of its struct ns_common (as ib_srp drops it) puts the
 * reference grabbed: on a kernel whose kobj_ns_drop() takes the struct net
 * itself, through <net/net_namespace.h> (a wrong address would underflow a
 * reference count: a warning in the kernel log).
 */
static enum rdmabp_result test_to_net_ns(void)
{
	void *ns = kobj_ns_grab_current(KOBJ_NS_TYPE_NET);
	struct net *net;

	if (!ns) {
		WHY("kobj_ns_grab_current returned nothing");
		return RDMABP_FAIL;
	}
	net = to_net_ns(ns);
	kobj_ns_drop(KOBJ_NS_TYPE_NET, to_ns_common(net));
	if (net != current->nsproxy->net_ns) {
		WHY("to_net_ns gave %p, the caller's namespace is %p", net,
		    current->nsproxy->net_ns);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* ------------------------------------------------- register_net_sysctl_sz */

/*
 * A one-entry table without the empty entry that older kernels look for,
 * followed in memory by another entry: registered through
 * register_net_sysctl(), only the first may appear under /proc/sys.
 */
static int rdmabp_sysctl_val = 42;
static struct {
	struct ctl_table table[1];
	struct ctl_table neighbour[2];
} rdmabp_sysctl = {
	.table = { {
		.procname	= "rdmabp_value",
		.data		= &rdmabp_sysctl_val,
		.maxlen		= sizeof(int),
		.mode		= 0444,
		.proc_handler	= proc_dointvec,
	} },
	.neighbour = { {
		.procname	= "rdmabp_overrun",
		.data		= &rdmabp_sysctl_val,
		.maxlen		= sizeof(int),
		.mode		= 0444,
		.proc_handler	= proc_dointvec,
	} },
};

#define RDMABP_SYSCTL_DIR	"/proc/sys/net/rdmabp_compat_test/"

/* 0 and the file's first bytes in buf, or the error of opening it. */
static int rdmabp_sysctl_read(const char *name, char *buf, size_t len)
{
	struct file *f = filp_open(name, O_RDONLY, 0);
	loff_t pos = 0;
	ssize_t n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_read(f, buf, len - 1, &pos);
	filp_close(f, NULL);
	if (n < 0)
		return n;
	buf[n] = '\0';
	return 0;
}

static enum rdmabp_result test_register_net_sysctl_sz(void)
{
	enum rdmabp_result r = RDMABP_FAIL;
	struct ctl_table_header *hdr;
	struct file *f;
	char buf[16];
	int err;

	f = filp_open("/proc/sys/net", O_RDONLY | O_DIRECTORY, 0);
	if (IS_ERR(f)) {
		WHY("no /proc/sys/net to look in (%ld)", PTR_ERR(f));
		return RDMABP_SKIP;
	}
	filp_close(f, NULL);

	hdr = register_net_sysctl(&init_net, "net/rdmabp_compat_test",
				  rdmabp_sysctl.table);
	if (!hdr) {
		WHY("register_net_sysctl failed");
		return RDMABP_FAIL;
	}
	err = rdmabp_sysctl_read(RDMABP_SYSCTL_DIR "rdmabp_value", buf,
				 sizeof(buf));
	if (err) {
		WHY("the registered entry cannot be read (%d)", err);
		goto out;
	}
	if (strcmp(buf, "42\n")) {
		WHY("the registered entry reads '%s', not 42", buf);
		goto out;
	}
	err = rdmabp_sysctl_read(RDMABP_SYSCTL_DIR "rdmabp_overrun", buf,
				 sizeof(buf));
	if (err != -ENOENT) {
		WHY("the entry after the table was registered too (%d)", err);
		goto out;
	}
	r = RDMABP_PASS;
out:
	unregister_net_sysctl_table(hdr);
	if (r == RDMABP_PASS &&
	    rdmabp_sysctl_read(RDMABP_SYSCTL_DIR "rdmabp_value", buf,
			       sizeof(buf)) != -ENOENT) {
		WHY("the entry is still there after unregistering");
		r = RDMABP_FAIL;
	}
	return r;
}

/* Stand-ins for three namespaces: compared, never used. */
static u8 rdmabp_fake_nets[3];

static enum rdmabp_result test_rtnl_newlink_params(void)
{
	struct net *a = (struct net *)&rdmabp_fake_nets[0];
	struct net *b = (struct net *)&rdmabp_fake_nets[1];
	struct net *c = (struct net *)&rdmabp_fake_nets[2];
	struct {
		struct rtnl_newlink_params p;
		struct net *link, *peer;
	} t[] = {
		{ { .src_net = a }, a, a },
		{ { .src_net = a, .link_net = b }, b, b },
		{ { .src_net = a, .peer_net = c }, a, c },
		{ { .src_net = a, .link_net = b, .peer_net = c }, b, c },
	};
	int i;

	for (i = 0; i < ARRAY_SIZE(t); i++) {
		if (rtnl_newlink_link_net(&t[i].p) != t[i].link ||
		    rtnl_newlink_peer_net(&t[i].p) != t[i].peer) {
			WHY("case %d: link_net/peer_net fall back wrongly", i);
			return RDMABP_FAIL;
		}
	}
	return RDMABP_PASS;
}

/* ------------------------------------------------------ UDP tunnels */

static int rdmabp_encap_rcv(struct sock *sk, struct sk_buff *skb)
{
	return 1;
}

/* setup_udp_tunnel_sock() and udp_tunnel_sock_release() on a struct sock,
 * as rdma_rxe calls them: the tunnel settings land on that socket.
 */
static enum rdmabp_result test_setup_udp_tunnel_sock(void)
{
	static int marker;
	struct udp_port_cfg pcfg = {
		.family = AF_INET,
		.local_ip.s_addr = htonl(INADDR_LOOPBACK),
	};
	struct udp_tunnel_sock_cfg tcfg = {
		.sk_user_data = &marker,
		.encap_type = 1,
		.encap_rcv = rdmabp_encap_rcv,
	};
	enum rdmabp_result r = RDMABP_PASS;
	struct socket *sock;
	void *user;
	int err;

	err = udp_sock_create(&init_net, &pcfg, &sock);
	if (err) {
		WHY("udp_sock_create: %d", err);
		return RDMABP_FAIL;
	}
	setup_udp_tunnel_sock(&init_net, sock->sk, &tcfg);
	rcu_read_lock();
	user = rcu_dereference_sk_user_data(sock->sk);
	rcu_read_unlock();
	if (user != &marker || udp_sk(sock->sk)->encap_type != 1 ||
	    READ_ONCE(udp_sk(sock->sk)->encap_rcv) != rdmabp_encap_rcv) {
		WHY("the socket's user data, encap type or encap_rcv is not set");
		r = RDMABP_FAIL;
	}
	udp_tunnel_sock_release(sock->sk);
	return r;
}

/* ------------------------------------------------ mlx5e datapath helpers */

/* skb_can_coalesce_netmem(): only the next bytes of the last fragment's
 * own netmem coalesce.
 */
static enum rdmabp_result test_skb_can_coalesce_netmem(void)
{
	struct sk_buff *skb = alloc_skb(64, GFP_KERNEL);
	struct page *p = alloc_page(GFP_KERNEL);
	struct page *q = alloc_page(GFP_KERNEL);
	bool none, next, gap, other;

	if (!skb || !p || !q) {
		WHY("out of memory");
		kfree_skb(skb);
		if (p)
			__free_page(p);
		if (q)
			__free_page(q);
		return RDMABP_FAIL;
	}
	none = skb_can_coalesce_netmem(skb, 0, page_to_netmem(p), 300);
	skb_fill_page_desc(skb, 0, p, 100, 200);	/* the skb owns p now */
	next = skb_can_coalesce_netmem(skb, 1, page_to_netmem(p), 300);
	gap = skb_can_coalesce_netmem(skb, 1, page_to_netmem(p), 301);
	other = skb_can_coalesce_netmem(skb, 1, page_to_netmem(q), 300);
	kfree_skb(skb);
	__free_page(q);
	if (none || !next || gap || other) {
		WHY("no frag %d, next %d, gap %d, other page %d (want 0 1 0 0)",
		    none, next, gap, other);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* xdp_buff_get_skb_flags() and xdp_update_skb_frags_info(): the frags of an
 * xdp_buff are accounted to the skb, pfmemalloc follows the buff's flag.
 */
static enum rdmabp_result test_xdp_update_skb_frags_info(void)
{
	struct xdp_buff xdp;
	struct sk_buff *skb;
	struct page *page;
	unsigned int len, truesize;
	u32 flags;
	bool pfm;

	xdp_init_buff(&xdp, PAGE_SIZE, NULL);
#ifdef HAVE_XDP_BUFF_FLAGS
	xdp_buff_set_frags_flag(&xdp);
	xdp_buff_set_frag_pfmemalloc(&xdp);
	flags = xdp_buff_get_skb_flags(&xdp);
	if (!(flags & XDP_FLAGS_HAS_FRAGS) ||
	    !(flags & XDP_FLAGS_FRAGS_PF_MEMALLOC)) {
		WHY("xdp_buff_get_skb_flags: %#x", flags);
		return RDMABP_FAIL;
	}
#else
	/* No flags in the buff: the driver keeps them and passes them on. */
	flags = xdp_buff_get_skb_flags(&xdp);
	if (flags) {
		WHY("xdp_buff_get_skb_flags: %#x without multi-buffer XDP",
		    flags);
		return RDMABP_FAIL;
	}
	flags = XDP_FLAGS_HAS_FRAGS | XDP_FLAGS_FRAGS_PF_MEMALLOC;
#endif /* HAVE_XDP_BUFF_FLAGS */
	skb = alloc_skb(64, GFP_KERNEL);
	page = alloc_page(GFP_KERNEL);
	if (!skb || !page) {
		WHY("out of memory");
		kfree_skb(skb);
		if (page)
			__free_page(page);
		return RDMABP_FAIL;
	}
	skb_put_zero(skb, 14);
	len = skb->len;
	truesize = skb->truesize;
	/* (skb_frag_fill_page_desc() is v6.5: this one is in every target.) */
	__skb_fill_page_desc(skb, 0, page, 0, 1000);
	xdp_update_skb_frags_info(skb, 1, 1000, PAGE_SIZE, flags);
	if (skb_shinfo(skb)->nr_frags != 1 || skb->len != len + 1000 ||
	    skb->data_len != 1000 || skb->truesize != truesize + PAGE_SIZE ||
	    !skb->pfmemalloc) {
		WHY("nr_frags %u len %u data_len %u truesize +%u pfmemalloc %d",
		    skb_shinfo(skb)->nr_frags, skb->len, skb->data_len,
		    skb->truesize - truesize, skb->pfmemalloc);
		kfree_skb(skb);
		return RDMABP_FAIL;
	}
	kfree_skb(skb);

	skb = alloc_skb(64, GFP_KERNEL);
	if (!skb) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	xdp_update_skb_frags_info(skb, 0, 0, 0, XDP_FLAGS_HAS_FRAGS);
	pfm = skb->pfmemalloc;
	kfree_skb(skb);
	if (pfm) {
		WHY("pfmemalloc set without XDP_FLAGS_FRAGS_PF_MEMALLOC");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

struct rdmabp_xsk_req {
	int ts, csum;
	u16 start, offset;
};

static void rdmabp_xsk_request_timestamp(void *priv)
{
	((struct rdmabp_xsk_req *)priv)->ts++;
}

static void rdmabp_xsk_request_checksum(u16 start, u16 offset, void *priv)
{
	struct rdmabp_xsk_req *r = priv;

	r->csum++;
	r->start = start;
	r->offset = offset;
}

static const struct xsk_tx_metadata_ops rdmabp_xsk_ops = {
	.tmo_request_timestamp = rdmabp_xsk_request_timestamp,
	.tmo_request_checksum = rdmabp_xsk_request_checksum,
};

/*
 * xsk_tx_metadata_request(pool, &meta, ops, priv) and
 * xsk_tx_metadata_to_compl(): the requests are made, the meta pointer stays
 * only when a timestamp is asked for, metadata with an unknown flag is
 * dropped, and the completion is always set (NULL when no timestamp).
 */
#ifndef HAVE_XSK_TX_METADATA
/*
 * A kernel without AF_XDP TX metadata: nothing is requested from the driver,
 * the meta pointer is dropped, the completion carries no timestamp, no pool
 * has metadata enabled and no descriptor has metadata.
 */
static enum rdmabp_result test_xsk_tx_metadata_request(void)
{
	struct xsk_tx_metadata meta = { .flags = 1 };
	struct xsk_tx_metadata *pmeta = &meta;
	struct xsk_tx_metadata_compl compl;
	struct rdmabp_xsk_req r = {};

	xsk_tx_metadata_request(NULL, &pmeta, &rdmabp_xsk_ops, &r);
	compl.tx_timestamp = (u64 *)&r;
	xsk_tx_metadata_to_compl(&meta, &compl);
	if (r.ts || r.csum || pmeta || compl.tx_timestamp ||
	    xp_tx_metadata_enabled(NULL) || xsk_buff_get_metadata(NULL, 0, 0)) {
		WHY("ts %d csum %d meta %s compl %s", r.ts, r.csum,
		    pmeta ? "kept" : "dropped",
		    compl.tx_timestamp ? "set" : "NULL");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}
#else
static enum rdmabp_result test_xsk_tx_metadata_request(void)
{
	struct xsk_tx_metadata meta = {};
	struct xsk_tx_metadata *pmeta;
	struct xsk_tx_metadata_compl compl;
	struct rdmabp_xsk_req r = {};

	if (!IS_ENABLED(CONFIG_XDP_SOCKETS)) {
		WHY("SKIP the kernel has no CONFIG_XDP_SOCKETS");
		return RDMABP_SKIP;
	}
	meta.flags = XDP_TXMD_FLAGS_TIMESTAMP | XDP_TXMD_FLAGS_CHECKSUM;
	meta.request.csum_start = 34;
	meta.request.csum_offset = 16;
	pmeta = &meta;
	xsk_tx_metadata_request(NULL, &pmeta, &rdmabp_xsk_ops, &r);
	compl.tx_timestamp = (u64 *)&r;
	xsk_tx_metadata_to_compl(pmeta, &compl);
	if (r.ts != 1 || r.csum != 1 || r.start != 34 || r.offset != 16 ||
	    pmeta != &meta || compl.tx_timestamp != &meta.completion.tx_timestamp) {
		WHY("timestamp+checksum: ts %d csum %d (%u, %u) meta %s compl %s",
		    r.ts, r.csum, r.start, r.offset, pmeta ? "kept" : "dropped",
		    compl.tx_timestamp ? "set" : "NULL");
		return RDMABP_FAIL;
	}

	memset(&r, 0, sizeof(r));
	meta.flags = XDP_TXMD_FLAGS_CHECKSUM;
	pmeta = &meta;
	xsk_tx_metadata_request(NULL, &pmeta, &rdmabp_xsk_ops, &r);
	compl.tx_timestamp = (u64 *)&r;
	xsk_tx_metadata_to_compl(pmeta, &compl);
	if (r.ts || r.csum != 1 || pmeta || compl.tx_timestamp) {
		WHY("checksum only: ts %d csum %d meta %s compl %s", r.ts,
		    r.csum, pmeta ? "kept" : "dropped",
		    compl.tx_timestamp ? "set" : "NULL");
		return RDMABP_FAIL;
	}

	memset(&r, 0, sizeof(r));
	meta.flags = XDP_TXMD_FLAGS_TIMESTAMP | BIT_ULL(7);
	pmeta = &meta;
	xsk_tx_metadata_request(NULL, &pmeta, &rdmabp_xsk_ops, &r);
	if (r.ts || r.csum || pmeta) {
		WHY("unknown flag: ts %d csum %d meta %s", r.ts, r.csum,
		    pmeta ? "kept" : "dropped");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}
#endif /* !HAVE_XSK_TX_METADATA */

/* net_dim() with the sample by reference: a first sample starts a
 * measurement from exactly that sample.
 */
static enum rdmabp_result test_net_dim_sample(void)
{
	struct dim dim = {};
	struct dim_sample s = {};

	dim_update_sample(7, 1000, 64000, &s);
	net_dim(&dim, &s);
	if (dim.state != DIM_MEASURE_IN_PROGRESS ||
	    dim.start_sample.event_ctr != 7 ||
	    dim.start_sample.pkt_ctr != 1000 ||
	    dim.start_sample.byte_ctr != 64000) {
		WHY("state %u start sample %u/%u/%u", dim.state,
		    dim.start_sample.event_ctr, dim.start_sample.pkt_ctr,
		    dim.start_sample.byte_ctr);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/*
 * page_pool_dev_alloc_netmems(), pp_page_to_nmdesc() and
 * page_pool_get_stats(): a netmem of a plain page pool is a page whose
 * descriptor names the pool; the stats count the allocation where the
 * kernel keeps page pool stats and stay zero where it does not.
 */
static enum rdmabp_result test_page_pool_netmem(void)
{
	struct page_pool_params pp = {
		.pool_size = 16,
		.nid = NUMA_NO_NODE,
	};
	struct page_pool_stats stats = {};
	enum rdmabp_result r = RDMABP_PASS;
	struct page_pool *pool;
	netmem_ref netmem;
	u64 slow;

	pool = page_pool_create(&pp);
	if (IS_ERR(pool)) {
		WHY("page_pool_create: %ld", PTR_ERR(pool));
		return RDMABP_FAIL;
	}
	netmem = page_pool_dev_alloc_netmems(pool);
	if (!netmem || netmem_is_net_iov(netmem)) {
		WHY("page_pool_dev_alloc_netmems: %s",
		    netmem ? "a net_iov" : "nothing");
		page_pool_destroy(pool);
		return RDMABP_FAIL;
	}
#ifdef HAVE_PAGE_POOL_FRAGMENT_PAGE
	/*
	 * (A kernel before v5.14 records no pool in its pages; the pinned
	 * code reads it only where the target has fragment pages.)
	 */
	if (pp_page_to_nmdesc(netmem_to_page(netmem))->pp != pool) {
		WHY("pp_page_to_nmdesc(page)->pp is not the pool");
		r = RDMABP_FAIL;
	}
#endif /* HAVE_PAGE_POOL_FRAGMENT_PAGE */
	page_pool_get_stats(pool, &stats);
	slow = stats.alloc_stats.slow + stats.alloc_stats.slow_high_order;
	if (r == RDMABP_PASS && IS_ENABLED(CONFIG_PAGE_POOL_STATS) && !slow) {
		WHY("page_pool_get_stats: the allocation is not counted");
		r = RDMABP_FAIL;
	}
	if (r == RDMABP_PASS && !IS_ENABLED(CONFIG_PAGE_POOL_STATS) &&
	    memchr_inv(&stats, 0, sizeof(stats))) {
		WHY("page_pool_get_stats: stats without CONFIG_PAGE_POOL_STATS");
		r = RDMABP_FAIL;
	}
	page_pool_put_full_netmem(pool, netmem, false);
	page_pool_destroy(pool);
	return r;
}

struct rdmabp_tx_dma {
	DEFINE_DMA_UNMAP_ADDR(addr);
};

/* netmem_dma_unmap_addr_set() and netmem_dma_unmap_page_attrs() on a page:
 * the mapping is recorded as it is, and unmapped.
 */
static enum rdmabp_result test_netmem_dma_unmap(void)
{
	struct device *dev = rdmabp_dma_dev();
	struct rdmabp_tx_dma st = {};
	struct page *page;
	dma_addr_t a, rec;

	if (!dev)
		return RDMABP_FAIL;
	page = alloc_page(GFP_KERNEL);
	if (!page) {
		WHY("out of memory");
		return RDMABP_FAIL;
	}
	a = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
	if (dma_mapping_error(dev, a)) {
		WHY("dma_map_page failed");
		__free_page(page);
		return RDMABP_FAIL;
	}
	netmem_dma_unmap_addr_set(page_to_netmem(page), &st, addr, a);
	netmem_dma_unmap_page_attrs(dev, dma_unmap_addr(&st, addr), PAGE_SIZE,
				    DMA_TO_DEVICE, 0);
	__free_page(page);
	rec = dma_unmap_addr(&st, addr);
	if (IS_ENABLED(CONFIG_NEED_DMA_MAP_STATE) && rec != a) {
		WHY("recorded %pad, mapped %pad", &rec, &a);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

#ifdef HAVE_XDP_SET_FEATURES_FLAG
/* xdp_set_features_flag_locked() on a device not yet registered: the
 * features are set (masked to the known ones). Without
 * HAVE_XDP_SET_FEATURES_FLAG (before v6.3) a device has no xdp_features
 * and the compat call records nothing: no case.
 */
static enum rdmabp_result test_xdp_set_features_flag_locked(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	xdp_features_t got;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	xdp_set_features_flag_locked(dev, NETDEV_XDP_ACT_BASIC |
					  NETDEV_XDP_ACT_REDIRECT | BIT(30));
	got = dev->xdp_features;
	free_netdev(dev);
	if (got != (NETDEV_XDP_ACT_BASIC | NETDEV_XDP_ACT_REDIRECT)) {
		WHY("xdp_features %#x", got);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}
#endif /* HAVE_XDP_SET_FEATURES_FLAG */

#define RDMABP_GSO_MSS		100
#define RDMABP_GSO_SEGS		3
#define RDMABP_OUTER_ID		0x1000
#define RDMABP_INNER_ID		0x2000

static void rdmabp_iph(struct iphdr *iph, u8 proto, u16 id, int len)
{
	iph->version = 4;
	iph->ihl = 5;
	iph->ttl = 64;
	iph->protocol = proto;
	iph->id = htons(id);
	iph->frag_off = htons(IP_DF);
	iph->tot_len = htons(len);
	iph->saddr = htonl(0x0a000001);
	iph->daddr = htonl(0x0a000002);
	ip_send_check(iph);
}

/*
 * SKB_GSO_TCP_FIXEDID_INNER on an IPIP-encapsulated TCP GSO skb, segmented
 * by the kernel's own GSO: every segment keeps the inner IPv4 ID, the
 * outer IDs increment (what mlx5e's hardware GRO asks for).
 */
static enum rdmabp_result test_gso_fixedid_inner(void)
{
	const int ip = sizeof(struct iphdr), tcp = sizeof(struct tcphdr);
	const int plen = RDMABP_GSO_MSS * RDMABP_GSO_SEGS;
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_PASS;
	struct sk_buff *skb, *segs, *seg;
	struct iphdr *outer, *inner;
	struct tcphdr *th;
	int n = 0;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	skb = alloc_skb(NET_SKB_PAD + ETH_HLEN + 2 * ip + tcp + plen,
			GFP_KERNEL);
	if (!skb) {
		WHY("out of memory");
		free_netdev(dev);
		return RDMABP_FAIL;
	}
	skb_reserve(skb, NET_SKB_PAD);
	skb_put_zero(skb, ETH_HLEN + 2 * ip + tcp + plen);
	skb->dev = dev;
	skb->protocol = htons(ETH_P_IP);
	skb_reset_mac_header(skb);
	eth_hdr(skb)->h_proto = htons(ETH_P_IP);
	skb_set_network_header(skb, ETH_HLEN);
	skb_reset_mac_len(skb);
	outer = ip_hdr(skb);
	inner = outer + 1;
	th = (struct tcphdr *)(inner + 1);
	rdmabp_iph(outer, IPPROTO_IPIP, RDMABP_OUTER_ID, 2 * ip + tcp + plen);
	rdmabp_iph(inner, IPPROTO_TCP, RDMABP_INNER_ID, ip + tcp + plen);
	th->source = htons(4791);
	th->dest = htons(4792);
	th->doff = tcp / 4;
	th->ack = 1;
	th->window = htons(1024);
	skb->encapsulation = 1;
	skb_set_inner_network_header(skb, (u8 *)inner - skb->data);
	skb_set_inner_transport_header(skb, (u8 *)th - skb->data);
	skb_set_transport_header(skb, (u8 *)th - skb->data);
	skb->ip_summed = CHECKSUM_PARTIAL;
	skb->csum_start = (u8 *)th - skb->head;
	skb->csum_offset = offsetof(struct tcphdr, check);
	skb_shinfo(skb)->gso_size = RDMABP_GSO_MSS;
	skb_shinfo(skb)->gso_segs = RDMABP_GSO_SEGS;
	skb_shinfo(skb)->gso_type = SKB_GSO_TCPV4 | SKB_GSO_IPXIP4 |
				    SKB_GSO_TCP_FIXEDID_INNER;

	segs = skb_gso_segment(skb, 0);
	if (IS_ERR_OR_NULL(segs)) {
		WHY("skb_gso_segment: %ld", PTR_ERR(segs));
		kfree_skb(skb);
		free_netdev(dev);
		return RDMABP_FAIL;
	}
	for (seg = segs; seg; seg = seg->next) {
		outer = (struct iphdr *)(skb_mac_header(seg) + ETH_HLEN);
		inner = outer + 1;
		if (r == RDMABP_PASS &&
		    (ntohs(outer->id) != RDMABP_OUTER_ID + n ||
		     ntohs(inner->id) != RDMABP_INNER_ID)) {
			WHY("segment %d: outer id %#x (want %#x), inner id %#x (want %#x)",
			    n, ntohs(outer->id), RDMABP_OUTER_ID + n,
			    ntohs(inner->id), RDMABP_INNER_ID);
			r = RDMABP_FAIL;
		}
		n++;
	}
	kfree_skb_list(segs);
	consume_skb(skb);
	free_netdev(dev);
	if (r == RDMABP_PASS && n != RDMABP_GSO_SEGS) {
		WHY("%d segments (want %d)", n, RDMABP_GSO_SEGS);
		r = RDMABP_FAIL;
	}
	return r;
}

/* ------------------------------------------------------------ runner */

/* ------------------------------------------------------------ netdev_trylock */

/* Free, the lock is taken; held by another thread, it is not. */
static enum rdmabp_result test_netdev_trylock(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_FAIL;
	struct rdmabp_locker l;
	bool got;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	if (!netdev_trylock(dev)) {
		WHY("netdev_trylock() failed on a free lock");
		goto out;
	}
	netdev_unlock(dev);
	if (rdmabp_locker_start(&l, &dev, 1))
		goto out;
	if (!rdmabp_locker_got(&l, RDMABP_GRANT_MS)) {
		WHY("the other thread never got the free lock");
		kthread_stop(l.task);
		goto out;
	}
	got = netdev_trylock(dev);
	if (got)
		netdev_unlock(dev);
	kthread_stop(l.task);
	if (got) {
		WHY("netdev_trylock() took a lock another thread holds");
		goto out;
	}
	if (!netdev_trylock(dev)) {
		WHY("netdev_trylock() failed after the holder let go");
		goto out;
	}
	netdev_unlock(dev);
	r = RDMABP_PASS;
out:
	free_netdev(dev);
	return r;
}

/* ----------------------------------------------- RSS indirection resizing */

/*
 * The same checks run against the kernel's own helpers where it has them;
 * what tells a user's table from a default one differs: a flag on 6.12, the
 * user's size on newer kernels (here: the table's current size, where both
 * agree). Notifying paths (a lost table, resizing the other contexts) run
 * on the compat code only: the kernel's would notify for a test device.
 */
#define RDMABP_RXFH_SPACE	16

static void rdmabp_rxfh_set_user(struct net_device *dev, u32 size)
{
#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE
	dev->priv_flags |= IFF_RXFH_CONFIGURED;
#else
	dev->ethtool->rss_indir_user_size = size;
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_RESIZE */
}

#ifdef HAVE_ETHTOOL_RSS_CTX
static void rdmabp_rxfh_ctx_set_user(struct ethtool_rxfh_context *ctx, u32 size)
{
#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE
	ctx->indir_configured = 1;
#else
	ctx->indir_user_size = size;
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_RESIZE */
}

static const struct ethtool_ops rdmabp_rxfh_ethtool_ops = {
	.rxfh_indir_space = RDMABP_RXFH_SPACE,
};
#endif /* HAVE_ETHTOOL_RSS_CTX */

static bool rdmabp_tbl_is(const u32 *tbl, const u32 *want, int n)
{
	return !memcmp(tbl, want, n * sizeof(*tbl));
}

/*
 * Context 0: a default table follows any size; a table the user set grows
 * by whole multiples, repeating its pattern, and never shrinks.
 */
static enum rdmabp_result test_ethtool_rxfh_indir_resize(void)
{
	static const u32 grown[8] = { 3, 1, 0, 2, 3, 1, 0, 2 };
	u32 tbl[8] = { 3, 1, 0, 2 }, dflt[8] = { 3, 1, 0, 2 };
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_FAIL;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	if (!ethtool_rxfh_indir_can_resize(dev, tbl, 4, 2) ||
	    !ethtool_rxfh_indir_can_resize(dev, tbl, 4, 6)) {
		WHY("a default table was refused a new size");
		goto out;
	}
	ethtool_rxfh_indir_resize(dev, dflt, 4, 8);
	if (dflt[4] || dflt[7]) {
		WHY("a default table was rewritten (the driver rebuilds it)");
		goto out;
	}
	rdmabp_rxfh_set_user(dev, 4);
	if (ethtool_rxfh_indir_can_resize(dev, tbl, 4, 2) ||
	    ethtool_rxfh_indir_can_resize(dev, tbl, 4, 6)) {
		WHY("a user's table may shrink or grow by a non-multiple");
		goto out;
	}
	if (!ethtool_rxfh_indir_can_resize(dev, tbl, 4, 8)) {
		WHY("a user's table may not double");
		goto out;
	}
	ethtool_rxfh_indir_resize(dev, tbl, 4, 8);
	if (!rdmabp_tbl_is(tbl, grown, 8)) {
		WHY("grown table %u %u %u %u %u %u %u %u", tbl[0], tbl[1],
		    tbl[2], tbl[3], tbl[4], tbl[5], tbl[6], tbl[7]);
		goto out;
	}
#ifndef HAVE_ETHTOOL_RXFH_INDIR_LOST
	rtnl_lock();
	ethtool_rxfh_indir_lost(dev);
	rtnl_unlock();
	if (netif_is_rxfh_configured(dev)) {
		WHY("a lost table still counts as the user's");
		goto out;
	}
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_LOST */
	r = RDMABP_PASS;
out:
	free_netdev(dev);
	return r;
}

#ifdef HAVE_ETHTOOL_RSS_CTX
/* The other contexts: checked and resized together, under rss_lock. */
static enum rdmabp_result test_ethtool_rxfh_ctxs_resize(void)
{
	static const u32 grown[8] = { 1, 0, 1, 1, 1, 0, 1, 1 };
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_FAIL;
	struct ethtool_rxfh_context *ctx;
	u32 *indir;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	dev->ethtool_ops = &rdmabp_rxfh_ethtool_ops;
	ctx = kzalloc(struct_size(ctx, data, RDMABP_RXFH_SPACE * sizeof(u32)),
		      GFP_KERNEL);
	if (!ctx || xa_insert(&dev->ethtool->rss_ctx, 1, ctx, GFP_KERNEL)) {
		WHY("cannot add an RSS context");
		kfree(ctx);
		goto out_dev;
	}
	ctx->indir_size = 4;
	rdmabp_rxfh_ctx_set_user(ctx, 4);
	indir = ethtool_rxfh_context_indir(ctx);
	memcpy(indir, grown, 4 * sizeof(*indir));
	if (!ethtool_rxfh_ctxs_can_resize(dev, 2) ||
	    !ethtool_rxfh_ctxs_can_resize(dev, RDMABP_RXFH_SPACE * 2)) {
		WHY("a user's context may shrink or outgrow rxfh_indir_space");
		goto out;
	}
	if (ethtool_rxfh_ctxs_can_resize(dev, 8)) {
		WHY("a user's context may not double");
		goto out;
	}
#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE
	ethtool_rxfh_ctxs_resize(dev, 8);
	if (ctx->indir_size != 8 || !rdmabp_tbl_is(indir, grown, 8)) {
		WHY("context after resize: size %u, %u %u %u %u %u %u %u %u",
		    ctx->indir_size, indir[0], indir[1], indir[2], indir[3],
		    indir[4], indir[5], indir[6], indir[7]);
		goto out;
	}
#endif /* !HAVE_ETHTOOL_RXFH_INDIR_RESIZE */
	r = RDMABP_PASS;
out:
	xa_erase(&dev->ethtool->rss_ctx, 1);
	kfree(ctx);
out_dev:
	free_netdev(dev);
	return r;
}
#else
/*
 * Before v6.11 ("net: ethtool: attach an XArray of custom RSS contexts to a
 * netdevice") the ethtool core keeps no custom contexts: the compat calls
 * (compat/ethtool_rxfh.c, !HAVE_ETHTOOL_RSS_CTX) find none, so any size
 * fits and a resize changes nothing.
 */
static enum rdmabp_result test_ethtool_rxfh_ctxs_resize(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_FAIL;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	if (ethtool_rxfh_ctxs_can_resize(dev, 2) ||
	    ethtool_rxfh_ctxs_can_resize(dev, 8) ||
	    ethtool_rxfh_ctxs_can_resize(dev, U32_MAX)) {
		WHY("a size was refused although there are no contexts");
		goto out;
	}
	ethtool_rxfh_ctxs_resize(dev, 8);
	r = RDMABP_PASS;
out:
	free_netdev(dev);
	return r;
}
#endif /* HAVE_ETHTOOL_RSS_CTX */

/* ------------------------------------------------------ netif_xmit_timeout_ms */

/* A queue counts as timed out only when stopped past the watchdog period. */
static enum rdmabp_result test_netif_xmit_timeout_ms(void)
{
	struct net_device *dev = rdmabp_alloc_netdev();
	enum rdmabp_result r = RDMABP_FAIL;
	struct netdev_queue *txq;
	unsigned int ms;

	if (!dev) {
		WHY("alloc_netdev failed");
		return RDMABP_FAIL;
	}
	dev->watchdog_timeo = HZ;
	txq = netdev_get_tx_queue(dev, 0);
	WRITE_ONCE(txq->trans_start, jiffies - 3 * HZ);
	if (netif_xmit_timeout_ms(txq)) {
		WHY("a running queue counts as timed out");
		goto out;
	}
	netif_tx_stop_queue(txq);
	/* Stopping stamps trans_start: age it again. */
	WRITE_ONCE(txq->trans_start, jiffies - 3 * HZ);
	ms = netif_xmit_timeout_ms(txq);
	if (ms < 2000 || ms > 60000) {
		WHY("a queue stopped 3 s ago (watchdog 1 s) reports %u ms", ms);
		goto out;
	}
	WRITE_ONCE(txq->trans_start, jiffies);
	if (netif_xmit_timeout_ms(txq)) {
		WHY("a queue stopped just now counts as timed out");
		goto out;
	}
	r = RDMABP_PASS;
out:
	free_netdev(dev);
	return r;
}

/* ------------------------------------------------------------ cpu_rmap */

#ifdef CONFIG_CPU_RMAP
/* The slots of a reverse map that hold an entry, as a bit mask. */
static unsigned int rdmabp_rmap_taken(const struct cpu_rmap *rmap)
{
	unsigned int i, taken = 0;

	for (i = 0; i < rmap->size; i++)
		if (rmap->obj[i])
			taken |= BIT(i);
	return taken;
}

/*
 * irq_cpu_rmap_add(), irq_cpu_rmap_remove() and free_irq_cpu_rmap() (the
 * compat module's where the kernel has no irq_cpu_rmap_remove(): 6.1), on
 * IRQ descriptors of the test's own and a map of two slots: an entry
 * removed clears its slot and gives back its reference on the map; an
 * entry added takes the first clear slot (6.1's own cpu_rmap_add() only
 * appends: a third entry would meet its BUG_ON()); a full map refuses an
 * entry, and so does an IRQ number without a descriptor, both leaving
 * the slots and references as they were; the map is freed releasing the
 * entries still in it.
 */
static enum rdmabp_result test_irq_cpu_rmap(void)
{
	enum rdmabp_result r = RDMABP_FAIL;
	struct cpu_rmap *rmap;
	int base, err;

	base = irq_alloc_descs(-1, 1, 4, NUMA_NO_NODE);
	if (base < 0) {
		WHY("irq_alloc_descs: %d", base);
		return RDMABP_FAIL;
	}
	/* The third descriptor goes: its number has none now. */
	irq_free_descs(base + 2, 1);
	rmap = alloc_irq_cpu_rmap(2);
	if (!rmap) {
		WHY("alloc_irq_cpu_rmap failed");
		goto out_descs;
	}
	err = irq_cpu_rmap_add(rmap, base);
	if (!err)
		err = irq_cpu_rmap_add(rmap, base + 1);
	if (err || rdmabp_rmap_taken(rmap) != 3 ||
	    kref_read(&rmap->refcount) != 3) {
		WHY("two entries added: %d, slots %#x, %u references (want 0, 0x3, 3)",
		    err, rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		goto out_rmap;
	}
	err = irq_cpu_rmap_add(rmap, base + 3);
	if (!err || rdmabp_rmap_taken(rmap) != 3 ||
	    kref_read(&rmap->refcount) != 3) {
		WHY("a full map: %d, slots %#x, %u references", err,
		    rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		goto out_rmap;
	}
	err = irq_cpu_rmap_remove(rmap, base);
	if (err || rdmabp_rmap_taken(rmap) != 2 ||
	    kref_read(&rmap->refcount) != 2) {
		WHY("entry 0 removed: %d, slots %#x, %u references (want 0, 0x2, 2)",
		    err, rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		goto out_rmap;
	}
	err = irq_cpu_rmap_add(rmap, base + 2);
	if (!err || rdmabp_rmap_taken(rmap) != 2 ||
	    kref_read(&rmap->refcount) != 2) {
		WHY("an IRQ without a descriptor: %d, slots %#x, %u references",
		    err, rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		goto out_rmap;
	}
	err = irq_cpu_rmap_add(rmap, base + 3);
	if (err || rdmabp_rmap_taken(rmap) != 3 ||
	    kref_read(&rmap->refcount) != 3) {
		WHY("added into the cleared slot: %d, slots %#x, %u references (want 0, 0x3, 3)",
		    err, rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		goto out_rmap;
	}
	/* A reference of the test's own: the map outlives free_irq_cpu_rmap(). */
	kref_get(&rmap->refcount);
	free_irq_cpu_rmap(rmap);
	if (rdmabp_rmap_taken(rmap) || kref_read(&rmap->refcount) != 1) {
		WHY("freed: slots %#x, %u references (want 0, 1)",
		    rdmabp_rmap_taken(rmap), kref_read(&rmap->refcount));
		cpu_rmap_put(rmap);
		goto out_descs;
	}
	cpu_rmap_put(rmap);
	r = RDMABP_PASS;
	goto out_descs;
out_rmap:
	free_irq_cpu_rmap(rmap);
out_descs:
	irq_free_descs(base, 2);
	irq_free_descs(base + 3, 1);
	return r;
}
#endif /* CONFIG_CPU_RMAP */

#ifndef HAVE_NDO_HWTSTAMP_GET
struct rdmabp_hwts_calls {
	int gets;
	struct ifreq *ifr;
};

static struct rdmabp_hwts_calls rdmabp_hwts;
static int rdmabp_hwts_err;
static bool rdmabp_hwts_copied;

static int rdmabp_hwts_get(struct net_device *dev,
			   struct kernel_hwtstamp_config *cfg)
{
	rdmabp_hwts.gets++;
	rdmabp_hwts.ifr = cfg->ifr;
	cfg->copied_to_user = rdmabp_hwts_copied;
	return rdmabp_hwts_err;
}

/*
 * rdmabp_ndo_hwtstamp_ioctl(): requests other than SIOC[GS]HWTSTAMP and
 * requests for a missing callback are refused, the driver sees the user's
 * ifreq, its error is returned as it is, and an answer it copied to the
 * user itself is not copied again (the paths that need no user memory;
 * the conversions are the header's hwtstamp_config_{to,from}_kernel(),
 * checked in both directions).
 */
static enum rdmabp_result test_ndo_hwtstamp_ioctl(void)
{
	struct hwtstamp_config cfg = { .flags = 1, .tx_type = HWTSTAMP_TX_ON,
				       .rx_filter = HWTSTAMP_FILTER_ALL };
	struct kernel_hwtstamp_config kcfg = {};
	struct ifreq ifr = {};
	int ret;

	ret = rdmabp_ndo_hwtstamp_ioctl(NULL, &ifr, SIOCGMIIPHY,
					rdmabp_hwts_get, NULL);
	if (ret != -EOPNOTSUPP || rdmabp_hwts.gets) {
		WHY("another ioctl: %d, get called %d times", ret,
		    rdmabp_hwts.gets);
		return RDMABP_FAIL;
	}
	ret = rdmabp_ndo_hwtstamp_ioctl(NULL, &ifr, SIOCGHWTSTAMP, NULL, NULL);
	if (ret != -EOPNOTSUPP) {
		WHY("SIOCGHWTSTAMP without get: %d", ret);
		return RDMABP_FAIL;
	}
	ret = rdmabp_ndo_hwtstamp_ioctl(NULL, &ifr, SIOCSHWTSTAMP,
					rdmabp_hwts_get, NULL);
	if (ret != -EOPNOTSUPP) {
		WHY("SIOCSHWTSTAMP without set: %d", ret);
		return RDMABP_FAIL;
	}
	rdmabp_hwts_err = -EIO;
	ret = rdmabp_ndo_hwtstamp_ioctl(NULL, &ifr, SIOCGHWTSTAMP,
					rdmabp_hwts_get, NULL);
	if (ret != -EIO || rdmabp_hwts.gets != 1 || rdmabp_hwts.ifr != &ifr) {
		WHY("get failing: %d, %d calls, ifr %s", ret, rdmabp_hwts.gets,
		    rdmabp_hwts.ifr == &ifr ? "passed" : "lost");
		return RDMABP_FAIL;
	}
	rdmabp_hwts_err = 0;
	rdmabp_hwts_copied = true;
	ret = rdmabp_ndo_hwtstamp_ioctl(NULL, &ifr, SIOCGHWTSTAMP,
					rdmabp_hwts_get, NULL);
	rdmabp_hwts_copied = false;
	if (ret || rdmabp_hwts.gets != 2) {
		WHY("get answering the user itself: %d, %d calls", ret,
		    rdmabp_hwts.gets);
		return RDMABP_FAIL;
	}
	hwtstamp_config_to_kernel(&kcfg, &cfg);
	memset(&cfg, 0, sizeof(cfg));
	hwtstamp_config_from_kernel(&cfg, &kcfg);
	if (cfg.flags != 1 || cfg.tx_type != HWTSTAMP_TX_ON ||
	    cfg.rx_filter != HWTSTAMP_FILTER_ALL) {
		WHY("round trip: flags %d tx %d rx %d", cfg.flags, cfg.tx_type,
		    cfg.rx_filter);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}
#endif /* !HAVE_NDO_HWTSTAMP_GET */

static const struct rdmabp_case rdmabp_cases[] = {
	{ "netdev_lock_excludes", test_netdev_lock_excludes },
	{ "netdev_lock_per_device", test_netdev_lock_per_device },
	{ "netdev_lock_many_devices", test_netdev_lock_many_devices },
	{ "netdev_lock_registered", test_netdev_lock_registered },
	{ "netdev_lock_race_unregister", test_netdev_lock_race_unregister },
	{ "netdev_lock_no_leak", test_netdev_lock_no_leak },
	{ "netif_set_mtu", test_netif_set_mtu },
	{ "napi_schedule_bool", test_napi_schedule_bool },
	{ "skb_crc32c_linear", test_skb_crc32c_linear },
	{ "skb_crc32c_paged", test_skb_crc32c_paged },
	{ "skb_crc32c_rfc3720", test_skb_crc32c_rfc3720 },
	{ "skb_crc32c_offset_chained", test_skb_crc32c_offset_chained },
	{ "skb_crc32c_frag_list", test_skb_crc32c_frag_list },
	{ "timer_container_of", test_timer_container_of },
	{ "hrtimer_setup", test_hrtimer_setup },
	{ "cmp_int_extremes", test_cmp_int_extremes },
	{ "cmp_int_sort", test_cmp_int_sort },
	{ "kzalloc_obj_family", test_kzalloc_obj_family },
	{ "kvzalloc_objs", test_kvzalloc_objs },
	{ "strscpy_two_args", test_strscpy_two_args },
	{ "overflows_type", test_overflows_type },
	{ "bvec_phys", test_bvec_phys },
	{ "fd_file_empty", test_fd_file_empty },
	{ "wq_percpu_dfl", test_wq_percpu_dfl },
	{ "dma_map_phys", test_dma_map_phys },
	{ "dma_iova_try_alloc", test_dma_iova_try_alloc },
#ifdef CONFIG_INFINIBAND_ON_DEMAND_PAGING
	{ "hmm_dma_map_sticky", test_hmm_dma_map_sticky },
#endif /* CONFIG_INFINIBAND_ON_DEMAND_PAGING */
	{ "to_net_ns", test_to_net_ns },
	{ "register_net_sysctl_sz", test_register_net_sysctl_sz },
	{ "rtnl_newlink_params", test_rtnl_newlink_params },
	{ "setup_udp_tunnel_sock", test_setup_udp_tunnel_sock },
	{ "netdev_trylock", test_netdev_trylock },
	{ "ethtool_rxfh_indir_resize", test_ethtool_rxfh_indir_resize },
	{ "ethtool_rxfh_ctxs_resize", test_ethtool_rxfh_ctxs_resize },
	{ "netif_xmit_timeout_ms", test_netif_xmit_timeout_ms },
	{ "skb_can_coalesce_netmem", test_skb_can_coalesce_netmem },
	{ "xdp_update_skb_frags_info", test_xdp_update_skb_frags_info },
#ifdef HAVE_XDP_SET_FEATURES_FLAG
	{ "xdp_set_features_flag_locked", test_xdp_set_features_flag_locked },
#endif /* HAVE_XDP_SET_FEATURES_FLAG */
	{ "xsk_tx_metadata_request", test_xsk_tx_metadata_request },
	{ "net_dim_sample", test_net_dim_sample },
	{ "page_pool_netmem", test_page_pool_netmem },
#ifndef HAVE_NDO_HWTSTAMP_GET
	{ "ndo_hwtstamp_ioctl", test_ndo_hwtstamp_ioctl },
#endif
	{ "netmem_dma_unmap", test_netmem_dma_unmap },
	{ "gso_fixedid_inner", test_gso_fixedid_inner },
#ifdef CONFIG_CPU_RMAP
	{ "irq_cpu_rmap", test_irq_cpu_rmap },
#endif /* CONFIG_CPU_RMAP */
};

/* Which implementation the compat functions' cases check. */
#ifdef HAVE_NETDEV_LOCK
#define RDMABP_NETDEV_LOCK_IMPL	"the kernel's"
#else
#define RDMABP_NETDEV_LOCK_IMPL	"rdmabp_compat's"
#endif
#ifdef HAVE_SKB_CRC32C
#define RDMABP_SKB_CRC32C_IMPL	"the kernel's"
#else
#define RDMABP_SKB_CRC32C_IMPL	"rdmabp_compat's"
#endif

/* The compat units of the cases that this target's probe facts select. */
static const char rdmabp_units[] = ""
#ifndef HAVE_NETDEV_LOCK
	" netdev_lock"
#endif
#ifndef HAVE_SKB_CRC32C
	" skb_crc32c"
#endif
#ifndef HAVE_NETIF_SET_MTU
	" netif_set_mtu"
#endif
#ifndef HAVE_NAPI_SCHEDULE_BOOL
	" napi_schedule_bool"
#endif
#ifndef HAVE_HRTIMER_SETUP
	" hrtimer_setup"
#endif
#ifndef HAVE_STRSCPY_TWO_ARGS
	" strscpy_two_args"
#endif
#ifndef HAVE_BVEC_PHYS
	" bvec_phys"
#endif
#ifndef HAVE_WQ_PERCPU
	" wq_percpu"
#endif
#ifndef HAVE_SYSTEM_DFL_WQ
	" system_dfl_wq"
#endif
#ifndef HAVE_DMA_MAP_PHYS
	" dma_map_phys"
#endif
#ifndef HAVE_DMA_IOVA_STATE
	" dma_iova_state"
#endif
#ifndef HAVE_HMM_PFN_DMA_MAPPED
	" hmm_pfn_dma_mapped"
#endif
#ifndef HAVE_HMM_DMA_MAP
	" hmm_dma_map"
#endif
#ifndef HAVE_TO_NET_NS
	" to_net_ns"
#endif
#ifndef HAVE_REGISTER_NET_SYSCTL_SZ
	" register_net_sysctl_sz"
#endif
#ifndef HAVE_RTNL_NEWLINK_PARAMS
	" rtnl_newlink_params"
#endif
#ifndef HAVE_UDP_TUNNEL_SOCK_SK
	" udp_tunnel_sock_sk"
#endif
#ifndef HAVE_ETHTOOL_RXFH_INDIR_RESIZE
	" ethtool_rxfh_indir_resize"
#endif
#ifndef HAVE_ETHTOOL_RXFH_INDIR_LOST
	" ethtool_rxfh_indir_lost"
#endif
#ifndef HAVE_NETIF_XMIT_TIMEOUT_MS
	" netif_xmit_timeout_ms"
#endif
#ifndef HAVE_SKB_CAN_COALESCE_NETMEM
	" skb_can_coalesce_netmem"
#endif
#ifndef HAVE_XDP_BUFF_GET_SKB_FLAGS
	" xdp_buff_get_skb_flags"
#endif
#ifndef HAVE_XDP_UPDATE_SKB_FRAGS_INFO
	" xdp_update_skb_frags_info"
#endif
#ifndef HAVE_XDP_SET_FEATURES_FLAG_LOCKED
	" xdp_set_features_flag_locked"
#endif
#ifndef HAVE_XSK_TX_METADATA_REQUEST_POOL
	" xsk_tx_metadata_request_pool"
#endif
#ifndef HAVE_NET_DIM_SAMPLE_PTR
	" net_dim_sample_ptr"
#endif
#ifndef HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS
	" page_pool_dev_alloc_netmems"
#endif
#ifndef HAVE_PP_PAGE_TO_NMDESC
	" pp_page_to_nmdesc"
#endif
#ifndef CONFIG_PAGE_POOL_STATS
	" page_pool_get_stats"
#endif
#ifndef HAVE_NETMEM_DMA_UNMAP_PAGE_ATTRS
	" netmem_dma_unmap_page_attrs"
#endif
#ifndef HAVE_SKB_GSO_TCP_FIXEDID_INNER
	" skb_gso_tcp_fixedid_inner"
#endif
#ifndef HAVE_NDO_HWTSTAMP_GET
	" ndo_hwtstamp_get"
#endif
#ifndef HAVE_XSK_TX_METADATA
	" xsk_tx_metadata"
#endif
#ifndef HAVE_NETMEM_REF
	" netmem_ref"
#endif
#ifndef HAVE_IRQ_CPU_RMAP_REMOVE
	" irq_cpu_rmap_remove"
#endif
	;

static int __init rdmabp_compat_test_init(void)
{
	int failed;

	pr_info("KTAP version 1\n");
	pr_info("1..%zu\n", ARRAY_SIZE(rdmabp_cases));
	pr_info("# rdmabp_compat_test: netdev_lock: %s, skb_crc32c: %s\n",
		RDMABP_NETDEV_LOCK_IMPL, RDMABP_SKB_CRC32C_IMPL);
	pr_info("# rdmabp_compat_test: compat units in use:%s\n",
		rdmabp_units[0] ? rdmabp_units : " none");
	failed = rdmabp_ktap_run(rdmabp_cases, ARRAY_SIZE(rdmabp_cases));
	pr_info("# rdmabp_compat_test: %d of %zu failed\n", failed,
		ARRAY_SIZE(rdmabp_cases));
	return 0;
}

static void __exit rdmabp_compat_test_exit(void)
{
	if (rdmabp_pdev)
		platform_device_unregister(rdmabp_pdev);
}

module_init(rdmabp_compat_test_init);
module_exit(rdmabp_compat_test_exit);
MODULE_DESCRIPTION("rdma-backports: run-time tests of the compat module and headers (KTAP)");
MODULE_LICENSE("GPL");
