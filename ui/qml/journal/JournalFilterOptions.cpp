// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalFilterOptions.h"

#include "incidents/DistortionCatalogue.h"
#include "journal/JournalFilterQueries.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"

namespace mosaic {

namespace {

QVariantMap option(const QString &value, const QString &label)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

// An "any" choice, then `choices`; a failure to read them is shown, and leaves only the "any" choice.
QVariantList optionsFrom(JournalSession &session, const Result<QList<FilterChoice>> &choices, const QString &anyLabel)
{
    QVariantList options{option({}, anyLabel)};
    if (!choices) {
        session.reportFailure(choices.failure());
        return options;
    }
    for (const FilterChoice &choice : *choices)
        options.append(option(choice.value, choice.label));
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

    JournalFilterQueries queries(m_session->database());
    m_circles = optionsFrom(*m_session, queries.circles(), tr("Any circle"));
    m_people = optionsFrom(*m_session, queries.people(), tr("Anyone"));
    m_tags = {option({}, tr("Any tag"))};
    if (const Result<QStringList> tags = queries.tags(); !tags) {
        m_session->reportFailure(tags.failure());
    } else {
        for (const QString &tag : *tags)
            m_tags.append(option(tag, tag));
    }
    m_distortions = {option({}, tr("Any thinking pattern"))};
    for (const DistortionInfo &info : distortionCatalogue())
        m_distortions.append(option(enumName(info.id), info.name));
    m_distortions.append(optionsFrom(*m_session, queries.namedDistortions(), {}).mid(1));
    Q_EMIT optionsChanged();
}

} // namespace mosaic
