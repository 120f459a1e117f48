// SPDX-License-Identifier: GPL-2.0
/*
 * <linux/device/driver.h> includes <linux/module.h> (its module_driver()
 * expands to module_init()/module_exit()). The upstream change is not
 * identified yet: the include is absent in v5.15's tree and present in
 * v6.1's, and driver.h changed nothing else between Debian's two kernels.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe;
 * their driver.h differ in that #include only).
 * Unverified: no patch mail or Fixes: tag naming the change was found in
 * the stored text (searched for driver.h with module.h and module_driver).
 * The test before the #include makes scripts/configure compile this probe
 * alone: in the batch another probe's headers would define the guard.
 */
#ifdef RDMABP_DEVICE_DRIVER_H_MODULE
#endif
#include <linux/device/driver.h>

#ifndef _LINUX_MODULE_H
#error no <linux/module.h> from <linux/device/driver.h>
#endif
