// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

namespace mosaic {

/// The one table of limits on what a record may hold: the interchange schema's (mosaic-journal-v1, docs/limits.md).
/// The import reader refuses a file beyond them, the actions refuse such input, and the pages stop typing at them
/// (the QML singleton `Limits`), so that whatever Mosaic writes it can read back, and whatever it reads it can edit.
/// Lengths count Unicode code points, as JSON Schema does. (What Mosaic reads from outside — a search, a file's
/// size — is InputLimits'.)
namespace RecordLimits {

/// A name or a title: a circle, a person, a habit, a strength, a reflection, a feeling, a next step.
inline constexpr qsizetype kNameLength = 200;
/// Free text written in the editor: what happened, notes, a check-in's note.
inline constexpr qsizetype kTextLength = 1000000;
/// A reframe's or a win's text.
inline constexpr qsizetype kStatementLength = 100000;
/// One line of an exposure plan, or a support kind's words.
inline constexpr qsizetype kFacetLength = 500;
/// The program named in a file's "app".
inline constexpr qsizetype kAppLength = 200;
/// A count habit's unit ("minutes", "things").
inline constexpr qsizetype kUnitLength = 40;
/// One tag of a reflection.
inline constexpr qsizetype kTagLength = 60;
/// A thinking pattern of one's own is kept as the tag "distortion:NAME", so its name leaves room for the prefix.
inline constexpr qsizetype kOwnDistortionNameLength = kTagLength - qsizetype(sizeof("distortion:") - 1);
/// How many tags, feelings and personal values one record may hold, and times one reminder.
inline constexpr qsizetype kTags = 50;
inline constexpr qsizetype kEmotions = 30;
inline constexpr qsizetype kValues = 50;
inline constexpr qsizetype kReminderTimes = 24;
/// The largest check-in value or count goal.
inline constexpr double kAmount = 1000000;

/// A text's length as the limits count it: in code points, an unpaired surrogate counting as one.
inline qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            --count;
    }
    return count;
}

} // namespace RecordLimits

} // namespace mosaic
