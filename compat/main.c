// SPDX-License-Identifier: GPL-2.0
/*
 * rdmabp_compat: functions of newer kernels that the pinned RDMA stack
 * calls and an older target kernel lacks. Every export carries the rdmabp_
 * prefix (the compat header maps the kernel's name to it), so it never
 * clashes with the kernel's own symbol on a kernel that has one.
 */
#include <linux/module.h>
#include "rdmabp_compat.h"

static int __init rdmabp_compat_init(void)
{
	int ret;

	ret = rdmabp_auxiliary_bus_init();
	if (ret)
		return ret;
	ret = rdmabp_netdev_lock_init();
	if (ret)
		rdmabp_auxiliary_bus_exit();
	return ret;
}

static void __exit rdmabp_compat_exit(void)
{
	rdmabp_netdev_lock_exit();
	rdmabp_auxiliary_bus_exit();
}

module_init(rdmabp_compat_init);
module_exit(rdmabp_compat_exit);
MODULE_DESCRIPTION("rdma-backports: kernel functions the target kernel lacks");
MODULE_LICENSE("GPL");
