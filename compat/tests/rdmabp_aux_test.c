// SPDX-License-Identifier: GPL-2.0
/*
 * rdmabp_aux_test: the compat auxiliary bus (compat/auxiliary_bus.c) at
 * run time: devices added and removed, drivers bound and unbound in the
 * order the driver core promises, id tables matched by "modname.devname"
 * with driver_data passed to probe(), the MODALIAS uevent, the sysfs
 * entries of bus, devices, drivers and the irqs/ directory, and a driver
 * that goes away while its devices stay (as when its module is unloaded:
 * module_auxiliary_driver's exit is auxiliary_driver_unregister()).
 *
 * Where the kernel has no auxiliary bus (!HAVE_AUXILIARY_BUS) it checks the
 * compat module's bus itself, /sys/bus/auxiliary, through the stand-in
 * <linux/auxiliary_bus.h>. Where the kernel has one, the same source of the
 * compat bus is compiled into this module under another bus name
 * (RDMABP_AUXILIARY_BUS_COPY), so the cases run beside the kernel's own bus
 * without touching it: that is what scripts/build-compat-tests copies to
 * auxcopy/.
 *
 * Loading the module runs every case and prints a KTAP report; it is a test
 * artifact (make compat-tests), never installed.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kobject.h>
#include <linux/module.h>
#include <linux/namei.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "rdmabp_ktap.h"

#ifdef HAVE_AUXILIARY_BUS
/* The kernel owns "auxiliary": the copy gets a bus of its own. */
#define RDMABP_AUXILIARY_BUS_COPY "rdmabp_auxiliary_test"
#include "auxcopy/linux/auxiliary_bus.h"
#include "auxcopy/auxiliary_bus.c"
#define RDMABP_AUX_IMPL "a copy of compat/auxiliary_bus.c on /sys/bus/" \
	RDMABP_AUXILIARY_BUS_COPY " (the kernel has its own bus)"
#else
#include <linux/auxiliary_bus.h>
#define RDMABP_AUX_IMPL "rdmabp_compat's bus on /sys/bus/auxiliary"
#endif /* HAVE_AUXILIARY_BUS */

#define RDMABP_AUX_MOD KBUILD_MODNAME

static struct platform_device *rdmabp_aux_parent;

/* ------------------------------------------------------- devices, drivers */

/* What happened, in order: "+name" for a probe, "-name" for a remove. */
static char rdmabp_aux_log[512];
static int rdmabp_aux_releases;

static void rdmabp_aux_note(char sign, const char *drv, struct auxiliary_device *a)
{
	size_t n = strlen(rdmabp_aux_log);

	snprintf(rdmabp_aux_log + n, sizeof(rdmabp_aux_log) - n, "%s%c%s:%s",
		 n ? " " : "", sign, drv, dev_name(&a->dev));
}

struct rdmabp_aux_dev {
	struct auxiliary_device adev;
	unsigned long seen_driver_data;	/* what probe() got, +1 */
};

static void rdmabp_aux_release(struct device *dev)
{
	rdmabp_aux_releases++;
	kfree(container_of(to_auxiliary_dev(dev), struct rdmabp_aux_dev, adev));
}

/* A device "rdmabp_aux_test.NAME.ID" under the test's platform device. */
static struct rdmabp_aux_dev *rdmabp_aux_dev_add(const char *name, u32 id)
{
	struct rdmabp_aux_dev *d = kzalloc(sizeof(*d), GFP_KERNEL);
	int ret;

	if (!d) {
		WHY("out of memory");
		return NULL;
	}
	d->adev.name = name;
	d->adev.id = id;
	d->adev.dev.parent = &rdmabp_aux_parent->dev;
	d->adev.dev.release = rdmabp_aux_release;
	ret = auxiliary_device_init(&d->adev);
	if (ret) {
		WHY("auxiliary_device_init(%s): %d", name, ret);
		kfree(d);
		return NULL;
	}
	ret = auxiliary_device_add(&d->adev);
	if (ret) {
		WHY("auxiliary_device_add(%s): %d", name, ret);
		auxiliary_device_uninit(&d->adev);
		return NULL;
	}
	return d;
}

