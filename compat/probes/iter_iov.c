// SPDX-License-Identifier: GPL-2.0
/*
 * iter_iov(): "iov_iter: add iter_iov() helper", v6.4.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <linux/uio.h>

const struct iovec *rdmabp_probe(const struct iov_iter *iter)
{
	return iter_iov(iter);
}
