/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The KTAP harness of the compat test modules: a case returns PASS, FAIL or
 * SKIP and leaves its reason in why[], printed as the KTAP directive.
 */
#ifndef _RDMABP_KTAP_H
#define _RDMABP_KTAP_H

#include <linux/kernel.h>
#include <linux/printk.h>

enum rdmabp_result { RDMABP_PASS, RDMABP_FAIL, RDMABP_SKIP };

struct rdmabp_case {
	const char *name;
	enum rdmabp_result (*run)(void);
};

static char why[160];

#define WHY(fmt, ...) snprintf(why, sizeof(why), fmt, ##__VA_ARGS__)

/* Runs every case in order, prints one KTAP line each; returns the failures. */
static int rdmabp_ktap_run(const struct rdmabp_case *cases, size_t n)
{
	int failed = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		enum rdmabp_result r;

		why[0] = '\0';
		r = cases[i].run();
		if (r == RDMABP_PASS) {
			pr_info("ok %zu %s\n", i + 1, cases[i].name);
		} else if (r == RDMABP_SKIP) {
			pr_info("ok %zu %s # %s\n", i + 1, cases[i].name, why);
		} else {
			failed++;
			pr_info("not ok %zu %s # %s\n", i + 1, cases[i].name, why);
		}
	}
	return failed;
}

#endif /* _RDMABP_KTAP_H */
