// SPDX-License-Identifier: GPL-3.0-or-later
// A line-at-a-time reading of CommonMark (with GitHub's strike-through, task boxes and bare URLs), close
// enough for highlighting what people type in a journal. It never looks back further than the state the
// previous line left, and forward only one line (setext underlines), so a keystroke costs one line.
#include "editor/MarkdownScanner.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace mosaic {

namespace {

using LineKind = MarkdownBlockState::LineKind;

constexpr MarkdownRoles bit(MarkdownRole role)
{
    return static_cast<MarkdownRoles>(role);
}

void addRole(MarkdownRoleBuffer &roles, qsizetype from, qsizetype to, MarkdownRole role)
{
    from = std::max<qsizetype>(from, 0);
    to = std::min<qsizetype>(to, roles.size());
    for (qsizetype i = from; i < to; ++i)
        roles[i] |= bit(role);
}

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlphanumeric(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) || (u >= 0x7b && u <= 0x7e);
}

/// The code point that starts at `i`, or U+000A (which counts as whitespace) outside the line.
char32_t codePointAt(QStringView line, qsizetype i)
{
    if (i < 0 || i >= line.size())
        return U'\n';
    const QChar c = line[i];
    if (c.isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, line[i + 1]);
    return c.unicode();
}

/// The code point that ends just before `i`.
char32_t codePointBefore(QStringView line, qsizetype i)
{
    if (i <= 0 || i > line.size())
        return U'\n';
    const QChar c = line[i - 1];
    if (c.isLowSurrogate() && i >= 2 && line[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(line[i - 2], c);
    return c.unicode();
}

bool isWhitespace(char32_t c)
{
    return QChar::isSpace(c);
}

/// CommonMark counts Unicode punctuation and symbols (emoji included) as punctuation.
bool isPunctuation(char32_t c)
{
    return QChar::isPunct(c) || QChar::isSymbol(c);
}

struct Indentation
{
    int columns = 0; ///< Tabs count to the next multiple of four.
    qsizetype end = 0; ///< The first character that is not a space or tab.
};

Indentation indentation(QStringView line, qsizetype from)
{
    Indentation result{0, from};
    while (result.end < line.size()) {
        if (line[result.end] == u' ')
            ++result.columns;
        else if (line[result.end] == u'\t')
            result.columns += 4 - result.columns % 4;
        else
            break;
        ++result.end;
    }
    return result;
}

qsizetype runLength(QStringView line, qsizetype from, QChar c)
{
    qsizetype end = from;
    while (end < line.size() && line[end] == c)
        ++end;
    return end - from;
}

bool isBlankFrom(QStringView line, qsizetype from)
{
    return indentation(line, from).end == line.size();
}

qsizetype trimmedEnd(QStringView line, qsizetype from, qsizetype to)
{
    while (to > from && isSpaceOrTab(line[to - 1]))
        --to;
    return to;
}

bool canStartIndentedCode(LineKind previous)
{
    // Indented code cannot interrupt a paragraph: an indented line after text continues that text.
    return previous == LineKind::Blank || previous == LineKind::IndentedCode || previous == LineKind::Other;
}

// ---- Inline: code spans, autolinks, escapes, links, bare URLs, emphasis --------------------------------------

struct Delimiter
{
    qsizetype position = 0; ///< Where the run starts.
    int length = 0; ///< The run's original length.
    int remaining = 0; ///< Characters not used yet (an opener uses its inner end, a closer its inner start).
    QChar character;
    bool canOpen = false;
    bool canClose = false;
    int group = -1; ///< The link text the run sits in (emphasis never crosses a link's edge), or -1.
};

class InlineScanner
{
public:
    InlineScanner(QStringView line, qsizetype from, qsizetype to, MarkdownRoleBuffer &roles)
        : m_line(line)
        , m_from(from)
        , m_to(to)
        , m_roles(roles)
    {
        m_protected.resize(std::max<qsizetype>(to - from, 0));
        std::fill(m_protected.begin(), m_protected.end(), false);
    }

    void scan()
    {
        if (m_from >= m_to)
            return;
        scanCodeSpansAutolinksAndEscapes();
        scanLinks();
        scanBareUrls();
        scanEmphasis();
    }

private:
    bool isProtected(qsizetype i) const { return m_protected[i - m_from]; }
    void protect(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i)
            m_protected[i - m_from] = true;
    }

    int linkTextAt(qsizetype i) const
    {
        // Images may sit inside link text: the innermost range wins.
        int found = -1;
        for (qsizetype g = 0; g < m_linkTexts.size(); ++g) {
            const auto &range = m_linkTexts[g];
            if (i >= range.first && i < range.second && (found < 0 || range.first >= m_linkTexts[found].first))
                found = int(g);
        }
        return found;
    }

    // Code spans and autolinks bind tighter than anything else; a backslash escapes ASCII punctuation
    // outside code spans. Whatever they cover is protected from the later passes.
    void scanCodeSpansAutolinksAndEscapes()
    {
        // For runs of up to 15 backticks: the position from which no closing run of that length exists.
        std::array<qsizetype, 16> noCloserFrom;
        noCloserFrom.fill(-1);

        qsizetype i = m_from;
        while (i < m_to) {
            const QChar c = m_line[i];
            if (c == u'\\' && i + 1 < m_to && isAsciiPunctuation(m_line[i + 1])) {
                addRole(m_roles, i, i + 1, MarkdownRole::Markup);
                protect(i, i + 2);
                i += 2;
            } else if (c == u'`') {
                const qsizetype length = runLength(m_line.first(m_to), i, u'`');
                const qsizetype closer = findCodeSpanCloser(i + length, length, noCloserFrom);
                if (closer < 0) {
                    i += length; // A lone run is literal text.
                    continue;
                }
                addRole(m_roles, i, closer + length, MarkdownRole::InlineCode);
                addRole(m_roles, i, i + length, MarkdownRole::Markup);
                addRole(m_roles, closer, closer + length, MarkdownRole::Markup);
                protect(i, closer + length);
                i = closer + length;
            } else if (c == u'<') {
                const qsizetype end = autolinkEnd(i);
                if (end < 0) {
                    ++i;
                    continue;
                }
                addRole(m_roles, i, i + 1, MarkdownRole::Markup);
                addRole(m_roles, i + 1, end, MarkdownRole::LinkUrl);
                addRole(m_roles, end, end + 1, MarkdownRole::Markup);
                protect(i, end + 1);
                i = end + 1;
            } else {
                ++i;
            }
        }
    }

    qsizetype findCodeSpanCloser(qsizetype from, qsizetype length, std::array<qsizetype, 16> &noCloserFrom) const
    {
        const bool cached = length < qsizetype(noCloserFrom.size());
        if (cached && noCloserFrom[length] >= 0 && from >= noCloserFrom[length])
            return -1;
        qsizetype j = from;
        while (j < m_to) {
            if (m_line[j] != u'`') {
                ++j;
                continue;
            }
            const qsizetype run = runLength(m_line.first(m_to), j, u'`');
            if (run == length)
                return j;
            j += run;
        }
        if (cached)
            noCloserFrom[length] = from;
        return -1;
    }

    /// The index of the closing '>' of an autolink (`<scheme:…>` or `<name@domain>`) opening at `open`, or -1.
    qsizetype autolinkEnd(qsizetype open) const
    {
        qsizetype j = open + 1;
        if (j < m_to && isAsciiLetter(m_line[j])) {
            qsizetype k = j + 1;
            while (k < m_to && (isAsciiAlphanumeric(m_line[k]) || m_line[k] == u'+' || m_line[k] == u'.' || m_line[k] == u'-'))
                ++k;
            const qsizetype schemeLength = k - j;
            if (schemeLength >= 2 && schemeLength <= 32 && k < m_to && m_line[k] == u':') {
                qsizetype m = k + 1;
                while (m < m_to && m_line[m] != u'>' && m_line[m] != u'<' && !m_line[m].isSpace() && m_line[m].unicode() >= 0x20)
                    ++m;
                if (m < m_to && m_line[m] == u'>')
                    return m;
            }
        }
        // An e-mail address.
        const auto isLocal = [](QChar c) { return isAsciiAlphanumeric(c) || (c != u'<' && c != u'>' && c != u'@' && c != u'\\' && isAsciiPunctuation(c)); };
        qsizetype k = j;
        while (k < m_to && isLocal(m_line[k]))
            ++k;
        if (k == j || k >= m_to || m_line[k] != u'@')
            return -1;
        qsizetype m = k + 1;
        const qsizetype domainStart = m;
        while (m < m_to && (isAsciiAlphanumeric(m_line[m]) || m_line[m] == u'-' || m_line[m] == u'.'))
            ++m;
        if (m == domainStart || m >= m_to || m_line[m] != u'>' || m_line[m - 1] == u'.' || m_line[domainStart] == u'.')
            return -1;
        return m;
    }

    // Inline links and images, `[text](destination "title")`. No links inside links.
    void scanLinks()
    {
        struct Opener
        {
            qsizetype position;
            bool image;
            bool active;
        };
        QVarLengthArray<Opener, 8> openers;
        qsizetype i = m_from;
        while (i < m_to) {
            if (isProtected(i)) {
                ++i;
                continue;
            }
            const QChar c = m_line[i];
            if (c == u'[') {
                const bool image = i > m_from && m_line[i - 1] == u'!' && !isProtected(i - 1);
                openers.append(Opener{i, image, true});
            } else if (c == u']' && !openers.isEmpty()) {
                const Opener opener = openers.last();
                openers.removeLast();
                Destination destination;
                if (opener.active && i + 1 < m_to && m_line[i + 1] == u'(' && parseDestination(i + 2, destination)) {
                    if (opener.image)
                        addRole(m_roles, opener.position - 1, opener.position, MarkdownRole::Markup);
                    addRole(m_roles, opener.position, opener.position + 1, MarkdownRole::Markup);
                    addRole(m_roles, opener.position + 1, i, MarkdownRole::LinkText);
                    addRole(m_roles, i, i + 2, MarkdownRole::Markup);
                    addRole(m_roles, destination.urlStart, destination.urlEnd, MarkdownRole::LinkUrl);
                    if (destination.titleEnd > destination.titleStart)
                        addRole(m_roles, destination.titleStart, destination.titleEnd, MarkdownRole::LinkUrl);
                    addRole(m_roles, destination.close, destination.close + 1, MarkdownRole::Markup);
                    m_linkTexts.append({opener.position + 1, i});
                    protect(i, destination.close + 1);
                    if (!opener.image) {
                        for (Opener &outer : openers)
                            outer.active = false;
                    }
                    i = destination.close + 1;
                    continue;
                }
            }
            ++i;
        }
    }

    struct Destination
    {
        qsizetype urlStart = 0;
        qsizetype urlEnd = 0;
        qsizetype titleStart = 0;
        qsizetype titleEnd = 0;
        qsizetype close = 0; ///< The closing ')'.
    };

    bool parseDestination(qsizetype from, Destination &destination) const
    {
        qsizetype p = indentation(m_line.first(m_to), from).end;
        if (p < m_to && m_line[p] == u'<') {
            qsizetype q = p + 1;
            while (q < m_to && m_line[q] != u'>' && m_line[q] != u'<')
                q += (m_line[q] == u'\\' && q + 1 < m_to) ? 2 : 1;
            if (q >= m_to || m_line[q] != u'>')
                return false;
            destination.urlStart = p;
            destination.urlEnd = q + 1;
            p = q + 1;
        } else {
            destination.urlStart = p;
            int depth = 0;
            while (p < m_to) {
                const QChar c = m_line[p];
                if (c == u'\\' && p + 1 < m_to) {
                    p += 2;
                    continue;
                }
                if (c.isSpace() || c.unicode() < 0x20)
                    break;
                if (c == u'(') {
                    ++depth;
                } else if (c == u')') {
                    if (depth == 0)
                        break;
                    --depth;
                }
                ++p;
            }
            if (depth != 0)
                return false;
            destination.urlEnd = p;
        }
        const qsizetype afterUrl = p;
        p = indentation(m_line.first(m_to), p).end;
        destination.titleStart = destination.titleEnd = p;
        if (p < m_to && p > afterUrl && (m_line[p] == u'"' || m_line[p] == u'\'' || m_line[p] == u'(')) {
            const QChar close = m_line[p] == u'(' ? QChar(u')') : m_line[p];
            qsizetype q = p + 1;
            while (q < m_to && m_line[q] != close)
                q += (m_line[q] == u'\\' && q + 1 < m_to) ? 2 : 1;
            if (q >= m_to)
                return false;
            destination.titleEnd = q + 1;
            p = indentation(m_line.first(m_to), q + 1).end;
        }
        if (p >= m_to || m_line[p] != u')')
            return false;
        destination.close = p;
        return true;
    }

    // GitHub's extended autolinks: http://, https:// and www. addresses in running text.
    void scanBareUrls()
    {
        qsizetype i = m_from;
        while (i < m_to) {
            if (isProtected(i) || linkTextAt(i) >= 0 || !startsBareUrl(i)) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < m_to && !isProtected(end) && !m_line[end].isSpace() && m_line[end] != u'<')
                ++end;
            end = trimBareUrl(i, end);
            addRole(m_roles, i, end, MarkdownRole::LinkUrl);
            protect(i, end);
            i = end;
        }
    }

    bool startsBareUrl(qsizetype i) const
    {
        if (i > m_from) {
            const QChar before = m_line[i - 1];
            if (!before.isSpace() && before != u'*' && before != u'_' && before != u'~' && before != u'(')
                return false;
        }
        const QStringView rest = m_line.sliced(i, m_to - i);
        qsizetype prefix = 0;
        for (const QStringView scheme : {QStringView(u"https://"), QStringView(u"http://"), QStringView(u"www.")}) {
            if (rest.startsWith(scheme, Qt::CaseInsensitive)) {
                prefix = scheme.size();
                break;
            }
        }
        // A domain must follow.
        return prefix > 0 && prefix < rest.size() && (rest[prefix].isLetterOrNumber() || rest[prefix] == u'_' || rest[prefix] == u'-');
    }

    qsizetype trimBareUrl(qsizetype start, qsizetype end) const
    {
        while (end > start) {
            const QChar last = m_line[end - 1];
            if (QStringView(u"?!.,:*_~'\";").contains(last)) {
                --end;
            } else if (last == u')') {
                const QStringView url = m_line.sliced(start, end - start);
                if (url.count(u')') <= url.count(u'('))
                    break;
                --end;
            } else {
                break;
            }
        }
        return end;
    }

    // CommonMark's delimiter-run algorithm for `*` and `_`, and GitHub's `~~` strike-through.
    void scanEmphasis()
    {
        QVarLengthArray<Delimiter, 32> delimiters;
        qsizetype i = m_from;
        while (i < m_to) {
            const QChar c = m_line[i];
            if (isProtected(i) || (c != u'*' && c != u'_' && c != u'~')) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < m_to && m_line[end] == c && !isProtected(end))
                ++end;
            const int length = int(end - i);
            if (c != u'~' || length == 2)
                delimiters.append(delimiterRun(i, length, c));
            i = end;
        }
        if (delimiters.size() < 2)
            return;
        for (int group = -1; group < int(m_linkTexts.size()); ++group)
            processEmphasis(delimiters, group);
    }

    Delimiter delimiterRun(qsizetype start, int length, QChar c) const
    {
        const char32_t before = codePointBefore(m_line, start);
        const char32_t after = codePointAt(m_line, start + length);
        const bool leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
        const bool rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
        Delimiter run;
        run.position = start;
        run.length = run.remaining = length;
        run.character = c;
        if (c == u'_') {
            // Intraword underscores (snake_case) neither open nor close.
            run.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            run.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        } else {
            run.canOpen = leftFlanking;
            run.canClose = rightFlanking;
        }
        run.group = linkTextAt(start);
        return run;
    }

    void processEmphasis(QVarLengthArray<Delimiter, 32> &all, int group)
    {
        QVarLengthArray<Delimiter *, 32> delimiters;
        for (Delimiter &delimiter : all) {
            if (delimiter.group == group)
                delimiters.append(&delimiter);
        }
        // The lowest index worth searching for an opener, per character, closer-can-open and length mod 3.
        std::array<int, 18> openersBottom;
        openersBottom.fill(-1);
        const auto bottomIndex = [](const Delimiter &closer) {
            const int character = closer.character == u'*' ? 0 : closer.character == u'_' ? 1 : 2;
            return character * 6 + (closer.canOpen ? 3 : 0) + closer.length % 3;
        };

        for (int c = 0; c < int(delimiters.size()); ++c) {
            Delimiter &closer = *delimiters[c];
            while (closer.canClose && closer.remaining > 0) {
                int o = c - 1;
                for (; o > openersBottom[bottomIndex(closer)]; --o) {
                    const Delimiter &opener = *delimiters[o];
                    if (opener.character != closer.character || !opener.canOpen || opener.remaining == 0)
                        continue;
                    // The rule of three: `*foo**bar*` is one emphasis, not two.
                    const bool oddMatch =
                        (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 == 0 && !(opener.length % 3 == 0 && closer.length % 3 == 0);
                    if (closer.character != u'~' && oddMatch)
                        continue;
                    break;
                }
                if (o <= openersBottom[bottomIndex(closer)]) {
                    openersBottom[bottomIndex(closer)] = c - 1;
                    break;
                }
                Delimiter &opener = *delimiters[o];
                const int used = closer.character == u'~' ? 2 : (opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1);
                const qsizetype openEnd = opener.position + opener.remaining;
                const qsizetype closeStart = closer.position + (closer.length - closer.remaining);
                const MarkdownRole role = closer.character == u'~' ? MarkdownRole::Strikethrough : used == 2 ? MarkdownRole::Strong : MarkdownRole::Emphasis;
                addRole(m_roles, openEnd - used, closeStart + used, role);
                addRole(m_roles, openEnd - used, openEnd, MarkdownRole::Markup);
                addRole(m_roles, closeStart, closeStart + used, MarkdownRole::Markup);
                opener.remaining -= used;
                closer.remaining -= used;
                for (int between = o + 1; between < c; ++between)
                    delimiters[between]->remaining = 0;
            }
        }
    }

    QStringView m_line;
    qsizetype m_from;
    qsizetype m_to;
    MarkdownRoleBuffer &m_roles;
    QVarLengthArray<bool, 256> m_protected;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 4> m_linkTexts; ///< [start, end) of each link's text.
};

