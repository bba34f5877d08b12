// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace mosaic::Uuid {

/// A new random (version 4) UUID in the canonical lowercase form the journal uses.
QString create();

/// True for the canonical form only: 8-4-4-4-12 lowercase hexadecimal digits, no braces.
bool isCanonical(QStringView text);

} // namespace mosaic::Uuid
