/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/uio.h> with the iov_iter helpers of newer kernels. */
#ifndef _RDMABP_LINUX_UIO_H
#define _RDMABP_LINUX_UIO_H

#include_next <linux/uio.h>

#ifndef HAVE_ITER_IOV
/*
 * Undoes: "iov_iter: add iter_iovec() helper" (v6.4).
 * Selected by: !HAVE_ITER_IOV.
 * Such a kernel's iov_iter keeps its iovec array in ->iov. Only an
 * ITER_IOVEC iterator has one: its ITER_UBUF iterator holds a bare user
 * pointer, where the newer kernel lays an iovec over it
 * (patches/quilt/hfi1-write-iter-iovec-only.patch keeps hfi1 to
 * ITER_IOVEC).
 */
static inline const struct iovec *iter_iov(const struct iov_iter *iter)
{
	return iter->iov;
}
#endif /* !HAVE_ITER_IOV */

#endif /* _RDMABP_LINUX_UIO_H */