void scanInline(QStringView line, qsizetype from, qsizetype to, MarkdownRoleBuffer &roles)
{
    InlineScanner(line, from, to, roles).scan();
}

// ---- Block structure --------------------------------------------------------------------------------------------

/// `[label]: destination "title"` — a link reference definition, all on one line.
bool scanLinkReferenceDefinition(QStringView line, qsizetype first, MarkdownRoleBuffer &roles)
{
    const qsizetype n = line.size();
    if (line[first] != u'[')
        return false;
    qsizetype close = first + 1;
    while (close < n && line[close] != u']') {
        if (line[close] == u'[')
            return false;
        close += (line[close] == u'\\' && close + 1 < n) ? 2 : 1;
    }
    if (close >= n || close + 1 >= n || line[close + 1] != u':' || isBlankFrom(line.first(close), first + 1))
        return false;
    const qsizetype urlStart = indentation(line, close + 2).end;
    if (urlStart >= n)
        return false;
    qsizetype urlEnd = urlStart;
    if (line[urlStart] == u'<') {
        urlEnd = line.indexOf(u'>', urlStart);
        if (urlEnd < 0)
            return false;
        ++urlEnd;
    } else {
        while (urlEnd < n && !isSpaceOrTab(line[urlEnd]))
            ++urlEnd;
    }
    const qsizetype titleStart = indentation(line, urlEnd).end;
    qsizetype titleEnd = titleStart;
    if (titleStart < n) {
        const QChar open = line[titleStart];
        if (titleStart == urlEnd || (open != u'"' && open != u'\'' && open != u'('))
            return false;
        const QChar closeChar = open == u'(' ? QChar(u')') : open;
        titleEnd = trimmedEnd(line, titleStart, n);
        if (titleEnd - titleStart < 2 || line[titleEnd - 1] != closeChar)
            return false;
    }
    addRole(roles, first, first + 1, MarkdownRole::Markup);
    addRole(roles, first + 1, close, MarkdownRole::LinkText);
    addRole(roles, close, close + 2, MarkdownRole::Markup);
    addRole(roles, urlStart, urlEnd, MarkdownRole::LinkUrl);
    addRole(roles, titleStart, titleEnd, MarkdownRole::LinkUrl);
    return true;
}

