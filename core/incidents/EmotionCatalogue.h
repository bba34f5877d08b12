// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mosaic {

/// Loose families that make a long list of feelings easier to scan; not a theory of emotion.
enum class EmotionFamily
{
    Hurt, ///< hurt, sadness, loneliness…
    Fear, ///< anxiety, insecurity…
    SelfConscious, ///< shame, embarrassment…
    Anger, ///< anger, resentment, jealousy…
    Lighter, ///< relief, hope, calm…
};

/// A feeling the Reflect flow offers to name. People may also type their own.
struct EmotionInfo
{
    QString name; ///< The lowercase name stored in the journal, e.g. "shame". Never translated.
    QString label; ///< For display, e.g. "Shame"; translated.
    EmotionFamily family = EmotionFamily::Hurt;
};

/// The common feelings around rejection, grouped by family in a stable order.
/// Labels are translated with the translators installed at the first call.
const QList<EmotionInfo> &emotionCatalogue();

/// The entry for a stored name (exact match); nullopt for a feeling the person named themselves.
std::optional<EmotionInfo> emotionInfo(QStringView name);

/// The display label for a stored name: the catalogue's label, or the name itself when it is the person's own.
QString emotionLabel(QStringView name);

/// A display name for a family, e.g. "Hurt and sadness".
QString emotionFamilyLabel(EmotionFamily family);

} // namespace mosaic
