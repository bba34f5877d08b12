// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchIndex.h"
#include "common/InputLimits.h"
#include "storage/Database.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>

using namespace mosaic;

namespace {

QString stamp()
{
    return QStringLiteral("2026-03-01T10:00:00.000Z");
}

// An in-memory journal with helpers that write records the way the stores do: plain SQL, the triggers index them.
class Journal
{
public:
    Journal()
    {
        auto opened = Database::openInMemory();
        if (!opened)
            FAIL("Opening an in-memory journal failed: " << opened.failure().message.toStdString());
        m_database = std::move(opened).value();
    }

    QSqlDatabase connection() const { return m_database->connection(); }

    void exec(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(connection());
        REQUIRE(query.prepare(statement));
        for (const QVariant &value : values) {
            // A null QString binds as SQL NULL; the text columns want '' for "absent".
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
        }
        if (!query.exec())
            FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    }

    void addIncident(const QString &id, const QString &title, const QString &situation = {}) const
    {
        exec(QStringLiteral("INSERT INTO incidents(id, created_at, updated_at, occurred_at, kind, title, situation) VALUES (?, ?, ?, ?, 'rejection', ?, ?)"),
             {id, stamp(), stamp(), stamp(), title, situation});
    }
    void addReframe(const QString &id, const QString &incidentId, const QString &text) const
    {
        exec(QStringLiteral("INSERT INTO reframes(id, created_at, updated_at, incident_id, text, kind) VALUES (?, ?, ?, ?, ?, 'balanced')"),
             {id, stamp(), stamp(), incidentId, text});
    }
    void addWin(const QString &id, const QString &text) const
    {
        exec(QStringLiteral("INSERT INTO wins(id, created_at, updated_at, date, text) VALUES (?, ?, ?, '2026-03-01', ?)"), {id, stamp(), stamp(), text});
    }
    void addStrength(const QString &id, const QString &name, const QString &description = {}) const
    {
        exec(QStringLiteral("INSERT INTO strengths(id, created_at, updated_at, name, description) VALUES (?, ?, ?, ?, ?)"),
             {id, stamp(), stamp(), name, description});
    }
    void addHabit(const QString &id) const
    {
        exec(QStringLiteral("INSERT INTO habits(id, created_at, updated_at, name, schedule_type, start_date) VALUES (?, ?, ?, 'Habit', 'daily', '2026-01-01')"),
             {id, stamp(), stamp()});
    }
    void addCheckIn(const QString &habitId, const QString &date, const QString &note) const
    {
        exec(QStringLiteral("INSERT INTO check_ins(habit_id, date, status, note, updated_at) VALUES (?, ?, 'done', ?, ?)"), {habitId, date, note, stamp()});
    }
    void addPerson(const QString &id, const QString &name, const QString &notes = {}) const
    {
        exec(QStringLiteral("INSERT INTO people(id, created_at, updated_at, name, notes) VALUES (?, ?, ?, ?, ?)"), {id, stamp(), stamp(), name, notes});
    }
    void addCircle(const QString &id, const QString &name, const QString &notes = {}) const
    {
        exec(QStringLiteral("INSERT INTO circles(id, created_at, updated_at, name, kind, notes) VALUES (?, ?, ?, ?, 'friends', ?)"),
             {id, stamp(), stamp(), name, notes});
    }

    QList<SearchHit> search(const QString &query, const SearchOptions &options = {}) const
    {
        auto hits = searchJournal(connection(), query, options);
        if (!hits)
            FAIL("Searching for " << query.toStdString() << " failed: " << hits.failure().message.toStdString());
        return std::move(hits).value();
    }

