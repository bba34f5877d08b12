// SPDX-License-Identifier: GPL-3.0-or-later
// How highlighting behaves while someone writes: theme switches, incremental re-highlighting, fences.
// Each test runs against every engine this build contains (KDE Syntax-Highlighting too, where KF6 is found).
#include "HighlightingDump.h"
#include "QtPrinters.h"

#include "editor/EditorHighlighting.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/MarkdownScanner.h"
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#endif

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>
#include <utility>

using mosaic::EditorHighlighting;
using mosaic::EditorTheme;
using mosaic::HighlightingEngine;

namespace Catch {
template <>
struct StringMaker<HighlightingEngine>
{
    static std::string convert(HighlightingEngine engine) { return EditorHighlighting::engineName(engine).toStdString(); }
};
} // namespace Catch

namespace {

/// A highlighter that notes which blocks it highlights.
template <typename Highlighter>
class Recording : public Highlighter
{
public:
    template <typename... Args>
    explicit Recording(QList<int> *highlighted, Args &&...args)
        : Highlighter(std::forward<Args>(args)...)
        , m_highlighted(highlighted)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        m_highlighted->append(this->currentBlock().blockNumber());
        Highlighter::highlightBlock(text);
    }

private:
    QList<int> *m_highlighted;
};

/// One engine's highlighter on a document, recording the blocks it highlights.
class Subject
{
public:
    Subject(HighlightingEngine engine, QTextDocument *document, EditorTheme theme)
    {
        Q_UNUSED(engine) // Without KF6, there is only the fallback.
        document->documentLayout(); // Without a layout, a document does not tell its highlighter of edits.
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
        if (engine == HighlightingEngine::KSyntaxHighlighting) {
            m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
            highlighter = new Recording<mosaic::KSyntaxMarkdownHighlighter>(&highlighted, document, *m_repository, theme); // owned by document
        }
#endif
        if (!highlighter) {
            highlighter = new Recording<mosaic::MarkdownHighlighter>(&highlighted, document, theme); // owned by document
            highlighter->rehighlight();
        }
        QCoreApplication::processEvents(); // Let any delayed first highlighting happen now.
        highlighted.clear();
    }

    // The document owns the highlighter; it goes first all the same, before the repository it was made from.
    ~Subject()
    {
        delete highlighter;
    }
    Subject(const Subject &) = delete;
    Subject &operator=(const Subject &) = delete;

    QList<int> highlighted;
    QSyntaxHighlighter *highlighter = nullptr;

private:
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
#endif
};

using Formats = QList<QTextLayout::FormatRange>;

