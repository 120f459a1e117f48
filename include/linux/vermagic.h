/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Project glue, not a backport unit: every rdma-backports module carries the
 * project's version (modinfo shows it). Only a module's generated .mod.c may
 * include <linux/vermagic.h>, so this adds it exactly once per module
 * without touching driver code.
 */
#ifndef _RDMABP_LINUX_VERMAGIC_H
#define _RDMABP_LINUX_VERMAGIC_H

#include_next <linux/vermagic.h>
#include <linux/module.h>

MODULE_INFO(version, RDMABP_VERSION);
MODULE_INFO(rdmabp_upstream, RDMABP_UPSTREAM_VERSION);

#endif /* _RDMABP_LINUX_VERMAGIC_H */
