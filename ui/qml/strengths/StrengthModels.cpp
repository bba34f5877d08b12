// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengths/StrengthModels.h"

#include "incidents/IncidentDeletion.h"
#include "journal/JournalSession.h"
#include "strengths/StrengthActions.h"
#include "strengths/WinQueries.h"
#include "vocabulary/Labels.h"

#include <QLocale>

#include <algorithm>

namespace mosaic {

namespace {

bool isOpen(const JournalSession *session)
{
    return session && session->isOpen();
}

/// One user action that adds a record: the action in one write transaction, then the Strengths area reloads. Returns
/// the new record's id, or an empty string when it failed (the session shows why; the journal is as it was).
QString added(JournalSession *session, const std::function<Result<QString>()> &action)
{
    QString id;
    const bool written = isOpen(session) && session->write(JournalSession::Strengths, [&]() -> Status {
        Result<QString> made = action();
        if (!made)
            return made.failure();
        id = *made;
        return success();
    });
    return written ? id : QString();
}

} // namespace

// ---- StrengthsModel

StrengthsModel::StrengthsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void StrengthsModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Strengths, [this] { reload(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    reload();
}

void StrengthsModel::setIncludeArchived(bool include)
{
    if (include == m_includeArchived)
        return;
    m_includeArchived = include;
    Q_EMIT includeArchivedChanged();
    reload();
}

int StrengthsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StrengthsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.strength.stamps.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.strength.name;
    case DescriptionRole:
        return row.strength.description;
    case ArchivedRole:
        return row.strength.archived;
    case WinCountRole:
        return row.winCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> StrengthsModel::roleNames() const
{
    return {{IdRole, "strengthId"}, {NameRole, "name"}, {DescriptionRole, "description"}, {ArchivedRole, "archived"}, {WinCountRole, "winCount"}};
}

void StrengthsModel::reload()
{
    QList<Row> rows;
    int archived = 0;
    if (m_session && m_session->isOpen()) {
        const auto strengths = m_session->strengths().allStrengths(IncludeDeleted::No);
        if (!strengths) {
            m_session->reportFailure(strengths.failure());
        } else {
            Result<QHash<QString, int>> counted = WinQueries(m_session->database()).countsByStrength();
            if (!counted)
                m_session->reportFailure(counted.failure());
            const QHash<QString, int> winCounts = counted ? *counted : QHash<QString, int>();
            for (const Strength &strength : *strengths) {
                if (strength.archived)
                    ++archived;
                if (strength.archived && !m_includeArchived)
                    continue;
                rows.append({strength, winCounts.value(strength.stamps.id)});
            }
            // The strengths in use first, the archived ones after; each group in the order they were named.
            std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return !a.strength.archived && b.strength.archived; });
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_archivedCount = archived;
    endResetModel();
    Q_EMIT countChanged();
}

QString StrengthsModel::addStrength(const QString &name, const QString &description)
{
    // An empty field adds nothing, and says nothing.
    if (name.trimmed().isEmpty())
        return {};
    return added(m_session, [&] { return mosaic::addStrength(m_session->strengths(), {name, description}, m_session->now()); });
}

bool StrengthsModel::changeStrength(const std::function<Result<bool>(StrengthStore &, const QDateTime &)> &change)
{
    // An edit to what is already there is done: nothing is written, and nothing reloads.
    return isOpen(m_session) && m_session->writeIfChanged(JournalSession::Strengths, [&] { return change(m_session->strengths(), m_session->now()); }).ok();
}

bool StrengthsModel::updateStrength(const QString &id, const QString &name, const QString &description)
{
    if (name.trimmed().isEmpty())
        return false;
    return changeStrength([&](StrengthStore &store, const QDateTime &now) { return editStrength(store, id, {name, description}, now); });
}

bool StrengthsModel::setArchived(const QString &id, bool archived)
{
    return changeStrength([&](StrengthStore &store, const QDateTime &now) { return setStrengthArchived(store, id, archived, now); });
}

bool StrengthsModel::removeStrength(const QString &id)
{
    return isOpen(m_session) && m_session->write(JournalSession::Strengths, [&] { return deleteStrength(m_session->strengths(), id, m_session->now()); });
}

int StrengthsModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].strength.stamps.id == id)
            return int(i);
    }
    return -1;
}

QVariant StrengthsModel::get(int row) const
{
    // A QVariant, not a QVariantMap, so that QML tooling reads it as a plain object.
    QVariantMap values;
    if (row < 0 || row >= m_rows.size())
        return values;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

// ---- WinsModel

WinsModel::WinsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void WinsModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        m_session->follow(
            this, JournalSession::Strengths, [this] { reload(); }, JournalSession::AtMidnight);
        connect(m_session, &JournalSession::openChanged, this, &WinsModel::reload);
    }
    Q_EMIT sessionChanged();
    reload();
}

void WinsModel::setStrengthId(const QString &strengthId)
{
    if (strengthId == m_strengthId)
        return;
    m_strengthId = strengthId;
    Q_EMIT strengthIdChanged();
    reload();
}

void WinsModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 500);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

QString WinsModel::kindLabel(WinKind kind)
{
    return labels::winKind(kind);
}