static void rdmabp_aux_dev_del(struct rdmabp_aux_dev *d)
{
	if (!d)
		return;
	auxiliary_device_delete(&d->adev);
	auxiliary_device_uninit(&d->adev);
}

static int rdmabp_aux_probe_a(struct auxiliary_device *a,
			      const struct auxiliary_device_id *id)
{
	struct rdmabp_aux_dev *d = container_of(a, struct rdmabp_aux_dev, adev);

	d->seen_driver_data = id ? id->driver_data + 1 : 0;
	auxiliary_set_drvdata(a, d);
	rdmabp_aux_note('+', "a", a);
	return 0;
}

static void rdmabp_aux_remove_a(struct auxiliary_device *a)
{
	rdmabp_aux_note('-', "a", a);
}

static int rdmabp_aux_probe_b(struct auxiliary_device *a,
			      const struct auxiliary_device_id *id)
{
	rdmabp_aux_note('+', "b", a);
	return 0;
}

static void rdmabp_aux_remove_b(struct auxiliary_device *a)
{
	rdmabp_aux_note('-', "b", a);
}

static const struct auxiliary_device_id rdmabp_aux_ids[] = {
	{ .name = RDMABP_AUX_MOD ".widget", .driver_data = 7 },
	{ .name = RDMABP_AUX_MOD ".gadget", .driver_data = 9 },
	{}
};

static struct auxiliary_driver rdmabp_aux_drv_a = {
	.name = "drv_a",
	.probe = rdmabp_aux_probe_a,
	.remove = rdmabp_aux_remove_a,
	.id_table = rdmabp_aux_ids,
};

static struct auxiliary_driver rdmabp_aux_drv_b = {
	.name = "drv_b",
	.probe = rdmabp_aux_probe_b,
	.remove = rdmabp_aux_remove_b,
	.id_table = rdmabp_aux_ids,
};

static bool rdmabp_aux_log_is(const char *want)
{
	if (!strcmp(rdmabp_aux_log, want))
		return true;
	WHY("events '%s', expected '%s'", rdmabp_aux_log, want);
	return false;
}

static int rdmabp_aux_register(struct auxiliary_driver *drv)
{
	int ret = auxiliary_driver_register(drv);

	if (ret)
		WHY("auxiliary_driver_register(%s): %d", drv->name, ret);
	return ret;
}

/* Is PATH (under /sys, a symlink not followed) there? */
static bool rdmabp_aux_path_exists(const char *fmt, ...)
{
	char buf[256];
	struct path p;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (kern_path(buf, 0, &p))
		return false;
	path_put(&p);
	return true;
}

#define DEV_PATH(d) "/sys/bus/%s/devices/%s", (d)->adev.dev.bus->name, \
	dev_name(&(d)->adev.dev)

/* ----------------------------------------------------------------- cases */

static enum rdmabp_result rdmabp_aux_device_add_remove(void)
{
	struct rdmabp_aux_dev *d;
	struct device *found;
	int releases = rdmabp_aux_releases;
	enum rdmabp_result r = RDMABP_FAIL;

	d = rdmabp_aux_dev_add("widget", 3);
	if (!d)
		return RDMABP_FAIL;
	if (strcmp(dev_name(&d->adev.dev), RDMABP_AUX_MOD ".widget.3")) {
		WHY("device named '%s', expected " RDMABP_AUX_MOD ".widget.3",
		    dev_name(&d->adev.dev));
		goto out;
	}
	found = bus_find_device_by_name(d->adev.dev.bus, NULL,
					RDMABP_AUX_MOD ".widget.3");
	if (found != &d->adev.dev) {
		WHY("bus_find_device_by_name() found %p, not the device", found);
		put_device(found);
		goto out;
	}
	put_device(found);
	if (!dev_is_auxiliary(&d->adev.dev) ||
	    dev_is_auxiliary(&rdmabp_aux_parent->dev)) {
		WHY("dev_is_auxiliary() wrong for the device or its parent");
		goto out;
	}
	auxiliary_device_delete(&d->adev);
	found = bus_find_device_by_name(d->adev.dev.bus, NULL,
					RDMABP_AUX_MOD ".widget.3");
	if (found) {
		WHY("the device is still on the bus after auxiliary_device_delete()");
		put_device(found);
		auxiliary_device_uninit(&d->adev);
		return RDMABP_FAIL;
	}
	if (rdmabp_aux_releases != releases) {
		WHY("released before auxiliary_device_uninit()");
		auxiliary_device_uninit(&d->adev);
		return RDMABP_FAIL;
	}
	auxiliary_device_uninit(&d->adev);
	if (rdmabp_aux_releases != releases + 1) {
		WHY("auxiliary_device_uninit() did not release the device");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
out:
	rdmabp_aux_dev_del(d);
	return r;
}

static enum rdmabp_result rdmabp_aux_device_init_refuses(void)
{
	struct auxiliary_device a = { .name = "widget" };
	int ret;

