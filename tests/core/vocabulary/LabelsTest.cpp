// SPDX-License-Identifier: GPL-3.0-or-later
// One word per kind, everywhere: every value has its own label, and the Markdown export uses the same words as the
// pages (which call these functions too).
#include "vocabulary/Labels.h"
#include "exchange/MarkdownExporter.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace mosaic;

namespace {

template <typename Enum, typename Label>
QStringList allLabels(Label label)
{
    QStringList all;
    for (std::size_t i = 0; i < enumCount<Enum>(); ++i)
        all.append(label(static_cast<Enum>(i)));
    return all;
}

template <typename Enum, typename Label>
void checkDistinct(Label label)
{
    const QStringList all = allLabels<Enum>(label);
    for (const QString &text : all)
        CHECK_FALSE(text.trimmed().isEmpty());
    CHECK(QSet<QString>(all.cbegin(), all.cend()).size() == all.size());
}

} // namespace

TEST_CASE("Every kind has one label of its own", "[vocabulary]")
{
    checkDistinct<IncidentKind>([](IncidentKind k) { return labels::incidentKind(k); });
    checkDistinct<WinKind>([](WinKind k) { return labels::winKind(k); });
    checkDistinct<ReframeKind>([](ReframeKind k) { return labels::reframeKind(k); });
    checkDistinct<SituationalFactor>([](SituationalFactor f) { return labels::situationalFactor(f); });
    checkDistinct<Ritual>([](Ritual r) { return labels::ritual(r); });
    checkDistinct<CircleKind>([](CircleKind k) { return labels::circleKind(k); });
    checkDistinct<SupportKind>([](SupportKind k) { return labels::supportKind(k); });
    checkDistinct<Ring>([](Ring r) { return labels::ring(r); });
    checkDistinct<Ring>([](Ring r) { return labels::ringHeading(r); });
    CHECK(labels::incidentKind(QStringLiteral("ghosting")) == labels::incidentKind(IncidentKind::Ghosting));
    CHECK_FALSE(labels::winKind(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("The Markdown export says a kind as the pages do", "[vocabulary][markdown]")
{
    Journal journal;
    journal.exportedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    Win win;
    win.stamps = RecordStamps{QStringLiteral("51000000-0000-4000-8000-000000000001"), journal.exportedAt, journal.exportedAt, std::nullopt};
    win.date = QDate(2026, 11, 30);
    win.text = QStringLiteral("Asked for help.");
    win.kind = WinKind::Other;
    journal.wins = {win};
    Incident incident;
    incident.stamps = RecordStamps{QStringLiteral("e1000000-0000-4000-8000-000000000001"), journal.exportedAt, journal.exportedAt, std::nullopt};
    incident.occurredAt = journal.exportedAt;
    incident.kind = IncidentKind::Ghosting;
    incident.title = QStringLiteral("Unanswered message");
    incident.factors = {SituationalFactor::TheirStress};
    journal.incidents = {incident};
    Habit habit;
    habit.stamps = RecordStamps{QStringLiteral("b1000000-0000-4000-8000-000000000001"), journal.exportedAt, journal.exportedAt, std::nullopt};
    habit.name = QStringLiteral("Say no once");
    habit.ritual = Ritual::Boundary;
    habit.startDate = QDate(2026, 11, 1);
    journal.habits = {habit};
    Person person;
    person.stamps = RecordStamps{QStringLiteral("a1000000-0000-4000-8000-000000000001"), journal.exportedAt, journal.exportedAt, std::nullopt};
    person.name = QStringLiteral("Sam");
    person.supports = {SupportKind::Feedback};
    journal.people = {person};

    const QString markdown = writeJournalMarkdown(journal);
    INFO(markdown.toStdString());
    CHECK(markdown.contains(labels::winKind(WinKind::Other)));
    CHECK(markdown.contains(labels::incidentKind(IncidentKind::Ghosting)));
    CHECK(markdown.contains(labels::situationalFactor(SituationalFactor::TheirStress)));
    CHECK(markdown.contains(labels::ritual(Ritual::Boundary)));
    CHECK(markdown.contains(labels::supportKind(SupportKind::Feedback)));
}
