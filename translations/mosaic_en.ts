<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CirclesBalanceCard</name>
    <message numerus="yes">
        <source>circles with someone close</source>
        <extracomment>Follows a number (shown apart, above this text, so %n does not appear): how many circles have someone in their inner ring.</extracomment>
        <translation>
            <numerusform>circle with someone close</numerusform>
            <numerusform>circles with someone close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CirclesListCard</name>
    <message numerus="yes">
        <source>%1 · %n people</source>
        <extracomment>%1 is the circle&apos;s kind (e.g. &quot;Friends&quot;), %n how many people are in it.</extracomment>
        <translation>
            <numerusform>%1 · %n person</numerusform>
            <numerusform>%1 · %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistortionBars</name>
    <message numerus="yes">
        <source>%1: %n time(s), %2 recently</source>
        <extracomment>A thinking pattern&apos;s bar: %1 is the pattern (e.g. &quot;Mind reading&quot;), %n how often it was named in all, %2 how often in the most recent days.</extracomment>
        <translation>
            <numerusform>%1: %n time, %2 recently</numerusform>
            <numerusform>%1: %n times, %2 recently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitFormDialog</name>
    <message numerus="yes">
        <source>times a week, on any days</source>
        <extracomment>Follows the number field of how many times a week (1 to 7) the habit is due; the number itself is in the field before this text, so %n does not appear.</extracomment>
        <translation>
            <numerusform>time a week, on any days</numerusform>
            <numerusform>times a week, on any days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <extracomment>Legend of the bars of mentions in the most recent days; %n is how many days (e.g. 90).</extracomment>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <extracomment>The word count under the editor.</extracomment>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message numerus="yes">
        <source>%n win(s)</source>
        <extracomment>Beside a strength: how many wins (successes) are linked to it.
----------
How many wins (successes) there are in all.</extracomment>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>And %n more in your journal.</source>
        <extracomment>Under the list of open next steps; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>And %n more in your journal.</numerusform>
            <numerusform>And %n more in your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more from this day.</source>
        <extracomment>Under the memories of this day in earlier years; %n is how many more are not shown.</extracomment>
        <translation>
            <numerusform>And %n more from this day.</numerusform>
            <numerusform>And %n more from this day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n entry</numerusform>
            <numerusform>%1, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::CirclesModel</name>
    <message numerus="yes">
        <source>You are in the centre. %n circle(s) around you</source>
        <translation>
            <numerusform>You are in the centre. %n circle around you</numerusform>
            <numerusform>You are in the centre. %n circles around you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: your last noted contact was %n day(s) ago. A short message is enough.</source>
        <translation>
            <numerusform>%1: your last noted contact was %n day ago. A short message is enough.</numerusform>
            <numerusform>%1: your last noted contact was %n days ago. A short message is enough.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::DistortionInsights</name>
    <message numerus="yes">
        <source>%1 and %2 came up most often: %n times each.</source>
        <translation>
            <numerusform>%1 and %2 came up most often: %n time each.</numerusform>
            <numerusform>%1 and %2 came up most often: %n times each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 came up most often: %n times.</source>
        <translation>
            <numerusform>%1 came up most often: %n time.</numerusform>
            <numerusform>%1 came up most often: %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of them came up in the last %n days.</source>
        <translation>
            <numerusform>None of them came up in the last day.</numerusform>
            <numerusform>None of them came up in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days, %2 came up most: %n times.</source>
        <translation>
            <numerusform>In the last %1 days, %2 came up most: %n time.</numerusform>
            <numerusform>In the last %1 days, %2 came up most: %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thinking pattern(s) named so far, each once. Patterns show with time.</source>
        <translation>
            <numerusform>%n thinking pattern named so far, once. Patterns show with time.</numerusform>
            <numerusform>%n thinking patterns named so far, each once. Patterns show with time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::HabitTexts</name>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a per-week ritual is due; %n is 2 to 7.</extracomment>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>A streak&apos;s length in weeks.</extracomment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::JournalJsonReader</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>In &quot;must have at least %1&quot;: a number of list entries.</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::MarkdownExporter</name>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <extracomment>How often a ritual is due when it is a number of times a week.</extracomment>
        <translation>
            <numerusform>once a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %n day(s).</source>
        <translation>
            <numerusform>Done on %n day.</numerusform>
            <numerusform>Done on %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::RitualInsights</name>
    <message numerus="yes">
        <source>Over the last %n week(s) you kept %1% of the rituals that were due (%2 of %3).</source>
        <translation>
            <numerusform>Over the last %n week you kept %1% of the rituals that were due (%2 of %3).</numerusform>
            <numerusform>Over the last %n weeks you kept %1% of the rituals that were due (%2 of %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TodayModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <extracomment>When something was written; %n is 2 to 6.</extracomment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <extracomment>A memory from this day in an earlier year; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::TodayRitualsModel</name>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>%n-week streak</numerusform>
            <numerusform>%n-week streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::ValidationReport</name>
    <message numerus="yes">
        <source>the file is not a valid Mosaic journal: %n problem(s)</source>
        <extracomment>The first line of an import&apos;s problem list.</extracomment>
        <translation>
            <numerusform>the file is not a valid Mosaic journal: %n problem</numerusform>
            <numerusform>the file is not a valid Mosaic journal: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::WeeklyLetter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::cli::RestoreCommand</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n strength</numerusform>
            <numerusform>%n strengths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n habit(s)</source>
        <translation>
            <numerusform>%n habit</numerusform>
            <numerusform>%n habits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::cli::StatsCommand</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <extracomment>Reflections in the journal (an incident is a hard moment written down).</extracomment>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reframe(s)</source>
        <translation>
            <numerusform>%Ln reframe</numerusform>
            <numerusform>%Ln reframes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln strength(s)</source>
        <extracomment>&quot;strength&quot; here is a personal strength; a win is a small success written down.</extracomment>
        <translation>
            <numerusform>%Ln strength</numerusform>
            <numerusform>%Ln strengths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln win</numerusform>
            <numerusform>%Ln wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln habit(s)</source>
        <translation>
            <numerusform>%Ln habit</numerusform>
            <numerusform>%Ln habits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln reminder</numerusform>
            <numerusform>%Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <extracomment>Belonging circles, the people in them, their memberships in circles and noted contacts with them.</extracomment>
        <translation>
            <numerusform>%Ln circle</numerusform>
            <numerusform>%Ln circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln membership</numerusform>
            <numerusform>%Ln memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mosaic::cli::Wording</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>A streak&apos;s length in weeks.</extracomment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A streak&apos;s length in days.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
