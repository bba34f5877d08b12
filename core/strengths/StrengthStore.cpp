// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrengthStore.h"

#include <QCoreApplication>
#include <array>

namespace mosaic {

namespace {

// The order of the columns is the order in which the bind and read functions below go.
constexpr auto kStrengthColumns = std::to_array<QStringView>({u"id", u"created_at", u"updated_at", u"deleted_at", u"name", u"description", u"archived"});

constexpr auto kWinColumns =
    std::to_array<QStringView>({u"id", u"created_at", u"updated_at", u"deleted_at", u"date", u"text", u"kind", u"strength_ids_json", u"incident_id"});

// `singleton` is always 1: the table holds at most one row.
constexpr auto kValuesColumns = std::to_array<QStringView>({u"singleton", u"mission", u"values_json", u"updated_at"});

constexpr auto kIdColumn = std::to_array<QStringView>({u"id"});

constexpr int kValuesRow = 1;

Strength readStrength(SqlRowReader &row)
{
    Strength strength;
    strength.stamps = row.stamps();
    strength.name = row.text();
    strength.description = row.text();
    strength.archived = row.boolean();
    return strength;
}

PersonalValues readValues(SqlRowReader &row)
{
    PersonalValues values;
    row.skip(); // singleton
    values.mission = row.text();
    values.values = row.stringList();
    values.updatedAt = row.instant();
    return values;
}

void bindStrength(SqlBinder &bind, const Strength &strength)
{
    bind << strength.stamps << strength.name << strength.description << strength.archived;
}

void bindWin(SqlBinder &bind, const Win &win)
{
    bind << win.stamps << win.date << win.text << win.kind << win.strengthIds << win.incidentId;
}

} // namespace

StrengthStore::StrengthStore(const QSqlDatabase &connection)
    : m_saveStrength(connection, SqlText::upsert(u"strengths", kStrengthColumns, 1))
    , m_saveStrengthBatch(connection, SqlText::upsert(u"strengths", kStrengthColumns, 1, kSaveBatchRows))
    , m_findStrength(connection, SqlText::select(u"strengths", kStrengthColumns, u"WHERE id = ?"))
    , m_allStrengths(connection, SqlText::select(u"strengths", kStrengthColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markStrengthDeleted(connection, SqlText::markDeleted(u"strengths", kIdColumn))
    , m_saveWin(connection, SqlText::upsert(u"wins", kWinColumns, 1))
    , m_saveWinBatch(connection, SqlText::upsert(u"wins", kWinColumns, 1, kSaveBatchRows))
    , m_findWin(connection, SqlText::select(u"wins", kWinColumns, u"WHERE id = ?"))
    , m_allWins(connection, SqlText::select(u"wins", kWinColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markWinDeleted(connection, SqlText::markDeleted(u"wins", kIdColumn))
    , m_saveValues(connection, SqlText::upsert(u"personal_values", kValuesColumns, 1))
    , m_loadValues(connection, SqlText::select(u"personal_values", kValuesColumns, u"WHERE singleton = ?"))
{ }

Status StrengthStore::save(const Strength &strength)
{
    return saveRow(m_saveStrength, QCoreApplication::translate("mosaic::StrengthStore", "Saving the strength"),
                   [&](SqlBinder &bind) { bindStrength(bind, strength); });
}

Status StrengthStore::saveAll(const QList<Strength> &records)
{
    return saveRowsInBatches(m_saveStrengthBatch, m_saveStrength, records, QCoreApplication::translate("mosaic::StrengthStore", "Saving the strengths"),
                             bindStrength);
}

Result<std::optional<Strength>> StrengthStore::findStrength(const QString &id)
{
    return readOptionalRow(m_findStrength, QCoreApplication::translate("mosaic::StrengthStore", "Reading the strength"), readStrength, id);
}

Result<QList<Strength>> StrengthStore::allStrengths(IncludeDeleted includeDeleted)
{
    return readRows(m_allStrengths, QCoreApplication::translate("mosaic::StrengthStore", "Reading the strengths"), readStrength,
                    includeDeleted == IncludeDeleted::Yes);
}

Status StrengthStore::markStrengthDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markStrengthDeleted, QCoreApplication::translate("mosaic::StrengthStore", "Deleting the strength"), at, id);
}

Status StrengthStore::save(const Win &win)
{
    return saveRow(m_saveWin, QCoreApplication::translate("mosaic::StrengthStore", "Saving the win"), [&](SqlBinder &bind) { bindWin(bind, win); });
}

Status StrengthStore::saveAll(const QList<Win> &records)
{
    return saveRowsInBatches(m_saveWinBatch, m_saveWin, records, QCoreApplication::translate("mosaic::StrengthStore", "Saving the wins"), bindWin);
}

Result<std::optional<Win>> StrengthStore::findWin(const QString &id)
{
    return readOptionalRow(m_findWin, QCoreApplication::translate("mosaic::StrengthStore", "Reading the win"), readWinRow, id);
}

Result<QList<Win>> StrengthStore::allWins(IncludeDeleted includeDeleted)
{
    return readRows(m_allWins, QCoreApplication::translate("mosaic::StrengthStore", "Reading the wins"), readWinRow, includeDeleted == IncludeDeleted::Yes);
}

Status StrengthStore::markWinDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markWinDeleted, QCoreApplication::translate("mosaic::StrengthStore", "Deleting the win"), at, id);
}

Status StrengthStore::save(const PersonalValues &values)
{
    return saveRow(m_saveValues, QCoreApplication::translate("mosaic::StrengthStore", "Saving the mission and values"),
                   [&](SqlBinder &bind) { bind << kValuesRow << values.mission << values.values << values.updatedAt; });
}

Result<std::optional<PersonalValues>> StrengthStore::personalValues()
{
    return readOptionalRow(m_loadValues, QCoreApplication::translate("mosaic::StrengthStore", "Reading the mission and values"), readValues, kValuesRow);
}

std::span<const QStringView> winColumns()
{
    return kWinColumns;
}

Win readWinRow(SqlRowReader &row)
{
    Win win;
    win.stamps = row.stamps();
    win.date = row.date();
    win.text = row.text();
    win.kind = row.enumValue<WinKind>();
    win.strengthIds = row.stringList();
    win.incidentId = row.optionalText();
    return win;
}

} // namespace mosaic