	ret = auxiliary_device_init(&a);
	if (ret != -EINVAL) {
		WHY("no parent: auxiliary_device_init() gave %d, not -EINVAL", ret);
		return RDMABP_FAIL;
	}
	a.name = NULL;
	a.dev.parent = &rdmabp_aux_parent->dev;
	ret = auxiliary_device_init(&a);
	if (ret != -EINVAL) {
		WHY("no name: auxiliary_device_init() gave %d, not -EINVAL", ret);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* Probe before remove; remove on device delete and on driver unregister. */
static enum rdmabp_result rdmabp_aux_bind_order(void)
{
	struct rdmabp_aux_dev *w0, *w1 = NULL;
	enum rdmabp_result r = RDMABP_FAIL;

	rdmabp_aux_log[0] = '\0';
	w0 = rdmabp_aux_dev_add("widget", 0);
	if (!w0)
		return RDMABP_FAIL;
	if (rdmabp_aux_register(&rdmabp_aux_drv_a))
		goto out;
	/* Registered after the device: bound at once. */
	if (!rdmabp_aux_log_is("+a:" RDMABP_AUX_MOD ".widget.0"))
		goto unreg;
	/* Added after the driver: bound at once. */
	w1 = rdmabp_aux_dev_add("widget", 1);
	if (!w1 || !rdmabp_aux_log_is("+a:" RDMABP_AUX_MOD ".widget.0 +a:"
				      RDMABP_AUX_MOD ".widget.1"))
		goto unreg;
	/* Deleted while bound: removed before the delete returns. */
	auxiliary_device_delete(&w1->adev);
	if (!rdmabp_aux_log_is("+a:" RDMABP_AUX_MOD ".widget.0 +a:"
			       RDMABP_AUX_MOD ".widget.1 -a:" RDMABP_AUX_MOD ".widget.1"))
		goto uninit;
	rdmabp_aux_log[0] = '\0';
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
	if (rdmabp_aux_log_is("-a:" RDMABP_AUX_MOD ".widget.0"))
		r = RDMABP_PASS;
	auxiliary_device_uninit(&w1->adev);
	rdmabp_aux_dev_del(w0);
	return r;
uninit:
	auxiliary_device_uninit(&w1->adev);
	w1 = NULL;
unreg:
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
out:
	rdmabp_aux_dev_del(w1);
	rdmabp_aux_dev_del(w0);
	return r;
}

/*
 * "modname.devname" matches exactly: the right entry (driver_data) goes to
 * probe(), a longer devname or another module's prefix does not bind.
 */
static enum rdmabp_result rdmabp_aux_id_table_match(void)
{
	struct rdmabp_aux_dev *w, *g, *wx, *o;
	enum rdmabp_result r = RDMABP_FAIL;

	w = rdmabp_aux_dev_add("widget", 5);
	g = rdmabp_aux_dev_add("gadget", 5);
	wx = rdmabp_aux_dev_add("widgetx", 5);
	o = rdmabp_aux_dev_add("other", 5);
	if (!w || !g || !wx || !o)
		goto out;
	rdmabp_aux_log[0] = '\0';
	if (rdmabp_aux_register(&rdmabp_aux_drv_a))
		goto out;
	if (w->seen_driver_data != 7 + 1 || g->seen_driver_data != 9 + 1) {
		WHY("probe() got driver_data %ld and %ld, expected 7 and 9",
		    (long)w->seen_driver_data - 1, (long)g->seen_driver_data - 1);
	} else if (wx->adev.dev.driver || o->adev.dev.driver) {
		WHY("%s bound without a matching id", wx->adev.dev.driver ?
		    dev_name(&wx->adev.dev) : dev_name(&o->adev.dev));
	} else if (auxiliary_get_drvdata(&w->adev) != w) {
		WHY("auxiliary_get_drvdata() lost what probe() set");
	} else if (!w->adev.dev.driver || !g->adev.dev.driver) {
		WHY("a matching device is not bound");
	} else {
		r = RDMABP_PASS;
	}
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
out:
	rdmabp_aux_dev_del(o);
	rdmabp_aux_dev_del(wx);
	rdmabp_aux_dev_del(g);
	rdmabp_aux_dev_del(w);
	return r;
}

static enum rdmabp_result rdmabp_aux_uevent_modalias(void)
{
	struct kobj_uevent_env *env;
	struct rdmabp_aux_dev *d;
	enum rdmabp_result r = RDMABP_FAIL;
	const char *want = "MODALIAS=auxiliary:" RDMABP_AUX_MOD ".widget";
	int i, ret;

	d = rdmabp_aux_dev_add("widget", 12);
	if (!d)
		return RDMABP_FAIL;
	env = kzalloc(sizeof(*env), GFP_KERNEL);
	if (!env) {
		WHY("out of memory");
		goto out;
	}
	ret = d->adev.dev.bus->uevent(&d->adev.dev, env);
	if (ret) {
		WHY("the bus uevent callback gave %d", ret);
		goto out;
	}
	for (i = 0; i < env->envp_idx; i++)
		if (!strcmp(env->envp[i], want))
			r = RDMABP_PASS;
	if (r != RDMABP_PASS)
		WHY("no '%s' among %d variables (first: '%s')", want,
		    env->envp_idx, env->envp_idx ? env->envp[0] : "");
out:
	kfree(env);
	rdmabp_aux_dev_del(d);
	return r;
}

/*
 * /sys/bus/NAME/{devices,drivers}/..., the device's driver link while it is
 * bound, all gone again after unbind and delete.
 */
static enum rdmabp_result rdmabp_aux_sysfs(void)
{
	const char *bus;
	struct rdmabp_aux_dev *d;
	enum rdmabp_result r = RDMABP_FAIL;

	d = rdmabp_aux_dev_add("gadget", 2);
	if (!d)
		return RDMABP_FAIL;
	bus = d->adev.dev.bus->name;
	if (!rdmabp_aux_path_exists(DEV_PATH(d))) {
		WHY("no /sys/bus/%s/devices/%s", bus, dev_name(&d->adev.dev));
		goto out;
	}
	if (rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/driver", bus,
				   dev_name(&d->adev.dev))) {
		WHY("an unbound device has a driver link");
		goto out;
	}
	if (rdmabp_aux_register(&rdmabp_aux_drv_a))
		goto out;
	if (!rdmabp_aux_path_exists("/sys/bus/%s/drivers/" RDMABP_AUX_MOD ".drv_a", bus))
		WHY("no /sys/bus/%s/drivers/" RDMABP_AUX_MOD ".drv_a", bus);
	else if (!rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/driver", bus,
					 dev_name(&d->adev.dev)))
		WHY("the bound device has no driver link");
	else
		r = RDMABP_PASS;
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
	if (r == RDMABP_PASS &&
	    (rdmabp_aux_path_exists("/sys/bus/%s/drivers/" RDMABP_AUX_MOD ".drv_a", bus) ||
	     rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/driver", bus,
				    dev_name(&d->adev.dev)))) {
		WHY("the driver's entries stay after auxiliary_driver_unregister()");
		r = RDMABP_FAIL;
	}
	auxiliary_device_delete(&d->adev);
	if (r == RDMABP_PASS && rdmabp_aux_path_exists(DEV_PATH(d))) {
		WHY("/sys/bus/%s/devices/%s stays after the delete", bus,
		    dev_name(&d->adev.dev));
		r = RDMABP_FAIL;
	}
	auxiliary_device_uninit(&d->adev);
	return r;
out:
	rdmabp_aux_dev_del(d);
	return r;
}

