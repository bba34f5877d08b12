// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mosaic::cli {

/// mosaic(1) in roff (man(7) macros), made from the command-line table (CommandLine.h): every command with its
/// argument and options, the options of mosaic itself, the exit codes, ENVIRONMENT, FILES and EXAMPLES. Its texts are
/// those of --help, untranslated when no translator is installed (the build runs it so: the man page is English).
QString manPage(const QString &version);

/// Text made safe for a roff text line: backslashes, characters beyond ASCII, dashes (all set as ASCII dashes), and
/// a leading dot or quote (which would make the line a request).
QString roffText(const QString &text);

} // namespace mosaic::cli
