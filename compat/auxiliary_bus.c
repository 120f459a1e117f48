// SPDX-License-Identifier: GPL-2.0
/*
 * The auxiliary bus for kernels without one, and its per-device irqs
 * directory for kernels whose bus lacks that.
 *
 * Undoes: "Add auxiliary bus support" (v5.11).
 * Selected by: !HAVE_AUXILIARY_BUS (compat/probes/auxiliary_bus.c).
 * Why not a header: a bus is a registered object with its own match, probe
 * and uevent callbacks; one module must own it, and every module that adds
 * devices or drivers must find the same one.
 *
 * Undoes: "driver core: auxiliary bus: show auxiliary device IRQs" (v6.11).
 * Selected by: !HAVE_AUXILIARY_BUS_SYSFS_IRQ
 * (compat/probes/auxiliary_bus_sysfs_irq.c).
 * Why not a header: the irqs/ directory and its entries need state per
 * device that a kernel's struct auxiliary_device of then has no room for;
 * it is kept here as a devres of the device, released on unbind as the
 * kernel's own devm_device_add_group() is.
 *
 * The behaviour follows Documentation/driver-api/auxiliary_bus.rst: a
 * device is named "modname.devname.id" by the module that adds it; a driver
 * matches it by "modname.devname" in its id table and gets the matching
 * entry in probe(); the uevent carries MODALIAS=auxiliary:modname.devname.
 *
 * RDMABP_AUXILIARY_BUS_COPY: the compat test module includes this file on
 * a kernel that has its own bus, to run the same code beside the kernel's:
 * nothing is exported then and the bus gets the name given by the macro,
 * so neither the symbols nor /sys/bus/<name> clash with the kernel's.
 */
#include <linux/device.h>
#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#ifndef RDMABP_AUXILIARY_BUS_COPY
#include <linux/auxiliary_bus.h>
#include "rdmabp_compat.h"
#define RDMABP_AUX_EXPORT(sym) EXPORT_SYMBOL_GPL(sym)
#define RDMABP_AUXILIARY_BUS_NAME "auxiliary"
#else
#define RDMABP_AUX_EXPORT(sym)
#define RDMABP_AUXILIARY_BUS_NAME RDMABP_AUXILIARY_BUS_COPY
#endif /* RDMABP_AUXILIARY_BUS_COPY */

#if !defined(HAVE_AUXILIARY_BUS) || defined(RDMABP_AUXILIARY_BUS_COPY)

/*
 * The "modname.devname" part of a device name "modname.devname.id": the
 * length up to the last dot, or -1 when there is none.
 */
static int rdmabp_auxiliary_match_len(const char *devname)
{
	const char *p = strrchr(devname, '.');

	return p ? p - devname : -1;
}

static const struct auxiliary_device_id *
rdmabp_auxiliary_match_id(const struct auxiliary_device_id *id,
			  const struct auxiliary_device *auxdev)
{
	const char *name = dev_name(&auxdev->dev);
	int len = rdmabp_auxiliary_match_len(name);

	if (len < 0 || !id)
		return NULL;
	for (; id->name[0]; id++)
		if (strlen(id->name) == len && !strncmp(name, id->name, len))
			return id;
	return NULL;
}

/*
 * The callbacks' types changed over the years (see the probes named below):
 * each takes the form the target's struct bus_type wants.
 */
#ifdef HAVE_BUS_TYPE_MATCH_CONST_DRV
static int rdmabp_auxiliary_match(struct device *dev,
				  const struct device_driver *drv)
#else
static int rdmabp_auxiliary_match(struct device *dev, struct device_driver *drv)
#endif /* HAVE_BUS_TYPE_MATCH_CONST_DRV */
{
	return !!rdmabp_auxiliary_match_id(to_auxiliary_drv(drv)->id_table,
					   to_auxiliary_dev(dev));
}

#ifdef HAVE_BUS_TYPE_UEVENT_CONST_DEV
static int rdmabp_auxiliary_uevent(const struct device *dev,
				   struct kobj_uevent_env *env)
#else
static int rdmabp_auxiliary_uevent(struct device *dev,
				   struct kobj_uevent_env *env)
