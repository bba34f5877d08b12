// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/MarkdownEditing.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace mosaic::MarkdownEditing {
namespace {

/// One change to the original text. `beforeSelection` decides, for an insertion exactly at a selection
/// boundary, on which side of it the inserted text ends up: an opening marker goes before the selection, a
/// closing one after.
struct Edit
{
    int position = 0;
    int removeLength = 0;
    QString insert;
    bool beforeSelection = false;

    int order() const { return removeLength > 0 ? 1 : (beforeSelection ? 0 : 2); }
};

int mapPosition(const QList<Edit> &edits, int point)
{
    int mapped = point;
    for (const Edit &edit : edits) {
        const bool removalBefore = edit.removeLength > 0 && edit.position + edit.removeLength <= point;
        const bool insertionBefore = edit.removeLength == 0 && (edit.position < point || (edit.position == point && edit.beforeSelection));
        if (removalBefore || insertionBefore)
            mapped += int(edit.insert.size()) - edit.removeLength;
        else if (edit.position < point && point < edit.position + edit.removeLength)
            mapped -= point - edit.position; // the point was in removed text: it lands where that text was
    }
    return mapped;
}

/// Applies non-overlapping edits (positions refer to the original text) and maps the selection through them.
TextEditState applyEdits(const QString &text, QList<Edit> edits, int start, int end)
{
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit &a, const Edit &b) { return a.position != b.position ? a.position < b.position : a.order() < b.order(); });
    QString result;
    result.reserve(text.size() + 16);
    int copied = 0;
    for (const Edit &edit : std::as_const(edits)) {
        if (edit.position > copied) {
            result += QStringView(text).mid(copied, edit.position - copied);
            copied = edit.position;
        }
        result += edit.insert;
        copied += edit.removeLength;
    }
    result += QStringView(text).mid(copied);
    return {result, mapPosition(edits, start), mapPosition(edits, end)};
}

int lineStartOf(const QString &text, int position)
{
    return position <= 0 ? 0 : int(text.lastIndexOf(QLatin1Char('\n'), position - 1)) + 1;
}

int lineEndOf(const QString &text, int position)
{
    const auto index = text.indexOf(QLatin1Char('\n'), position);
    return index < 0 ? int(text.size()) : int(index);
}

/// A run of `*` or `_` that can open or close emphasis, and how many markers of the toggled kind it holds:
/// a bold marker is two characters, an italic one; `***` holds one of each.
struct MarkerRun
{
    int start = 0;
    int end = 0;
    int markers = 0;
};

bool isSpaceAt(const QString &text, int index)
{
    return index < 0 || index >= text.size() || text.at(index).isSpace();
}

QList<MarkerRun> markerRuns(const QString &text, int from, int to, int markerLength)
{
    QList<MarkerRun> runs;
    int i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('*') && c != QLatin1Char('_')) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && text.at(j) == c)
            ++j;
        const int length = j - i;
        const bool flanked = !(isSpaceAt(text, i - 1) && isSpaceAt(text, j));
        // `- ` style bullets and snake_case words are not emphasis.
        const int lineStart = lineStartOf(text, i);
        const bool bullet = c == QLatin1Char('*') && length == 1 && isSpaceAt(text, j) && QStringView(text).mid(lineStart, i - lineStart).trimmed().isEmpty();
        const bool intraword = c == QLatin1Char('_') && i > 0 && j < text.size() && text.at(i - 1).isLetterOrNumber() && text.at(j).isLetterOrNumber();
        if (flanked && !bullet && !intraword) {
            const int markers = markerLength == 2 ? (length >= 2 ? 1 : 0) : length % 2;
            if (markers > 0)
                runs.append({i, j, markers});
        }
        i = j;
    }
    return runs;
}

TextEditState toggleEmphasis(const TextEditState &state, int markerLength)
{
    const QString &text = state.text;
    const QString marker(markerLength, QLatin1Char('*'));
    int start = std::clamp(std::min(state.selectionStart, state.selectionEnd), 0, int(text.size()));
    int end = std::clamp(std::max(state.selectionStart, state.selectionEnd), 0, int(text.size()));
    // A double-click selects a word with its trailing space; the markers belong around the word.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;

    // The cursor between an empty pair of markers, just inserted: take them away again.
    if (start == end && start >= markerLength && QStringView(text).mid(start - markerLength, markerLength) == marker &&
        QStringView(text).mid(start, markerLength) == marker && (start - markerLength == 0 || text.at(start - markerLength - 1) != QLatin1Char('*')) &&
        (start + markerLength == text.size() || text.at(start + markerLength) != QLatin1Char('*')))
        return applyEdits(text, {{start - markerLength, 2 * markerLength, {}, false}}, start, start);

    const QList<MarkerRun> runs = markerRuns(text, lineStartOf(text, start), lineEndOf(text, end), markerLength);
    // A boundary in the middle of a run of markers moves to the run's text side.
    for (const MarkerRun &run : runs) {
        if (run.start < start && start < run.end)
            start = run.end;
        if (run.start < end && end < run.end)
            end = run.start;
    }
    end = std::max(end, start);

    int before = 0;
    const MarkerRun *endingAtStart = nullptr;
    const MarkerRun *startingAtEnd = nullptr;
    const MarkerRun *lastBefore = nullptr;
    const MarkerRun *firstAfter = nullptr;
    QList<const MarkerRun *> interior;
    for (const MarkerRun &run : runs) {
        if (run.end <= start) {
            before += run.markers;
            lastBefore = &run;
            if (run.end == start)
                endingAtStart = &run;
        } else if (run.start >= end) {
            if (!firstAfter)
                firstAfter = &run;
            if (run.start == end)
                startingAtEnd = &run;
        }
        if (start < end && run.start >= start && run.end <= end)
            interior.append(&run);
    }
    const bool insideAtStart = before % 2 == 1;
    QList<Edit> edits;
    auto removeAt = [&](int position) { edits.append({position, markerLength, {}, false}); };

    if (start == end) {
        if (insideAtStart && lastBefore && firstAfter) {
            // The cursor in emphasised text: un-emphasise that span.
            removeAt(lastBefore->end - markerLength);
            removeAt(firstAfter->start);
        } else {
            edits.append({start, 0, marker, true});
            edits.append({start, 0, marker, false});
        }
        return applyEdits(text, edits, start, end);
    }

    // The selection includes its own markers, `**bold**`: unwrap it.
    if (!insideAtStart && interior.size() >= 2 && interior.first()->start == start && interior.last()->end == end &&
        text.at(interior.first()->start) == text.at(interior.last()->start)) {
        int inner = 0;
        for (qsizetype i = 1; i + 1 < interior.size(); ++i)
            inner += interior.at(i)->markers;
        if (inner == 0) {
            removeAt(interior.first()->start);
            removeAt(interior.last()->end - markerLength);
            return applyEdits(text, edits, start, end);
        }
    }

    int interiorMarkers = 0;
    for (const MarkerRun *run : std::as_const(interior))
        interiorMarkers += run->markers;
    if (insideAtStart && interiorMarkers == 0) {
        // All of the selection is emphasised: take it out, splitting a longer span around it.
        if (endingAtStart) {
            removeAt(endingAtStart->end - markerLength);
        } else {
            int position = start;
            while (position > 0 && text.at(position - 1).isSpace())
                --position;
            edits.append({position, 0, marker, true});
        }
        if (startingAtEnd) {
            removeAt(startingAtEnd->start);
        } else {
            int position = end;
            while (position < text.size() && text.at(position).isSpace() && text.at(position) != QLatin1Char('\n'))
                ++position;
            edits.append({position, 0, marker, false});
        }
        return applyEdits(text, edits, start, end);
    }

    // Plain or partly emphasised: the whole selection becomes one emphasised span.
    const bool insideAtEnd = insideAtStart != (interiorMarkers % 2 == 1);
    for (const MarkerRun *run : std::as_const(interior))
        removeAt(run->start);
    if (!insideAtStart)
        edits.append({start, 0, marker, true});
    if (!insideAtEnd)
        edits.append({end, 0, marker, false});
    return applyEdits(text, edits, start, end);
}

} // namespace

TextEditState toggleBold(const TextEditState &state)
{
    return toggleEmphasis(state, 2);
}

TextEditState toggleItalic(const TextEditState &state)
{
    return toggleEmphasis(state, 1);
}

