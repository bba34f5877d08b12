// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace mosaic::window {

/// One window per journal: the first process listens on a local socket named after the data folder; a second one
/// finds it there, asks it to raise its window, and ends.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);

    /// True when another process already shows this journal; it has been asked to raise its window.
    bool raiseRunningInstance();
    /// Starts listening, so that later processes find this one.
    bool listen();

Q_SIGNALS:
    /// Another process asked for the window.
    void raiseRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace mosaic::window
