// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace mosaic::window {
namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
constexpr int kTimeoutMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
{
    // Per user and per journal: the same folder reached by two spellings is the same journal.
    const QByteArray key = QDir(dataDirectory).canonicalPath().toUtf8() + '\0' + qgetenv("USER");
    m_name = QStringLiteral("mosaic-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(kRaise.trimmed()))
                    Q_EMIT raiseRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::raiseRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kRaise);
    socket.waitForBytesWritten(kTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_name))
        return true;
    // A socket file left by a process that crashed: nobody answered on it (raiseRunningInstance failed), so remove it.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

} // namespace mosaic::window
