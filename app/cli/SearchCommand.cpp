// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "storage/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::SearchCommand)
};
} // namespace

QList<QCommandLineOption> searchOptions()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print the matches as JSON: [{\"type\", \"id\", \"snippet\"}], best first.")),
        QCommandLineOption(QStringLiteral("limit"), Text::tr("At most N matches (default 20)."), QStringLiteral("N"), QStringLiteral("20")),
    };
}

int runSearch(const CommandContext &context)
{
    const QString query = context.arguments().join(u' ');
    if (query.trimmed().isEmpty())
        return context.usageError(Text::tr("search needs a QUERY, e.g. mosaic search \"left out\"."));
    bool limitOk = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000)
        return context.usageError(Text::tr("--limit must be a whole number from 1 to 10000."));

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());

    SearchOptions options;
    options.limit = limit;
    const bool json = context.parser.isSet(QStringLiteral("json"));
    if (!json) {
        // Plain terminals: mark matches with brackets rather than Markdown.
        options.highlightStart = QStringLiteral("[");
        options.highlightEnd = QStringLiteral("]");
    }
    const auto hits = searchJournal((*journal)->connection(), query, options);
    if (!hits)
        return context.fail(hits.failure());

    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(QJsonObject{{QStringLiteral("type"), enumName(hit.type)}, {QStringLiteral("id"), hit.id}, {QStringLiteral("snippet"), hit.snippet}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (hits->isEmpty()) {
        context.out << Text::tr("Nothing found for \"%1\".").arg(query) << Qt::endl;
        return ExitSuccess;
    }
    for (const SearchHit &hit : *hits) {
        context.out << enumName(hit.type) << u' ' << hit.id << Qt::endl;
        context.out << QStringLiteral("    ") << QString(hit.snippet).replace(u'\n', u' ') << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace mosaic::cli
