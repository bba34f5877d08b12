// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built `mosaic` executable and captures what a user would see.
struct MosaicRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

MosaicRun runMosaic(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Waits (at most a minute) for a started mosaic and collects what it printed and how it ended.
MosaicRun finishMosaic(QProcess &process);

// runMosaic with --data-dir DIR in front of the arguments.
MosaicRun runMosaicIn(const QString &dataDirectory, const QStringList &arguments);
