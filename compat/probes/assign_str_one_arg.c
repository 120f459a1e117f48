// SPDX-License-Identifier: GPL-2.0
/*
 * __assign_str() with the destination only, the source taken from the
 * event's __string() field: "tracing/treewide: Remove second parameter of
 * __assign_str()", v6.10 (on "tracing: Rework __assign_str() and __string()
 * to not duplicate getting the string", v6.9). The event-callback stage of
 * the trace machinery, used by hand.
 * Checked: 2c92ca849fcc, described as v6.9-11925-g2c92ca849fcc by an
 * out-of-tree build check (the subject written here before lacked
 * /treewide); c1fa617caeb0, v2 posted 2024-02-22.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/string.h>
#include <linux/trace_events.h>
#include <trace/stages/stage6_event_callback.h>

struct rdmabp_probe_offsets {
	u32 name;
	const void *name_ptr_;
};

struct rdmabp_probe_entry {
	u32 __data_loc_name;
	char __data[8];
};

void rdmabp_probe(struct rdmabp_probe_entry *entry, const char *s)
{
	struct rdmabp_probe_offsets __data_offsets = { .name_ptr_ = s };

	__assign_str(name);
}