/// Marks a list item's marker (and task box) and returns where its content starts, or -1 if the line at
/// `first` is not a list item. A list item that interrupts a paragraph must not be empty, and if
/// ordered must start at 1, so that a sentence wrapped before "2014." stays a sentence.
qsizetype scanListItem(QStringView line, qsizetype first, bool interruptsParagraph, MarkdownRoleBuffer &roles)
{
    const qsizetype n = line.size();
    const QChar c = line[first];
    qsizetype markerEnd = -1;
    bool startsAtOne = true;
    if (c == u'-' || c == u'*' || c == u'+') {
        markerEnd = first + 1;
    } else if (isAsciiDigit(c)) {
        qsizetype digitsEnd = first;
        while (digitsEnd < n && isAsciiDigit(line[digitsEnd]))
            ++digitsEnd;
        if (digitsEnd - first > 9 || digitsEnd >= n || (line[digitsEnd] != u'.' && line[digitsEnd] != u')'))
            return -1;
        startsAtOne = line.sliced(first, digitsEnd - first) == u"1";
        markerEnd = digitsEnd + 1;
    }
    if (markerEnd < 0 || (markerEnd < n && !isSpaceOrTab(line[markerEnd])))
        return -1;
    if (interruptsParagraph && (isBlankFrom(line, markerEnd) || !startsAtOne))
        return -1;

    addRole(roles, first, markerEnd, MarkdownRole::ListMarker);
    qsizetype content = indentation(line, markerEnd).end;
    // A task box: `[ ]`, `[x]` or `[X]`, then a space or the end of the line.
    if (content + 2 < n && line[content] == u'[' && line[content + 2] == u']' &&
        (line[content + 1] == u' ' || line[content + 1] == u'x' || line[content + 1] == u'X') && (content + 3 == n || isSpaceOrTab(line[content + 3]))) {
        addRole(roles, content, content + 3, MarkdownRole::ListMarker);
        content = indentation(line, content + 3).end;
    }
    return content;
}

