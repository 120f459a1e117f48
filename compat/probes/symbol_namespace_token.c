// SPDX-License-Identifier: GPL-2.0
/*
 * Kernels before "module: Convert symbol namespace to string literal"
 * (v6.13) stringify a bare namespace token; newer ones take a string
 * literal, and a bare token no longer compiles. This fact is the OLD form.
 * Present in 6.12.118, absent in 7.2.13 (Debian's kernels, by this probe).
 * Checked: cdd30ebb1b9f, committed 2024-12-02 and the base of 6.13-rc pull
 * requests.
 */
#include <linux/module.h>

MODULE_IMPORT_NS(RDMABP_PROBE_NS);
