// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace mosaic::Autostart {
namespace {

QString filePath(const QString &directory)
{
    return QDir(directory).filePath(QString::fromLatin1(kFileName));
}

// The Exec key's quoting: an argument with reserved characters goes in double quotes, with " ` $ \ escaped inside;
// then the value's own escaping doubles each backslash.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return argument;
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    return u'"' + quoted + u'"';
}

} // namespace

bool supported(const QString &flatpakMarker)
{
    return !QFile::exists(flatpakMarker);
}

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("autostart"));
}

QString entryText(const QString &executable)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Mosaic\n"
                          "Comment=Keeps your rituals' reminders running\n"
                          "Exec=%1\n"
                          "Icon=org.mosaic.Mosaic\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execArgument(executable));
}

Status write(const QString &directory, const QString &executable)
{
    if (!QDir().mkpath(directory))
        return Failure::operation(
            QCoreApplication::translate("mosaic::Autostart", "The folder %1 could not be created, so Mosaic cannot start at login.").arg(directory));
    QSaveFile file(filePath(directory));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(entryText(executable).toUtf8()) < 0 || !file.commit())
        return Failure::operation(
            QCoreApplication::translate("mosaic::Autostart", "%1 could not be written, so Mosaic cannot start at login.").arg(file.fileName()));
    return success();
}

Status remove(const QString &directory)
{
    QFile file(filePath(directory));
    if (file.exists() && !file.remove())
        return Failure::operation(
            QCoreApplication::translate("mosaic::Autostart", "%1 could not be removed; delete it to stop Mosaic from starting at login.").arg(file.fileName()));
    return success();
}

bool exists(const QString &directory)
{
    return QFile::exists(filePath(directory));
}

} // namespace mosaic::Autostart
