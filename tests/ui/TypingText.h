// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What mosaic-typing-writer types, the same every run so the kill test knows what a prefix must look like.
/// Mixed scripts and an emoji, so a save cut in the middle of a surrogate pair or a multi-byte character would show.
inline QString typingText()
{
    QString text;
    for (int i = 0; text.size() < 6000; ++i)
        text += QStringLiteral("Paragraph %1: they didn't reply, and that is *not* a verdict on me. Café, naïve, 日本語, 😊.\n").arg(i);
    return text;
}
