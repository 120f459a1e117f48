/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/random.h> with the ranged helpers of newer kernels. */
#ifndef _RDMABP_LINUX_RANDOM_H
#define _RDMABP_LINUX_RANDOM_H

#include_next <linux/random.h>

#if defined(__KERNEL__) && !defined(HAVE_GET_RANDOM_U32_INCLUSIVE)
/*
 * Undoes: "random: add helpers for random numbers with given floor or
 * range" (v6.2; carried by Debian's 6.1.0-57, absent in 5.10.0-46).
 * Selected by: !HAVE_GET_RANDOM_U32_INCLUSIVE. A uniform value in
 * [@floor, @ceil] from get_random_u32(), scaled by multiplication (the
 * bias is below 2^-32 for the port ranges the RDMA CM asks for).
 */
static inline u32 get_random_u32_inclusive(u32 floor, u32 ceil)
{
	u64 span = (u64)ceil - floor + 1;

	return floor + (u32)(((u64)get_random_u32() * span) >> 32);
}
#endif /* !HAVE_GET_RANDOM_U32_INCLUSIVE */

#if defined(__KERNEL__) && !defined(HAVE_GET_RANDOM_U32_BELOW)
/*
 * Undoes: "random: use rejection sampling for uniform bounded random
 * integers" (v6.2).
 * Selected by: !HAVE_GET_RANDOM_U32_BELOW. A value in [0, @ceil) from
 * get_random_u32() scaled by multiplication, as such a kernel's
 * prandom_u32_max() (the bias is below 2^-32 for small bounds).
 */
static inline u32 get_random_u32_below(u32 ceil)
{
	return (u32)(((u64)get_random_u32() * ceil) >> 32);
}
#endif /* !HAVE_GET_RANDOM_U32_BELOW */

#ifndef HAVE_GET_RANDOM_U8
/*
 * Undoes: "random: add 8-bit and 16-bit batches" (v6.1): get_random_u8()
 * and get_random_u16().
 * Selected by: !HAVE_GET_RANDOM_U8. The low bits of a random u32: the
 * same distribution, one batch draw more.
 */
static inline u8 get_random_u8(void)
{
	return get_random_u32();
}

static inline u16 get_random_u16(void)
{
	return get_random_u32();
}
#endif /* !HAVE_GET_RANDOM_U8 */

#endif /* _RDMABP_LINUX_RANDOM_H */
