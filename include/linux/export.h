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
#ifdef __KSYMTAB_ENTRY
/*
 * Before "kbuild: generate KSYMTAB entries by modpost" (v6.5) the kernel
 * emits the ksymtab entries itself, in sections named after "_gpl" (modpost
 * takes a symbol for exported only from "___ksymtab_gpl+SYM"). Selected by:
 * the macro __KSYMTAB_ENTRY is defined (a macro is its own probe).
 */
#define EXPORT_SYMBOL_NS(sym, ns)	__EXPORT_SYMBOL(sym, "", ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "_gpl", ns)
#else
#define EXPORT_SYMBOL_NS(sym, ns)	__EXPORT_SYMBOL(sym, "", ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "GPL", ns)
#endif /* __KSYMTAB_ENTRY */
#endif /* HAVE_SYMBOL_NAMESPACE_TOKEN */

#endif /* _RDMABP_LINUX_EXPORT_H */