#endif /* HAVE_BUS_TYPE_UEVENT_CONST_DEV */
{
	const char *name = dev_name(dev);
	int len = rdmabp_auxiliary_match_len(name);

	if (len < 0)
		return -EINVAL;
	return add_uevent_var(env, "MODALIAS=%s%.*s", AUXILIARY_MODULE_PREFIX,
			      len, name);
}

/*
 * An auxiliary device is a child of a real one and has no firmware node
 * of its own: there is no PM domain to attach, unlike on a platform bus.
 */
static int rdmabp_auxiliary_probe(struct device *dev)
{
	struct auxiliary_driver *auxdrv = to_auxiliary_drv(dev->driver);
	struct auxiliary_device *auxdev = to_auxiliary_dev(dev);

	return auxdrv->probe(auxdev,
			     rdmabp_auxiliary_match_id(auxdrv->id_table, auxdev));
}

static void rdmabp_auxiliary_unbind(struct device *dev)
{
	struct auxiliary_driver *auxdrv = to_auxiliary_drv(dev->driver);

	if (auxdrv->remove)
		auxdrv->remove(to_auxiliary_dev(dev));
}

#ifdef HAVE_BUS_TYPE_REMOVE_VOID
static void rdmabp_auxiliary_remove(struct device *dev)
{
	rdmabp_auxiliary_unbind(dev);
}
#else
static int rdmabp_auxiliary_remove(struct device *dev)
{
	rdmabp_auxiliary_unbind(dev);
	return 0;
}
#endif /* HAVE_BUS_TYPE_REMOVE_VOID */

static void rdmabp_auxiliary_shutdown(struct device *dev)
{
	struct auxiliary_driver *auxdrv;

	if (!dev->driver)
		return;
	auxdrv = to_auxiliary_drv(dev->driver);
	if (auxdrv->shutdown)
		auxdrv->shutdown(to_auxiliary_dev(dev));
}

/* Not const: kernels before 6.4 register and point to a mutable bus. */
static struct bus_type rdmabp_auxiliary_bus_type = {
	.name = RDMABP_AUXILIARY_BUS_NAME,
	.match = rdmabp_auxiliary_match,
	.uevent = rdmabp_auxiliary_uevent,
	.probe = rdmabp_auxiliary_probe,
	.remove = rdmabp_auxiliary_remove,
	.shutdown = rdmabp_auxiliary_shutdown,
};

int rdmabp_auxiliary_device_init(struct auxiliary_device *auxdev)
{
	struct device *dev = &auxdev->dev;

	if (!dev->parent) {
		pr_err("auxiliary_device has a NULL dev->parent\n");
		return -EINVAL;
	}
	if (!auxdev->name) {
		pr_err("auxiliary_device has a NULL name\n");
		return -EINVAL;
	}
	dev->bus = &rdmabp_auxiliary_bus_type;
	device_initialize(dev);
	return 0;
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_device_init);

int rdmabp___auxiliary_device_add(struct auxiliary_device *auxdev,
				  const char *modname)
{
	struct device *dev = &auxdev->dev;
	int ret;

	if (!modname) {
		dev_err(dev, "auxiliary device modname is NULL\n");
		return -EINVAL;
	}
	ret = dev_set_name(dev, "%s.%s.%d", modname, auxdev->name, auxdev->id);
	if (ret) {
		dev_err(dev, "auxiliary device dev_set_name failed: %d\n", ret);
		return ret;
	}
	ret = device_add(dev);
	if (ret)
		dev_err(dev, "adding auxiliary device failed!: %d\n", ret);
	return ret;
}
RDMABP_AUX_EXPORT(rdmabp___auxiliary_device_add);

/* Out of line (the kernel's are inline) to keep the header free of logic. */
void rdmabp_auxiliary_device_uninit(struct auxiliary_device *auxdev)
{
	put_device(&auxdev->dev);
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_device_uninit);

void rdmabp_auxiliary_device_delete(struct auxiliary_device *auxdev)
{
	device_del(&auxdev->dev);
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_device_delete);

