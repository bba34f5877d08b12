// SPDX-License-Identifier: GPL-3.0-or-later
#include "CircleDeletion.h"

#include "circles/CircleStore.h"
#include "storage/Database.h"
#include "storage/DependantRecords.h"

#include <QCoreApplication>

namespace mosaic {

Status deleteCircle(const QSqlDatabase &connection, CircleStore &circles, const QString &circleId, const QDateTime &at)
{
    return deleteWithDependants(
        connection, [&] { return circles.findCircle(circleId); }, [&] { return circles.markCircleDeleted(circleId, at); },
        QCoreApplication::translate("mosaic::CircleDeletion", "This circle is no longer in the journal."));
}

Status deletePerson(const QSqlDatabase &connection, CircleStore &circles, const QString &personId, const QDateTime &at)
{
    return deleteWithDependants(
        connection, [&] { return circles.findPerson(personId); }, [&] { return circles.markPersonDeleted(personId, at); },
        QCoreApplication::translate("mosaic::CircleDeletion", "This person is no longer in the journal."));
}

Status deleteCircle(const Database &journal, CircleStore &circles, const QString &circleId, const QDateTime &at)
{
    return deleteCircle(journal.connection(), circles, circleId, at);
}

Status deletePerson(const Database &journal, CircleStore &circles, const QString &personId, const QDateTime &at)
{
    return deletePerson(journal.connection(), circles, personId, at);
}

} // namespace mosaic
