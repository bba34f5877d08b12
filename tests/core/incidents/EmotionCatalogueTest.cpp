// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/EmotionCatalogue.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace mosaic;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The emotion catalogue names the common feelings around rejection", "[emotions]")
{
    const QList<EmotionInfo> &catalogue = emotionCatalogue();
    CHECK(catalogue.size() >= 20);
    CHECK(catalogue.size() <= 30);
    for (const QString &name : {u"hurt"_s, u"shame"_s, u"embarrassment"_s, u"loneliness"_s, u"anger"_s, u"sadness"_s, u"anxiety"_s, u"jealousy"_s,
                                u"disappointment"_s, u"relief"_s, u"hope"_s}) {
        INFO(name.toStdString());
        CHECK(emotionInfo(name).has_value());
    }
}

TEST_CASE("Emotion names are unique lowercase data, labels unique display text", "[emotions]")
{
    QSet<QString> names;
    QSet<QString> labels;
    for (const EmotionInfo &info : emotionCatalogue()) {
        INFO(info.name.toStdString());
        CHECK_FALSE(info.name.isEmpty());
        CHECK(info.name == info.name.toLower());
        CHECK(info.name == info.name.trimmed());
        CHECK_FALSE(info.label.isEmpty());
        CHECK(info.label.at(0).isUpper());
        names.insert(info.name);
        labels.insert(info.label);
    }
    CHECK(names.size() == emotionCatalogue().size());
    CHECK(labels.size() == emotionCatalogue().size());
}

TEST_CASE("Every family has members and a label; entries of a family sit together", "[emotions]")
{
    const QList<EmotionInfo> &catalogue = emotionCatalogue();
    QSet<int> seen;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const int family = static_cast<int>(catalogue.at(i).family);
        if (i > 0 && static_cast<int>(catalogue.at(i - 1).family) != family) {
            INFO(catalogue.at(i).name.toStdString());
            CHECK_FALSE(seen.contains(family));
        }
        seen.insert(family);
    }
    for (const EmotionFamily family : {EmotionFamily::Hurt, EmotionFamily::Fear, EmotionFamily::SelfConscious, EmotionFamily::Anger, EmotionFamily::Lighter}) {
        CHECK(seen.contains(static_cast<int>(family)));
        CHECK_FALSE(emotionFamilyLabel(family).isEmpty());
    }
}

TEST_CASE("Labels for stored names, and the person's own words kept as they are", "[emotions]")
{
    CHECK(emotionLabel(u"shame") == u"Shame"_s);
    CHECK(emotionInfo(u"shame")->family == EmotionFamily::SelfConscious);
    CHECK(emotionLabel(u"a knot in my stomach") == u"a knot in my stomach"_s);
    CHECK_FALSE(emotionInfo(u"Shame").has_value()); // stored names are exact
}
