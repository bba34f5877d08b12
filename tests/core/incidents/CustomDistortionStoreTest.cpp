// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/CustomDistortionStore.h"

#include "QtPrinters.h"
#include "storage/Database.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QSqlQuery>
#include <QTime>

using namespace mosaic;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime instant(int day)
{
    return QDateTime(QDate(2026, 5, day), QTime(8, 30, 0, 125), Qt::UTC);
}

std::unique_ptr<Database> journal()
{
    auto database = Database::openInMemory();
    REQUIRE(database.ok());
    return std::move(database).value();
}

} // namespace

TEST_CASE("A custom distortion's name is trimmed, and refused when it could not be a tag", "[custom-distortions]")
{
    CHECK(normalizedCustomDistortionName(u"  Comparing   myself "_s).value() == u"Comparing myself"_s);
    CHECK_FALSE(normalizedCustomDistortionName(u"   "_s).ok());
    CHECK_FALSE(normalizedCustomDistortionName(u"me, myself"_s).ok());
    CHECK_FALSE(normalizedCustomDistortionName(u"#tag"_s).ok());
    CHECK(normalizedCustomDistortionName(QString(49, u'a')).ok());
    CHECK_FALSE(normalizedCustomDistortionName(QString(50, u'a')).ok());
    const Result<QString> builtIn = normalizedCustomDistortionName(u"mind READING"_s);
    REQUIRE_FALSE(builtIn.ok());
    CHECK(builtIn.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(normalizedCustomDistortionName(u"fortune-telling"_s).ok());
}

TEST_CASE("A custom distortion is recorded on an incident as a tag", "[custom-distortions]")
{
    CHECK(customDistortionTag(u"Comparing"_s) == u"distortion:Comparing"_s);
    const QStringList tags{u"work"_s, u"distortion:Comparing"_s, u"Distortion:Waiting for the worst"_s, u"distortion:"_s};
    CHECK(customDistortionsInTags(tags) == QStringList{u"Comparing"_s, u"Waiting for the worst"_s});
    CHECK(tagsNameCustomDistortion(tags, u"comparing"_s));
    CHECK_FALSE(tagsNameCustomDistortion(tags, u"work"_s));

    const QStringList added = withCustomDistortion({u"work"_s}, u"Comparing"_s, true);
    CHECK(added == QStringList{u"work"_s, u"distortion:Comparing"_s});
    CHECK(withCustomDistortion(added, u"COMPARING"_s, true) == added);
    CHECK(withCustomDistortion(added, u"comparing"_s, false) == QStringList{u"work"_s});
    CHECK(customDistortionTag(QString(kCustomDistortionNameMaxLength, u'x')).size() == 60);
}

TEST_CASE("Tags typed as text become the tags to store", "[custom-distortions]")
{
    CHECK(parseTags(u" work, #first date ,, Work,fam#ily "_s) == QStringList{u"work"_s, u"first date"_s, u"family"_s});
    CHECK(parseTags(QString()).isEmpty());
    CHECK(parseTags(QString(70, u'y')).constFirst().size() == 60);
}

TEST_CASE("The store keeps custom distortions by name, without case", "[custom-distortions]")
{
    auto database = journal();
    CustomDistortionStore store(database->connection());
    REQUIRE(store.all().value().isEmpty());

    CHECK(store.save(u" Comparing  myself"_s, u"Measuring my worth by someone else's highlights."_s, instant(2)).value() == u"Comparing myself"_s);
    const Result<QString> second = store.save(u"Waiting for the worst"_s, QString(), instant(3));
    INFO((second.ok() ? std::string() : second.failure().message.toStdString()));
    REQUIRE(second.ok());
    CHECK(second.value() == u"Waiting for the worst"_s);
    // The same name in other letters updates the explanation and keeps the first spelling and date.
    CHECK(store.save(u"comparing MYSELF"_s, u"Looking sideways."_s, instant(4)).value() == u"Comparing myself"_s);

    const QList<CustomDistortion> all = store.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0) == CustomDistortion{u"Comparing myself"_s, u"Looking sideways."_s, instant(2)});
    CHECK(all.at(1).name == u"Waiting for the worst"_s);
    CHECK(store.find(u"waiting for the WORST"_s).value().has_value());
    CHECK_FALSE(store.find(u"Nope"_s).value().has_value());

    const Result<QString> refused = store.save(u"Labeling"_s, QString(), instant(5));
    REQUIRE_FALSE(refused.ok());
    CHECK(store.all().value().size() == 2);

    REQUIRE(store.remove(u"COMPARING myself"_s).ok());
    CHECK(store.all().value().size() == 1);
}
