// SPDX-License-Identifier: GPL-2.0
/*
 * iter_iov(): "iov_iter: add iter_iovec() helper", v6.4 (the subject
 * names the helper iter_iovec(); the header it adds calls it iter_iov()).
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: de4f5fed3f23 (Jens Axboe, 2023-03-29), named by a syzbot
 * bisection and Fixes: tags, and next to the 'net-next-6.4' merge in a
 * git log quoted in a bisection thread: v6.4. The subject written here before,
 * 'iov_iter: add iter_iov() helper', does not exist.
 */
#include <linux/uio.h>

const struct iovec *rdmabp_probe(const struct iov_iter *iter)
{
	return iter_iov(iter);
}