QVariantList WinsModel::kinds() const
{
    QVariantList kinds;
    for (std::size_t i = 0; i < enumCount<WinKind>(); ++i) {
        const auto kind = static_cast<WinKind>(i);
        kinds.append(QVariantMap{{QStringLiteral("value"), enumName(kind)}, {QStringLiteral("label"), kindLabel(kind)}});
    }
    return kinds;
}

int WinsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WinsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Win &win = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return win.stamps.id;
    case DateRole:
        return win.date;
    case DateTextRole:
        return QLocale().toString(win.date, QLocale::LongFormat);
    case Qt::DisplayRole:
    case TextRole:
        return win.text;
    case KindRole:
        return enumName(win.kind);
    case KindLabelRole:
        return kindLabel(win.kind);
    case StrengthIdsRole: {
        QStringList ids;
        for (const QString &id : win.strengthIds) {
            if (m_strengthNames.contains(id))
                ids.append(id);
        }
        return ids;
    }
    case StrengthNamesRole: {
        QStringList names;
        for (const QString &id : win.strengthIds) {
            if (const auto name = m_strengthNames.constFind(id); name != m_strengthNames.constEnd())
                names.append(*name);
        }
        return names;
    }
    case IncidentIdRole:
        return win.incidentId.value_or(QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> WinsModel::roleNames() const
{
    return {{IdRole, "winId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {TextRole, "text"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {StrengthIdsRole, "strengthIds"},
            {StrengthNamesRole, "strengthNames"},
            {IncidentIdRole, "incidentId"}};
}

bool WinsModel::loadPage(int offset, int limit, QList<Win> &into)
{
    Result<QList<Win>> page = WinQueries(m_session->database()).page(m_strengthId, offset, limit);
    if (!page) {
        m_session->reportFailure(page.failure());
        return false;
    }
    into.append(*page);
    return true;
}

void WinsModel::reload()
{
    QList<Win> rows;
    int total = 0;
    m_strengthNames.clear();
    if (isOpen(m_session)) {
        WinQueries queries(m_session->database());
        Result<QHash<QString, QString>> names = queries.strengthNames();
        Result<int> counted = names ? queries.count(m_strengthId) : Result<int>(0);
        if (!names || !counted) {
            m_session->reportFailure(!names ? names.failure() : counted.failure());
        }
        if (names) {
            m_strengthNames = *names;
            total = counted ? *counted : 0;
            // Keep as many rows as were shown, so a reload after an edit does not fold the list back.
            const int shown = std::max(m_pageSize, int(m_rows.size()));
            if (!loadPage(0, shown, rows))
                rows.clear();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_totalCount = std::max(total, int(m_rows.size()));
    endResetModel();
    Q_EMIT countChanged();
}

void WinsModel::loadMore()
{
    if (!hasMore() || !m_session || !m_session->isOpen())
        return;
    QList<Win> more;
    if (!loadPage(int(m_rows.size()), m_pageSize, more) || more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    Q_EMIT countChanged();
}

QVariant WinsModel::get(int row) const
{
    // A QVariant, not a QVariantMap, so that QML tooling reads it as a plain object.
    QVariantMap values;
    if (row < 0 || row >= m_rows.size())
        return values;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

QString WinsModel::addWin(const QString &text, const QString &date, const QString &kind, const QStringList &strengthIds)
{
    // An empty field adds nothing, and says nothing.
    if (text.trimmed().isEmpty())
        return {};
    return added(m_session, [&] { return mosaic::addWin(m_session->strengths(), {text, date, kind, strengthIds}, m_session->today(), m_session->now()); });
}

bool WinsModel::removeWin(const QString &id)
{
    return isOpen(m_session) && m_session->write(JournalSession::Strengths, [&]() -> Status {
        Result<WinDeletion> deleted = deleteWin(m_session->strengths(), id, m_session->now());
        return deleted ? success() : Status(deleted.failure());
    });
}

// ---- PersonalValuesModel

PersonalValuesModel::PersonalValuesModel(QObject *parent)
    : QObject(parent)
{ }

void PersonalValuesModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Strengths, [this] { reload(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    reload();
}

void PersonalValuesModel::reload()
{
    QStringList values;
    if (m_session && m_session->isOpen()) {
        const auto stored = m_session->strengths().personalValues();
        if (!stored)
            m_session->reportFailure(stored.failure());
        else if (stored->has_value())
            values = (*stored)->values;
    }
    if (values == m_values)
        return;
    m_values = values;
    Q_EMIT valuesChanged();
}

bool PersonalValuesModel::change(const std::function<Result<bool>(StrengthStore &, const QDateTime &)> &edit)
{
    if (!isOpen(m_session))
        return false;
    const Result<bool> changed = m_session->writeIfChanged(JournalSession::Strengths, [&] { return edit(m_session->strengths(), m_session->now()); });
    return changed && *changed;
}

bool PersonalValuesModel::addValue(const QString &value)
{
    if (value.trimmed().isEmpty())
        return false;
    return change([&](StrengthStore &store, const QDateTime &now) { return addPersonalValue(store, value, now); });
}

bool PersonalValuesModel::renameValue(int index, const QString &value)
{
    if (value.trimmed().isEmpty())
        return false;
    return change([&](StrengthStore &store, const QDateTime &now) { return renamePersonalValue(store, index, value, now); });
}

bool PersonalValuesModel::removeValue(int index)
{
    return change([&](StrengthStore &store, const QDateTime &now) { return removePersonalValue(store, index, now); });
}

} // namespace mosaic
