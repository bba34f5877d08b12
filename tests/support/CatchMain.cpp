// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run inside a QCoreApplication (Qt SQL needs one) and never touch the real home folder.
#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mosaic-tests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
