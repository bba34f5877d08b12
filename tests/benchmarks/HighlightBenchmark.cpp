// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what a keystroke costs in a 50,000-word Markdown entry: the time from the edit to highlighting done
// (QSyntaxHighlighter re-highlights synchronously when the document changes, so that is the time of the
// insertText call), and the part of it spent in highlightBlock. The target is a median of at most 4 ms.
// Not a test: run it on a quiet machine (build/release/tests/benchmarks/mosaic-highlight-benchmark).
#include "editor/EditorHighlighting.h"
#include "editor/MarkdownHighlighter.h"
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Repository>
#endif

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

using namespace mosaic;

namespace {

/// A highlighter that adds up the time it spends highlighting.
template <typename Highlighter>
class Timed : public Highlighter
{
public:
    template <typename... Args>
    explicit Timed(qint64 *nanoseconds, Args &&...args)
        : Highlighter(std::forward<Args>(args)...)
        , m_nanoseconds(nanoseconds)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        QElapsedTimer timer;
        timer.start();
        Highlighter::highlightBlock(text);
        *m_nanoseconds += timer.nsecsElapsed();
    }

private:
    qint64 *m_nanoseconds;
};

double percentile(QList<double> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min(samples.size() - 1, qsizetype(fraction * double(samples.size() - 1) + 0.5));
    return samples.at(index);
}

void report(const char *what, const QList<double> &samples)
{
    std::printf("  %-40s median %7.3f ms   p95 %7.3f ms   max %7.3f ms\n", what, percentile(samples, 0.5), percentile(samples, 0.95),
                *std::max_element(samples.begin(), samples.end()));
    std::fflush(stdout);
}

/// A deterministic journal entry of at least `wordCount` words, in the mix people write: paragraphs with
/// emphasis, links and code, headings, lists and task lists, quotes, the odd code block and rule.
QString markdownEntry(int wordCount)
{
    constexpr const char16_t *vocabulary[] = {
        u"I",       u"felt",     u"the",       u"message",  u"was",    u"ignored", u"and",     u"then",    u"remembered", u"that",      u"people",  u"are",
        u"busy",    u"today",    u"friend",    u"called",   u"work",   u"meeting", u"quietly", u"because", u"thought",    u"maybe",     u"small",   u"step",
        u"evening", u"walk",     u"gratitude", u"kindness", u"circle", u"family",  u"choir",   u"garden",  u"café",       u"über",      u"naïve",   u"worth",
        u"belong",  u"strength", u"a",         u"of",       u"to",     u"in",      u"with",    u"for",     u"not",        u"rejection", u"reframe", u"evidence",
    };
    QRandomGenerator random(20240312);
    const auto word = [&random, &vocabulary] { return QString::fromUtf16(vocabulary[random.bounded(int(std::size(vocabulary)))]); };
    const auto sentence = [&](int length) -> QString {
        QStringList parts;
        for (int i = 0; i < length; ++i) {
            QString w = word();
            switch (random.bounded(40)) {
            case 0:
                w = QLatin1Char('*') + w + QLatin1Char('*');
                break;
            case 1:
                w = QLatin1String("**") + w + QLatin1String("**");
                break;
            case 2:
                w = QLatin1Char('`') + w + QLatin1Char('`');
                break;
            case 3:
                w = QLatin1Char('[') + w + QLatin1String("](https://example.org/") + w + QLatin1Char(')');
                break;
            case 4:
                w = QLatin1String("_") + w + QLatin1String("_");
                break;
            default:
                break;
            }
            parts.append(w);
        }
        return parts.join(QLatin1Char(' ')) + QLatin1Char('.');
    };

    QStringList lines;
    int words = 0;
    int section = 0;
    while (words < wordCount) {
        lines.append(QStringLiteral("## Section %1").arg(++section));
        lines.append(QString());
        for (int block = 0; block < 8; ++block) {
            const int kind = random.bounded(10);
            if (kind < 6) { // A paragraph of a few sentences on one line, as editors keep them.
                QStringList sentences;
                const int count = 3 + random.bounded(5);
                for (int s = 0; s < count; ++s) {
                    const int length = 6 + random.bounded(14);
                    sentences.append(sentence(length));
                    words += length;
                }
                lines.append(sentences.join(QLatin1Char(' ')));
            } else if (kind < 8) { // A list, sometimes of tasks.
                const bool tasks = random.bounded(2) == 0;
                const int items = 3 + random.bounded(4);
                for (int item = 0; item < items; ++item) {
                    const int length = 4 + random.bounded(10);
                    lines.append((tasks ? (random.bounded(2) ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) : QStringLiteral("- ")) + sentence(length));
                    words += length;
                }
            } else if (kind == 8) { // A quote.
                const int quoted = 1 + random.bounded(3);
                for (int line = 0; line < quoted; ++line) {
                    const int length = 8 + random.bounded(12);
                    lines.append(QStringLiteral("> ") + sentence(length));
                    words += length;
                }
            } else { // A code block, or now and then a rule.
                if (random.bounded(4) == 0) {
                    lines.append(QStringLiteral("---"));
                } else {
                    lines.append(QStringLiteral("```sh"));
                    const int code = 2 + random.bounded(5);
                    for (int line = 0; line < code; ++line) {
                        lines.append(QStringLiteral("mosaic search \"%1 %2\" --json").arg(word(), word()));
                        words += 5;
                    }
                    lines.append(QStringLiteral("```"));
                }
            }
            lines.append(QString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void run(HighlightingEngine engine)
{
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Repository repository; // Outlives the document and its highlighter.
#endif
    const QString entry = markdownEntry(50000);
    QTextDocument document;
    document.setPlainText(entry);
    document.documentLayout(); // As in an editor; a document without a layout tells its highlighter nothing.
    document.setTextWidth(720);

    qint64 highlightingNanoseconds = 0;
    QSyntaxHighlighter *highlighter = nullptr;
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    if (engine == HighlightingEngine::KSyntaxHighlighting)
        highlighter = new Timed<KSyntaxMarkdownHighlighter>(&highlightingNanoseconds, &document, repository, EditorTheme::Light); // owned by document
#endif
    if (!highlighter)
        highlighter = new Timed<MarkdownHighlighter>(&highlightingNanoseconds, &document, EditorTheme::Light); // owned by document

    QElapsedTimer timer;
    timer.start();
    highlighter->rehighlight();
    std::printf("%s: %d words, %d blocks, %d characters; first full highlighting %.1f ms (highlightBlock %.1f ms)\n",
                qPrintable(EditorHighlighting::engineName(engine)), int(entry.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()), document.blockCount(),
                document.characterCount(), double(timer.nsecsElapsed()) / 1e6, double(highlightingNanoseconds) / 1e6);

    // 200 keystrokes at random places: mostly letters, now and then Markdown punctuation.
    QRandomGenerator random(4);
    const QString keys = QStringLiteral("eeeeettttaaaoooiinnsshhrrdlu *_`#-");
    QList<double> keystroke;
    QList<double> highlighting;
    for (int i = 0; i < 200; ++i) {
        QTextCursor cursor(&document);
        cursor.setPosition(random.bounded(document.characterCount() - 1));
        const QString key(keys.at(random.bounded(int(keys.size()))));
        highlightingNanoseconds = 0;
        timer.restart();
        cursor.insertText(key);
        keystroke.append(double(timer.nsecsElapsed()) / 1e6);
        highlighting.append(double(highlightingNanoseconds) / 1e6);
    }
    report("keystroke (edit, layout and highlighting)", keystroke);
    report("of which highlightBlock", highlighting);

    // A code fence typed near the top, and deleted again: a ``` fence pairs with the next one of the entry, a ~~~
    // fence (the entry has none) turns all the rest of it into code. The time until the edit returns, and until the
    // event loop has nothing left to re-highlight (an engine that re-highlights later shows stale formatting meanwhile).
    for (const QString &fence : {QStringLiteral("```"), QStringLiteral("~~~")}) {
        QList<double> fenceEdit;
        QList<double> fenceSettled;
        for (int i = 0; i < 3; ++i) {
            for (const bool opening : {true, false}) {
                QTextCursor cursor(document.findBlockByNumber(20 + 10 * i));
                if (!opening)
                    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
                timer.restart();
                if (opening)
                    cursor.insertText(fence + QLatin1Char('\n'));
                else
                    cursor.removeSelectedText();
                fenceEdit.append(double(timer.nsecsElapsed()) / 1e6);
                for (qint64 before = -1; before != highlightingNanoseconds;) {
                    before = highlightingNanoseconds;
                    QCoreApplication::processEvents();
                }
                fenceSettled.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        report(qPrintable(QStringLiteral("a %1 fence typed or deleted near the top").arg(fence)), fenceEdit);
        report("the same until nothing is left to do", fenceSettled);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    for (const HighlightingEngine engine : EditorHighlighting::compiledEngines())
        run(engine);
    return 0;
}
