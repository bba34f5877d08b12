// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "storage/Database.h"

namespace StoreFixtures {

/// A journal file in a temporary folder with the stores the Strengths page writes through.
struct StrengthJournal
{
    TempJournalDir folder;
    std::unique_ptr<Database> database = require(Database::open(folder.journalPath()));
    QSqlDatabase connection = database->connection();
    IncidentStore incidents{connection};
    StrengthStore strengths{connection};

    /// A living strength named `name`, created on March `day`.
    Strength strength(int number, const QString &name, int day = 1)
    {
        Strength made{stamps(id('s', number), day), name, QString(), false};
        requireOk(strengths.save(made));
        return made;
    }
    /// A living win on `date` linked to `strengthIds`, created on March `createdDay`.
    Win win(int number, QDate date, const QStringList &strengthIds = {}, int createdDay = 1)
    {
        Win made{stamps(id('w', number), createdDay), date, QStringLiteral("Win %1").arg(number), WinKind::Progress, strengthIds, std::nullopt};
        requireOk(strengths.save(made));
        return made;
    }
};

} // namespace StoreFixtures