bool isThematicBreak(QStringView line, qsizetype first)
{
    const QChar c = line[first];
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    int count = 0;
    for (qsizetype i = first; i < line.size(); ++i) {
        if (line[i] == c)
            ++count;
        else if (!isSpaceOrTab(line[i]))
            return false;
    }
    return count >= 3;
}

/// Marks an ATX heading (`#` to `######`, then a space or the end of the line); false if it is not one.
bool scanAtxHeading(QStringView line, qsizetype first, MarkdownRoleBuffer &roles)
{
    const qsizetype n = line.size();
    const qsizetype level = runLength(line, first, u'#');
    if (level < 1 || level > 6 || (first + level < n && !isSpaceOrTab(line[first + level])))
        return false;
    addRole(roles, first, n, MarkdownRole::Heading);
    addRole(roles, first, first + level, MarkdownRole::Markup);
    const qsizetype contentStart = indentation(line, first + level).end;
    qsizetype contentEnd = trimmedEnd(line, contentStart, n);
    // An optional closing sequence of '#', after a space.
    qsizetype closing = contentEnd;
    while (closing > contentStart && line[closing - 1] == u'#')
        --closing;
    if (closing < contentEnd && (closing == contentStart || isSpaceOrTab(line[closing - 1]))) {
        addRole(roles, closing, contentEnd, MarkdownRole::Markup);
        contentEnd = trimmedEnd(line, contentStart, closing);
    }
    scanInline(line, contentStart, contentEnd, roles);
    return true;
}

