// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/AutostartEntry.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace mosaic;

TEST_CASE("Start at login is offered outside a Flatpak sandbox only")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString marker = root.filePath(QStringLiteral(".flatpak-info"));
    CHECK(Autostart::supported(marker));

    QFile file(marker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[Application]\nname=org.mosaic.Mosaic\n");
    file.close();
    CHECK_FALSE(Autostart::supported(marker));
}

TEST_CASE("The autostart entry starts the program it names, quoted when it needs it")
{
    CHECK(Autostart::entryText(QStringLiteral("/usr/bin/mosaic")).contains(QStringLiteral("\nExec=/usr/bin/mosaic\n")));
    CHECK(Autostart::entryText(QStringLiteral("/opt/my apps/mosaic")).contains(QStringLiteral("\nExec=\"/opt/my apps/mosaic\"\n")));
}
