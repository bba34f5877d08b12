// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace mosaic {

/// Each interchange enum specialises this with `static constexpr std::array<QStringView, N> names`,
/// in the order of the enum's values (which start at 0 and are contiguous).
template <typename Enum>
struct EnumNames;

/// The interchange name of an enum value, e.g. "mind-reading".
template <typename Enum>
QString enumName(Enum value)
{
    return EnumNames<Enum>::names[static_cast<std::size_t>(value)].toString();
}

/// The enum value for an interchange name; nullopt for anything unknown (names are case-sensitive).
template <typename Enum>
std::optional<Enum> enumFromName(QStringView name)
{
    const auto &names = EnumNames<Enum>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

/// Every name, in order: for messages such as "must be one of …" and for pickers.
template <typename Enum>
QStringList allEnumNames()
{
    QStringList result;
    for (const QStringView name : EnumNames<Enum>::names)
        result.append(name.toString());
    return result;
}

template <typename Enum>
constexpr std::size_t enumCount()
{
    return EnumNames<Enum>::names.size();
}

} // namespace mosaic
