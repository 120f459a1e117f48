/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/jiffies.h> with the seconds conversion of newer kernels. */
#ifndef _RDMABP_LINUX_JIFFIES_H
#define _RDMABP_LINUX_JIFFIES_H

#include_next <linux/jiffies.h>

#ifndef secs_to_jiffies
/*
 * Undoes: "jiffies: Introduce secs_to_jiffies()" (v6.13; carried by
 * Debian's 6.1.0-57, absent in 5.10.0-46). Selected by: the macro is not
 * defined (a macro is its own probe). As upstream.
 */
#define secs_to_jiffies(_secs)	(unsigned long)((_secs) * HZ)
#endif /* !secs_to_jiffies */

#endif /* _RDMABP_LINUX_JIFFIES_H */