TextEditState toggleLink(const TextEditState &state)
{
    const QString &text = state.text;
    int start = std::clamp(std::min(state.selectionStart, state.selectionEnd), 0, int(text.size()));
    int end = std::clamp(std::max(state.selectionStart, state.selectionEnd), 0, int(text.size()));

    const QRegularExpression link(QStringLiteral("\\[([^\\]\\n]*)\\]\\(([^)\\s]*)\\)"));
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() <= start && end <= match.capturedEnd()) {
            const QString label = match.captured(1);
            const int at = int(match.capturedStart());
            return {QString(text).replace(at, match.capturedLength(), label), at, at + int(label.size())};
        }
    }

    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    const QString selected = text.mid(start, end - start);
    const QRegularExpression address(QStringLiteral("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|mailto:|www\\.)\\S+$"));
    QString result = text;
    if (!selected.isEmpty() && address.match(selected).hasMatch()) {
        // An address was selected: it becomes the destination, and the link text is typed in the brackets.
        result.replace(start, end - start, u"[](" % selected % u')');
        return {result, start + 1, start + 1};
    }
    if (selected.isEmpty()) {
        result.insert(start, QStringLiteral("[](url)"));
        return {result, start + 1, start + 1};
    }
    result.replace(start, end - start, u'[' % selected % u"](url)");
    const int urlStart = start + int(selected.size()) + 3;
    return {result, urlStart, urlStart + 3};
}

TextEditState insertNewline(const TextEditState &state)
{
    const int start = std::clamp(std::min(state.selectionStart, state.selectionEnd), 0, int(state.text.size()));
    const int end = std::clamp(std::max(state.selectionStart, state.selectionEnd), 0, int(state.text.size()));
    QString text = state.text;
    text.remove(start, end - start);
    const int cursor = start;
    const int lineStart = lineStartOf(text, cursor);
    const int lineEnd = lineEndOf(text, cursor);
    const QString line = text.mid(lineStart, lineEnd - lineStart);

    // indentation, quote markers, indentation in the quote, bullet | number + delimiter, spacing, task box.
    const QRegularExpression listItem(QStringLiteral("^([ \\t]*)((?:>[ \\t]?)*)([ \\t]*)(?:([-*+])|([0-9]{1,9})([.)]))([ \\t]+|$)(?:\\[[ xX]\\]([ \\t]+|$))?"));
    const QRegularExpression quote(QStringLiteral("^([ \\t]*)((?:>[ \\t]?)+)"));

    QString continuation;
    int prefixLength = 0;
    QString afterEmptyItem; // what an empty item's line becomes
    bool matched = false;
    if (const auto match = listItem.match(line); match.hasMatch()) {
        matched = true;
        prefixLength = int(match.capturedLength());
        QString marker = match.captured(4);
        if (marker.isEmpty())
            marker = QString::number(match.captured(5).toLongLong() + 1) + match.captured(6);
        const QString spacing = match.captured(7).isEmpty() ? QStringLiteral(" ") : match.captured(7);
        continuation = match.captured(1) % match.captured(2) % match.captured(3) % marker % spacing;
        if (match.capturedStart(8) >= 0)
            continuation += u"[ ]" % (match.captured(8).isEmpty() ? QStringLiteral(" ") : match.captured(8));
        afterEmptyItem = match.captured(2); // an item in a quote leaves the quote going
    } else if (const auto quoteMatch = quote.match(line); quoteMatch.hasMatch()) {
        matched = true;
        prefixLength = int(quoteMatch.capturedLength());
        QString markers = quoteMatch.captured(2);
        if (!markers.endsWith(u' ') && !markers.endsWith(u'\t'))
            markers += u' ';
        continuation = quoteMatch.captured(1) % markers;
    }

    if (!matched || cursor < lineStart + prefixLength) {
        text.insert(cursor, u'\n');
        return {text, cursor + 1, cursor + 1};
    }
    if (QStringView(line).mid(prefixLength).trimmed().isEmpty()) {
        // Enter on an empty item ends the list (or the quote), as in good editors: the marker goes, no line is added.
        text.replace(lineStart, lineEnd - lineStart, afterEmptyItem);
        const int at = lineStart + int(afterEmptyItem.size());
        return {text, at, at};
    }
    text.insert(cursor, u'\n' % continuation);
    const int at = cursor + 1 + int(continuation.size());
    return {text, at, at};
}

