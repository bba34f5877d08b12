// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <utility>

#include <sys/stat.h>

namespace mosaic {

namespace {

// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::OutputTarget)
};

// What a path really is on disk: two names for one file (a link, a linked folder, a hard link) share it.
struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const Identity &) const = default;
};

std::optional<Identity> identityOf(const QString &path)
{
    struct stat status
    { };
    // stat follows links: a link to the journal is the journal.
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return Identity{quint64(status.st_dev), quint64(status.st_ino)};
}

// A file that may not exist yet is known by its folder's identity and its name.
struct Place
{
    std::optional<Identity> folder;
    QString name;
};

Place placeOf(const QString &path)
{
    const QFileInfo info(path);
    return {identityOf(info.absolutePath()), info.fileName()};
}

bool samePlace(const Place &a, const Place &b)
{
    return a.folder && b.folder && *a.folder == *b.folder && a.name == b.name;
}

bool sameFile(const QString &a, const QString &b)
{
    const auto first = identityOf(a);
    const auto second = identityOf(b);
    if (first && second && *first == *second)
        return true;
    return samePlace(placeOf(a), placeOf(b));
}

// True when `folder` or one of the folders above it is `ancestor` (by identity, so links to it count).
bool isWithin(const QString &folder, const Identity &ancestor)
{
    QDir dir(folder);
    for (int depth = 0; depth < 256; ++depth) {
        if (const auto identity = identityOf(dir.absolutePath()); identity && *identity == ancestor)
            return true;
        if (dir.isRoot() || !dir.cdUp())
            return false;
    }
    return false;
}

QStringList companionsOf(const QString &journalPath)
{
    return {journalPath, journalPath + QStringLiteral("-wal"), journalPath + QStringLiteral("-shm"), journalPath + QStringLiteral("-journal")};
}

// Whether the file at `resolved` is one of the managed files.
bool isManaged(const QString &resolved, const ManagedFiles &managed)
{
    QStringList files = companionsOf(managed.journalPath) + managed.otherFiles;
    if (!managed.dataDirectory.isEmpty()) {
        const QDir data(managed.dataDirectory);
        for (const QString &name : managedNamesInDataFolder())
            files.append(data.filePath(name));
    }
    for (const QString &file : std::as_const(files)) {
        if (sameFile(resolved, file))
            return true;
    }
    if (managed.dataDirectory.isEmpty())
        return false;

    const Place place = placeOf(resolved);
    const auto dataFolder = identityOf(managed.dataDirectory);
    if (!dataFolder)
        return false;
    // Any file in the data folder named after the journal: its companions, migration copies, files added later.
    const QString journalName = QFileInfo(managed.journalPath).fileName();
    if (place.folder && *place.folder == *dataFolder && place.name.startsWith(journalName))
        return true;
    // Anything inside a folder Mosaic manages there (the backups).
    for (const QString &name : managedNamesInDataFolder()) {
        const QString folder = QDir(managed.dataDirectory).filePath(name);
        if (const auto identity = identityOf(folder); identity && QFileInfo(folder).isDir() && isWithin(QFileInfo(resolved).absolutePath(), *identity))
            return true;
    }
    return false;
}

} // namespace

ManagedFiles ManagedFiles::inDataFolderOf(const QString &journalPath)
{
    return {journalPath, QFileInfo(journalPath).absolutePath(), {}};
}

QStringList managedNamesInDataFolder()
{
    return {QStringLiteral("settings.ini"), QStringLiteral("backups")};
}

Result<QString> checkOutputTarget(const QString &path, const ManagedFiles &managed)
{
    if (path.isEmpty())
        return Failure::badInput(Text::tr("No file was given to write to."));
    const QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    if (info.isDir())
        //: %1 is a path the person gave for a file to write.
        return Failure::badInput(Text::tr("%1 is a folder; give a file name to write to.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Failure::badInput(Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));

    // What will really be written: the file a link leads to, else the name in the real folder.
    const QString resolved = info.exists() ? info.canonicalFilePath() : QDir(folder.canonicalFilePath()).filePath(info.fileName());
    if (isManaged(resolved, managed) || isManaged(info.absoluteFilePath(), managed))
        //: %1 is a path the person gave for a file to write; it leads to the journal or another file Mosaic keeps.
        return Failure::badInput(Text::tr("%1 is the journal or another file Mosaic keeps in its data folder (or a link to one); writing there would "
                                          "replace it. Nothing was written. Choose a file outside the data folder.")
                                     .arg(QDir::toNativeSeparators(path)));
    return resolved;
}

Status checkOpenOutput(int descriptor, const ManagedFiles &managed)
{
    struct stat status
    { };
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
        return success(); // a terminal, a pipe, /dev/null: nothing Mosaic keeps
    const Identity open{quint64(status.st_dev), quint64(status.st_ino)};
    // The name the shell opened, where the system tells it (Linux); else the identity alone, against the journal's files.
    const QString name = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(descriptor));
    bool managedFile = !name.isEmpty() && QFileInfo::exists(name) && identityOf(name) == open && isManaged(name, managed);
    for (const QString &file : companionsOf(managed.journalPath))
        managedFile = managedFile || identityOf(file) == open;
    if (!managedFile)
        return success();
    const QString shown = QDir::toNativeSeparators(name.isEmpty() ? managed.journalPath : name);
    //: %1 is the file the shell was told to write to with ">", the journal or another file Mosaic keeps.
    return Failure::badInput(Text::tr("The output goes to %1, which is the journal or another file Mosaic keeps: the shell emptied it before Mosaic "
                                      "started. Mosaic wrote nothing and left the journal's other files as they are. To get the journal back, "
                                      "restore a backup: 'mosaic restore --list' shows the automatic ones. Next time, write to a file outside the "
                                      "data folder.")
                                 .arg(shown));
}

} // namespace mosaic
