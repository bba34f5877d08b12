// SPDX-License-Identifier: GPL-3.0-or-later
// Deleted means gone, everywhere, through the real binary: a file whose reflection, person and habit are deleted
// while what belonged to them is not (an older Mosaic wrote such files) imports with those records deleted too, so
// that stats, search and the Markdown export agree with the window, and the JSON export keeps them as tombstones.
#include "MosaicProcess.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using Catch::Matchers::ContainsSubstring;

namespace {

const QString kDeletedAt = QStringLiteral("2026-11-25T10:00:00Z");

QJsonObject sampleJournal()
{
    QFile file(QStringLiteral(MOSAIC_SAMPLE_JOURNAL));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Deletes the first record of `collection` that has dependants in `dependants` (by `field`), and gives the first of
// those dependants a `textField` holding `marker`. Returns the deleted record's id.
QString
deleteParent(QJsonObject &journal, const QString &collection, const QString &dependants, const QString &field, const QString &textField, const QString &marker)
{
    QJsonArray children = journal.value(dependants).toArray();
    REQUIRE_FALSE(children.isEmpty());
    QJsonObject child = children.at(0).toObject();
    const QString parentId = child.value(field).toString();
    child.insert(textField, marker);
    children.replace(0, child);
    journal.insert(dependants, children);

    QJsonArray parents = journal.value(collection).toArray();
    for (qsizetype i = 0; i < parents.size(); ++i) {
        QJsonObject parent = parents.at(i).toObject();
        if (parent.value(QStringLiteral("id")).toString() != parentId)
            continue;
        parent.insert(QStringLiteral("updatedAt"), kDeletedAt);
        parent.insert(QStringLiteral("deletedAt"), kDeletedAt);
        parents.replace(i, parent);
    }
    journal.insert(collection, parents);
    return parentId;
}

// How many records of `dependants` are alive and belong to no deleted record of `collection` (by `field`).
int liveUnder(const QJsonObject &journal, const QString &collection, const QString &dependants, const QString &field)
{
    QSet<QString> deleted;
    for (const QJsonValue &parent : journal.value(collection).toArray()) {
        if (parent.toObject().contains(QStringLiteral("deletedAt")))
            deleted.insert(parent.toObject().value(QStringLiteral("id")).toString());
    }
    int live = 0;
    for (const QJsonValue &child : journal.value(dependants).toArray()) {
        const QJsonObject object = child.toObject();
        live += !object.contains(QStringLiteral("deletedAt")) && !deleted.contains(object.value(field).toString());
    }
    return live;
}

} // namespace

TEST_CASE("What belonged to a deleted record is gone from stats, search and the Markdown export", "[cli][dependants]")
{
    QJsonObject journal = sampleJournal();
    deleteParent(journal, QStringLiteral("incidents"), QStringLiteral("reframes"), QStringLiteral("incidentId"), QStringLiteral("text"),
                 QStringLiteral("Zanzibar lighthouse reframe."));
    deleteParent(journal, QStringLiteral("people"), QStringLiteral("contacts"), QStringLiteral("personId"), QStringLiteral("note"),
                 QStringLiteral("Quokka picnic contact."));
    deleteParent(journal, QStringLiteral("habits"), QStringLiteral("checkIns"), QStringLiteral("habitId"), QStringLiteral("note"),
                 QStringLiteral("Marzipan check-in note."));

    TempJournalDir dir;
    const QString file = dir.filePath(QStringLiteral("older.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(QJsonDocument(journal).toJson()) > 0);
    }
    const MosaicRun imported = runMosaicIn(dir.path(), {QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    for (const QString &word : {QStringLiteral("Zanzibar"), QStringLiteral("Quokka"), QStringLiteral("Marzipan")}) {
        INFO(word.toStdString());
        const MosaicRun search = runMosaicIn(dir.path(), {QStringLiteral("search"), word, QStringLiteral("--json")});
        CHECK(search.exitCode == 0);
        CHECK(QJsonDocument::fromJson(search.out.toUtf8()).array().isEmpty());
    }

    const MosaicRun stats =
        runMosaicIn(dir.path(), {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-30")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("reframes")).toInt() ==
          liveUnder(journal, QStringLiteral("incidents"), QStringLiteral("reframes"), QStringLiteral("incidentId")));
    CHECK(counts.value(QStringLiteral("contacts")).toInt() ==
          liveUnder(journal, QStringLiteral("people"), QStringLiteral("contacts"), QStringLiteral("personId")));
    CHECK(counts.value(QStringLiteral("memberships")).toInt() ==
          liveUnder(journal, QStringLiteral("people"), QStringLiteral("memberships"), QStringLiteral("personId")));
    CHECK(counts.value(QStringLiteral("checkIns")).toInt() ==
          liveUnder(journal, QStringLiteral("habits"), QStringLiteral("checkIns"), QStringLiteral("habitId")));

    const MosaicRun markdown = runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown")});
    REQUIRE(markdown.exitCode == 0);
    CHECK_THAT(markdown.out.toStdString(), !ContainsSubstring("Zanzibar") && !ContainsSubstring("Quokka") && !ContainsSubstring("Marzipan"));

    // The interchange export keeps every record, those as tombstones, so a later merge stays right.
    const MosaicRun exported = runMosaicIn(dir.path(), {QStringLiteral("export")});
    REQUIRE(exported.exitCode == 0);
    const QJsonArray reframes = QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("reframes")).toArray();
    bool found = false;
    for (const QJsonValue &reframe : reframes) {
        if (reframe.toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Zanzibar"))) {
            found = true;
            CHECK(reframe.toObject().value(QStringLiteral("deletedAt")).toString() == kDeletedAt);
        }
    }
    CHECK(found);
}
