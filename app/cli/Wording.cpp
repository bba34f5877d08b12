// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wording.h"

namespace mosaic::cli {

QString streakLength(int count, StreakUnit unit)
{
    if (unit == StreakUnit::Weeks)
        return count == 1 ? QStringLiteral("1 week") : QStringLiteral("%1 weeks").arg(count);
    return count == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(count);
}

QString streakUnitName(StreakUnit unit)
{
    return unit == StreakUnit::Weeks ? QStringLiteral("weeks") : QStringLiteral("days");
}

} // namespace mosaic::cli
