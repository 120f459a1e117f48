/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/file.h> with the struct fd accessors of newer kernels. */
#ifndef _RDMABP_LINUX_FILE_H
#define _RDMABP_LINUX_FILE_H

#include_next <linux/file.h>

#ifndef fd_file
/*
 * Undoes: "introduce fd_file(), convert all accessors to it" (v6.12).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Such a kernel's struct fd holds the file pointer as a member.
 */
#define fd_file(f)	((f).file)
#endif /* !fd_file */

#ifndef EMPTY_FD
/*
 * Undoes: "struct fd: representation change" (v6.12), which added
 * fd_empty() and EMPTY_FD for the packed representation.
 * Selected by: the macro EMPTY_FD is not defined (a macro is its own probe).
 * On such a kernel a struct fd without a file is the empty one.
 */
#define EMPTY_FD	((struct fd){ .file = NULL, .flags = 0 })

static inline bool fd_empty(struct fd f)
{
	return unlikely(!f.file);
}
#endif /* !EMPTY_FD */

#endif /* _RDMABP_LINUX_FILE_H */
