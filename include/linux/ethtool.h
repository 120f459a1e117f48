/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/ethtool.h> with the types of newer kernels that prototypes name. */
#ifndef _RDMABP_LINUX_ETHTOOL_H
#define _RDMABP_LINUX_ETHTOOL_H

#include_next <linux/ethtool.h>

#ifndef HAVE_ETHTOOL_FEC_HIST
/*
 * Undoes: "ethtool: add FEC bins histogram report" (struct ethtool_fec_hist;
 * after 6.12.117, present in 7.2.13). Selected by: !HAVE_ETHTOOL_FEC_HIST.
 * Only named by prototypes of code that is not built on such a kernel
 * (mlx5e); declared so those prototypes mean one type.
 */
struct ethtool_fec_hist;
#endif /* !HAVE_ETHTOOL_FEC_HIST */

#endif /* _RDMABP_LINUX_ETHTOOL_H */
