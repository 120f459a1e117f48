/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/compiler_attributes.h> with the attributes of newer kernels. */
#ifndef _RDMABP_LINUX_COMPILER_ATTRIBUTES_H
#define _RDMABP_LINUX_COMPILER_ATTRIBUTES_H

#include_next <linux/compiler_attributes.h>

#ifndef HAVE_COUNTED_BY
/*
 * Undoes: "Compiler Attributes: Add __counted_by macro" (v6.5).
 * Selected by: !HAVE_COUNTED_BY. Not "the macro is not defined": newer
 * kernels define it later, in <linux/compiler_types.h>, after this header.
 * The attribute only informs the compiler's bounds checking; the kernels
 * that have it define it empty for compilers without the attribute too.
 */
#define __counted_by(member)
#endif /* !HAVE_COUNTED_BY */

#endif /* _RDMABP_LINUX_COMPILER_ATTRIBUTES_H */