/// The `>` markers at the start of a line: how many, and where the text after them (and one space) starts.
struct QuoteMarkers
{
    int depth = 0;
    qsizetype end = 0;
};

QuoteMarkers scanQuoteMarkers(QStringView line, int maxDepth, bool anyIndentation, MarkdownRoleBuffer &roles)
{
    QuoteMarkers markers;
    while (markers.depth < maxDepth) {
        const Indentation indent = indentation(line, markers.end);
        if (indent.end >= line.size() || line[indent.end] != u'>' || (indent.columns > 3 && !anyIndentation))
            break;
        addRole(roles, indent.end, indent.end + 1, MarkdownRole::Markup);
        ++markers.depth;
        markers.end = indent.end + 1;
        if (markers.end < line.size() && isSpaceOrTab(line[markers.end]))
            ++markers.end;
    }
    if (markers.depth > 0)
        addRole(roles, 0, line.size(), MarkdownRole::BlockQuote);
    return markers;
}

} // namespace

int MarkdownBlockState::encode() const
{
    // 3 bits kind, then flags and the fence's shape; always below 2^24, so never negative.
    return int(kind) | (inList ? 1 << 3 : 0) | (inFence ? 1 << 4 : 0) | (tildeFence ? 1 << 5 : 0) | (std::min(fenceLength, 63) << 6) |
        (std::min(fenceIndent, 63) << 12) | (std::min(fenceQuoteDepth, 15) << 18) | (setextText ? 1 << 22 : 0) | (quoteParagraph ? 1 << 23 : 0);
}

