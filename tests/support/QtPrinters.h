// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch_tostring.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Lets Catch2 print Qt values in failed assertions.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value) { return '[' + value.join(QStringLiteral(", ")).toStdString() + ']'; }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value) { return value.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch
