/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fseeko, truncate and access, whatever the compiler's default C dialect. */
#define _POSIX_C_SOURCE 200809L

#include "CutVfs.h"

#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One write (or truncation) not yet made durable by a sync: what the bytes it covered held before, and the file's
 * size before it. Undone newest first, they give back the file as of its last sync. */
typedef struct Undo Undo;
struct Undo
{
    char *path;
    sqlite3_int64 offset;
    unsigned char *old;
    int oldLength;
    sqlite3_int64 oldSize;
    Undo *next; /* the previous record: the list runs newest first */
};

typedef struct CutFile
{
    sqlite3_file base;
    sqlite3_file *real;
    char *path; /* NULL for SQLite's nameless temporary files, which no power cut can matter to */
} CutFile;

static sqlite3_vfs *g_original = NULL;
static sqlite3_vfs g_vfs;
static Undo *g_undo = NULL;
static long g_events = 0;
static long g_cutAt = 0;
static int g_cut = 0;

/* Counts an event; nonzero when the power is (now) off. */
static int powerOff(void)
{
    if (g_cut)
        return 1;
    ++g_events;
    if (g_cutAt > 0 && g_events >= g_cutAt)
        g_cut = 1;
    return g_cut;
}

static char *copyString(const char *text)
{
    const size_t length = strlen(text) + 1;
    char *copy = (char *)malloc(length);
    if (copy)
        memcpy(copy, text, length);
    return copy;
}

static void freeUndo(Undo *undo)
{
    free(undo->path);
    free(undo->old);
    free(undo);
}

/* A sync makes everything written to `path` durable; a deletion makes it moot. */
static void forgetPath(const char *path)
{
    Undo **link = &g_undo;
    while (*link) {
        Undo *undo = *link;
        if (strcmp(undo->path, path) == 0) {
            *link = undo->next;
            freeUndo(undo);
        } else {
            link = &undo->next;
        }
    }
}

/* Remembers what [offset, offset + length) holds now, before it is overwritten or cut off. */
static int remember(CutFile *file, sqlite3_int64 offset, sqlite3_int64 length)
{
    sqlite3_int64 size = 0;
    int rc = file->real->pMethods->xFileSize(file->real, &size);
    if (rc != SQLITE_OK)
        return rc;
    Undo *undo = (Undo *)calloc(1, sizeof(Undo));
    if (!undo)
        return SQLITE_NOMEM;
    undo->path = copyString(file->path);
    undo->offset = offset;
    undo->oldSize = size;
    sqlite3_int64 covered = size - offset;
    if (covered > length)
        covered = length;
    if (covered > 0) {
        undo->old = (unsigned char *)malloc((size_t)covered);
        undo->oldLength = (int)covered;
        if (!undo->path || !undo->old) {
            freeUndo(undo);
            return SQLITE_NOMEM;
        }
        rc = file->real->pMethods->xRead(file->real, undo->old, undo->oldLength, offset);
        if (rc != SQLITE_OK) {
            freeUndo(undo);
            return rc;
        }
    } else if (!undo->path) {
        freeUndo(undo);
        return SQLITE_NOMEM;
    }
    undo->next = g_undo;
    g_undo = undo;
    return SQLITE_OK;
}

static int cutClose(sqlite3_file *base)
{
    CutFile *file = (CutFile *)base;
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    free(file->path);
    file->path = NULL;
    return rc;
}

static int cutRead(sqlite3_file *base, void *buffer, int amount, sqlite3_int64 offset)
{
    CutFile *file = (CutFile *)base;
    if (g_cut)
        return SQLITE_IOERR_READ;
    return file->real->pMethods->xRead(file->real, buffer, amount, offset);
}

static int cutWrite(sqlite3_file *base, const void *buffer, int amount, sqlite3_int64 offset)
{
    CutFile *file = (CutFile *)base;
    if (file->path) {
        if (powerOff())
            return SQLITE_IOERR_WRITE;
        const int rc = remember(file, offset, amount);
        if (rc != SQLITE_OK)
            return rc;
    }
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

static int cutTruncate(sqlite3_file *base, sqlite3_int64 size)
{
    CutFile *file = (CutFile *)base;
    if (file->path) {
        if (powerOff())
            return SQLITE_IOERR_TRUNCATE;
        const int rc = remember(file, size, ((sqlite3_int64)1) << 62);
        if (rc != SQLITE_OK)
            return rc;
    }
    return file->real->pMethods->xTruncate(file->real, size);
}

/* Durability is what this VFS models, so the disk itself is not asked to sync: the test runs fast and means the same. */
static int cutSync(sqlite3_file *base, int flags)
{
    CutFile *file = (CutFile *)base;
    (void)flags;
    if (file->path) {
        if (powerOff())
            return SQLITE_IOERR_FSYNC;
        forgetPath(file->path);
    }
    return SQLITE_OK;
}

static int cutFileSize(sqlite3_file *base, sqlite3_int64 *size)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xFileSize(file->real, size);
}

static int cutLock(sqlite3_file *base, int level)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xLock(file->real, level);
}

static int cutUnlock(sqlite3_file *base, int level)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xUnlock(file->real, level);
}

static int cutCheckReservedLock(sqlite3_file *base, int *result)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xCheckReservedLock(file->real, result);
}

static int cutFileControl(sqlite3_file *base, int op, void *argument)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xFileControl(file->real, op, argument);
}

static int cutSectorSize(sqlite3_file *base)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xSectorSize(file->real);
}

static int cutDeviceCharacteristics(sqlite3_file *base)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xDeviceCharacteristics(file->real);
}

/* The wal-index (-shm) is memory shared between connections; SQLite rebuilds it from the WAL after a crash. */
static int cutShmMap(sqlite3_file *base, int page, int pageSize, int extend, void volatile **address)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xShmMap(file->real, page, pageSize, extend, address);
}

static int cutShmLock(sqlite3_file *base, int offset, int count, int flags)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xShmLock(file->real, offset, count, flags);
}

static void cutShmBarrier(sqlite3_file *base)
{
    CutFile *file = (CutFile *)base;
    file->real->pMethods->xShmBarrier(file->real);
}

static int cutShmUnmap(sqlite3_file *base, int deleteFlag)
{
    CutFile *file = (CutFile *)base;
    return file->real->pMethods->xShmUnmap(file->real, deleteFlag);
}

/* Memory-mapped reads are refused, so that every write goes through xWrite where it is recorded. */
static int cutFetch(sqlite3_file *base, sqlite3_int64 offset, int amount, void **pointer)
{
    (void)base;
    (void)offset;
    (void)amount;
    *pointer = NULL;
    return SQLITE_OK;
}

static int cutUnfetch(sqlite3_file *base, sqlite3_int64 offset, void *pointer)
{
    (void)base;
    (void)offset;
    (void)pointer;
    return SQLITE_OK;
}

static const sqlite3_io_methods g_methods = {
    3,
    cutClose,
    cutRead,
    cutWrite,
    cutTruncate,
    cutSync,
    cutFileSize,
    cutLock,
    cutUnlock,
    cutCheckReservedLock,
    cutFileControl,
    cutSectorSize,
    cutDeviceCharacteristics,
    cutShmMap,
    cutShmLock,
    cutShmBarrier,
    cutShmUnmap,
    cutFetch,
    cutUnfetch,
};

static int cutOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *base, int flags, int *outFlags)
{
    CutFile *file = (CutFile *)base;
    (void)vfs;
    memset(file, 0, sizeof(CutFile));
    file->real = (sqlite3_file *)&file[1];
    const int rc = g_original->xOpen(g_original, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        /* SQLite calls xClose only when pMethods is set; the real file's own methods stay as they were. */
        if (file->real->pMethods)
            file->real->pMethods->xClose(file->real);
        return rc;
    }
    if (name) {
        file->path = copyString(name);
        if (!file->path) {
            file->real->pMethods->xClose(file->real);
            return SQLITE_NOMEM;
        }
    }
    file->base.pMethods = &g_methods;
    return SQLITE_OK;
}

static int cutDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    (void)vfs;
    if (powerOff())
        return SQLITE_IOERR_DELETE;
    forgetPath(name);
    return g_original->xDelete(g_original, name, syncDir);
}

