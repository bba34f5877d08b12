// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTcpServer>

/// An HTTP server on 127.0.0.1 only, on a free port, that answers every request 404 and remembers what was asked:
/// for tests that the window fetches nothing (an image written into a text must never be loaded by showing it).
class LoopbackServer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int port READ port CONSTANT)
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY requested)
    Q_PROPERTY(QStringList requests READ requests NOTIFY requested)

public:
    explicit LoopbackServer(QObject *parent = nullptr);

    int port() const { return m_server.serverPort(); }
    int connectionCount() const { return m_connections; }
    /// The request lines ("GET /x.png HTTP/1.1") received so far.
    QStringList requests() const { return m_requests; }

Q_SIGNALS:
    void requested();

private:
    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_requests;
};
