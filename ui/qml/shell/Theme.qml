// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, spacing and type of the whole window: calm and warm, one accent, light and dark. The editor's palette
// (ui/editor/MarkdownFormats.cpp) uses the same paper, ink and accent.
pragma Singleton
import QtQuick
import Mosaic.Ui

QtObject {
    id: theme

    /// "system", "light" or "dark"; the window sets it from the settings.
    property string mode: "system"
    /// Whether the system's palette is dark (Qt 6.4 has no colour-scheme hint: the window colour tells).
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: mode === "dark" || (mode === "system" && systemDark)

    // Surfaces, from the page behind everything to the card on top.
    readonly property color background: dark ? "#1f1d1b" : "#f6f2ec"
    readonly property color sidebar: dark ? "#191816" : "#efe9e0"
    readonly property color surface: dark ? "#262421" : "#fffdf9"
    readonly property color surfaceAlt: dark ? "#2e2b28" : "#f2ede5"
    readonly property color paper: dark ? "#23211f" : "#fbf8f3" // the editor's background
    readonly property color border: dark ? "#3a3632" : "#e4dcd0"

    // Ink. Every ink reads at 4.5:1 or more on every surface (WCAG AA), in both themes: the contrast test checks it.
    readonly property color text: dark ? "#e7e1d7" : "#3b3631"
    readonly property color muted: dark ? "#aea79c" : "#6b6359"
    readonly property color faint: dark ? "#aca69f" : "#6c6458"

    // The one accent, and its quiet companions.
    readonly property color accent: dark ? "#7fc4bb" : "#366e6a"
    readonly property color accentSoft: dark ? "#2d3f3c" : "#dcebe8"
    readonly property color textOnAccent: dark ? "#13201e" : "#fffdf8"
    /// The ring around the control that has the keyboard's focus: 3:1 or more against every surface.
    readonly property color focusRing: dark ? "#9fe0d6" : "#1d5c57"
    readonly property int focusRingWidth: 2
    /// Warm highlight for wins and strengths.
    readonly property color warm: dark ? "#e2b77f" : "#8a5c2c"
    readonly property color warmSoft: dark ? "#3d3226" : "#f6e6d2"
    /// For a failed save or a refused file: a muted clay, never an alarm red.
    readonly property color attention: dark ? "#e0a08a" : "#9b503b"
    readonly property color attentionSoft: dark ? "#3e2b25" : "#f6e2da"

    /// Colours for circles, habits and charts that have none of their own; soft in both themes.
    readonly property var series: dark ? ["#7fc4bb", "#e2b77f", "#b4a7e0", "#e59f9f", "#9fcf8f", "#8fb6e0", "#d9a6cf", "#c9c27a"]
                                       : ["#3e7f7a", "#a66b30", "#6f5fb0", "#b85c5c", "#5b8f4a", "#4a77a8", "#9a5a8c", "#8a7f2c"]

    // Spacing on a 4 px grid.
    readonly property int gap: 8
    readonly property int padding: 16
    readonly property int pagePadding: 32
    readonly property int radius: 10
    readonly property int smallRadius: 6

    // Type.
    readonly property real bodySize: Math.max(10, theme.fontProbe.font.pointSize)
    readonly property real smallSize: bodySize - 1
    readonly property real titleSize: bodySize + 11
    readonly property real headingSize: bodySize + 4
    readonly property real displaySize: bodySize + 18

    readonly property int contentWidth: 960

    /// The application's font, as every Label gets it.
    property Text fontProbe: Text {}

    property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    /// A series colour for index `i`, or `own` when it is a colour; as drawn on a surface, at 3:1 or more against it
    /// (a person's own colour may be too close to it).
    function seriesColor(i: int, own: string): color {
        return ColourContrast.forGraphics(own && own.length === 7 ? own : theme.series[Math.abs(i) % theme.series.length], theme.surface);
    }
}