static int cutAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    (void)vfs;
    return g_original->xAccess(g_original, name, flags, result);
}

static int cutFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    (void)vfs;
    return g_original->xFullPathname(g_original, name, size, out);
}

static void *cutDlOpen(sqlite3_vfs *vfs, const char *name)
{
    (void)vfs;
    return g_original->xDlOpen(g_original, name);
}

static void cutDlError(sqlite3_vfs *vfs, int size, char *out)
{
    (void)vfs;
    g_original->xDlError(g_original, size, out);
}

static void (*cutDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    (void)vfs;
    return g_original->xDlSym(g_original, handle, symbol);
}

static void cutDlClose(sqlite3_vfs *vfs, void *handle)
{
    (void)vfs;
    g_original->xDlClose(g_original, handle);
}

static int cutRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    (void)vfs;
    return g_original->xRandomness(g_original, size, out);
}

static int cutSleep(sqlite3_vfs *vfs, int microseconds)
{
    (void)vfs;
    return g_original->xSleep(g_original, microseconds);
}

static int cutCurrentTime(sqlite3_vfs *vfs, double *time)
{
    (void)vfs;
    return g_original->xCurrentTime(g_original, time);
}

static int cutGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    (void)vfs;
    return g_original->xGetLastError ? g_original->xGetLastError(g_original, size, out) : 0;
}

static int cutCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *time)
{
    (void)vfs;
    return g_original->xCurrentTimeInt64(g_original, time);
}

int cutvfs_register(void)
{
    if (g_original)
        return SQLITE_OK;
    g_original = sqlite3_vfs_find(NULL);
    if (!g_original)
        return SQLITE_ERROR;
    memset(&g_vfs, 0, sizeof(g_vfs));
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = (int)sizeof(CutFile) + g_original->szOsFile;
    g_vfs.mxPathname = g_original->mxPathname;
    g_vfs.zName = MOSAIC_CUT_VFS_NAME;
    g_vfs.xOpen = cutOpen;
    g_vfs.xDelete = cutDelete;
    g_vfs.xAccess = cutAccess;
    g_vfs.xFullPathname = cutFullPathname;
    g_vfs.xDlOpen = cutDlOpen;
    g_vfs.xDlError = cutDlError;
    g_vfs.xDlSym = cutDlSym;
    g_vfs.xDlClose = cutDlClose;
    g_vfs.xRandomness = cutRandomness;
    g_vfs.xSleep = cutSleep;
    g_vfs.xCurrentTime = cutCurrentTime;
    g_vfs.xGetLastError = cutGetLastError;
    g_vfs.xCurrentTimeInt64 = cutCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1);
}

static void forgetAll(void)
{
    while (g_undo) {
        Undo *undo = g_undo;
        g_undo = undo->next;
        freeUndo(undo);
    }
}

void cutvfs_arm(long cut_at)
{
    forgetAll();
    g_events = 0;
    g_cutAt = cut_at;
    g_cut = 0;
}

long cutvfs_events(void)
{
    return g_events;
}

int cutvfs_was_cut(void)
{
    return g_cut;
}

int cutvfs_drop_unsynced(void)
{
    int result = 0;
    /* Newest first: each record gives back what was there before its write, ending at the last synced state. */
    while (g_undo) {
        Undo *undo = g_undo;
        g_undo = undo->next;
        if (access(undo->path, F_OK) == 0) {
            /* A file renamed away (a backup, synced by its writer outside SQLite) has nothing left to undo here. */
            FILE *file = fopen(undo->path, "r+b");
            if (!file) {
                result = -1;
            } else {
                if (undo->oldLength > 0 &&
                    (fseeko(file, (off_t)undo->offset, SEEK_SET) != 0 || fwrite(undo->old, 1, (size_t)undo->oldLength, file) != (size_t)undo->oldLength))
                    result = -1;
                if (fclose(file) != 0)
                    result = -1;
                if (truncate(undo->path, (off_t)undo->oldSize) != 0)
                    result = -1;
            }
        }
        freeUndo(undo);
    }
    g_events = 0;
    g_cutAt = 0;
    g_cut = 0;
    return result;
}
