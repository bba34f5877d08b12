// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengths/StrengthModels.h"

#include "common/TimeFormat.h"
#include "common/Uuid.h"
#include "journal/JournalSession.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "vocabulary/Labels.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mosaic {

namespace {

/// One user action: `write()` inside one write transaction, committed only when it succeeded; then the models of
/// `area` reload. A failure is shown by the session and leaves the journal as it was.
bool writeAction(JournalSession *session, int area, const std::function<Status()> &write)
{
    return session && session->isOpen() && session->write(area, write);
}

void reportRead(JournalSession *session, const QSqlQuery &query, const QString &what)
{
    if (session)
        session->reportFailure(sqlFailure(query.lastError(), what));
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
            // Counted by SQLite over the link lists; no win's text is read.
            QHash<QString, int> winCounts;
            QSqlQuery query(m_session->database().connection());
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT j.value, count(*) FROM wins AS w, json_each(w.strength_ids_json) AS j"
                                          " WHERE w.deleted_at IS NULL GROUP BY j.value"))) {
                while (query.next())
                    winCounts.insert(query.value(0).toString(), query.value(1).toInt());
            } else {
                reportRead(m_session, query, tr("Counting the wins of each strength"));
            }
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
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !m_session)
        return {};
    Strength strength;
    strength.stamps.id = Uuid::create();
    strength.stamps.createdAt = strength.stamps.updatedAt = m_session->now();
    strength.name = trimmed;
    strength.description = description.trimmed();
    const bool saved = writeAction(m_session, JournalSession::Strengths, [&] { return m_session->strengths().save(strength); });
    return saved ? strength.stamps.id : QString();
}

bool StrengthsModel::changeStrength(const QString &id, const std::function<bool(Strength &)> &change)
{
    if (!m_session)
        return false;
    return writeAction(m_session, JournalSession::Strengths, [&]() -> Status {
        auto found = m_session->strengths().findStrength(id);
        if (!found)
            return found.failure();
        if (!found->has_value() || (*found)->stamps.isDeleted())
            return Failure::operation(tr("This strength is no longer in the journal."));
        Strength strength = **found;
        if (!change(strength))
            return success();
        strength.stamps.updatedAt = m_session->now();
        return m_session->strengths().save(strength);
    });
}

bool StrengthsModel::updateStrength(const QString &id, const QString &name, const QString &description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    return changeStrength(id, [&](Strength &strength) {
        if (strength.name == trimmed && strength.description == description.trimmed())
            return false;
        strength.name = trimmed;
        strength.description = description.trimmed();
        return true;
    });
}

bool StrengthsModel::setArchived(const QString &id, bool archived)
{
    return changeStrength(id, [&](Strength &strength) {
        if (strength.archived == archived)
            return false;
        strength.archived = archived;
        return true;
    });
}

bool StrengthsModel::removeStrength(const QString &id)
{
    if (!m_session)
        return false;
    return writeAction(m_session, JournalSession::Strengths, [&] { return m_session->strengths().markStrengthDeleted(id, m_session->now()); });
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
        connect(m_session, &JournalSession::journalChanged, this, [this](int areas) {
            if (areas & JournalSession::Strengths)
                reload();
        });
        connect(m_session, &JournalSession::openChanged, this, &WinsModel::reload);
        connect(m_session, &JournalSession::todayChanged, this, &WinsModel::reload);
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

bool WinsModel::loadStrengthNames()
{
    m_strengthNames.clear();
    const auto strengths = m_session->strengths().allStrengths(IncludeDeleted::No);
    if (!strengths) {
        m_session->reportFailure(strengths.failure());
        return false;
    }
    for (const Strength &strength : *strengths)
        m_strengthNames.insert(strength.stamps.id, strength.name);
    return true;
}

bool WinsModel::loadPage(int offset, int limit, QList<Win> &into)
{
    // Newest first; the filter reads the link list with json_each, so no index of links is needed.
    const QString filter =
        m_strengthId.isEmpty() ? QString() : QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(strength_ids_json) WHERE value = :strength)");
    QSqlQuery query(m_session->database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, created_at, updated_at, deleted_at, date, text, kind, strength_ids_json, incident_id FROM wins"
                                 " WHERE deleted_at IS NULL%1 ORDER BY date DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
                      .arg(filter));
    if (!m_strengthId.isEmpty())
        query.bindValue(QStringLiteral(":strength"), m_strengthId);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec()) {
        reportRead(m_session, query, tr("Reading the wins"));
        return false;
    }
    while (query.next()) {
        SqlRowReader row(query);
        Win win;
        win.stamps = row.stamps();
        win.date = row.date();
        win.text = row.text();
        win.kind = row.enumValue<WinKind>();
        win.strengthIds = row.stringList();
        win.incidentId = row.optionalText();
        if (!row.ok()) {
            m_session->reportFailure(row.failure(tr("Reading the wins")));
            return false;
        }
        into.append(win);
    }
    return true;
}

