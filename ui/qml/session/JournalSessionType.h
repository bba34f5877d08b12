// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"

#include <QQmlEngine>

namespace mosaic {

/// Makes core's open journal creatable in QML as `JournalSession` (as KDE Itinerary and Merkuro register their core
/// types), so that core needs no QML: tests write `JournalSession { dataDirectory: …; fixedNow: … }`.
struct JournalSessionType
{
    Q_GADGET
    QML_FOREIGN(mosaic::JournalSession)
    QML_NAMED_ELEMENT(JournalSession)
};

} // namespace mosaic
