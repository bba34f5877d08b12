// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

enum class CircleKind
{
    Family,
    Friends,
    Partner,
    Work,
    Study,
    Hobby,
    Volunteer,
    Faith,
    Neighbourhood,
    Online,
    Health,
    Other
};

template <>
struct EnumNames<CircleKind>
{
    static constexpr std::array<QStringView, 12> names{u"family",    u"friends", u"partner",       u"work",   u"study",  u"hobby",
                                                       u"volunteer", u"faith",   u"neighbourhood", u"online", u"health", u"other"};
};

/// A source of belonging: a community, group or relationship sphere.
struct Circle
{
    RecordStamps stamps;
    QString name;
    CircleKind kind = CircleKind::Other;
    QString facet; ///< Which facet of the person this circle reflects, in their words.
    int importance = 3; ///< 1–5.
    QString color; ///< "#rrggbb", or empty.
    bool archived = false;
    QString notes;
    friend bool operator==(const Circle &, const Circle &) = default;
};

enum class SupportKind
{
    Emotional,
    Practical,
    Perspective,
    Feedback,
    Fun
};

template <>
struct EnumNames<SupportKind>
{
    static constexpr std::array<QStringView, 5> names{u"emotional", u"practical", u"perspective", u"feedback", u"fun"};
};

struct Person
{
    RecordStamps stamps;
    QString name;
    QList<SupportKind> supports;
    QString notes;
    friend bool operator==(const Person &, const Person &) = default;
};

/// Rings follow the convoy model: inner = hard to imagine life without them; middle = close; outer = familiar.
enum class Ring
{
    Inner,
    Middle,
    Outer
};

template <>
struct EnumNames<Ring>
{
    static constexpr std::array<QStringView, 3> names{u"inner", u"middle", u"outer"};
};

/// A person's place in a circle; unique per (personId, circleId).
struct Membership
{
    QString personId;
    QString circleId;
    Ring ring = Ring::Outer;
    std::optional<QDateTime> updatedAt; ///< Optional in the interchange format.
    std::optional<QDateTime> deletedAt; ///< The person left this circle.

    bool isDeleted() const { return deletedAt.has_value(); }
    friend bool operator==(const Membership &, const Membership &) = default;
};

/// One interaction with a person or a circle (at least one of the two), and how it felt (-2…2).
struct Contact
{
    RecordStamps stamps;
    QDate date;
    std::optional<QString> personId;
    std::optional<QString> circleId;
    int quality = 0;
    QString note;
    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace mosaic