namespace {

/// How much deeper Ctrl+] nests a list item: four spaces nest under any bullet and under numbers up to `99.`.
constexpr int kListIndentWidth = 4;

/// Where the indentation that nests a list item ends on each list line the selection touches (a line ending the
/// selection at its very start is not touched), with that indentation's length.
struct ListIndentation
{
    int end = 0;
    int length = 0;
    bool endsWithTab = false;
};

QList<ListIndentation> listIndentations(const TextEditState &state)
{
    const QString &text = state.text;
    const int start = std::clamp(std::min(state.selectionStart, state.selectionEnd), 0, int(text.size()));
    int end = std::clamp(std::max(state.selectionStart, state.selectionEnd), 0, int(text.size()));
    if (end > start && lineStartOf(text, end) == end)
        --end;
    // indentation, quote markers, indentation in the quote, then a bullet or a number and its delimiter.
    const QRegularExpression listItem(QStringLiteral("^([ \\t]*)((?:>[ \\t]?)*)([ \\t]*)(?:[-*+]|[0-9]{1,9}[.)])(?:[ \\t]|$)"));
    QList<ListIndentation> found;
    for (int lineStart = lineStartOf(text, start); lineStart <= end;) {
        const int lineEnd = lineEndOf(text, lineStart);
        const auto match = listItem.match(QStringView(text).mid(lineStart, lineEnd - lineStart));
        if (match.hasMatch()) {
            // In a quote the item's own indentation comes after the quote markers.
            const int group = match.capturedLength(2) > 0 ? 3 : 1;
            const QStringView indentation = match.capturedView(group);
            found.append({lineStart + int(match.capturedEnd(group)), int(indentation.size()), indentation.endsWith(u'\t')});
        }
        lineStart = lineEnd + 1;
    }
    return found;
}

} // namespace

TextEditState indentListItems(const TextEditState &state)
{
    QList<Edit> edits;
    for (const ListIndentation &line : listIndentations(state))
        edits.append({line.end, 0, QString(kListIndentWidth, u' '), true});
    return edits.isEmpty() ? state : applyEdits(state.text, edits, state.selectionStart, state.selectionEnd);
}

TextEditState outdentListItems(const TextEditState &state)
{
    QList<Edit> edits;
    for (const ListIndentation &line : listIndentations(state)) {
        int remove = 0;
        if (line.endsWithTab) {
            remove = 1;
        } else {
            while (remove < std::min(line.length, kListIndentWidth) && state.text.at(line.end - remove - 1) == u' ')
                ++remove;
        }
        if (remove > 0)
            edits.append({line.end - remove, remove, {}, false});
    }
    return edits.isEmpty() ? state : applyEdits(state.text, edits, state.selectionStart, state.selectionEnd);
}

namespace {

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

bool isDigit(char32_t c)
{
    return QChar::category(c) == QChar::Number_DecimalDigit;
}

/// Scripts written without spaces between words, where each character counts as a word.
bool isCharacterWord(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

int countLine(QStringView line)
{
    const QList<uint> chars = line.toUcs4();
    int count = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (c == U']' && i + 1 < chars.size() && chars.at(i + 1) == U'(') {
            // A link destination is markup: skip to its closing parenthesis.
            const auto close = chars.indexOf(uint(U')'), i + 2);
            inWord = false;
            if (close >= 0) {
                i = close;
                continue;
            }
        }
        if (isCharacterWord(c)) {
            ++count;
            inWord = false;
        } else if (isWordCharacter(c)) {
            if (!inWord)
                ++count;
            inWord = true;
        } else if (inWord && i + 1 < chars.size() && isWordCharacter(chars.at(i + 1)) && !isCharacterWord(chars.at(i + 1))) {
            // Joiners inside a word: don't, well-known, snake_case, 3.14, 1,000.
            const char32_t previous = chars.at(i - 1);
            const char32_t next = chars.at(i + 1);
            const bool letterJoiner = c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010' || c == U'_';
            const bool numberJoiner = (c == U'.' || c == U',') && isDigit(previous) && isDigit(next);
            inWord = letterJoiner || numberJoiner;
        } else {
            inWord = false;
        }
    }
    return count;
}

} // namespace

int wordCount(QStringView text)
{
    // Block markup at the start of a line: quotes, headings, bullets, numbers, task boxes.
    const QRegularExpression prefix(QStringLiteral("^[ \\t]*(?:>[ \\t]?)*[ \\t]*(?:#{1,6}(?=[ \\t]|$)|[-*+](?=[ \\t])|[0-9]{1,9}[.)](?=[ \\t]|$))?"
                                                   "[ \\t]*(?:\\[[ xX]\\](?=[ \\t]|$))?"));
    int count = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.mid(lineStart, lineEnd - lineStart);
        const QStringView trimmed = line.trimmed();
        const bool fence = trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
        if (!fence) {
            const auto match = prefix.match(line);
            count += countLine(line.mid(match.hasMatch() ? match.capturedLength() : 0));
        }
        lineStart = lineEnd + 1;
    }
    return count;
}

} // namespace mosaic::MarkdownEditing
