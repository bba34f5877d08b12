// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ReadableMarkdown.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>

namespace mosaic::ReadableMarkdown {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::ReadableMarkdown)
};

/// A document that never fetches anything: QTextDocument would read a `file:` image from disk when laid out.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

/// The fence that opens a fenced code block (```` ``` ```` or `~~~`, at most three spaces in), or empty.
QString fenceOf(const QString &line)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    const QRegularExpressionMatch match = fence.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString placeholderText(const QUrl &url, const QString &altText)
{
    const QString scheme = url.scheme().toLower();
    const bool remote = (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    if (remote && !altText.isEmpty())
        //: In place of a picture written into a text, not loaded: %1 is the web site it is on, %2 its description.
        return Words::tr("Image from %1: %2").arg(url.host(), altText);
    if (remote)
        //: In place of a picture written into a text, not loaded: %1 is the web site it is on (e.g. "example.com").
        return Words::tr("Image from %1").arg(url.host());
    if (url.isLocalFile() && !altText.isEmpty())
        //: In place of a picture written into a text, never read from the disk: %1 is its description.
        return Words::tr("Image on this computer, not shown: %1").arg(altText);
    if (url.isLocalFile())
        //: In place of a picture written into a text, never read from the disk.
        return Words::tr("Image on this computer, not shown");
    if (!altText.isEmpty())
        //: In place of a picture written into a text, not loaded: %1 is its description.
        return Words::tr("Image, not shown: %1").arg(altText);
    //: In place of a picture written into a text, not loaded.
    return Words::tr("Image, not shown");
}

/// Replaces every image of `document` with its placeholder (from the end, so that positions stay valid).
void replaceImages(QTextDocument &document)
{
    struct Image
    {
        int position;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            // One fragment holds consecutive images of the same format, one character each.
            for (int i = 0; i < fragment.length(); ++i)
                images.append({fragment.position() + i, fragment.charFormat().toImageFormat()});
        }
    }
    QTextCursor cursor(&document);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const QUrl url(it->format.name());
        QTextCharFormat quiet;
        quiet.setFontItalic(true);
        const QString scheme = url.scheme().toLower();
        if ((scheme == u"http" || scheme == u"https") && !url.host().isEmpty()) {
            quiet.setAnchor(true);
            quiet.setAnchorHref(url.toString());
            quiet.setFontUnderline(true);
        }
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("[%1]").arg(placeholderText(url, it->format.property(QTextFormat::ImageAltText).toString().trimmed())), quiet);
    }
}

void colourLinks(QTextDocument &document, const QColor &linkColor)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor())
                continue;
            QTextCharFormat format;
            format.setForeground(linkColor);
            format.setUnderlineColor(linkColor);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace

namespace {

/// Calls `visit(lines, i)` for each line of `lines` outside fenced code blocks, the fences left out too.
template <typename Visit>
void forEachProseLine(QStringList &lines, Visit visit)
{
    QString openFence;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString fence = fenceOf(lines.at(i));
        if (!openFence.isEmpty()) {
            // A closing fence: the same character, at least as long, nothing after it.
            if (!fence.isEmpty() && fence.at(0) == openFence.at(0) && fence.size() >= openFence.size() && lines.at(i).trimmed().size() == fence.size())
                openFence.clear();
            continue;
        }
        if (!fence.isEmpty()) {
            openFence = fence;
            continue;
        }
        visit(lines, i);
    }
}

QStringList linesOf(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

/// Qt's Markdown importer drops an image without a description altogether (it inserts the image with the
/// description's text): a blank description keeps it, so that it gets its placeholder.
QString describeBareImages(const QString &markdown)
{
    static const QRegularExpression bare(QStringLiteral("!\\[\\](?=[(\\[])"));
    QStringList lines = linesOf(markdown);
    forEachProseLine(lines, [](QStringList &all, qsizetype i) { all[i].replace(bare, QStringLiteral("![ ]")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString keepLineBreaks(const QString &markdown)
{
    QStringList lines = linesOf(markdown);
    forEachProseLine(lines, [](QStringList &all, qsizetype i) {
        QString &line = all[i];
        const bool nextHasText = i + 1 < all.size() && !all.at(i + 1).trimmed().isEmpty();
        if (!line.trimmed().isEmpty() && nextHasText && !line.endsWith(QLatin1String("  ")))
            line.append(QLatin1String("  "));
    });
    return lines.join(QLatin1Char('\n'));
}

QString toRichText(const QString &markdown, const QColor &linkColor)
{
    InertDocument document;
    document.setMarkdown(keepLineBreaks(describeBareImages(markdown)),
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    replaceImages(document);
    colourLinks(document, linkColor);
    QString html = document.toHtml();
    // The document's default font would override the font of the item that shows it.
    static const QRegularExpression bodyStyle(QStringLiteral("<body style=\"[^\"]*\">"));
    html.replace(bodyStyle, QStringLiteral("<body>"));
    return html;
}

} // namespace mosaic::ReadableMarkdown
