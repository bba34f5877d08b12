/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A SQLite VFS for the power-loss test: it wraps the default VFS, records every write, and on a "cut" drops every
 * write that no sync made durable, so that each file holds only what was synced — what a disk keeps when the power
 * goes. Single-threaded: the test drives one connection at a time. */
#ifndef MOSAIC_CUT_VFS_H
#define MOSAIC_CUT_VFS_H

#ifdef __cplusplus
extern "C" {
#endif

/* The VFS's name, as sqlite3_vfs_find() knows it. */
#define MOSAIC_CUT_VFS_NAME "mosaic-cut"

/* Registers the VFS as the default of the process's libsqlite3 — the one Qt's SQLite driver uses — so that every
 * journal the test opens goes through it, with no hook in the code under test. Disarmed, it only passes everything
 * on. SQLITE_OK or an SQLite error code. */
int cutvfs_register(void);

/* Starts a run: forgets what was recorded and counts events (writes, syncs, truncations, deletions) from zero.
 * The power is cut just before event number `cut_at` (1 = the first); 0 never cuts. From the cut on, every write,
 * sync, truncation and deletion fails with an I/O error, as on a machine that went dark. */
void cutvfs_arm(long cut_at);

/* Events seen since cutvfs_arm(). */
long cutvfs_events(void);

/* Whether the power was cut in this run. */
int cutvfs_was_cut(void);

/* Puts every file written through the VFS back to what its last sync made durable (writes after it undone, the
 * size it had then), then forgets the run. Call it with every connection closed. 0 on success, -1 when a file
 * could not be put back. */
int cutvfs_drop_unsynced(void);

#ifdef __cplusplus
}
#endif

#endif
