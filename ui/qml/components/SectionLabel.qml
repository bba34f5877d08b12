// SPDX-License-Identifier: GPL-3.0-or-later
// A small heading above a group of rows within a card.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Label {
    color: Theme.muted
    font.pointSize: Theme.smallSize
    font.weight: Font.DemiBold
    font.letterSpacing: 0.6
    font.capitalization: Font.AllUppercase
    Accessible.role: Accessible.Heading
}
