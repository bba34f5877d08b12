// SPDX-License-Identifier: GPL-3.0-or-later
// Mosaic's own highlighter against reviewed reference files: tests/ui/data/highlighting/NAME.md is
// highlighted and dumped (see dumpHighlighting), and must equal NAME.md.ref. After an intended change,
// regenerate with tests/ui/data/highlighting/regenerate.sh and read the diff before committing it.
#include "HighlightingDump.h"
#include "QtPrinters.h"

#include "editor/MarkdownHighlighter.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextDocument>

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(MOSAIC_UI_TEST_DATA_DIR "/highlighting/") + name;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString highlightedDump(const QString &sampleName)
{
    QString markdown = readUtf8(samplePath(sampleName));
    if (markdown.endsWith(QLatin1Char('\n')))
        markdown.chop(1); // The file's final newline does not make an empty last line.
    QTextDocument document;
    document.setPlainText(markdown);
    auto *highlighter = new mosaic::MarkdownHighlighter(&document); // owned by document
    highlighter->rehighlight();
    return QLatin1String("# ") + sampleName +
        QLatin1String(" highlighted by Mosaic's own highlighter. Per line: its number and text, then each formatted range\n"
                      "# as start-end (UTF-16 code units, end exclusive), the MarkdownFormats members merged there, and the text.\n") +
        dumpHighlighting(document);
}

} // namespace

TEST_CASE("Mosaic's highlighter matches the reviewed reference files", "[highlighting][reference]")
{
    const QString sample = QString::fromLatin1(
        GENERATE(as<const char *>{}, "headings.md", "emphasis.md", "lists.md", "quotes.md", "links.md", "code.md", "journal-entry.md", "unicode.md"));
    CAPTURE(sample);
    REQUIRE(QFileInfo::exists(samplePath(sample)));
    const QByteArray actual = highlightedDump(sample).toUtf8();
    const QString referencePath = samplePath(sample + QLatin1String(".ref"));

    if (qEnvironmentVariableIntValue("MOSAIC_REGENERATE_REFERENCES") == 1) {
        QFile file(referencePath);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(actual) == actual.size());
        WARN("Rewrote " << referencePath.toStdString());
        return;
    }

    INFO("Reference file " << referencePath.toStdString() << " (regenerate with tests/ui/data/highlighting/regenerate.sh)");
    QFile file(referencePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    if (actual != expected) {
        const QList<QByteArray> actualLines = actual.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        qsizetype line = 0;
        while (line < actualLines.size() && line < expectedLines.size() && actualLines[line] == expectedLines[line])
            ++line;
        INFO("First difference at line " << line + 1);
        INFO("expected: " << (line < expectedLines.size() ? expectedLines[line].toStdString() : std::string("<end>")));
        INFO("actual:   " << (line < actualLines.size() ? actualLines[line].toStdString() : std::string("<end>")));
        FAIL("The highlighting differs from the reference file");
    }
}
