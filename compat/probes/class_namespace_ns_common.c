// SPDX-License-Identifier: GPL-2.0
/*
 * class.namespace returns const struct ns_common *: "ns: use ns_common in kobject namespaces", v6.19
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); the release is the one written before, within its Debian
 * bracket.
 */
#include <linux/device/class.h>
#include <linux/ns_common.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct class *)0)->namespace),
	       const struct ns_common *(*)(const struct device *)), "old class.namespace");
