// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Journal.h"

namespace mosaic::benchmark {

/// The heavy journal of the performance targets, the same on every run: 20,000 incidents, 60,000 reframes,
/// 10 daily habits checked in over 10 years, 2,000 people in 100 circles, 20,000 wins.
Journal makeHeavyJournal();

} // namespace mosaic::benchmark
