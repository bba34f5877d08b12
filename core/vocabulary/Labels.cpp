// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

#include <array>

namespace mosaic::labels {

namespace {

constexpr const char *kContext = "mosaic::Labels";

// Not inlined: GCC 12 at -O2 otherwise mixes up the tables' sizes and warns (-Warray-bounds) about a read that cannot happen.
Q_NEVER_INLINE QString labelAt(const char *const *labels, std::size_t index)
{
    return QCoreApplication::translate(kContext, labels[index]);
}

template <typename Enum, std::size_t N>
QString label(const std::array<const char *, N> &labels, Enum value)
{
    static_assert(N == enumCount<Enum>(), "one label per enum value");
    return labelAt(labels.data(), static_cast<std::size_t>(value));
}

constexpr std::array<const char *, 7> kIncidentKinds{
    QT_TRANSLATE_NOOP("mosaic::Labels", "Rejection"),      QT_TRANSLATE_NOOP("mosaic::Labels", "Left out"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Criticism"),      QT_TRANSLATE_NOOP("mosaic::Labels", "Conflict"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "No reply"),       QT_TRANSLATE_NOOP("mosaic::Labels", "Small challenge"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Something else"),
};

constexpr std::array<const char *, 6> kWinKinds{
    QT_TRANSLATE_NOOP("mosaic::Labels", "A win"),           QT_TRANSLATE_NOOP("mosaic::Labels", "Progress"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Kindness"),        QT_TRANSLATE_NOOP("mosaic::Labels", "Courage"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "A boundary kept"), QT_TRANSLATE_NOOP("mosaic::Labels", "Something good"),
};

constexpr std::array<const char *, 7> kReframeKinds{
    QT_TRANSLATE_NOOP("mosaic::Labels", "The context"),     QT_TRANSLATE_NOOP("mosaic::Labels", "The timing"),   QT_TRANSLATE_NOOP("mosaic::Labels", "The fit"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Their side"),      QT_TRANSLATE_NOOP("mosaic::Labels", "The evidence"), QT_TRANSLATE_NOOP("mosaic::Labels", "Growth"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Self-compassion"),
};

constexpr std::array<const char *, 8> kSituationalFactors{
    QT_TRANSLATE_NOOP("mosaic::Labels", "Timing"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "The setting"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Fit"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Different values"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "How things were said"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Their own worries"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "A misunderstanding"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Something else"),
};

constexpr std::array<const char *, 8> kRituals{
    QT_TRANSLATE_NOOP("mosaic::Labels", "Strengths reflection"),   QT_TRANSLATE_NOOP("mosaic::Labels", "Gratitude"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Weekly letter"),          QT_TRANSLATE_NOOP("mosaic::Labels", "Breathing"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Small social challenge"), QT_TRANSLATE_NOOP("mosaic::Labels", "Boundary practice"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Reaching out"),           QT_TRANSLATE_NOOP("mosaic::Labels", "My own"),
};

constexpr std::array<const char *, 12> kCircleKinds{
    QT_TRANSLATE_NOOP("mosaic::Labels", "Family"),       QT_TRANSLATE_NOOP("mosaic::Labels", "Friends"), QT_TRANSLATE_NOOP("mosaic::Labels", "Partner"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Work"),         QT_TRANSLATE_NOOP("mosaic::Labels", "Study"),   QT_TRANSLATE_NOOP("mosaic::Labels", "Hobby"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Volunteering"), QT_TRANSLATE_NOOP("mosaic::Labels", "Faith"),   QT_TRANSLATE_NOOP("mosaic::Labels", "Neighbourhood"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Online"),       QT_TRANSLATE_NOOP("mosaic::Labels", "Health"),  QT_TRANSLATE_NOOP("mosaic::Labels", "Other"),
};

constexpr std::array<const char *, 5> kSupportKinds{
    QT_TRANSLATE_NOOP("mosaic::Labels", "emotional"), QT_TRANSLATE_NOOP("mosaic::Labels", "practical"), QT_TRANSLATE_NOOP("mosaic::Labels", "perspective"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "feedback"),  QT_TRANSLATE_NOOP("mosaic::Labels", "fun"),
};

constexpr std::array<const char *, 3> kRings{
    QT_TRANSLATE_NOOP("mosaic::Labels", "inner"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "middle"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "outer"),
};

constexpr std::array<const char *, 3> kRingHeadings{
    QT_TRANSLATE_NOOP("mosaic::Labels", "Inner ring"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Middle ring"),
    QT_TRANSLATE_NOOP("mosaic::Labels", "Outer ring"),
};

} // namespace

QString ritual(Ritual ritual)
{
    return label(kRituals, ritual);
}

QString circleKind(CircleKind kind)
{
    return label(kCircleKinds, kind);
}

QString supportKind(SupportKind kind)
{
    return label(kSupportKinds, kind);
}

QString ring(Ring ring)
{
    return label(kRings, ring);
}

QString ringHeading(Ring ring)
{
    return label(kRingHeadings, ring);
}

QString incidentKind(IncidentKind kind)
{
    return label(kIncidentKinds, kind);
}

QString winKind(WinKind kind)
{
    return label(kWinKinds, kind);
}

QString reframeKind(ReframeKind kind)
{
    return label(kReframeKinds, kind);
}

QString situationalFactor(SituationalFactor factor)
{
    return label(kSituationalFactors, factor);
}

std::optional<QString> incidentKind(const QString &name)
{
    const auto kind = enumFromName<IncidentKind>(name);
    return kind ? std::optional<QString>(incidentKind(*kind)) : std::nullopt;
}

std::optional<QString> winKind(const QString &name)
{
    const auto kind = enumFromName<WinKind>(name);
    return kind ? std::optional<QString>(winKind(*kind)) : std::nullopt;
}

} // namespace mosaic::labels
