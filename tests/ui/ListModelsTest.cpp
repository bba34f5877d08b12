// SPDX-License-Identifier: GPL-3.0-or-later
// Every list model of the pages, on a real journal, watched by Qt's QAbstractItemModelTester while it loads, reloads
// after a write, and pages on: a model that tells its views wrong (rows counted twice, a reset left open, data for a
// row that is gone) shows wrong rows or crashes a QML view.
#include "circles/ContactLogModel.h"
#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "habits/HabitListModel.h"
#include "habits/HabitNotesModel.h"
#include "journal/CalendarModel.h"
#include "journal/JournalSession.h"
#include "journal/SearchResultsModel.h"
#include "journal/TimelineModel.h"
#include "reminders/AwayModel.h"
#include "reminders/HabitRemindersModel.h"
#include "settings/BackupsModel.h"
#include "storage/Database.h"
#include "strengths/StrengthModels.h"
#include "today/TodayModel.h"
#include "today/TodayRitualsModel.h"

#include "StoreFixtures.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace mosaic;
using namespace StoreFixtures;

namespace {

// The sample journal's first habit, which has notes, and its first strength.
const QString kHabit = QStringLiteral("7f26144b-9828-4fcd-99a5-4a7bb1fee08f");
const QString kStrength = QStringLiteral("4cdd2055-930d-4eaf-94f4-733f3e7d1bfb");

// What QAbstractItemModelTester reports (category qt.modeltest), collected while a test runs.
QStringList g_modelProblems;
QtMessageHandler g_previousHandler = nullptr;

void collectModelProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category).startsWith("qt.modeltest") && type >= QtWarningMsg)
        g_modelProblems.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct ModelProblems
{
    ModelProblems()
    {
        g_modelProblems.clear();
        g_previousHandler = qInstallMessageHandler(collectModelProblems);
    }
    ~ModelProblems() { qInstallMessageHandler(g_previousHandler); }
};

// A data folder holding the sample journal.
void importSample(const QTemporaryDir &dir)
{
    auto database = require(Database::open(dir.filePath(QStringLiteral("journal.sqlite"))));
    const Journal sample = require(readJournalFile(QStringLiteral(MOSAIC_SAMPLE_JOURNAL)));
    REQUIRE(importJournal(*database, sample, ImportMode::Apply).ok());
}

struct Case
{
    const char *name;
    std::function<QAbstractItemModel *(JournalSession &, QObject &owner)> make;
    bool expectRows;
};

template <typename Model>
Model *withSession(JournalSession &session, QObject &owner, const QVariantMap &properties = {})
{
    auto *model = new Model(&owner);
    // The tester watches from before the first load, so every reset and insertion is checked.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, &owner);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        REQUIRE(model->setProperty(it.key().toUtf8().constData(), it.value()));
    REQUIRE(model->setProperty("session", QVariant::fromValue(&session)));
    return model;
}

} // namespace

TEST_CASE("The model check catches a model that lies to its views", "[models]")
{
    // A model that reports rows it then fails to give: what the check below must catch in a page's model.
    class LyingModel : public QAbstractListModel
    {
    public:
        using QAbstractListModel::QAbstractListModel;
        int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
        QVariant data(const QModelIndex &, int) const override { return {}; }
        void lie()
        {
            beginInsertRows({}, 5, 5); // a row past the end
            endInsertRows();
        }
    };
    ModelProblems problems;
    QObject owner;
    auto *model = new LyingModel(&owner);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, &owner);
    model->lie();
    CHECK_FALSE(g_modelProblems.isEmpty());
}

TEST_CASE("Every list model tells its views the truth while it loads, reloads and pages", "[models]")
{
    const QList<Case> cases{
        {"habits", [](JournalSession &s, QObject &o) { return withSession<HabitListModel>(s, o); }, true},
        {"habit notes",
         [](JournalSession &s, QObject &o) {
             return withSession<HabitNotesModel>(s, o, {{QStringLiteral("habitId"), kHabit}});
         },
         true},
        {"habit reminders",
         [](JournalSession &s, QObject &o) {
             return withSession<HabitRemindersModel>(s, o, {{QStringLiteral("habitId"), kHabit}});
         },
         true},
        {"strengths", [](JournalSession &s, QObject &o) { return withSession<StrengthsModel>(s, o); }, true},
        {"wins", [](JournalSession &s, QObject &o) { return withSession<WinsModel>(s, o); }, true},
        {"wins of a strength",
         [](JournalSession &s, QObject &o) {
             return withSession<WinsModel>(s, o, {{QStringLiteral("strengthId"), kStrength}});
         },
         false},
        {"contact log", [](JournalSession &s, QObject &o) { return withSession<ContactLogModel>(s, o); }, true},
        {"calendar",
         [](JournalSession &s, QObject &o) {
             return withSession<CalendarModel>(s, o, {{QStringLiteral("month"), QStringLiteral("2026-10")}});
         },
         true},
        {"timeline", [](JournalSession &s, QObject &o) { return withSession<TimelineModel>(s, o); }, true},
        {"search",
         [](JournalSession &s, QObject &o) {
             auto *model = withSession<SearchResultsModel>(s, o, {{QStringLiteral("delay"), 0}, {QStringLiteral("query"), QStringLiteral("lunch")}});
             QMetaObject::invokeMethod(model, "search");
             return model;
         },
         true},
        {"while you were away", [](JournalSession &s, QObject &o) { return withSession<AwayModel>(s, o); }, false},
        {"backups", [](JournalSession &s, QObject &o) { return withSession<BackupsModel>(s, o); }, false},
        {"today's rituals",
         [](JournalSession &s, QObject &o) {
             auto *today = new TodayModel(&o);
             new QAbstractItemModelTester(today->rituals(), QAbstractItemModelTester::FailureReportingMode::Warning, &o);
             today->setActive(true);
             today->setSession(&s);
             return static_cast<QAbstractItemModel *>(today->rituals());
         },
         false},
    };

    for (const Case &testCase : cases) {
        INFO(testCase.name);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        importSample(dir);
        ModelProblems problems;
        JournalSession session;
        session.setDataDirectory(dir.path());
        REQUIRE(session.isOpen());
        QObject owner;
        QAbstractItemModel *model = testCase.make(session, owner);
        QTest::qWait(50); // a model that loads on the next turn of the event loop
        if (testCase.expectRows)
            CHECK(model->rowCount() > 0);

        // A write the pages show, then every page's reload, then the next page where there is one.
        REQUIRE(session.write(JournalSession::Everything, [&] { return session.strengths().save(fullStrength(id('5', 77))); }));
        session.notifyEverythingChanged();
        QTest::qWait(50);
        if (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const int role : model->roleNames().keys())
                (void)model->data(model->index(row, 0), role);
        }
        INFO(g_modelProblems.join(u'\n').toStdString());
        CHECK(g_modelProblems.isEmpty());
    }
}
