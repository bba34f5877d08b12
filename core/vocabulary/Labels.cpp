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

} // namespace

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
