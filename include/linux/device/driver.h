/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/device/driver.h> with the includes newer kernels' one has. */
#ifndef _RDMABP_LINUX_DEVICE_DRIVER_H
#define _RDMABP_LINUX_DEVICE_DRIVER_H

#include_next <linux/device/driver.h>

#ifndef HAVE_DEVICE_DRIVER_H_MODULE
/*
 * Undoes: the <linux/module.h> include of <linux/device/driver.h> (between
 * v5.15 and v6.1, subject not identified: see the probe).
 * Selected by: !HAVE_DEVICE_DRIVER_H_MODULE. The pinned ucaps.c calls
 * module_exit() with <linux/device.h> (through <linux/cdev.h>) as its only
 * path to <linux/module.h>.
 */
#include <linux/module.h>
#endif /* !HAVE_DEVICE_DRIVER_H_MODULE */

#endif /* _RDMABP_LINUX_DEVICE_DRIVER_H */
