// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalFilterOptions.h"

#include "incidents/DistortionCatalogue.h"
#include "journal/JournalLabels.h"
#include "session/JournalSession.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

QVariantMap option(const QString &value, const QString &label)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

// Rows of (value, label) from `sql`, after an "any" choice.
QVariantList optionsFrom(JournalSession &session, const QString &sql, const QString &anyLabel, const QString &whatFailed)
{
    QVariantList options{option({}, anyLabel)};
    QSqlQuery query(session.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        session.reportFailure(sqlFailure(query.lastError(), whatFailed));
        return options;
    }
    while (query.next())
        options.append(option(query.value(0).toString(), query.value(1).toString()));
    return options;
}

} // namespace

JournalFilterOptions::JournalFilterOptions(QObject *parent)
    : QObject(parent)
{ }

void JournalFilterOptions::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Incidents | JournalSession::Circles, [this] { reload(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    reload();
}

void JournalFilterOptions::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    reload();
}

void JournalFilterOptions::reload()
{
    if (!m_active || !m_session || !m_session->isOpen())
        return;
    m_kinds = {option({}, tr("Everything"))};
    for (std::size_t i = 0; i < enumCount<IncidentKind>(); ++i) {
        const auto kind = static_cast<IncidentKind>(i);
        m_kinds.append(option(enumName(kind), journal::incidentKindLabel(kind)));
    }
    m_kinds.append(option(QStringLiteral("win"), tr("Wins")));
    m_kinds.append(option(QStringLiteral("note"), tr("Ritual notes")));

    m_circles = optionsFrom(*m_session, QStringLiteral("SELECT id, name FROM circles WHERE deleted_at IS NULL ORDER BY archived, name COLLATE NOCASE"),
                            tr("Any circle"), tr("Reading the circles"));
    m_people = optionsFrom(*m_session, QStringLiteral("SELECT id, name FROM people WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"), tr("Anyone"),
                           tr("Reading the people"));
    // The tags in use; a tag "distortion:NAME" is a distortion the person named, offered with the distortions.
    m_tags = optionsFrom(*m_session,
                         QStringLiteral("SELECT DISTINCT t.value, t.value FROM incidents i, json_each(i.tags_json) t"
                                        " WHERE i.deleted_at IS NULL AND t.value NOT LIKE 'distortion:%' ORDER BY 1 COLLATE NOCASE"),
                         tr("Any tag"), tr("Reading the tags"));
    m_distortions = {option({}, tr("Any thinking pattern"))};
    for (const DistortionInfo &info : distortionCatalogue())
        m_distortions.append(option(enumName(info.id), info.name));
    const QVariantList custom = optionsFrom(*m_session,
                                            QStringLiteral("SELECT DISTINCT t.value, substr(t.value, 12) FROM incidents i, json_each(i.tags_json) t"
                                                           " WHERE i.deleted_at IS NULL AND t.value LIKE 'distortion:%' ORDER BY 2 COLLATE NOCASE"),
                                            {}, tr("Reading the distortions"));
    m_distortions.append(custom.mid(1));
    Q_EMIT optionsChanged();
}

} // namespace mosaic