int rdmabp___auxiliary_driver_register(struct auxiliary_driver *auxdrv,
				       struct module *owner,
				       const char *modname)
{
	int ret;

	if (WARN_ON(!auxdrv->probe) || WARN_ON(!auxdrv->id_table))
		return -EINVAL;

	if (auxdrv->name)
		auxdrv->driver.name = kasprintf(GFP_KERNEL, "%s.%s", modname,
						auxdrv->name);
	else
		auxdrv->driver.name = kasprintf(GFP_KERNEL, "%s", modname);
	if (!auxdrv->driver.name)
		return -ENOMEM;

	auxdrv->driver.owner = owner;
	auxdrv->driver.bus = &rdmabp_auxiliary_bus_type;
	auxdrv->driver.mod_name = modname;

	ret = driver_register(&auxdrv->driver);
	if (ret)
		kfree(auxdrv->driver.name);
	return ret;
}
RDMABP_AUX_EXPORT(rdmabp___auxiliary_driver_register);

void rdmabp_auxiliary_driver_unregister(struct auxiliary_driver *auxdrv)
{
	driver_unregister(&auxdrv->driver);
	kfree(auxdrv->driver.name);
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_driver_unregister);

bool rdmabp_dev_is_auxiliary(struct device *dev)
{
	return dev->bus == &rdmabp_auxiliary_bus_type;
}
RDMABP_AUX_EXPORT(rdmabp_dev_is_auxiliary);

/*
 * Registers @bus unless a bus of its name exists already. Two modules that
 * each bring an auxiliary bus (this one and another backport's compat
 * module, say) cannot both own /sys/bus/auxiliary: the second one is told
 * plainly, before sysfs warns about a duplicate directory.
 */
int rdmabp_bus_register_unique(struct bus_type *bus)
{
	struct kset *buses = bus_get_kset(&platform_bus_type)->kobj.kset;
	struct kobject *other = kset_find_obj(buses, bus->name);

	if (other) {
		kobject_put(other);
		pr_err("rdmabp: a bus named '%s' is registered already (another module's, e.g. another backport's compat module); unload that module first\n",
		       bus->name);
		return -EBUSY;
	}
	return bus_register(bus);
}
RDMABP_AUX_EXPORT(rdmabp_bus_register_unique);

int rdmabp_auxiliary_bus_init(void)
{
	return rdmabp_bus_register_unique(&rdmabp_auxiliary_bus_type);
}

void rdmabp_auxiliary_bus_exit(void)
{
	bus_unregister(&rdmabp_auxiliary_bus_type);
}

#endif /* !HAVE_AUXILIARY_BUS || RDMABP_AUXILIARY_BUS_COPY */

#if !defined(HAVE_AUXILIARY_BUS_SYSFS_IRQ) || defined(RDMABP_AUXILIARY_BUS_COPY)

/* Room for a decimal int: the file name of one irq. */
#define RDMABP_AUX_IRQ_NAME_SIZE 11

struct rdmabp_aux_irq {
	struct list_head node;
	int irq;
	struct device_attribute attr;
	char name[RDMABP_AUX_IRQ_NAME_SIZE];
};

/* The irqs/ directory of one device: a devres of the device. */
struct rdmabp_aux_irqs {
	struct mutex lock;
	struct list_head irqs;
};

static struct attribute *rdmabp_aux_irq_attrs[] = {
	NULL
};

static const struct attribute_group rdmabp_aux_irqs_group = {
	.name = "irqs",
	.attrs = rdmabp_aux_irq_attrs,
};

/* Serialises the creation of a device's irqs/ directory. */
static DEFINE_MUTEX(rdmabp_aux_irqs_create_lock);

static void rdmabp_aux_irqs_release(struct device *dev, void *res)
{
	struct rdmabp_aux_irqs *irqs = res;
	struct rdmabp_aux_irq *i, *tmp;

	/*
	 * Released on unbind, or on the last put of a device that was never
	 * bound: its sysfs directory, irqs/ included, is gone by then.
	 */
	bool in_sysfs = dev->kobj.sd;

	list_for_each_entry_safe(i, tmp, &irqs->irqs, node) {
		if (in_sysfs)
			sysfs_remove_file_from_group(&dev->kobj, &i->attr.attr,
						     rdmabp_aux_irqs_group.name);
		list_del(&i->node);
		kfree(i);
	}
	if (in_sysfs)
		sysfs_remove_group(&dev->kobj, &rdmabp_aux_irqs_group);
	mutex_destroy(&irqs->lock);
}

