/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/module.h> with the string symbol namespaces of newer kernels. */
#ifndef _RDMABP_LINUX_MODULE_H
#define _RDMABP_LINUX_MODULE_H

#include_next <linux/module.h>

#ifdef HAVE_SYMBOL_NAMESPACE_TOKEN
/*
 * Undoes: "module: Convert symbol namespace to string literal" (v6.13).
 * Selected by: HAVE_SYMBOL_NAMESPACE_TOKEN (the kernel stringifies the
 * namespace itself). The pinned code already passes string literals.
 */
#undef MODULE_IMPORT_NS
#define MODULE_IMPORT_NS(ns)	MODULE_INFO(import_ns, ns)
#endif /* HAVE_SYMBOL_NAMESPACE_TOKEN */

#endif /* _RDMABP_LINUX_MODULE_H */
