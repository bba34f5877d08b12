// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmotionCatalogue.h"

#include <QCoreApplication>

#include <array>

namespace mosaic {

namespace {

struct Entry
{
    const char *name;
    const char *label;
    EmotionFamily family;
};

// lupdate needs the context as a literal wherever a string is marked; this one is for looking marked strings up.
constexpr const char *Context = "mosaic::EmotionCatalogue";

// The names are data (they are what the journal stores), so they stay in English; only labels are translated.
constexpr std::array<Entry, 24> Entries{{
    {"hurt", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Hurt"), EmotionFamily::Hurt},
    {"sadness", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Sadness"), EmotionFamily::Hurt},
    {"loneliness", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Loneliness"), EmotionFamily::Hurt},
    {"disappointment", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Disappointment"), EmotionFamily::Hurt},
    {"grief", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Grief"), EmotionFamily::Hurt},
    {"anxiety", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Anxiety"), EmotionFamily::Fear},
    {"fear", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Fear"), EmotionFamily::Fear},
    {"insecurity", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Insecurity"), EmotionFamily::Fear},
    {"confusion", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Confusion"), EmotionFamily::Fear},
    {"shame", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Shame"), EmotionFamily::SelfConscious},
    {"embarrassment", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Embarrassment"), EmotionFamily::SelfConscious},
    {"humiliation", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Humiliation"), EmotionFamily::SelfConscious},
    {"guilt", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Guilt"), EmotionFamily::SelfConscious},
    {"anger", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Anger"), EmotionFamily::Anger},
    {"frustration", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Frustration"), EmotionFamily::Anger},
    {"resentment", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Resentment"), EmotionFamily::Anger},
    {"jealousy", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Jealousy"), EmotionFamily::Anger},
    {"relief", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Relief"), EmotionFamily::Lighter},
    {"hope", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Hope"), EmotionFamily::Lighter},
    {"calm", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Calm"), EmotionFamily::Lighter},
    {"acceptance", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Acceptance"), EmotionFamily::Lighter},
    {"gratitude", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Gratitude"), EmotionFamily::Lighter},
    {"pride", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Pride"), EmotionFamily::Lighter},
    {"belonging", QT_TRANSLATE_NOOP("mosaic::EmotionCatalogue", "Belonging"), EmotionFamily::Lighter},
}};

} // namespace

const QList<EmotionInfo> &emotionCatalogue()
{
    static const QList<EmotionInfo> catalogue = [] {
        QList<EmotionInfo> list;
        list.reserve(static_cast<qsizetype>(Entries.size()));
        for (const Entry &entry : Entries)
            list.append({QString::fromLatin1(entry.name), QCoreApplication::translate(Context, entry.label), entry.family});
        return list;
    }();
    return catalogue;
}

std::optional<EmotionInfo> emotionInfo(QStringView name)
{
    for (const EmotionInfo &info : emotionCatalogue()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QString emotionLabel(QStringView name)
{
    if (const auto info = emotionInfo(name))
        return info->label;
    return name.toString();
}

QString emotionFamilyLabel(EmotionFamily family)
{
    switch (family) {
    case EmotionFamily::Hurt:
        return QCoreApplication::translate("mosaic::EmotionCatalogue", "Hurt and sadness");
    case EmotionFamily::Fear:
        return QCoreApplication::translate("mosaic::EmotionCatalogue", "Fear and worry");
    case EmotionFamily::SelfConscious:
        return QCoreApplication::translate("mosaic::EmotionCatalogue", "Shame and self-consciousness");
    case EmotionFamily::Anger:
        return QCoreApplication::translate("mosaic::EmotionCatalogue", "Anger and envy");
    case EmotionFamily::Lighter:
        return QCoreApplication::translate("mosaic::EmotionCatalogue", "Lighter feelings");
    }
    return {};
}

} // namespace mosaic
