// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalSession.h"

#include "storage/Database.h"
#include "storage/FileWriting.h"

#include <QDir>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace mosaic {

JournalSession::JournalSession(QObject *parent)
    : QObject(parent)
{
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        const QDate date = today();
        if (date != m_today) {
            m_today = date;
            Q_EMIT todayChanged();
        }
        scheduleMidnight();
    });
    m_today = today();
    scheduleMidnight();
    // Often enough that a check-in from the command line shows while the person looks; a question that reads no page.
    m_otherWriters.setInterval(2000);
    connect(&m_otherWriters, &QTimer::timeout, this, &JournalSession::checkOtherWriters);
}

JournalSession::~JournalSession()
{
    close();
}

void JournalSession::setDataDirectory(const QString &directory)
{
    if (directory == m_dataDirectory)
        return;
    m_dataDirectory = directory;
    Q_EMIT dataDirectoryChanged();
    open();
}

bool JournalSession::open()
{
    close();
    if (m_dataDirectory.isEmpty()) {
        reportFailure(Failure::badInput(tr("No data folder was given for the journal.")));
        return false;
    }
    if (!createPrivateFolder(m_dataDirectory)) {
        reportFailure(Failure::operation(tr("The data folder %1 could not be created. Check that the disk is writable.").arg(m_dataDirectory)));
        return false;
    }
    auto opened = Database::open(QDir(m_dataDirectory).filePath(QStringLiteral("journal.sqlite")));
    if (!opened) {
        reportFailure(opened.failure());
        return false;
    }
    m_database = std::move(*opened);
    {
        const QMutexLocker locker(&m_openingMutex);
        m_openFilePath = m_database->filePath();
        ++m_opening;
    }
    const QSqlDatabase connection = m_database->connection();
    m_incidents = std::make_unique<IncidentStore>(connection);
    m_strengths = std::make_unique<StrengthStore>(connection);
    m_habits = std::make_unique<HabitStore>(connection);
    m_circles = std::make_unique<CircleStore>(connection);
    m_reminders = std::make_unique<ReminderStore>(connection);
    clearError();
    // Calm notes, not failures: read-only, permissions made private, a network or synced folder.
    if (const QStringList notices = m_database->notices(); !notices.isEmpty()) {
        m_errorMessage = notices.join(u'\n');
        Q_EMIT errorMessageChanged();
    }
    if (const auto version = m_database->dataVersion())
        m_dataVersion = *version;
    m_otherWriters.start();
    Q_EMIT openChanged();
    notifyChanged(Everything);
    return true;
}

void JournalSession::checkOtherWriters()
{
    if (!m_database)
        return;
    const auto version = m_database->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    // Another program wrote: which areas is unknown, so every page reloads what it shows.
    notifyChanged(Everything);
}

const Database *JournalSession::readDatabase() const
{
    if (QThread::currentThread() == thread())
        return m_database.get();
    QString filePath;
    quint64 opening = 0;
    {
        const QMutexLocker locker(&m_openingMutex);
        filePath = m_openFilePath;
        opening = m_opening;
    }
    if (filePath.isEmpty())
        return nullptr;
    if (!m_readers.hasLocalData())
        m_readers.setLocalData(new ThreadReader); // owned by m_readers, deleted when this thread ends
    ThreadReader *reader = m_readers.localData();
    if (reader->opening != opening || !reader->database) {
        reader->database.reset(); // a connection to an earlier opening (a restored backup may stand in its place)
        auto opened = Database::open(filePath);
        if (!opened)
            return nullptr;
        reader->database = std::move(*opened);
        reader->opening = opening;
    }
    return reader->database.get();
}

bool JournalSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

void JournalSession::close()
{
    if (!m_database)
        return;
    m_otherWriters.stop();
    Q_EMIT aboutToClose();
    {
        const QMutexLocker locker(&m_openingMutex);
        m_openFilePath.clear();
    }
    // The stores hold prepared statements of the connection: they go before it.
    m_incidents.reset();
    m_strengths.reset();
    m_habits.reset();
    m_circles.reset();
    m_reminders.reset();
    m_database.reset();
    Q_EMIT openChanged();
}

void JournalSession::reportFailure(const Failure &failure)
{
    m_errorMessage = failure.message;
    Q_EMIT errorMessageChanged();
    Q_EMIT failed(m_errorMessage);
}

void JournalSession::clearError()
{
    if (m_errorMessage.isEmpty())
        return;
    m_errorMessage.clear();
    Q_EMIT errorMessageChanged();
}

QDateTime JournalSession::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow.toUTC() : QDateTime::currentDateTimeUtc();
}

QDate JournalSession::today() const
{
    return now().toLocalTime().date();
}

void JournalSession::setFixedNow(const QDateTime &instant)
{
    if (instant == m_fixedNow)
        return;
    m_fixedNow = instant;
    m_today = today();
    Q_EMIT todayChanged();
    scheduleMidnight();
}

void JournalSession::notifyChanged(int areas)
{
    ++m_revision;
    Q_EMIT journalChanged(areas);
}

void JournalSession::follow(QObject *receiver, int areas, const std::function<void()> &reload, FollowDay day)
{
    follow(receiver, areas, [reload](int) { reload(); });
    if (day == AtMidnight)
        connect(this, &JournalSession::todayChanged, receiver, reload);
}

void JournalSession::follow(QObject *receiver, int areas, const std::function<void(int changed)> &reload)
{
    connect(this, &JournalSession::journalChanged, receiver, [areas, reload](int changed) {
        if (changed & areas)
            reload(changed & areas);
    });
}

bool JournalSession::write(int areas, const std::function<Status()> &change)
{
    const auto wrote = writeIfChanged(areas, [&change]() -> Result<bool> {
        if (Status status = change(); !status)
            return status.failure();
        return true;
    });
    return wrote && *wrote;
}

Result<bool> JournalSession::writeIfChanged(int areas, const std::function<Result<bool>()> &change)
{
    const auto fail = [this](const Failure &failure) -> Result<bool> {
        reportFailure(failure);
        return failure; // an uncommitted transaction rolls back when it goes
    };
    if (!m_database)
        return fail(Failure::operation(tr("The journal is not open.")));
    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return fail(transaction.failure());
    const auto changed = change();
    if (!changed)
        return fail(changed.failure());
    if (!*changed)
        return false; // nothing to write: the transaction rolls back and nothing reloads
    if (Status status = transaction->commit(); !status)
        return fail(status.failure());
    notifyChanged(areas);
    return true;
}

QSqlDatabase JournalSession::connection() const
{
    return m_database->connection();
}

Status JournalSession::withJournalClosed(const std::function<Status()> &work)
{
    close();
    const Status status = work();
    open();
    return status;
}

void JournalSession::scheduleMidnight()
{
    m_midnight.stop();
    if (m_fixedNow.isValid())
        return;
    // A second past local midnight; a clock change or a long sleep is caught by the next check.
    const QDateTime current = QDateTime::currentDateTime();
    const QDateTime midnight(current.date().addDays(1), QTime(0, 0, 1));
    const qint64 ms = current.msecsTo(midnight);
    m_midnight.start(int(std::clamp<qint64>(ms, 1000, 60 * 60 * 1000)));
}

} // namespace mosaic