QTextCharFormat formatAt(const QTextDocument &document, int blockNumber, int position)
{
    for (const QTextLayout::FormatRange &range : document.findBlockByNumber(blockNumber).layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

Formats formatsOf(const QTextDocument &document, int blockNumber)
{
    return document.findBlockByNumber(blockNumber).layout()->formats();
}

QList<int> range(int from, int to)
{
    QList<int> numbers;
    for (int n = from; n < to; ++n)
        numbers.append(n);
    return numbers;
}

void replaceBlockText(QTextDocument &document, int blockNumber, const QString &text)
{
    QTextCursor cursor(document.findBlockByNumber(blockNumber));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(text);
}

/// The formats of every block.
QList<Formats> formatsOfAll(const QTextDocument &document)
{
    QList<Formats> all;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        all.append(block.layout()->formats());
    return all;
}

/// Whether an edit's highlighting was already complete when the edit returned: letting the event loop run
/// changes no block's formatting any more (an engine that finishes later shows stale formatting meanwhile).
bool nothingChangesLater(const QTextDocument &document)
{
    const QList<Formats> before = formatsOfAll(document);
    QCoreApplication::processEvents();
    return formatsOfAll(document) == before;
}

/// A long entry of ordinary paragraphs, lists and quotes.
QString longEntry(int paragraphs)
{
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i) {
        switch (i % 4) {
        case 0:
            lines.append(QStringLiteral("## Part %1").arg(i));
            break;
        case 1:
            lines.append(QStringLiteral("Some *thoughts* about day %1, with a [link](https://example.org/%1) and `code`.").arg(i));
            break;
        case 2:
            lines.append(QStringLiteral("- a list item with **strong** words"));
            break;
        default:
            lines.append(QStringLiteral("> a quote, *gently*"));
            break;
        }
        lines.append(QString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The engine in use is the one the build found", "[highlighting]")
{
    const EditorHighlighting highlighting;
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    CHECK(EditorHighlighting::compiledEngine() == HighlightingEngine::KSyntaxHighlighting);
    CHECK(highlighting.engine() == HighlightingEngine::KSyntaxHighlighting);
    CHECK(EditorHighlighting::compiledEngines() == QList<HighlightingEngine>{HighlightingEngine::KSyntaxHighlighting, HighlightingEngine::Fallback});
#else
    // Built without KF6SyntaxHighlighting, or with MOSAIC_FORCE_FALLBACK_HIGHLIGHTER=ON.
    CHECK(EditorHighlighting::compiledEngine() == HighlightingEngine::Fallback);
    CHECK(highlighting.engine() == HighlightingEngine::Fallback);
    CHECK(EditorHighlighting::compiledEngines() == QList<HighlightingEngine>{HighlightingEngine::Fallback});
#endif
    CHECK(EditorHighlighting::engineName(HighlightingEngine::Fallback) == QStringLiteral("Mosaic's own highlighter"));
    CHECK(EditorHighlighting::engineName(HighlightingEngine::KSyntaxHighlighting) == QStringLiteral("KDE Syntax-Highlighting"));

    // Asking for the fallback always gets it.
    const EditorHighlighting fallback(HighlightingEngine::Fallback);
    CHECK(fallback.engine() == HighlightingEngine::Fallback);
    QTextDocument document;
    CHECK(qobject_cast<mosaic::MarkdownHighlighter *>(fallback.create(&document, EditorTheme::Light)) != nullptr);
}

TEST_CASE("A created highlighter has highlighted its document before it returns", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    const EditorHighlighting highlighting(engine);
    REQUIRE(highlighting.engine() == engine);

    QTextDocument document(QStringLiteral("# A heading\n\nSome **strong** words."));
    QSyntaxHighlighter *highlighter = highlighting.create(&document, EditorTheme::Light);
    CHECK(highlighter->parent() == &document);
    CHECK(highlighter->document() == &document);
    CHECK_FALSE(formatsOf(document, 0).isEmpty());
    CHECK_FALSE(formatsOf(document, 2).isEmpty());
}

TEST_CASE("Switching theme changes the colours and re-highlights every block", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    QTextDocument document(QStringLiteral("# A heading\n\nSome *emphasis* and a [link](https://example.org).\n\n```\ncode\n```"));
    Subject subject(engine, &document, EditorTheme::Light);

    const int headingText = 4; // The "h" of "heading".
    const QColor lightHeading = formatAt(document, 0, headingText).foreground().color();
    REQUIRE(lightHeading.isValid());

    EditorHighlighting::setTheme(subject.highlighter, EditorTheme::Dark);
    CHECK(subject.highlighted == range(0, document.blockCount()));
    const QColor darkHeading = formatAt(document, 0, headingText).foreground().color();
    CHECK(darkHeading != lightHeading);
    // A dark theme draws headings lighter than a light one does.
    CHECK(darkHeading.lightness() > lightHeading.lightness());

    subject.highlighted.clear();
    EditorHighlighting::setTheme(subject.highlighter, EditorTheme::Dark);
    CHECK(subject.highlighted.isEmpty()); // The same theme again changes nothing.

    EditorHighlighting::setTheme(subject.highlighter, EditorTheme::Light);
    CHECK(formatAt(document, 0, headingText).foreground().color() == lightHeading);
}

TEST_CASE("Typing in one block of a long entry re-highlights only that block", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    QTextDocument document(longEntry(400));
    REQUIRE(document.blockCount() >= 800);
    Subject subject(engine, &document, EditorTheme::Light);

    const int paragraph = 402; // "Some *thoughts* about day 200, …"
    REQUIRE(document.findBlockByNumber(paragraph).text().startsWith(QLatin1String("Some *thoughts*")));
    QTextCursor cursor(document.findBlockByNumber(paragraph));
    cursor.movePosition(QTextCursor::NextWord);
    cursor.insertText(QStringLiteral("really "));
    CHECK(subject.highlighted == QList<int>{paragraph});

    subject.highlighted.clear();
    const int listItem = 404; // "- a list item with **strong** words"
    REQUIRE(document.findBlockByNumber(listItem).text().startsWith(QLatin1String("- a list item")));
    cursor = QTextCursor(document.findBlockByNumber(listItem));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(", *more*"));
    CHECK(subject.highlighted == QList<int>{listItem});

    // (Deleting at the very end of a block, QSyntaxHighlighter also visits the next block: its own rule.)
    subject.highlighted.clear();
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, 8);
    cursor.deletePreviousChar();
    CHECK(subject.highlighted == QList<int>{listItem});

    // A new line makes a new block; the highlighter goes no further than the block after it.
    subject.highlighted.clear();
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\nand a new line"));
    REQUIRE_FALSE(subject.highlighted.isEmpty());
    CHECK(subject.highlighted.first() == listItem);
    CHECK(subject.highlighted.last() <= listItem + 2);
}

TEST_CASE("Opening and closing a code fence re-highlights the blocks after it", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    QStringList lines{QStringLiteral("Intro with *emphasis*"),   QString(), QString(), QStringLiteral("Some *emphasis* here"), QString(), QString(),
                      QStringLiteral("After the block, *again*")};
    for (int i = 0; i < 30; ++i)
        lines.append(QStringLiteral("More *text* number %1").arg(i));
    QTextDocument document(lines.join(QLatin1Char('\n')));
    Subject subject(engine, &document, EditorTheme::Light);
    const int last = document.blockCount() - 1;

    const Formats insideBefore = formatsOf(document, 3);
    const Formats afterBefore = formatsOf(document, 6);
    const Formats lastBefore = formatsOf(document, last);
    REQUIRE_FALSE(insideBefore.isEmpty());

    // Opening a fence turns everything after it into code, before the edit returns: that is what a person sees.
    replaceBlockText(document, 2, QStringLiteral("```"));
    CHECK(subject.highlighted == range(2, last + 1));
    CHECK(formatsOf(document, 3) != insideBefore);
    CHECK(formatsOf(document, 6) != afterBefore);
    CHECK(formatsOf(document, last) != lastBefore);
    CHECK(formatNamesAt(document, 3, 6) == QStringLiteral("codeBlock"));
    CHECK(formatNamesAt(document, last, 6) == QStringLiteral("codeBlock"));
    CHECK(nothingChangesLater(document));

    // Closing it gives the text after it back at once, and leaves the code before it alone.
    subject.highlighted.clear();
    replaceBlockText(document, 5, QStringLiteral("```"));
    CHECK(subject.highlighted == range(5, last + 1));
    CHECK(formatsOf(document, 6) == afterBefore);
    CHECK(formatsOf(document, last) == lastBefore);
    CHECK(formatsOf(document, 3) != insideBefore);
    CHECK(nothingChangesLater(document));

    // Removing both fences gives everything back, each time at once.
    replaceBlockText(document, 5, QString());
    CHECK(formatsOf(document, 6) != afterBefore);
    CHECK(formatsOf(document, last) != lastBefore);
    CHECK(nothingChangesLater(document));
    replaceBlockText(document, 2, QString());
    CHECK(formatsOf(document, last) == lastBefore);
    CHECK(formatsOf(document, 3) == insideBefore);
    CHECK(formatsOf(document, 6) == afterBefore);
    CHECK(nothingChangesLater(document));
}

TEST_CASE("Pasting lines that open a code fence re-highlights the blocks after them", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    const QString fence = QString::fromLatin1(GENERATE(as<const char *>{}, "```", "~~~"));
    CAPTURE(fence);
    QStringList lines{QStringLiteral("Intro with *emphasis*"), QString()};
    for (int i = 0; i < 20; ++i)
        lines.append(QStringLiteral("More *text* number %1").arg(i));
    QTextDocument document(lines.join(QLatin1Char('\n')));
    Subject subject(engine, &document, EditorTheme::Light);
    const int last = document.blockCount() - 1;
    const Formats lastBefore = formatsOf(document, last);

    // New blocks, the fence among them, pasted at the start of a line: every line below becomes code at once.
    QTextCursor cursor(document.findBlockByNumber(2));
    cursor.insertText(QStringLiteral("A pasted line\n") + fence + QStringLiteral("\ncode\n"));
    const int lastNow = document.blockCount() - 1;
    REQUIRE(lastNow == last + 3);
    CHECK(subject.highlighted.contains(lastNow));
    CHECK(formatsOf(document, lastNow) != lastBefore);
    CHECK(formatNamesAt(document, lastNow, 6) == QStringLiteral("codeBlock"));
    CHECK(nothingChangesLater(document));

    // Undoing the paste gives the text back at once.
    document.undo();
    REQUIRE(document.blockCount() - 1 == last);
    CHECK(formatsOf(document, last) == lastBefore);
    CHECK(nothingChangesLater(document));
}

TEST_CASE("Every highlighting engine draws with Mosaic's formats alone, in both themes", "[highlighting]")
{
    const HighlightingEngine engine = GENERATE(from_range(EditorHighlighting::compiledEngines()));
    CAPTURE(engine);
    const EditorTheme theme = GENERATE(EditorTheme::Light, EditorTheme::Dark);
    CAPTURE(theme == EditorTheme::Dark);
    QStringList samples;
    for (const char *name : {"journal-entry.md", "code.md", "links.md", "quotes.md", "lists.md", "headings.md"}) {
        QFile file(QStringLiteral(MOSAIC_UI_TEST_DATA_DIR "/highlighting/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        samples.append(QString::fromUtf8(file.readAll()));
    }
    QTextDocument document(samples.join(QLatin1Char('\n')));
    Subject subject(engine, &document, theme);

    // So the contrast rules of MarkdownFormats (test_ui_contrast) hold for whatever the engine draws.
    const mosaic::MarkdownFormats formats = mosaic::formatsFor(theme);
    int ranges = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            INFO("line " << block.blockNumber() << ": " << block.text().toStdString() << ", from " << range.start);
            REQUIRE(range.format.hasProperty(mosaic::MarkdownFormats::RolesProperty));
            const auto roles = static_cast<mosaic::MarkdownRoles>(range.format.intProperty(mosaic::MarkdownFormats::RolesProperty));
            CHECK(range.format == formats.compose(roles));
            ++ranges;
        }
    }
    CHECK(ranges > 100);
}

#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
TEST_CASE("Every format of KDE's Markdown definition is highlighted in a Mosaic role", "[highlighting]")
{
    const KSyntaxHighlighting::Repository repository;
    const QList<KSyntaxHighlighting::Format> formats = repository.definitionForName(QStringLiteral("Markdown")).formats();
    REQUIRE(formats.size() > 20);
    for (const KSyntaxHighlighting::Format &format : formats) {
        INFO(format.name().toStdString());
        CHECK(mosaic::KSyntaxMarkdownHighlighter::markdownRoles(format.name()).has_value());
    }
    CHECK(mosaic::KSyntaxMarkdownHighlighter::markdownRoles(QStringLiteral("Header H2")) == static_cast<mosaic::MarkdownRoles>(mosaic::MarkdownRole::Heading));
    CHECK_FALSE(mosaic::KSyntaxMarkdownHighlighter::markdownRoles(QStringLiteral("Keyword")).has_value());
}
#endif

TEST_CASE("Typing a setext underline turns the line above into a heading", "[highlighting]")
{
    QTextDocument document(QStringLiteral("A title\n\nText"));
    document.documentLayout();
    auto *highlighter = new mosaic::MarkdownHighlighter(&document); // owned by document
    highlighter->rehighlight();
    CHECK(formatNamesAt(document, 0, 2).isEmpty());

    QTextCursor cursor(document.findBlockByNumber(1));
    cursor.insertText(QStringLiteral("==="));
    CHECK(formatNamesAt(document, 1, 0) == QStringLiteral("heading+markup"));
    // The line above is re-highlighted in the same keystroke, not a frame later.
    CHECK(formatNamesAt(document, 0, 2) == QStringLiteral("heading"));
    CHECK(nothingChangesLater(document));

    cursor.insertText(QStringLiteral(" no longer"));
    CHECK(formatNamesAt(document, 0, 2).isEmpty());
    CHECK(formatNamesAt(document, 1, 0).isEmpty());
    CHECK(nothingChangesLater(document));

    // Deleted again, the underline makes a heading again at once.
    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, 10);
    cursor.removeSelectedText();
    REQUIRE(document.findBlockByNumber(1).text() == QStringLiteral("==="));
    CHECK(formatNamesAt(document, 0, 2) == QStringLiteral("heading"));
    CHECK(nothingChangesLater(document));
}

TEST_CASE("A block's state survives its encoding", "[highlighting]")
{
    using mosaic::MarkdownBlockState;
    MarkdownBlockState state;
    CHECK(MarkdownBlockState::decode(-1) == state);
    CHECK(MarkdownBlockState::decode(state.encode()) == state);
    state.kind = MarkdownBlockState::LineKind::IndentedCode;
    state.inList = true;
    state.inFence = true;
    state.tildeFence = true;
    state.fenceLength = 12;
    state.fenceIndent = 3;
    state.fenceQuoteDepth = 2;
    state.setextText = true;
    state.quoteParagraph = true;
    CHECK(state.encode() >= 0);
    CHECK(MarkdownBlockState::decode(state.encode()) == state);
}