/* irqs/N of a bound device: added, refused twice, removed, gone on unbind. */
static enum rdmabp_result rdmabp_aux_sysfs_irq(void)
{
	struct rdmabp_aux_dev *d;
	enum rdmabp_result r = RDMABP_FAIL;
	int ret;

	d = rdmabp_aux_dev_add("widget", 20);
	if (!d)
		return RDMABP_FAIL;
	if (rdmabp_aux_register(&rdmabp_aux_drv_a))
		goto out;
	ret = auxiliary_device_sysfs_irq_add(&d->adev, 42);
	if (!ret)
		ret = auxiliary_device_sysfs_irq_add(&d->adev, 43);
	if (ret) {
		WHY("auxiliary_device_sysfs_irq_add(): %d", ret);
		goto unreg;
	}
	if (!rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/irqs/42",
				    d->adev.dev.bus->name, dev_name(&d->adev.dev))) {
		WHY("no irqs/42 in the device's sysfs directory");
		goto unreg;
	}
	ret = auxiliary_device_sysfs_irq_add(&d->adev, 42);
	if (ret != -EBUSY) {
		WHY("adding irq 42 twice gave %d, not -EBUSY", ret);
		goto unreg;
	}
	auxiliary_device_sysfs_irq_remove(&d->adev, 42);
	if (rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/irqs/42",
				   d->adev.dev.bus->name, dev_name(&d->adev.dev)) ||
	    !rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/irqs/43",
				    d->adev.dev.bus->name, dev_name(&d->adev.dev))) {
		WHY("after removing irq 42: 42 stays or 43 went");
		goto unreg;
	}
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
	if (rdmabp_aux_path_exists("/sys/bus/%s/devices/%s/irqs",
				   d->adev.dev.bus->name, dev_name(&d->adev.dev)))
		WHY("irqs/ stays after the driver is unbound");
	else
		r = RDMABP_PASS;
	goto out;
