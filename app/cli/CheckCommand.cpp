// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "DataLocation.h"

#include "backups/JournalCheck.h"
#include "backups/JournalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mosaic::cli {

namespace {

// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::CheckCommand)
};

QString checkLabel(JournalCheckKind kind)
{
    switch (kind) {
    case JournalCheckKind::Integrity:
        //: A check of `mosaic check`: the database file's own consistency.
        return Text::tr("integrity");
    case JournalCheckKind::ForeignKeys:
        //: A check of `mosaic check`: every reference between records names an existing record.
        return Text::tr("references");
    case JournalCheckKind::SearchIndex:
        //: A check of `mosaic check`: the full-text search index.
        return Text::tr("search index");
    case JournalCheckKind::Orphans:
        //: A check of `mosaic check`: records whose parent record does not exist.
        return Text::tr("orphans");
    }
    return {};
}

QString restoreAdvice()
{
    return Text::tr("Restore a backup: 'mosaic restore --list' shows the automatic backups, 'mosaic restore FILE' puts one back "
                    "(the current journal is kept as a backup first). Settings in the window does the same.");
}

int reportUnreadable(const CommandContext &context, const QString &journalPath, const Failure &failure, bool json)
{
    if (json) {
        const QJsonObject report{{QStringLiteral("journal"), QDir::toNativeSeparators(journalPath)},
                                 {QStringLiteral("healthy"), false},
                                 {QStringLiteral("error"), failure.message},
                                 {QStringLiteral("checks"), QJsonArray()}};
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    context.err << QStringLiteral("mosaic: ") << failure.message << Qt::endl << restoreAdvice() << Qt::endl;
    return ExitFailure;
}

} // namespace

QList<QCommandLineOption> checkOptions()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print the result as JSON.")),
    };
}

int runCheck(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(Text::tr("check takes no arguments besides its options."));
    const bool json = context.parser.isSet(QStringLiteral("json"));
    const Result<QString> path = prepareJournalPath(context.dataDirectory);
    if (!path)
        return context.fail(path.failure());
    if (!QFileInfo::exists(*path)) {
        if (json)
            context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("journal"), QDir::toNativeSeparators(*path)},
                                                                       {QStringLiteral("healthy"), true},
                                                                       {QStringLiteral("checks"), QJsonArray()}})
                                                 .toJson(QJsonDocument::Indented));
        else
            //: %1 is the data folder.
            context.out << Text::tr("There is no journal in %1 yet, so there is nothing to check.").arg(QDir::toNativeSeparators(context.dataDirectory))
                        << Qt::endl;
        return ExitSuccess;
    }

    // A plain connection: checking migrates nothing and writes nothing.
    auto file = JournalFileConnection::open(*path);
    if (!file)
        return reportUnreadable(context, *path, file.failure(), json);
    const auto report = checkJournal((*file)->connection());
    if (!report)
        return reportUnreadable(context, *path, report.failure(), json);

    if (json) {
        QJsonArray checks;
        for (const JournalCheckResult &result : report->results)
            checks.append(QJsonObject{{QStringLiteral("name"), journalCheckName(result.kind)},
                                      {QStringLiteral("ok"), result.passed()},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)}});
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("journal"), QDir::toNativeSeparators(*path)},
                                                                   {QStringLiteral("healthy"), report->healthy()},
                                                                   {QStringLiteral("checks"), checks}})
                                             .toJson(QJsonDocument::Indented));
    } else {
        //: %1 is the journal file's path.
        context.out << Text::tr("Checked %1").arg(QDir::toNativeSeparators(*path)) << Qt::endl;
        for (const JournalCheckResult &result : report->results) {
            //: One line of `mosaic check`: %1 is the check's name, padded; the rest says it passed.
            context.out << (result.passed() ? Text::tr("  %1 ok").arg(checkLabel(result.kind).leftJustified(14))
                                            //: One line of `mosaic check`: %1 is the check's name, padded.
                                            : Text::tr("  %1 FAILED").arg(checkLabel(result.kind).leftJustified(14)))
                        << Qt::endl;
            for (const QString &problem : result.problems)
                context.out << QStringLiteral("      ") << problem << Qt::endl;
        }
    }
    if (report->healthy()) {
        if (!json)
            context.out << Text::tr("The journal is healthy.") << Qt::endl;
        return ExitSuccess;
    }
    context.err << Text::tr("The journal failed a check. Nothing was changed.") << u' ' << restoreAdvice() << Qt::endl;
    return ExitFailure;
}

} // namespace mosaic::cli
