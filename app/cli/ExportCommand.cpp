// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "exchange/JournalJsonWriter.h"
#include "exchange/JournalLoader.h"
#include "exchange/MarkdownExporter.h"
#include "storage/FileWriting.h"
#include "storage/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::ExportCommand)
};
} // namespace

QList<QCommandLineOption> exportOptions()
{
    return {
        QCommandLineOption(QStringLiteral("format"), Text::tr("json (the interchange format, default) or markdown (to read)."), QStringLiteral("FORMAT"),
                           QStringLiteral("json")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("Write to FILE instead of standard output (replaced as a whole)."),
                           QStringLiteral("FILE")),
    };
}

int runExport(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(Text::tr("export takes no arguments besides its options."));
    const QString format = context.parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("json") && format != QStringLiteral("markdown"))
        return context.usageError(Text::tr("--format must be json or markdown (got \"%1\").").arg(format));

    const QString output = context.parser.value(QStringLiteral("output"));
    if (!output.isEmpty() && !QFileInfo(output).dir().exists())
        return context.fail(Failure::badInput(Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(output).absolutePath()))));

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    QString target;
    if (!output.isEmpty()) {
        const auto checked = checkOutputTarget(output, ManagedFiles::inDataFolderOf((*journal)->filePath()));
        if (!checked)
            return context.fail(checked.failure());
        target = *checked;
    }
    const QString app = QStringLiteral("Mosaic %1").arg(QCoreApplication::applicationVersion());
    const auto loaded = loadJournal(**journal, context.now, app);
    if (!loaded)
        return context.fail(loaded.failure());
    const QByteArray bytes = format == QStringLiteral("json") ? writeJournalJson(*loaded) : writeJournalMarkdown(*loaded).toUtf8();

    if (target.isEmpty()) {
        context.out.flush();
        if (Status written = context.standardOutput.writeWhole(bytes); !written)
            return context.fail(written.failure());
        return ExitSuccess;
    }
    // Written next to the target and renamed at the end: an interrupted export never leaves half a file.
    if (Status written = writeFileAtomically(target, bytes); !written)
        return context.fail(written.failure());
    context.err << Text::tr("Exported the journal to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
