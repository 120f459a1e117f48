/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/export.h> with the string symbol namespaces of newer kernels. */
#ifndef _RDMABP_LINUX_EXPORT_H
#define _RDMABP_LINUX_EXPORT_H

#include_next <linux/export.h>

#ifdef HAVE_SYMBOL_NAMESPACE_TOKEN
/*
 * Undoes: "module: Convert symbol namespace to string literal" (v6.13).
 * Selected by: HAVE_SYMBOL_NAMESPACE_TOKEN (the kernel stringifies the
 * namespace itself). The pinned code already passes string literals.
 */
#undef EXPORT_SYMBOL_NS
#undef EXPORT_SYMBOL_NS_GPL
#define EXPORT_SYMBOL_NS(sym, ns)	__EXPORT_SYMBOL(sym, "", ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "GPL", ns)
#endif /* HAVE_SYMBOL_NAMESPACE_TOKEN */

#endif /* _RDMABP_LINUX_EXPORT_H */
