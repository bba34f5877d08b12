// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataLocation.h"

#include "storage/FileWriting.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <QCoreApplication>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::DataLocation)
};
} // namespace

QString resolveDataDirectory(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return QDir(fromOption).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("MOSAIC_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> prepareJournalPath(const QString &dataDirectory)
{
    const QFileInfo info(dataDirectory);
    if (info.exists() && !info.isDir())
        return Failure::operation(
            Text::tr("The data folder %1 is a file, not a folder. Choose another with --data-dir.").arg(QDir::toNativeSeparators(dataDirectory)));
    if (!createPrivateFolder(dataDirectory))
        return Failure::operation(Text::tr("The data folder %1 cannot be created. Check its permissions, or choose another with --data-dir.")
                                      .arg(QDir::toNativeSeparators(dataDirectory)));
    return QDir(dataDirectory).filePath(QStringLiteral("journal.sqlite"));
}

} // namespace mosaic::cli
