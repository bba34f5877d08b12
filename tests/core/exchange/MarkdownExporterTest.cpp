// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/MarkdownExporter.h"

#include "WriterFixtures.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>

using namespace mosaic;
using namespace WriterFixtures;
using namespace Qt::Literals::StringLiterals;

namespace {

qsizetype lineIndex(const QString &markdown, const QString &line)
{
    const QStringList lines = markdown.split(u'\n');
    return lines.indexOf(line);
}

} // namespace

TEST_CASE("The Markdown of a full journal matches the reference file", "[exchange][markdown][reference]")
{
    checkAgainstReference(writeJournalMarkdown(sampleJournal()).toUtf8(), u"writer-full-journal.md"_s);
}

TEST_CASE("The document has a title and a section for each part of the journal", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    CHECK(markdown.startsWith(u"# My Mosaic journal\n\n*Exported on 29 March 2026 from Mosaic 0.1.0.*\n\n"_s));
    CHECK(markdown.endsWith(u'\n'));
    CHECK_FALSE(markdown.endsWith(u"\n\n"_s));
    QList<qsizetype> positions;
    for (const QString &heading : {u"## Mission and values"_s, u"## Strengths"_s, u"## Reflections"_s, u"## Small brave steps"_s, u"## Wins"_s, u"## Rituals"_s,
                                   u"## Circles"_s, u"## People"_s, u"## Time together"_s}) {
        INFO(heading.toStdString());
        positions.append(lineIndex(markdown, heading));
        CHECK(positions.last() > 0);
    }
    CHECK(std::is_sorted(positions.cbegin(), positions.cend()));
    CHECK(lineIndex(markdown, u"### Patience"_s) > 0);
    CHECK(lineIndex(markdown, u"### February 2026"_s) < lineIndex(markdown, u"### March 2026"_s));
}

TEST_CASE("Ids are resolved to names and never shown", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    CHECK_FALSE(markdown.contains(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-"_s)));
    // The incident's circle and people, with a name escaped for Markdown.
    CHECK(markdown.contains(u"*Left out \u00b7 Book club \u00b7 with Alex, Sam\\_the\\_Great*"_s));
    CHECK(markdown.contains(u"#### Whom to ask for perspective\n\nAlex\n"_s));
    CHECK(markdown.contains(u"- **Inner ring**: Alex\n- **Middle ring**: Sam\\_the\\_Great\n"_s));
    CHECK(markdown.contains(u"Patience, Humour \u00b7 after \u201cNot invited to \\*the\\* barbecue \\#2\u201d"_s));
    CHECK(markdown.contains(u"**20 March 2026**, Alex, Book club: felt good. Talked about the book *and* life."_s));
}

TEST_CASE("Deleted records are left out", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    CHECK_FALSE(markdown.contains(u"Vanished"_s, Qt::CaseInsensitive));
    CHECK_FALSE(markdown.contains(u"vanished"_s));
    // Sam left the old team: the membership is a tombstone, so the ring list is empty.
    const qsizetype team = markdown.indexOf(u"### Old \\[team\\] \\#1"_s);
    REQUIRE(team > 0);
    CHECK_FALSE(markdown.mid(team, markdown.indexOf(u"## People"_s) - team).contains(u"Sam"_s));
}

TEST_CASE("Reframes sit under their own incident", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    const qsizetype barbecue = markdown.indexOf(u"### 15 March 2026: Not invited to \\*the\\* barbecue \\#2"_s);
    const qsizetype talk = markdown.indexOf(u"### 2 March 2026: Speak up once at the meetup"_s);
    REQUIRE(barbecue > 0);
    REQUIRE(talk > barbecue); // the exposure is in its own, later section
    const qsizetype theirSide = markdown.indexOf(u"They planned it in a hurry"_s);
    const qsizetype kindness = markdown.indexOf(u"It makes sense that this stings.\n\n  I would say the same to a friend."_s);
    const qsizetype evidence = markdown.indexOf(u"Shaking and speaking can happen together."_s);
    CHECK(theirSide > barbecue);
    CHECK(theirSide < talk);
    CHECK(kindness > theirSide);
    CHECK(kindness < talk);
    CHECK(evidence > talk);
    CHECK(markdown.contains(u"- **Their side** \u00b7 70% believable\n"_s));
    CHECK(markdown.contains(u"- **Self-compassion**\n"_s));
}

TEST_CASE("A reflection shows its steps in human words", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    CHECK(markdown.contains(u"#### Thinking patterns I noticed\n\n- Mind reading\n- Overgeneralizing\n"_s));
    CHECK(markdown.contains(u"- Hurt: 70 \u2192 30\n- Shame: 50\n- a knot in my stomach: 40 \u2192 10\n"_s));
    CHECK(markdown.contains(u"How strongly I believed it: 80% \u2192 35%."_s));
    CHECK(markdown.contains(u"- Timing\n- Their own worries\n"_s));
    CHECK(markdown.contains(u"- [x] Ask Alex how the barbecue was planned (by 20 March 2026)\n"_s));
    CHECK(markdown.contains(u"- [ ] Ask two questions next time\n"_s));
    CHECK(markdown.contains(u"Anxiety I expected: 60%."_s));
    CHECK(markdown.contains(u"Anxiety I actually felt: 30%."_s));
    // Free text is the person's Markdown and goes in as written.
    CHECK(markdown.contains(u"- Alex asked me to lunch last week\n- Sam lent me a book\n"_s));
    CHECK(markdown.contains(u"Meets every *second* Tuesday."_s));
}

TEST_CASE("Rituals show their schedule and target", "[exchange][markdown]")
{
    const QString markdown = writeJournalMarkdown(sampleJournal());
    CHECK(markdown.contains(u"*Strengths reflection \u00b7 every day \u00b7 check it off \u00b7 since 1 January 2026*"_s));
    CHECK(markdown.contains(u"*Breathing \u00b7 on Monday, Wednesday, Friday \u00b7 goal: 20 minutes \u00b7 since 5 January 2026*"_s));
    CHECK(markdown.contains(u"*Weekly letter \u00b7 3 times a week \u00b7 goal: 2.5 \u00b7 since 6 January 2026*"_s));
    CHECK(markdown.contains(u"- **28 March 2026**: Patience, with my sister.\n"_s));
}

TEST_CASE("An empty journal is a short, friendly document", "[exchange][markdown]")
{
    Journal journal;
    journal.exportedAt = utc(u"2026-03-29T23:30:00Z");
    const QString markdown = writeJournalMarkdown(journal);
    CHECK(markdown.startsWith(u"# My Mosaic journal\n\n*Exported on 29 March 2026.*\n\n"_s));
    CHECK_FALSE(markdown.contains(u"##"_s));
    CHECK(markdown.endsWith(u".\n"_s));
}
