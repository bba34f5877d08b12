// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightingDump.h"

#include "editor/MarkdownFormats.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {

QString namesOf(const QTextFormat &format)
{
    if (!format.hasProperty(mosaic::MarkdownFormats::RolesProperty))
        return QStringLiteral("(not a Mosaic format)");
    return mosaic::MarkdownFormats::roleNames(mosaic::MarkdownRoles(format.intProperty(mosaic::MarkdownFormats::RolesProperty)));
}

} // namespace

QString dumpHighlighting(const QTextDocument &document)
{
    QString dump;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        dump += QString::number(block.blockNumber() + 1) + QLatin1String("| ") + text + QLatin1Char('\n');
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            dump += QLatin1String("    ") + QString::number(range.start) + QLatin1Char('-') + QString::number(range.start + range.length) + QLatin1Char(' ') +
                namesOf(range.format) + QLatin1String(" \"") + text.mid(range.start, range.length) + QLatin1String("\"\n");
        }
    }
    return dump;
}

QString formatNamesAt(const QTextDocument &document, int blockNumber, int position)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            return namesOf(range.format);
    }
    return QString();
}