static struct rdmabp_aux_irqs *rdmabp_aux_irqs_get(struct device *dev)
{
	struct rdmabp_aux_irqs *irqs;
	int ret;

	mutex_lock(&rdmabp_aux_irqs_create_lock);
	irqs = devres_find(dev, rdmabp_aux_irqs_release, NULL, NULL);
	if (irqs)
		goto out;
	irqs = devres_alloc(rdmabp_aux_irqs_release, sizeof(*irqs), GFP_KERNEL);
	if (!irqs) {
		irqs = ERR_PTR(-ENOMEM);
		goto out;
	}
	mutex_init(&irqs->lock);
	INIT_LIST_HEAD(&irqs->irqs);
	ret = sysfs_create_group(&dev->kobj, &rdmabp_aux_irqs_group);
	if (ret) {
		devres_free(irqs);
		irqs = ERR_PTR(ret);
		goto out;
	}
	devres_add(dev, irqs);
out:
	mutex_unlock(&rdmabp_aux_irqs_create_lock);
	return irqs;
}

static struct rdmabp_aux_irq *rdmabp_aux_irq_find(struct rdmabp_aux_irqs *irqs,
						  int irq)
{
	struct rdmabp_aux_irq *i;

	list_for_each_entry(i, &irqs->irqs, node)
		if (i->irq == irq)
			return i;
	return NULL;
}

int rdmabp_auxiliary_device_sysfs_irq_add(struct auxiliary_device *auxdev,
					  int irq)
{
	struct device *dev = &auxdev->dev;
	struct rdmabp_aux_irqs *irqs = rdmabp_aux_irqs_get(dev);
	struct rdmabp_aux_irq *i;
	int ret;

	if (IS_ERR(irqs))
		return PTR_ERR(irqs);
	i = kzalloc(sizeof(*i), GFP_KERNEL);
	if (!i)
		return -ENOMEM;
	i->irq = irq;
	snprintf(i->name, sizeof(i->name), "%d", irq);
	sysfs_attr_init(&i->attr.attr);
	i->attr.attr.name = i->name;

	mutex_lock(&irqs->lock);
	if (rdmabp_aux_irq_find(irqs, irq)) {
		ret = -EBUSY;
		goto err;
	}
	ret = sysfs_add_file_to_group(&dev->kobj, &i->attr.attr,
				      rdmabp_aux_irqs_group.name);
	if (ret)
		goto err;
	list_add_tail(&i->node, &irqs->irqs);
	mutex_unlock(&irqs->lock);
	return 0;
err:
	mutex_unlock(&irqs->lock);
	kfree(i);
	return ret;
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_device_sysfs_irq_add);

void rdmabp_auxiliary_device_sysfs_irq_remove(struct auxiliary_device *auxdev,
					      int irq)
{
	struct device *dev = &auxdev->dev;
	struct rdmabp_aux_irqs *irqs;
	struct rdmabp_aux_irq *i = NULL;

	irqs = devres_find(dev, rdmabp_aux_irqs_release, NULL, NULL);
	if (irqs) {
		mutex_lock(&irqs->lock);
		i = rdmabp_aux_irq_find(irqs, irq);
		if (i)
			list_del(&i->node);
		mutex_unlock(&irqs->lock);
	}
	if (!i) {
		dev_err(dev, "IRQ %d doesn't exist\n", irq);
		return;
	}
	sysfs_remove_file_from_group(&dev->kobj, &i->attr.attr,
				     rdmabp_aux_irqs_group.name);
	kfree(i);
}
RDMABP_AUX_EXPORT(rdmabp_auxiliary_device_sysfs_irq_remove);

#endif /* !HAVE_AUXILIARY_BUS_SYSFS_IRQ || RDMABP_AUXILIARY_BUS_COPY */
