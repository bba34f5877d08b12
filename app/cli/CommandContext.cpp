// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "DataLocation.h"
#include "storage/OutputTarget.h"

#include <QCoreApplication>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::CommandContext)
};
} // namespace

CommandContext::CommandContext(
    QCommandLineParser &parser_, StandardOutput &standardOutput_, QTextStream &out_, QTextStream &err_, QString dataDirectory_, QDateTime now_)
    : parser(parser_)
    , standardOutput(standardOutput_)
    , out(out_)
    , err(err_)
    , dataDirectory(std::move(dataDirectory_))
    , now(std::move(now_))
{ }

Result<std::unique_ptr<Database>> CommandContext::openJournal() const
{
    const Result<QString> path = prepareJournalPath(dataDirectory);
    if (!path)
        return path.failure();
    // `mosaic … > journal.sqlite`: opening would take the emptied file for a new journal and lose its -wal too.
    constexpr int kStandardOutput = 1;
    if (Status output = checkOpenOutput(kStandardOutput, ManagedFiles::inDataFolderOf(*path)); !output)
        return output.failure();
    auto journal = Database::open(*path);
    if (journal) {
        for (const QString &notice : (*journal)->notices())
            err << QStringLiteral("mosaic: ") << notice << Qt::endl;
    }
    return journal;
}

int CommandContext::fail(const Failure &failure) const
{
    err << QStringLiteral("mosaic: ") << failure.message << Qt::endl;
    return failure.kind == FailureKind::BadInput ? ExitBadInput : ExitFailure;
}

int CommandContext::usageError(const QString &message) const
{
    err << QStringLiteral("mosaic: ") << message << Qt::endl << Text::tr("Run 'mosaic --help' for usage.") << Qt::endl;
    return ExitBadInput;
}

QStringList CommandContext::arguments() const
{
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        positional.removeFirst(); // the command name
    return positional;
}

} // namespace mosaic::cli