void WinsModel::reload()
{
    QList<Win> rows;
    int total = 0;
    if (m_session && m_session->isOpen() && loadStrengthNames()) {
        QSqlQuery count(m_session->database().connection());
        count.prepare(m_strengthId.isEmpty() ? QStringLiteral("SELECT count(*) FROM wins WHERE deleted_at IS NULL")
                                             : QStringLiteral("SELECT count(*) FROM wins WHERE deleted_at IS NULL"
                                                              " AND EXISTS (SELECT 1 FROM json_each(strength_ids_json) WHERE value = ?)"));
        if (!m_strengthId.isEmpty())
            count.bindValue(0, m_strengthId);
        if (count.exec() && count.next())
            total = count.value(0).toInt();
        else
            reportRead(m_session, count, tr("Counting the wins"));
        // Keep as many rows as were shown, so a reload after an edit does not fold the list back.
        const int shown = std::max(m_pageSize, int(m_rows.size()));
        if (!loadPage(0, shown, rows))
            rows.clear();
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
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !m_session || !m_session->isOpen())
        return {};
    Win win;
    win.date = m_session->today();
    if (!date.trimmed().isEmpty()) {
        const std::optional<QDate> parsed = TimeFormat::parseDate(date.trimmed());
        if (!parsed) {
            m_session->reportFailure(Failure::badInput(tr("The date %1 could not be read. Write it as year-month-day, for example %2.")
                                                           .arg(date.trimmed(), TimeFormat::formatDate(m_session->today()))));
            return {};
        }
        win.date = *parsed;
    }
    if (!kind.isEmpty()) {
        const std::optional<WinKind> parsed = enumFromName<WinKind>(kind);
        if (!parsed) {
            m_session->reportFailure(Failure::badInput(tr("“%1” is not a kind of win Mosaic knows.").arg(kind)));
            return {};
        }
        win.kind = *parsed;
    }
    for (const QString &id : strengthIds) {
        if (!id.isEmpty() && !win.strengthIds.contains(id))
            win.strengthIds.append(id);
    }
    win.stamps.id = Uuid::create();
    win.stamps.createdAt = win.stamps.updatedAt = m_session->now();
    win.text = trimmed;
    const bool saved = writeAction(m_session, JournalSession::Strengths, [&] { return m_session->strengths().save(win); });
    return saved ? win.stamps.id : QString();
}

bool WinsModel::removeWin(const QString &id)
{
    if (!m_session)
        return false;
    return writeAction(m_session, JournalSession::Strengths, [&] { return m_session->strengths().markWinDeleted(id, m_session->now()); });
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

bool PersonalValuesModel::change(const std::function<bool(QStringList &)> &edit)
{
    if (!m_session)
        return false;
    bool changed = false;
    const bool written = writeAction(m_session, JournalSession::Strengths, [&]() -> Status {
        // Read inside the transaction, so the mission written meanwhile by the editor is kept as it is.
        const auto stored = m_session->strengths().personalValues();
        if (!stored)
            return stored.failure();
        PersonalValues values = stored->value_or(PersonalValues{});
        if (!edit(values.values))
            return success();
        changed = true;
        values.updatedAt = m_session->now();
        return m_session->strengths().save(values);
    });
    return written && changed;
}

bool PersonalValuesModel::addValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return false;
    return change([&](QStringList &values) {
        if (values.contains(trimmed, Qt::CaseInsensitive))
            return false;
        values.append(trimmed);
        return true;
    });
}

bool PersonalValuesModel::renameValue(int index, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return false;
    return change([&](QStringList &values) {
        if (index < 0 || index >= values.size() || values[index] == trimmed)
            return false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i != index && values[i].compare(trimmed, Qt::CaseInsensitive) == 0)
                return false;
        }
        values[index] = trimmed;
        return true;
    });
}

bool PersonalValuesModel::removeValue(int index)
{
    return change([&](QStringList &values) {
        if (index < 0 || index >= values.size())
            return false;
        values.removeAt(index);
        return true;
    });
}

} // namespace mosaic
