// SPDX-License-Identifier: GPL-3.0-or-later
// mosaic-manpage VERSION FILE: writes mosaic(1), in roff, to FILE. The build runs it (app/CMakeLists.txt), so that the
// man page is made from the same command-line table as `mosaic --help` and cannot disagree with it. It installs no
// translator: the man page is English.
#include "cli/ManPage.h"
#include "storage/FileWriting.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: mosaic-manpage VERSION FILE" << Qt::endl;
        return 2;
    }
    if (const mosaic::Status written = mosaic::writeFileAtomically(arguments.at(2), mosaic::cli::manPage(arguments.at(1)).toUtf8()); !written) {
        err << "mosaic-manpage: " << written.failure().message << Qt::endl;
        return 1;
    }
    return 0;
}
