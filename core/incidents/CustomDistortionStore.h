// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

/// A thinking pattern a person named themselves, beside the twelve of the catalogue.
struct CustomDistortion
{
    QString name;
    QString explanation;
    QDateTime createdAt;
    friend bool operator==(const CustomDistortion &, const CustomDistortion &) = default;
};

/// The longest name a custom distortion may have: its tag "distortion:NAME" must fit the interchange format's
/// 60 characters per tag.
inline constexpr qsizetype kCustomDistortionNameMaxLength = 49;

/// The name as it will be stored (trimmed, inner runs of spaces made one), or a Failure::badInput saying, in plain
/// words, why it cannot be one: empty, too long, a comma or '#' (a tag may hold neither), or already the name of
/// a distortion of the catalogue (compared without case).
Result<QString> normalizedCustomDistortionName(const QString &name);

/// The tag that records a custom distortion on an incident: "distortion:NAME".
QString customDistortionTag(const QString &name);
/// The custom distortions an incident's tags name, in the tags' order.
QStringList customDistortionsInTags(const QStringList &tags);
/// Whether `tags` names the custom distortion `name` (without case).
bool tagsNameCustomDistortion(const QStringList &tags, const QString &name);
/// `tags` with the custom distortion `name` added (once) or removed; the other tags keep their order.
QStringList withCustomDistortion(const QStringList &tags, const QString &name, bool chosen);

/// What a person types as tags ("work, first date, #family") as the tags to store: split on commas, trimmed,
/// a leading '#' dropped, inner '#' removed, empty and repeated ones (without case) left out, each cut to 60 characters.
QStringList parseTags(const QString &text);

/// The distortions a person added (table custom_distortions, schema step 3). They are this computer's list to pick
/// from; an incident that uses one records it as a tag, so the interchange file keeps it.
///
/// The store never opens a transaction: the caller wraps each user action in one WriteTransaction.
class CustomDistortionStore
{
public:
    explicit CustomDistortionStore(const QSqlDatabase &connection);

    /// Adds the distortion, or updates the explanation of the one with its name (without case). The name must pass
    /// normalizedCustomDistortionName(); it is stored normalized. Returns the stored name.
    Result<QString> save(const QString &name, const QString &explanation, const QDateTime &createdAt);
    /// Removes the one with `name` (without case); incidents keep their tags.
    Status remove(const QString &name);
    /// All of them, in the order they were added.
    Result<QList<CustomDistortion>> all();
    Result<std::optional<CustomDistortion>> find(const QString &name);

private:
    QSqlDatabase m_connection;
};

} // namespace mosaic
