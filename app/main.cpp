// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the `mosaic` executable. With a subcommand it runs headless; the window comes later.
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QDateTime>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mosaic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOSAIC_VERSION));
    return mosaic::cli::runCommandLine(QCoreApplication::arguments(), QDateTime::currentDateTime());
}
