// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mosaic {

/// Whether a listing includes tombstoned records. Screens list the living; export and merges need the tombstones too.
enum class IncludeDeleted
{
    No,
    Yes
};

} // namespace mosaic