MarkdownBlockState MarkdownBlockState::decode(int userState)
{
    MarkdownBlockState state;
    if (userState < 0)
        return state;
    state.kind = static_cast<LineKind>(userState & 0x7);
    state.inList = userState & (1 << 3);
    state.inFence = userState & (1 << 4);
    state.tildeFence = userState & (1 << 5);
    state.fenceLength = (userState >> 6) & 0x3f;
    state.fenceIndent = (userState >> 12) & 0x3f;
    state.fenceQuoteDepth = (userState >> 18) & 0xf;
    state.setextText = userState & (1 << 22);
    state.quoteParagraph = userState & (1 << 23);
    return state;
}

bool isSetextUnderline(QStringView line)
{
    const Indentation indent = indentation(line, 0);
    if (indent.columns > 3 || indent.end >= line.size() || (line[indent.end] != u'=' && line[indent.end] != u'-'))
        return false;
    return isBlankFrom(line, indent.end + runLength(line, indent.end, line[indent.end]));
}

MarkdownLineScan scanMarkdownLine(QStringView line, const MarkdownBlockState &previous, const std::function<QString()> &nextLine, MarkdownRoleBuffer &roles)
{
    const qsizetype n = line.size();
    roles.resize(n);
    std::fill(roles.begin(), roles.end(), MarkdownRoles(0));

    MarkdownLineScan result;
    MarkdownBlockState &state = result.state;
    state = previous;
    state.setextText = false;
    state.quoteParagraph = false;
    LineKind previousKind = previous.kind;

    if (previous.inFence) {
        const QuoteMarkers quote = scanQuoteMarkers(line, previous.fenceQuoteDepth, previous.inList, roles);
        if (quote.depth == previous.fenceQuoteDepth) {
            addRole(roles, quote.end, n, MarkdownRole::CodeBlock);
            state.kind = LineKind::Other;
            const Indentation indent = indentation(line, quote.end);
            const QChar fence = previous.tildeFence ? QChar(u'~') : QChar(u'`');
            const qsizetype run = runLength(line, indent.end, fence);
            if (indent.columns <= previous.fenceIndent + 3 && run >= previous.fenceLength && isBlankFrom(line, indent.end + run)) {
                addRole(roles, indent.end, indent.end + run, MarkdownRole::Markup);
                state.inFence = false;
                state.tildeFence = false;
                state.fenceLength = state.fenceIndent = state.fenceQuoteDepth = 0;
            }
            return result;
        }
        // The quote that held the fence has ended, and the fence with it.
        std::fill(roles.begin(), roles.end(), MarkdownRoles(0));
        state.inFence = false;
        state.tildeFence = false;
        state.fenceLength = state.fenceIndent = state.fenceQuoteDepth = 0;
        previousKind = LineKind::Other;
    }

    const Indentation lineIndent = indentation(line, 0);
    if (lineIndent.end == n) {
        state.kind = LineKind::Blank;
        return result;
    }
    if (lineIndent.columns >= 4 && !previous.inList && canStartIndentedCode(previousKind)) {
        addRole(roles, 0, n, MarkdownRole::CodeBlock);
        state.kind = LineKind::IndentedCode;
        return result;
    }

    // A list ends at a line that is not indented into it, after a blank line or when the line starts a block.
    const auto leaveListIfUnindented = [&](bool startsBlock) {
        if (state.inList && lineIndent.columns < 2 && (previousKind == LineKind::Blank || startsBlock))
            state.inList = false;
    };

    const QuoteMarkers quote = scanQuoteMarkers(line, 15, previous.inList, roles);
    const Indentation indent = indentation(line, quote.end);
    const qsizetype first = indent.end;
    if (first == n) {
        state.kind = LineKind::Blank;
        leaveListIfUnindented(true);
        return result;
    }
    if (quote.depth > 0 && indent.columns >= 4 && canStartIndentedCode(previousKind)) {
        addRole(roles, quote.end, n, MarkdownRole::CodeBlock);
        state.kind = LineKind::IndentedCode;
        leaveListIfUnindented(true);
        return result;
    }

    const bool inContainer = quote.depth > 0 || previousKind == LineKind::ContainerText || (previous.inList && lineIndent.columns >= 2);
    const auto paragraph = [&](qsizetype from) {
        scanInline(line, from, n, roles);
        state.kind = inContainer ? LineKind::ContainerText : LineKind::Paragraph;
        // A line without `>` right after quoted text still belongs to the quote (a lazy continuation line).
        state.quoteParagraph = quote.depth > 0 || (previous.quoteParagraph && previousKind == LineKind::ContainerText);
        if (quote.depth == 0 && state.quoteParagraph)
            addRole(roles, 0, n, MarkdownRole::BlockQuote);
        leaveListIfUnindented(quote.depth > 0);
        if (state.kind == LineKind::Paragraph && nextLine) {
            const QString next = nextLine();
            if (!next.isNull() && isSetextUnderline(next)) {
                addRole(roles, from, trimmedEnd(line, from, n), MarkdownRole::Heading);
                state.setextText = true;
            }
        }
    };

    // Deeper than three columns (and not code): the text continues the paragraph above.
    if (indent.columns > 3 && !previous.inList) {
        paragraph(first);
        return result;
    }

    const QChar c = line[first];
    if (c == u'`' || c == u'~') {
        const qsizetype run = runLength(line, first, c);
        if (run >= 3 && (c == u'~' || !line.sliced(first + run).contains(u'`'))) {
            addRole(roles, quote.end, n, MarkdownRole::CodeBlock);
            addRole(roles, first, first + run, MarkdownRole::Markup);
            state.kind = LineKind::Other;
            state.inFence = true;
            state.tildeFence = c == u'~';
            state.fenceLength = int(run);
            state.fenceIndent = indent.columns;
            state.fenceQuoteDepth = quote.depth;
            leaveListIfUnindented(true);
            return result;
        }
    }
    if (c == u'#' && scanAtxHeading(line, first, roles)) {
        state.kind = LineKind::Other;
        leaveListIfUnindented(true);
        return result;
    }
    if (previousKind == LineKind::Paragraph && quote.depth == 0 && isSetextUnderline(line)) {
        addRole(roles, first, trimmedEnd(line, first, n), MarkdownRole::Heading);
        addRole(roles, first, trimmedEnd(line, first, n), MarkdownRole::Markup);
        state.kind = LineKind::Other;
        result.setextUnderline = true;
        return result;
    }
    if (isThematicBreak(line, first)) {
        addRole(roles, first, trimmedEnd(line, first, n), MarkdownRole::HorizontalRule);
        state.kind = LineKind::Other;
        leaveListIfUnindented(true);
        return result;
    }
    const qsizetype itemContent = scanListItem(line, first, previousKind == LineKind::Paragraph, roles);
    if (itemContent >= 0) {
        scanInline(line, itemContent, n, roles);
        state.kind = LineKind::ContainerText;
        state.inList = true;
        return result;
    }
    if (previousKind != LineKind::Paragraph && previousKind != LineKind::ContainerText && scanLinkReferenceDefinition(line, first, roles)) {
        state.kind = LineKind::Other;
        leaveListIfUnindented(true);
        return result;
    }
    paragraph(first);
    return result;
}

} // namespace mosaic
