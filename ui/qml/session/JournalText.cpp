// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/JournalText.h"

#include "journal/JournalSession.h"

namespace mosaic {

JournalText::JournalText(QObject *parent)
    : QObject(parent)
{ }

JournalText::~JournalText()
{
    detach();
}

void JournalText::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    detach();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // A journal opened anew (another data folder, an import) holds other texts: load again.
        connect(m_session, &JournalSession::openChanged, this, [this] {
            detach();
            attach();
        });
        // What was typed is saved, and the connection let go, before the journal closes.
        connect(m_session, &JournalSession::aboutToClose, this, &JournalText::detach);
    }
    Q_EMIT refChanged();
    attach();
}

void JournalText::setField(Field field)
{
    if (field == m_field)
        return;
    detach();
    m_field = field;
    Q_EMIT refChanged();
    attach();
}

void JournalText::setRecordId(const QString &recordId)
{
    if (recordId == m_recordId)
        return;
    detach();
    m_recordId = recordId;
    Q_EMIT refChanged();
    attach();
}

void JournalText::setDate(QDate date)
{
    if (date == m_date)
        return;
    detach();
    m_date = date;
    Q_EMIT refChanged();
    attach();
}

QString JournalText::errorMessage() const
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    return m_autosave ? m_autosave->errorMessage() : QString();
}

void JournalText::componentComplete()
{
    m_complete = true;
    attach();
}

void JournalText::edit(const QString &text)
{
    if (!m_autosave)
        return;
    m_text = text;
    m_autosave->setText(text);
}

bool JournalText::flush()
{
    if (!m_autosave)
        return true;
    const Status status = m_autosave->flush();
    if (!status && m_session)
        m_session->reportFailure(status.failure());
    return bool(status);
}

void JournalText::reload()
{
    detach();
    attach();
}

void JournalText::attach()
{
    if (!m_complete || !m_session || !m_session->isOpen() || m_autosave)
        return;
    const auto kind = JournalTextRef::Kind(m_field);
    if (kind != JournalTextRef::Kind::Mission && m_recordId.isEmpty())
        return;
    if (kind == JournalTextRef::Kind::CheckInNote && !m_date.isValid())
        return;

    const JournalTextRef ref{kind, m_recordId, m_date};
    QPointer<JournalSession> session = m_session;
    m_store = std::make_unique<JournalTextField>(m_session->database(), ref, [session] { return session ? session->now() : QDateTime::currentDateTimeUtc(); });
    const Result<QString> stored = m_store->load();
    if (!stored) {
        m_store.reset();
        m_loadError = stored.failure().message;
        m_text.clear();
        Q_EMIT errorMessageChanged();
        Q_EMIT loaded();
        return;
    }
    m_loadError.clear();
    m_text = *stored;
    const int area = changedArea();
    m_autosave = std::make_unique<AutosaveController>(m_scheduler, [this, area](const QString &text) {
        const Status status = m_store->save(text);
        if (status && m_session)
            m_session->notifyChanged(area);
        return status;
    });
    m_autosave->setSavedText(m_text);
    connect(m_autosave.get(), &AutosaveController::hasUnsavedChangesChanged, this, &JournalText::hasUnsavedChangesChanged);
    connect(m_autosave.get(), &AutosaveController::errorMessageChanged, this, &JournalText::errorMessageChanged);
    connect(m_autosave.get(), &AutosaveController::saved, this, &JournalText::saved);
    Q_EMIT loaded();
    Q_EMIT errorMessageChanged();
    Q_EMIT hasUnsavedChangesChanged();
}

void JournalText::detach()
{
    if (!m_autosave && !m_store)
        return;
    if (m_autosave) {
        // The text typed so far goes to the record it was typed for, before the field points elsewhere.
        const Status status = m_autosave->flush();
        if (!status && m_session)
            m_session->reportFailure(status.failure());
        m_autosave.reset();
    }
    m_store.reset();
    Q_EMIT hasUnsavedChangesChanged();
}

int JournalText::changedArea() const
{
    switch (JournalTextRef::Kind(m_field)) {
    case JournalTextRef::Kind::CheckInNote:
        return JournalSession::Habits;
    case JournalTextRef::Kind::Mission:
        return JournalSession::Strengths;
    default:
        return JournalSession::Incidents;
    }
}

} // namespace mosaic
