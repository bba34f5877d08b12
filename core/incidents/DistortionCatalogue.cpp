// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistortionCatalogue.h"

#include <QCoreApplication>

#include <array>

namespace mosaic {

namespace {

struct Entry
{
    Distortion id;
    const char *name;
    const char *explanation;
    const char *example;
};

// Written for Mosaic in everyday words: the aim is recognition ("oh, I do that"), not diagnosis.
// Every example is a thought someone might have after a social setback.
constexpr std::array<Entry, 12> Entries{{
    {Distortion::AllOrNothing, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "All-or-nothing thinking"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue",
                       "Seeing things in only two boxes, total success or total failure, with nothing in the wide space between."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "She said no to coffee, so the whole friendship is ruined.")},
    {Distortion::Overgeneralizing, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Overgeneralizing"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Turning one painful moment into a rule about how things always, or never, go for you."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Nobody answered my message in the group chat. People always ignore me.")},
    {Distortion::MentalFilter, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Mental filter"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Letting one hurtful detail fill the whole picture while everything else quietly fades from view."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Most people laughed at my story, but all I can think about is the one who checked their phone.")},
    {Distortion::DiscountingPositives, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Discounting the positives"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Waving away the good things as luck or politeness, so that they never get to count."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "They only invited me because they felt sorry for me.")},
    {Distortion::MindReading, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Mind reading"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue",
                       "Feeling sure you know what someone else thinks of you, usually something unkind, without having asked them."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "He hasn't replied because he finds me annoying.")},
    {Distortion::FortuneTelling, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Fortune telling"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Predicting that things will go badly and then treating the guess as if it were already a fact."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "If I ask to join their table they'll say no, so why even try.")},
    {Distortion::Catastrophizing, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Catastrophizing"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Leaping to the worst ending you can imagine and feeling it as though it has already happened."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "I didn't get picked for the team, so I'll end up with no one at all.")},
    {Distortion::EmotionalReasoning, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Emotional reasoning"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Taking a strong feeling as proof: because it feels true, it must be true."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "I feel like an outsider here, so I must not belong.")},
    {Distortion::ShouldStatements, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Should statements"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue",
                       "Holding yourself or others to strict rules about how things ought to be, then feeling guilty or bitter when life breaks them."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "I should be over this by now. A normal person wouldn't still care.")},
    {Distortion::Labeling, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Labeling"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Summing up a whole person, often yourself, with one harsh word because of one moment."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "I stumbled over my words when I asked her out. I'm such a loser.")},
    {Distortion::Personalizing, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Personalizing"),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Taking something as being all about you, when many other things in other people's lives are at play."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "My friend was quiet all through lunch. I must have done something to upset her.")},
    {Distortion::Blaming, QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "Blaming"),
     QT_TRANSLATE_NOOP(
         "mosaic::DistortionCatalogue",
         "Putting the whole cause on one person, someone else or entirely yourself, and losing sight of the rest of the situation and of what you can change."),
     QT_TRANSLATE_NOOP("mosaic::DistortionCatalogue", "It's completely their fault that I have no friends in this town.")},
}};

static_assert(
    [] {
        for (std::size_t i = 0; i < Entries.size(); ++i) {
            if (Entries[i].id != static_cast<Distortion>(i))
                return false;
        }
        return Entries.size() == enumCount<Distortion>();
    }(),
    "the catalogue lists every distortion once, in the enum's order");

QString translated(const char *text)
{
    return QCoreApplication::translate("mosaic::DistortionCatalogue", text);
}

} // namespace

const QList<DistortionInfo> &distortionCatalogue()
{
    static const QList<DistortionInfo> catalogue = [] {
        QList<DistortionInfo> list;
        list.reserve(static_cast<qsizetype>(Entries.size()));
        for (const Entry &entry : Entries)
            list.append({entry.id, translated(entry.name), translated(entry.explanation), translated(entry.example)});
        return list;
    }();
    return catalogue;
}

DistortionInfo distortionInfo(Distortion distortion)
{
    const QList<DistortionInfo> &catalogue = distortionCatalogue();
    const auto index = static_cast<qsizetype>(distortion);
    if (index < 0 || index >= catalogue.size())
        return {distortion, {}, {}, {}};
    return catalogue.at(index);
}

} // namespace mosaic
