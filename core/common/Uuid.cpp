// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uuid.h"

#include <QUuid>

namespace mosaic::Uuid {

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isCanonical(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace mosaic::Uuid
