// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/DistortionCatalogue.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace mosaic;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The catalogue has the twelve distortions in the enum's order", "[distortions]")
{
    const QList<DistortionInfo> &catalogue = distortionCatalogue();
    REQUIRE(catalogue.size() == 12);
    REQUIRE(static_cast<std::size_t>(catalogue.size()) == enumCount<Distortion>());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        CHECK(catalogue.at(i).id == static_cast<Distortion>(i));
        CHECK(distortionInfo(static_cast<Distortion>(i)).name == catalogue.at(i).name);
    }
}

TEST_CASE("Every distortion has its own name, explanation and example", "[distortions]")
{
    QSet<QString> names;
    QSet<QString> explanations;
    QSet<QString> examples;
    for (const DistortionInfo &info : distortionCatalogue()) {
        INFO(enumName(info.id).toStdString());
        CHECK_FALSE(info.name.trimmed().isEmpty());
        CHECK(info.name.at(0).isUpper());
        CHECK(info.explanation.size() > 30);
        CHECK(info.explanation.endsWith(u'.'));
        CHECK(info.example.size() > 20);
        CHECK(info.example.endsWith(u'.'));
        names.insert(info.name.toLower());
        explanations.insert(info.explanation);
        examples.insert(info.example);
    }
    CHECK(names.size() == 12);
    CHECK(explanations.size() == 12);
    CHECK(examples.size() == 12);
}

TEST_CASE("Human names match the interchange names", "[distortions]")
{
    CHECK(distortionInfo(Distortion::MindReading).name == u"Mind reading"_s);
    CHECK(distortionInfo(Distortion::AllOrNothing).name == u"All-or-nothing thinking"_s);
    CHECK(distortionInfo(Distortion::DiscountingPositives).name == u"Discounting the positives"_s);
    // Each word of "fortune-telling" appears in "Fortune telling", and so on for all twelve.
    for (const DistortionInfo &info : distortionCatalogue()) {
        const QString name = info.name.toLower();
        for (const QString &word : enumName(info.id).split(u'-')) {
            INFO(info.name.toStdString() << " / " << enumName(info.id).toStdString());
            CHECK(name.contains(word));
        }
    }
}
