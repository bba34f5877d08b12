// SPDX-License-Identifier: GPL-3.0-or-later
// The read views' Markdown: rendered as rich text that loads nothing (every image a quiet placeholder), with single
// line breaks kept.
#include "editor/ReadableMarkdown.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

using namespace mosaic;

namespace {

const QColor kLink(0x35, 0x6d, 0x69);

QString html(const QString &markdown)
{
    return ReadableMarkdown::toRichText(markdown, kLink);
}

/// A document that counts what it is asked to load, as a Text item showing the rich text would be.
class CountingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

/// What a document showing `richText` asks for once laid out.
QList<QUrl> resourcesRequested(const QString &richText)
{
    CountingDocument document;
    document.setHtml(richText);
    document.setTextWidth(600);
    (void)document.documentLayout()->documentSize();
    return document.requested;
}

QString plainText(const QString &richText)
{
    QTextDocument document;
    document.setHtml(richText);
    return document.toPlainText();
}

} // namespace

TEST_CASE("A remote image becomes a link naming its host, never an image")
{
    const QString rich = html(QStringLiteral("Look: ![a sunset](https://example.com/sunset.png) there"));
    CHECK_FALSE(rich.contains(QLatin1String("<img")));
    CHECK(plainText(rich) == QStringLiteral("Look: [Image from example.com: a sunset] there"));
    CHECK(rich.contains(QLatin1String("href=\"https://example.com/sunset.png\"")));
    CHECK(resourcesRequested(rich).isEmpty());
}

TEST_CASE("Local, relative, data and reference images become placeholders without links")
{
    const QString rich = html(QStringLiteral("![](file:///etc/secret.png)\n\n![](/home/me/a.png)\n\n![](pics/b.png)\n\n"
                                             "![](data:image/png;base64,iVBORw0KGgo=)\n\n![ref][r]\n\n[r]: http://127.0.0.1:9/r.png"));
    CHECK_FALSE(rich.contains(QLatin1String("<img")));
    CHECK_FALSE(rich.contains(QLatin1String("file:")));
    CHECK_FALSE(rich.contains(QLatin1String("href=\"pics")));
    CHECK_FALSE(rich.contains(QLatin1String("href=\"data")));
    const QString text = plainText(rich);
    INFO(text.toStdString());
    CHECK(text.contains(QLatin1String("[Image on this computer, not shown]")));
    CHECK(text.count(QLatin1String("[Image, not shown]")) == 3); // an absolute path, a relative one, data
    CHECK(text.contains(QLatin1String("[Image from 127.0.0.1: ref]")));
    CHECK(resourcesRequested(rich).isEmpty());
}

TEST_CASE("Raw HTML shows as the text it is")
{
    const QString rich = html(QStringLiteral("<img src=\"http://127.0.0.1:9/x.png\"> and <table background=\"x.png\"><tr><td>a</td></tr></table>"));
    CHECK_FALSE(rich.contains(QLatin1String("<img")));
    CHECK_FALSE(rich.contains(QLatin1String("<table")));
    CHECK(plainText(rich).contains(QLatin1String("<img src=\"http://127.0.0.1:9/x.png\">")));
    CHECK(resourcesRequested(rich).isEmpty());
}

TEST_CASE("A single line break is kept; paragraphs, lists and code work as in Markdown")
{
    // Not "first line second line", as Markdown alone would have it.
    CHECK(plainText(html(QStringLiteral("first line\nsecond line"))) == QStringLiteral("first line\nsecond line"));
    const QString rich = html(QStringLiteral("one\n\ntwo\n- a\n- b\n\n1. x\n2. y\n\n```\ncode  \nmore\n```"));
    QTextDocument document;
    document.setHtml(rich);
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        blocks.append(block.text());
    CHECK(blocks ==
          QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("y"),
                      QStringLiteral("code  "), QStringLiteral("more")});
    CHECK(document.begin().next().next().textList() != nullptr);
}

TEST_CASE("Line breaks are made hard outside fenced code only")
{
    using ReadableMarkdown::keepLineBreaks;
    CHECK(keepLineBreaks(QStringLiteral("a\nb\n\nc")) == QStringLiteral("a  \nb\n\nc"));
    CHECK(keepLineBreaks(QStringLiteral("```\nx\ny\n```\nz\nw")) == QStringLiteral("```\nx\ny\n```\nz  \nw"));
    CHECK(keepLineBreaks(QStringLiteral("a\r\nb")) == QStringLiteral("a  \nb"));
}

TEST_CASE("Links take the given colour")
{
    const QString rich = html(QStringLiteral("[site](https://example.com)"));
    CHECK(rich.contains(QLatin1String("color:#356d69")));
}
