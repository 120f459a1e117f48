// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's kbuild compiles as gnu89, which the pinned code (C11: loop
 * declarations and more) does not build with; the tree's Kbuild then adds
 * -std=gnu11. Undone upstream by "Kbuild: move to -std=gnu11", v5.18.
 * This probe compiles only under the old default.
 * Present in 5.10.262, absent in 6.1.192 (Debian's kernels, by this probe).
 * Checked: e8c07082a810, in kbuild's for-next of March 2022.
 */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#error "kbuild compiles as C99 or newer"
#endif

int rdmabp_probe;