    QStringList ids(const QString &query, const SearchOptions &options = {}) const
    {
        QStringList result;
        for (const SearchHit &hit : search(query, options))
            result.append(hit.id);
        return result;
    }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_CASE("toFtsQuery quotes each word, adds a prefix star and ANDs the words", "[search]")
{
    CHECK(toFtsQuery(QStringLiteral("rejection")) == QStringLiteral(R"q("rejection"*)q"));
    CHECK(toFtsQuery(QStringLiteral("  boss \t party\n")) == QStringLiteral(R"q("boss"* AND "party"*)q"));
    CHECK(toFtsQuery(QStringLiteral("Résumé")) == QStringLiteral(R"q("Résumé"*)q"));
}

TEST_CASE("toFtsQuery treats every FTS5 syntax character as text", "[search]")
{
    CHECK(toFtsQuery(QStringLiteral(R"q(say "hi")q")) == QStringLiteral(R"q("say"* AND """hi""")q"));
    CHECK(toFtsQuery(QStringLiteral(R"q(ab"cd)q")) == QStringLiteral(R"q("ab""cd")q"));
    CHECK(toFtsQuery(QStringLiteral("rej*")) == QStringLiteral(R"q("rej*"*)q"));
    CHECK(toFtsQuery(QStringLiteral("(boss OR party)")) == QStringLiteral(R"q("(boss"* AND "OR" AND "party)"*)q"));
    CHECK(toFtsQuery(QStringLiteral("NEAR(boss party)")) == QStringLiteral(R"q("NEAR(boss"* AND "party)"*)q"));
    CHECK(toFtsQuery(QStringLiteral("boss AND NOT party")) == QStringLiteral(R"q("boss"* AND "AND"* AND "NOT"* AND "party"*)q"));
    CHECK(toFtsQuery(QStringLiteral("-boss")) == QStringLiteral(R"q("-boss"*)q"));
    CHECK(toFtsQuery(QStringLiteral("title:boss")) == QStringLiteral(R"q("title:boss"*)q"));
    CHECK(toFtsQuery(QStringLiteral("{title}:boss")) == QStringLiteral(R"q("{title}:boss"*)q"));
    CHECK(toFtsQuery(QStringLiteral("^boss +party")) == QStringLiteral(R"q("^boss"* AND "+party"*)q"));
    CHECK(toFtsQuery(QStringLiteral("boss'")) == QStringLiteral(R"q("boss'"*)q"));
}

TEST_CASE("toFtsQuery drops words without letters or digits and stars no prefix shorter than three", "[search]")
{
    CHECK(toFtsQuery(QString()).isEmpty());
    CHECK(toFtsQuery(QStringLiteral("   ")).isEmpty());
    CHECK(toFtsQuery(QStringLiteral(R"q(" * ( ) - : ^ + { } "" ***)q")).isEmpty());
    CHECK(toFtsQuery(QStringLiteral("boss - party")) == QStringLiteral(R"q("boss"* AND "party"*)q"));
    CHECK(toFtsQuery(QStringLiteral("I")) == QStringLiteral(R"q("I")q"));
    CHECK(toFtsQuery(QStringLiteral("don't")) == QStringLiteral(R"q("don't")q"));
    CHECK(toFtsQuery(QStringLiteral("plan b.")) == QStringLiteral(R"q("plan"* AND "b.")q"));
    CHECK(toFtsQuery(QStringLiteral("42")) == QStringLiteral(R"q("42")q"));
    CHECK(toFtsQuery(QStringLiteral("re")) == QStringLiteral(R"q("re")q"));
    CHECK(toFtsQuery(QStringLiteral("rej")) == QStringLiteral(R"q("rej"*)q"));
    // Control characters separate words; they never reach the query.
    CHECK(toFtsQuery(u"boss" + QChar(0) + u"party") == QStringLiteral(R"q("boss"* AND "party"*)q"));
    // Characters beyond the Basic Multilingual Plane: an emoji is no word, a letter such as 𝒜 is.
    CHECK(toFtsQuery(QStringLiteral("😀 🎉")).isEmpty());
    CHECK(toFtsQuery(QStringLiteral("😀boss 𝒜bc")) == QStringLiteral(R"q("😀boss"* AND "𝒜bc"*)q"));
    // An accent typed as a combining mark is composed first.
    CHECK(toFtsQuery(QStringLiteral("cafe\u0301")) == QStringLiteral(R"q("café"*)q"));
}

TEST_CASE("A query of punctuation only is bad input", "[search]")
{
    Journal journal;
    const QString query = GENERATE(QString(), QStringLiteral("   "), QStringLiteral("?!"), QStringLiteral(R"q(" * ( - : ")q"), QStringLiteral("— …"));
    const auto hits = searchJournal(journal.connection(), query);
    REQUIRE_FALSE(hits.ok());
    CHECK(hits.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(hits.failure().message.isEmpty());
}

TEST_CASE("FTS5 syntax in a query can neither break nor change it", "[search]")
{
    Journal journal;
    journal.addWin(QStringLiteral("w-1"), QStringLiteral("Asked my boss for feedback, and she said the party plan was great"));
    journal.addWin(QStringLiteral("w-2"), QStringLiteral("Went to the party without the boss"));

    const QString query = GENERATE(QStringLiteral(R"q(boss")q"), QStringLiteral(R"q("boss)q"), QStringLiteral("boss*"), QStringLiteral("(boss"),
                                   QStringLiteral("boss)"), QStringLiteral("-boss"), QStringLiteral("+boss"), QStringLiteral("^boss"), QStringLiteral("boss:"),
                                   QStringLiteral("{boss}"), QStringLiteral("boss -"), QStringLiteral("boss :"), QStringLiteral("boss *"));
    CAPTURE(query);
    QStringList ids = journal.ids(query);
    ids.sort();
    CHECK(ids == QStringList{QStringLiteral("w-1"), QStringLiteral("w-2")});
}

TEST_CASE("FTS5 operators in a query are words like any other", "[search]")
{
    Journal journal;
    journal.addWin(QStringLiteral("w-1"), QStringLiteral("Asked my boss for feedback, and she said the party plan was great"));
    journal.addWin(QStringLiteral("w-2"), QStringLiteral("Went to the party without the boss"));

    // Every word must appear as text: NOT, OR and NEAR are not operators, and AND is the word "and".
    CHECK(journal.ids(QStringLiteral("boss NOT party")).isEmpty());
    CHECK(journal.ids(QStringLiteral("boss OR nothing")).isEmpty());
    CHECK(journal.ids(QStringLiteral("NEAR(boss party)")).isEmpty());
    CHECK(journal.ids(QStringLiteral("boss AND feedback")) == QStringList{QStringLiteral("w-1")});
    CHECK(journal.ids(QStringLiteral("boss AND without")) == QStringList{});
    CHECK(journal.ids(QStringLiteral("party -boss")).size() == 2);
    CHECK(journal.ids(QStringLiteral("body:boss")).isEmpty());
}

TEST_CASE("Every record type is found, with its id", "[search]")
{
    Journal journal;
    journal.addIncident(QStringLiteral("incident-1"), QStringLiteral("Left out of the lunch"), QStringLiteral("alpha happened at work"));
    journal.addReframe(QStringLiteral("reframe-1"), QStringLiteral("incident-1"), QStringLiteral("bravo: they may simply have forgotten"));
    journal.addWin(QStringLiteral("win-1"), QStringLiteral("charlie: spoke up in the meeting"));
    journal.addStrength(QStringLiteral("strength-1"), QStringLiteral("Delta courage"));
    journal.addHabit(QStringLiteral("habit-1"));
    journal.addCheckIn(QStringLiteral("habit-1"), QStringLiteral("2026-03-02"), QStringLiteral("echo: grateful for the walk"));
    journal.addCheckIn(QStringLiteral("habit-1"), QStringLiteral("2026-03-03"), QString()); // no note: nothing to find
    journal.addPerson(QStringLiteral("person-1"), QStringLiteral("Foxtrot Müller"));
    journal.addCircle(QStringLiteral("circle-1"), QStringLiteral("Golf club"));

    const auto expect = [&](const QString &query, SearchRecordType type, const QString &id) {
        CAPTURE(query);
        const QList<SearchHit> hits = journal.search(query);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].type == type);
        CHECK(hits[0].id == id);
        CHECK(hits[0].score > 0);
    };
    expect(QStringLiteral("alpha"), SearchRecordType::Incident, QStringLiteral("incident-1"));
    expect(QStringLiteral("bravo"), SearchRecordType::Reframe, QStringLiteral("reframe-1"));
    expect(QStringLiteral("charlie"), SearchRecordType::Win, QStringLiteral("win-1"));
    expect(QStringLiteral("delta"), SearchRecordType::Strength, QStringLiteral("strength-1"));
    expect(QStringLiteral("echo"), SearchRecordType::CheckIn, QStringLiteral("habit-1/2026-03-02"));
    expect(QStringLiteral("foxtrot"), SearchRecordType::Person, QStringLiteral("person-1"));
    expect(QStringLiteral("golf"), SearchRecordType::Circle, QStringLiteral("circle-1"));

    CHECK(allEnumNames<SearchRecordType>() ==
          QStringList{QStringLiteral("incident"), QStringLiteral("reframe"), QStringLiteral("win"), QStringLiteral("strength"), QStringLiteral("checkIn"),
                      QStringLiteral("person"), QStringLiteral("circle")});
    CHECK(enumName(SearchRecordType::CheckIn) == QStringLiteral("checkIn"));
}

TEST_CASE("Search ignores case and diacritics, both ways, and matches word prefixes", "[search]")
{
    Journal journal;
    journal.addWin(QStringLiteral("w-resume"), QStringLiteral("Sent my résumé to three places"));
    journal.addWin(QStringLiteral("w-zurich"), QStringLiteral("Trip to Zürich with the choir"));
    journal.addWin(QStringLiteral("w-plain"), QStringLiteral("Updated the resume template and met a naive beginner in Zurich"));
    journal.addIncident(QStringLiteral("i-1"), QStringLiteral("Feedback"));
    journal.addReframe(QStringLiteral("r-rejection"), QStringLiteral("i-1"), QStringLiteral("A rejection is information, not a verdict"));

    const auto sorted = [&](const QString &query) {
        QStringList ids = journal.ids(query);
        ids.sort();
        return ids;
    };
    const QStringList resumes{QStringLiteral("w-plain"), QStringLiteral("w-resume")};
    const QStringList zurichs{QStringLiteral("w-plain"), QStringLiteral("w-zurich")};
    CHECK(sorted(QStringLiteral("resume")) == resumes);
    CHECK(sorted(QStringLiteral("résumé")) == resumes);
    CHECK(sorted(QStringLiteral("RÉSUMÉ")) == resumes);
    CHECK(sorted(QStringLiteral("zurich")) == zurichs);
    CHECK(sorted(QStringLiteral("ZÜRICH")) == zurichs);
    CHECK(sorted(QStringLiteral("Zür")) == zurichs);
    CHECK(sorted(QStringLiteral("naïve")) == QStringList{QStringLiteral("w-plain")});
    CHECK(sorted(QStringLiteral("rejec")) == QStringList{QStringLiteral("r-rejection")});
    CHECK(sorted(QStringLiteral("REJECTION")) == QStringList{QStringLiteral("r-rejection")});
    CHECK(sorted(QStringLiteral("ejection")).isEmpty()); // prefixes only, not infixes
    CHECK(sorted(QStringLiteral("rejections")).isEmpty());
}

TEST_CASE("A match in a title or name ranks above a match in the text only", "[search]")
{
    Journal journal;
    journal.addIncident(QStringLiteral("i-x"), QStringLiteral("Review"));
    journal.addReframe(QStringLiteral("r-1"), QStringLiteral("i-x"), QStringLiteral("Patience is something I am learning"));
    journal.addWin(QStringLiteral("w-1"), QStringLiteral("Showed patience with my brother"));
    journal.addStrength(QStringLiteral("s-patience"), QStringLiteral("Patience"), QStringLiteral("Waiting calmly for things to unfold over weeks and months"));
    journal.addIncident(QStringLiteral("i-1"), QStringLiteral("Lost my patience at the meeting"), QStringLiteral("The project review went on for hours"));

    const QList<SearchHit> hits = journal.search(QStringLiteral("patience"));
    REQUIRE(hits.size() == 4);
    QStringList top{hits[0].id, hits[1].id};
    top.sort();
    CHECK(top == QStringList{QStringLiteral("i-1"), QStringLiteral("s-patience")});
    for (qsizetype i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].score >= hits[i].score);
}

TEST_CASE("Tombstoned and removed records disappear from search", "[search]")
{
    Journal journal;
    journal.addWin(QStringLiteral("w-1"), QStringLiteral("Volunteered at the library"));
    journal.addWin(QStringLiteral("w-2"), QStringLiteral("Library card renewed"));
    journal.addPerson(QStringLiteral("p-1"), QStringLiteral("Librarian Ada"));
    journal.addHabit(QStringLiteral("h-1"));
    journal.addCheckIn(QStringLiteral("h-1"), QStringLiteral("2026-03-02"), QStringLiteral("Read at the library"));
    REQUIRE(journal.ids(QStringLiteral("librar")).size() == 4);

    journal.exec(QStringLiteral("UPDATE wins SET deleted_at = ? WHERE id = 'w-1'"), {stamp()});
    journal.exec(QStringLiteral("UPDATE people SET deleted_at = ? WHERE id = 'p-1'"), {stamp()});
    journal.exec(QStringLiteral("UPDATE check_ins SET deleted_at = ? WHERE habit_id = 'h-1'"), {stamp()});
    CHECK(journal.ids(QStringLiteral("librar")) == QStringList{QStringLiteral("w-2")});

    // An edit is searchable under its new words only; a restored record comes back.
    journal.exec(QStringLiteral("UPDATE wins SET text = 'Card renewed at the town hall' WHERE id = 'w-2'"));
    CHECK(journal.ids(QStringLiteral("librar")).isEmpty());
    CHECK(journal.ids(QStringLiteral("town hall")) == QStringList{QStringLiteral("w-2")});
    journal.exec(QStringLiteral("UPDATE people SET deleted_at = NULL WHERE id = 'p-1'"));
    CHECK(journal.ids(QStringLiteral("librar")) == QStringList{QStringLiteral("p-1")});
    journal.exec(QStringLiteral("DELETE FROM people WHERE id = 'p-1'"));
    CHECK(journal.ids(QStringLiteral("librar")).isEmpty());
}

TEST_CASE("Snippets wrap each match in the highlight markers", "[search]")
{
    Journal journal;
    journal.addWin(QStringLiteral("w-1"),
                   QStringLiteral("After weeks of waiting I finally heard back, and the rejection letter was kind and specific about what to improve"));

    const QList<SearchHit> hits = journal.search(QStringLiteral("rejec"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.contains(QStringLiteral("**rejection**")));
    CHECK(hits[0].snippet.contains(QStringLiteral("…"))); // cut to about a dozen words
    CHECK(hits[0].snippet.split(u' ').size() <= 14);

    const QList<SearchHit> custom =
        journal.search(QStringLiteral("letter kind"), {.highlightStart = QStringLiteral("<b>"), .highlightEnd = QStringLiteral("</b>")});
    REQUIRE(custom.size() == 1);
    CHECK(custom[0].snippet.contains(QStringLiteral("<b>letter</b>")));
    CHECK(custom[0].snippet.contains(QStringLiteral("<b>kind</b>")));
    CHECK_FALSE(custom[0].snippet.contains(QStringLiteral("**")));
}

TEST_CASE("A hit in a name alone still shows some of the text", "[search]")
{
    Journal journal;
    journal.addStrength(QStringLiteral("s-1"), QStringLiteral("Kindness"), QStringLiteral("Helping a stranger carry her bags up the stairs"));
    journal.addPerson(QStringLiteral("p-1"), QStringLiteral("Kindred Spirit"));
    journal.addIncident(QStringLiteral("i-1"), QStringLiteral("Not invited"),
                        QStringLiteral("Everyone from the choir went to dinner\nand nobody asked me to come along with them"));

    const QList<SearchHit> strength = journal.search(QStringLiteral("kindness"));
    REQUIRE(strength.size() == 1);
    CHECK(strength[0].snippet == QStringLiteral("**Kindness** — Helping a stranger carry her bags up the stairs"));

    const QList<SearchHit> person = journal.search(QStringLiteral("spirit"));
    REQUIRE(person.size() == 1);
    CHECK(person[0].snippet == QStringLiteral("Kindred **Spirit**"));

    // A body hit shows the words around it, on one line.
    const QList<SearchHit> incident = journal.search(QStringLiteral("dinner"));
    REQUIRE(incident.size() == 1);
    CHECK(incident[0].snippet.contains(QStringLiteral("**dinner** and nobody")));
    CHECK_FALSE(incident[0].snippet.contains(u'\n'));
}

TEST_CASE("The limit caps the hits, best first", "[search]")
{
    Journal journal;
    for (int i = 0; i < 30; ++i)
        journal.addWin(QStringLiteral("w-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Gratitude note number %1 for a small kindness").arg(i));
    journal.addStrength(QStringLiteral("s-1"), QStringLiteral("Gratitude"));

    // 20 by default, as many as asked for otherwise.
    CHECK(journal.search(QStringLiteral("gratitude")).size() == 20);
    SearchOptions fifty;
    fifty.limit = 50;
    CHECK(journal.search(QStringLiteral("gratitude"), fifty).size() == 31);
    SearchOptions ten;
    ten.limit = 10;
    const QList<SearchHit> hits = journal.search(QStringLiteral("gratitude"), ten);
    REQUIRE(hits.size() == 10);
    CHECK(hits[0].id == QStringLiteral("s-1"));
    for (qsizetype i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].score >= hits[i].score);
    SearchOptions none;
    none.limit = 0;
    CHECK(journal.search(QStringLiteral("gratitude"), none).isEmpty());
}

TEST_CASE("A query matching too many records to rank lists names and titles first, then the newest", "[search]")
{
    Journal journal;
    for (int i = 0; i < 20; ++i)
        journal.addWin(QStringLiteral("w-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Choir rehearsal number %1").arg(i));
    journal.addCircle(QStringLiteral("c-1"), QStringLiteral("Choir"), QStringLiteral("Tuesday evenings"));
    journal.addIncident(QStringLiteral("i-1"), QStringLiteral("Choir solo went to someone else"));

    SearchOptions options;
    options.limit = 5;
    options.rankingLimit = 10;
    const QList<SearchHit> hits = journal.search(QStringLiteral("choir"), options);
    REQUIRE(hits.size() == 5);
    QStringList titled{hits[0].id, hits[1].id};
    titled.sort();
    CHECK(titled == QStringList{QStringLiteral("c-1"), QStringLiteral("i-1")});
    CHECK(hits[0].snippet.startsWith(QStringLiteral("**Choir**")));
    CHECK(hits[2].id == QStringLiteral("w-19"));
    CHECK(hits[3].id == QStringLiteral("w-18"));
    CHECK(hits[4].id == QStringLiteral("w-17"));
    for (const SearchHit &hit : hits)
        CHECK(hit.score == 0);
    CHECK(hits[2].snippet == QStringLiteral("**Choir** rehearsal number 19"));

    // Under the limit, the same query is ranked.
    options.rankingLimit = 100;
    const QList<SearchHit> ranked = journal.search(QStringLiteral("choir"), options);
    REQUIRE(ranked.size() == 5);
    CHECK(ranked[0].score > 0);
}

TEST_CASE("A word typed twice is searched once", "[search][limits]")
{
    CHECK(toFtsQuery(QStringLiteral("lunch Lunch lunch team lunch")) == QStringLiteral(R"q("lunch"* AND "Lunch"* AND "team"*)q"));
    Journal journal;
    journal.addWin(QStringLiteral("w-1"), QStringLiteral("Lunch with the team, and lunch again on Friday"));
    CHECK(journal.ids(QStringLiteral("lunch lunch lunch lunch")) == QStringList{QStringLiteral("w-1")});
}

TEST_CASE("A search beyond the limits is refused with a kind message; one at the limits runs", "[search][limits]")
{
    Journal journal;
    QStringList text;
    for (int i = 0; i < InputLimits::kSearchWords; ++i)
        text.append(QStringLiteral("w%1").arg(i, 3, 10, QLatin1Char('0')));
    journal.addWin(QStringLiteral("w-1"), text.join(u' '));

    // 64 words of 4 characters with spaces: 319 characters, within both limits.
    const QString atTheLimit = text.join(u' ');
    CHECK_FALSE(checkSearchQueryLimits(atTheLimit).has_value());
    const QList<SearchHit> hits = journal.search(atTheLimit);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.contains(QStringLiteral("**w000**")));

    const auto tooManyWords = searchJournal(journal.connection(), atTheLimit + QStringLiteral(" more"));
    REQUIRE_FALSE(tooManyWords.ok());
    CHECK(tooManyWords.failure().kind == FailureKind::BadInput);
    CHECK(tooManyWords.failure().message.contains(QStringLiteral("65")));
    // Words without a letter or digit do not count.
    CHECK_FALSE(checkSearchQueryLimits(atTheLimit + QStringLiteral(" - – …")).has_value());

    const QString tooLong = QString(InputLimits::kSearchQueryLength - 5, u'a') + QStringLiteral(" bbbbbb");
    const auto refused = searchJournal(journal.connection(), tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.failure().kind == FailureKind::BadInput);
    CHECK(refused.failure().message.contains(QLocale().toString(InputLimits::kSearchQueryLength)));
    CHECK_FALSE(checkSearchQueryLimits(tooLong.first(InputLimits::kSearchQueryLength)).has_value());
}
