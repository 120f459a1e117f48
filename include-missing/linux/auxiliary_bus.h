/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/auxiliary_bus.h> for kernels without the auxiliary bus.
 *
 * Undoes: "Add auxiliary bus support" (v5.11).
 * Selected by: !HAVE_HEADER_LINUX_AUXILIARY_BUS_H (the same kernels as
 * !HAVE_AUXILIARY_BUS, compat/probes/auxiliary_bus.c).
 * The bus itself is the compat module's (compat/auxiliary_bus.c): every
 * function is exported with the rdmabp_ prefix and mapped to the kernel's
 * name here, and the bus registers as /sys/bus/auxiliary, so the drivers
 * (mlx5_core, mlx5_ib, ...) bind their parts exactly as on a newer kernel.
 * The structures are the kernel's of 7.2 as the pinned drivers use them;
 * what the pinned drivers never touch (the Rust registration data, the
 * irqs bookkeeping of struct auxiliary_device) lives in the compat module.
 *
 * The compat test module includes this header directly on kernels that do
 * have a bus, to run the compat bus beside the kernel's one
 * (RDMABP_AUXILIARY_BUS_COPY, see compat/auxiliary_bus.c).
 */
#ifndef _RDMABP_LINUX_AUXILIARY_BUS_H
#define _RDMABP_LINUX_AUXILIARY_BUS_H

#include <linux/device.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>

/* The id table entry: "modname.devname" of the devices a driver takes. */
#ifndef AUXILIARY_NAME_SIZE
#define AUXILIARY_NAME_SIZE 40
#define AUXILIARY_MODULE_PREFIX "auxiliary:"

struct auxiliary_device_id {
	char name[AUXILIARY_NAME_SIZE];
	kernel_ulong_t driver_data;
};
#endif /* !AUXILIARY_NAME_SIZE: the kernel's mod_devicetable.h lacks it */

struct auxiliary_device {
	struct device dev;
	const char *name;
	u32 id;
};

struct auxiliary_driver {
	int (*probe)(struct auxiliary_device *auxdev,
		     const struct auxiliary_device_id *id);
	void (*remove)(struct auxiliary_device *auxdev);
	void (*shutdown)(struct auxiliary_device *auxdev);
	int (*suspend)(struct auxiliary_device *auxdev, pm_message_t state);
	int (*resume)(struct auxiliary_device *auxdev);
	const char *name;
	struct device_driver driver;
	const struct auxiliary_device_id *id_table;
};

static inline void *auxiliary_get_drvdata(struct auxiliary_device *auxdev)
{
	return dev_get_drvdata(&auxdev->dev);
}

static inline void auxiliary_set_drvdata(struct auxiliary_device *auxdev,
					 void *data)
{
	dev_set_drvdata(&auxdev->dev, data);
}

static inline struct auxiliary_device *to_auxiliary_dev(struct device *dev)
{
	return container_of(dev, struct auxiliary_device, dev);
}

static inline struct auxiliary_driver *
to_auxiliary_drv(const struct device_driver *drv)
{
	return container_of(drv, struct auxiliary_driver, driver);
}

int rdmabp_auxiliary_device_init(struct auxiliary_device *auxdev);
int rdmabp___auxiliary_device_add(struct auxiliary_device *auxdev,
				  const char *modname);
void rdmabp_auxiliary_device_uninit(struct auxiliary_device *auxdev);
void rdmabp_auxiliary_device_delete(struct auxiliary_device *auxdev);
int rdmabp___auxiliary_driver_register(struct auxiliary_driver *auxdrv,
				       struct module *owner,
				       const char *modname);
void rdmabp_auxiliary_driver_unregister(struct auxiliary_driver *auxdrv);
bool rdmabp_dev_is_auxiliary(struct device *dev);
int rdmabp_auxiliary_device_sysfs_irq_add(struct auxiliary_device *auxdev,
					  int irq);
void rdmabp_auxiliary_device_sysfs_irq_remove(struct auxiliary_device *auxdev,
					      int irq);

#define auxiliary_device_init rdmabp_auxiliary_device_init
#define __auxiliary_device_add rdmabp___auxiliary_device_add
#define auxiliary_device_add(auxdev) \
	rdmabp___auxiliary_device_add(auxdev, KBUILD_MODNAME)
#define auxiliary_device_uninit rdmabp_auxiliary_device_uninit
#define auxiliary_device_delete rdmabp_auxiliary_device_delete
#define __auxiliary_driver_register rdmabp___auxiliary_driver_register
#define auxiliary_driver_register(auxdrv) \
	rdmabp___auxiliary_driver_register(auxdrv, THIS_MODULE, KBUILD_MODNAME)
#define auxiliary_driver_unregister rdmabp_auxiliary_driver_unregister
#define dev_is_auxiliary rdmabp_dev_is_auxiliary
#define auxiliary_device_sysfs_irq_add rdmabp_auxiliary_device_sysfs_irq_add
#define auxiliary_device_sysfs_irq_remove rdmabp_auxiliary_device_sysfs_irq_remove

/*
 * The compat module's own: the bus is registered by rdmabp_compat (or by the
 * test module that carries a copy), refusing a name that is taken.
 */
int rdmabp_bus_register_unique(struct bus_type *bus);
int rdmabp_auxiliary_bus_init(void);
void rdmabp_auxiliary_bus_exit(void);

#define module_auxiliary_driver(__auxiliary_driver) \
	module_driver(__auxiliary_driver, auxiliary_driver_register, \
		      auxiliary_driver_unregister)

#endif /* _RDMABP_LINUX_AUXILIARY_BUS_H */