unreg:
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
out:
	rdmabp_aux_dev_del(d);
	return r;
}

/*
 * A driver that goes away while its devices exist (its module unloaded):
 * remove() runs for each bound device, the devices stay on the bus, and a
 * driver registered later binds them again.
 */
static enum rdmabp_result rdmabp_aux_driver_gone_devices_stay(void)
{
	struct rdmabp_aux_dev *w, *g;
	struct device *found;
	enum rdmabp_result r = RDMABP_FAIL;

	w = rdmabp_aux_dev_add("widget", 30);
	g = rdmabp_aux_dev_add("gadget", 30);
	if (!w || !g)
		goto out;
	if (rdmabp_aux_register(&rdmabp_aux_drv_a))
		goto out;
	rdmabp_aux_log[0] = '\0';
	auxiliary_driver_unregister(&rdmabp_aux_drv_a);
	if (!rdmabp_aux_log_is("-a:" RDMABP_AUX_MOD ".widget.30 -a:"
			       RDMABP_AUX_MOD ".gadget.30") &&
	    !rdmabp_aux_log_is("-a:" RDMABP_AUX_MOD ".gadget.30 -a:"
			       RDMABP_AUX_MOD ".widget.30"))
		goto out;
	found = bus_find_device_by_name(w->adev.dev.bus, NULL,
					RDMABP_AUX_MOD ".widget.30");
	put_device(found);
	if (!found || w->adev.dev.driver || g->adev.dev.driver) {
		WHY("after the driver went: device %s, bound %d",
		    found ? "still there" : "gone",
		    !!(w->adev.dev.driver || g->adev.dev.driver));
		goto out;
	}
	rdmabp_aux_log[0] = '\0';
	if (rdmabp_aux_register(&rdmabp_aux_drv_b))
		goto out;
	if (w->adev.dev.driver && g->adev.dev.driver &&
	    strstr(rdmabp_aux_log, "+b:" RDMABP_AUX_MOD ".widget.30") &&
	    strstr(rdmabp_aux_log, "+b:" RDMABP_AUX_MOD ".gadget.30"))
		r = RDMABP_PASS;
	else
		WHY("the later driver did not bind both devices: '%s'",
		    rdmabp_aux_log);
	rdmabp_aux_log[0] = '\0';
	rdmabp_aux_dev_del(w);
	rdmabp_aux_dev_del(g);
	w = g = NULL;
	if (r == RDMABP_PASS && !strstr(rdmabp_aux_log, "-b:" RDMABP_AUX_MOD ".widget.30")) {
		WHY("deleting a device bound to the later driver: '%s'", rdmabp_aux_log);
		r = RDMABP_FAIL;
	}
	auxiliary_driver_unregister(&rdmabp_aux_drv_b);
out:
	rdmabp_aux_dev_del(g);
	rdmabp_aux_dev_del(w);
	return r;
}

