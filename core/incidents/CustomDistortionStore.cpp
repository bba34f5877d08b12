// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/CustomDistortionStore.h"

#include "common/TimeFormat.h"
#include "incidents/DistortionCatalogue.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mosaic {
namespace {

constexpr QStringView kTagPrefix = u"distortion:";
// The interchange format's limit for one tag.
constexpr qsizetype kTagMaxLength = 60;

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct CustomDistortionText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::CustomDistortionStore)
};

CustomDistortion distortionFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), TimeFormat::parseInstant(query.value(2).toString()).value_or(QDateTime())};
}

} // namespace

Result<QString> normalizedCustomDistortionName(const QString &name)
{
    const QString normalized = name.simplified();
    if (normalized.isEmpty())
        return Failure::badInput(CustomDistortionText::tr("Give the pattern a short name."));
    if (normalized.size() > kCustomDistortionNameMaxLength)
        return Failure::badInput(CustomDistortionText::tr("Please keep the name under %1 characters.").arg(kCustomDistortionNameMaxLength + 1));
    if (normalized.contains(u',') || normalized.contains(u'#'))
        return Failure::badInput(CustomDistortionText::tr("The name cannot hold a comma or a '#'."));
    for (const DistortionInfo &info : distortionCatalogue()) {
        if (info.name.compare(normalized, Qt::CaseInsensitive) == 0 || enumName(info.id).compare(normalized, Qt::CaseInsensitive) == 0)
            return Failure::badInput(CustomDistortionText::tr("\u201c%1\u201d is already in the list.").arg(info.name));
    }
    return normalized;
}

QString customDistortionTag(const QString &name)
{
    return kTagPrefix + name;
}

QStringList customDistortionsInTags(const QStringList &tags)
{
    QStringList names;
    for (const QString &tag : tags) {
        if (tag.startsWith(kTagPrefix, Qt::CaseInsensitive) && tag.size() > kTagPrefix.size())
            names.append(tag.mid(kTagPrefix.size()));
    }
    return names;
}

bool tagsNameCustomDistortion(const QStringList &tags, const QString &name)
{
    const QStringList names = customDistortionsInTags(tags);
    return std::any_of(names.cbegin(), names.cend(), [&name](const QString &each) { return each.compare(name, Qt::CaseInsensitive) == 0; });
}

QStringList withCustomDistortion(const QStringList &tags, const QString &name, bool chosen)
{
    if (chosen && tagsNameCustomDistortion(tags, name))
        return tags; // keeps the spelling it was first recorded with
    QStringList result;
    for (const QString &tag : tags) {
        const bool names = tag.startsWith(kTagPrefix, Qt::CaseInsensitive) && tag.mid(kTagPrefix.size()).compare(name, Qt::CaseInsensitive) == 0;
        if (!names)
            result.append(tag);
    }
    if (chosen)
        result.append(customDistortionTag(name));
    return result;
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    QSet<QString> seen;
    for (const QString &part : text.split(u',')) {
        QString tag = part;
        tag.remove(u'#');
        tag = tag.simplified().left(kTagMaxLength).trimmed();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        tags.append(tag);
    }
    return tags;
}

CustomDistortionStore::CustomDistortionStore(const QSqlDatabase &connection)
    : m_connection(connection)
{ }

Result<QString> CustomDistortionStore::save(const QString &name, const QString &explanation, const QDateTime &createdAt)
{
    const Result<QString> normalized = normalizedCustomDistortionName(name);
    if (!normalized)
        return normalized.failure();
    QSqlQuery query(m_connection);
    // The first spelling of a name stays (the key ignores case); a new explanation replaces the old one.
    query.prepare(QStringLiteral("INSERT INTO custom_distortions(name, explanation, created_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT(name) DO UPDATE SET explanation = excluded.explanation"));
    query.addBindValue(*normalized);
    // A null QString would bind as NULL; the column holds '' for no explanation.
    const QString text = explanation.trimmed();
    query.addBindValue(text.isNull() ? QStringLiteral("") : text);
    query.addBindValue(TimeFormat::storageInstant(createdAt));
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::CustomDistortionStore", "Adding the thinking pattern"));
    const Result<std::optional<CustomDistortion>> stored = find(*normalized);
    if (!stored)
        return stored.failure();
    return stored->has_value() ? (*stored)->name : *normalized;
}

Status CustomDistortionStore::remove(const QString &name)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("DELETE FROM custom_distortions WHERE name = ?"));
    query.addBindValue(name.simplified());
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::CustomDistortionStore", "Removing the thinking pattern"));
    return success();
}

Result<QList<CustomDistortion>> CustomDistortionStore::all()
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, explanation, created_at FROM custom_distortions ORDER BY created_at, name")))
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::CustomDistortionStore", "Reading your own thinking patterns"));
    QList<CustomDistortion> list;
    while (query.next())
        list.append(distortionFrom(query));
    return list;
}

Result<std::optional<CustomDistortion>> CustomDistortionStore::find(const QString &name)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, explanation, created_at FROM custom_distortions WHERE name = ?"));
    query.addBindValue(name.simplified());
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::CustomDistortionStore", "Reading a thinking pattern"));
    if (!query.next())
        return std::optional<CustomDistortion>();
    return std::optional<CustomDistortion>(distortionFrom(query));
}

} // namespace mosaic