/*
 * A second bus of the same name is refused with an error, not a sysfs
 * duplicate warning: the kernel's "auxiliary" where it has one, the compat
 * module's otherwise.
 */
static enum rdmabp_result rdmabp_aux_bus_name_taken(void)
{
	static struct bus_type dup = { .name = "auxiliary" };
	int ret;

	if (!rdmabp_aux_path_exists("/sys/bus/auxiliary")) {
		WHY("no /sys/bus/auxiliary at all");
		return RDMABP_FAIL;
	}
	ret = rdmabp_bus_register_unique(&dup);
	if (ret != -EBUSY) {
		WHY("registering a second 'auxiliary' bus gave %d, not -EBUSY", ret);
		if (!ret)
			bus_unregister(&dup);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static const struct rdmabp_case rdmabp_aux_cases[] = {
	{ "auxiliary_device_add_remove", rdmabp_aux_device_add_remove },
	{ "auxiliary_device_init_refuses", rdmabp_aux_device_init_refuses },
	{ "auxiliary_bind_order", rdmabp_aux_bind_order },
	{ "auxiliary_id_table_match", rdmabp_aux_id_table_match },
	{ "auxiliary_uevent_modalias", rdmabp_aux_uevent_modalias },
	{ "auxiliary_sysfs", rdmabp_aux_sysfs },
	{ "auxiliary_sysfs_irq", rdmabp_aux_sysfs_irq },
	{ "auxiliary_driver_gone_devices_stay", rdmabp_aux_driver_gone_devices_stay },
	{ "auxiliary_bus_name_taken", rdmabp_aux_bus_name_taken },
};

/* The copy registers its own bus; rdmabp_compat owns the real one. */
#ifdef RDMABP_AUXILIARY_BUS_COPY
#define rdmabp_aux_test_bus_init rdmabp_auxiliary_bus_init
#define rdmabp_aux_test_bus_exit rdmabp_auxiliary_bus_exit
#else
static int rdmabp_aux_test_bus_init(void) { return 0; }
static void rdmabp_aux_test_bus_exit(void) { }
#endif /* RDMABP_AUXILIARY_BUS_COPY */

static int __init rdmabp_aux_test_init(void)
{
	int failed, ret;

	ret = rdmabp_aux_test_bus_init();
	if (ret)
		return ret;
	rdmabp_aux_parent = platform_device_register_simple(RDMABP_AUX_MOD,
							    PLATFORM_DEVID_NONE,
							    NULL, 0);
	if (IS_ERR(rdmabp_aux_parent)) {
		rdmabp_aux_test_bus_exit();
		return PTR_ERR(rdmabp_aux_parent);
	}
	pr_info("KTAP version 1\n");
	pr_info("1..%zu\n", ARRAY_SIZE(rdmabp_aux_cases));
	pr_info("# rdmabp_aux_test: %s\n", RDMABP_AUX_IMPL);
	failed = rdmabp_ktap_run(rdmabp_aux_cases, ARRAY_SIZE(rdmabp_aux_cases));
	pr_info("# rdmabp_aux_test: %d of %zu failed\n", failed,
		ARRAY_SIZE(rdmabp_aux_cases));
	return 0;
}

static void __exit rdmabp_aux_test_exit(void)
{
	platform_device_unregister(rdmabp_aux_parent);
	rdmabp_aux_test_bus_exit();
}

module_init(rdmabp_aux_test_init);
module_exit(rdmabp_aux_test_exit);
MODULE_DESCRIPTION("rdma-backports: run-time tests of the compat auxiliary bus (KTAP)");
MODULE_LICENSE("GPL");
