// SPDX-License-Identifier: GPL-3.0-or-later
// The Mosaic window: a sidebar of pages (Ctrl+1…8), the page shown, and a calm message bar for anything that went
// wrong. Pages load the first time they are shown and stay loaded; the window only switches between them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ApplicationWindow {
    id: window

    required property JournalSession session
    required property AppSettings settings

    /// The name of the page shown (see `pages`).
    property string currentPage: "today"
    /// Whether the first page shown has had the keyboard (once the window was active).
    property bool keyboardPlaced: false
    readonly property var pages: [
        //: Page name in the sidebar: the overview of the day (noun).
        { name: "today", title: qsTr("Today"), glyph: "☀" },
        //: Page name in the sidebar: working through a painful moment step by step (verb used as a name).
        { name: "reflect", title: qsTr("Reflect"), glyph: "✎" },
        //: Page name in the sidebar: all past reflections, wins and notes.
        { name: "journal", title: qsTr("Journal"), glyph: "☰" },
        //: Page name in the sidebar: the user's personal strengths (qualities) and wins.
        { name: "strengths", title: qsTr("Strengths"), glyph: "★" },
        //: Page name in the sidebar: small daily rituals the user keeps.
        { name: "habits", title: qsTr("Habits"), glyph: "✓" },
        //: Page name in the sidebar: the social circles (groups of people) the user belongs to.
        { name: "circles", title: qsTr("Circles"), glyph: "◎" },
        //: Page name in the sidebar: charts and trends over time.
        { name: "insights", title: qsTr("Insights"), glyph: "◔" },
        //: Page name in the sidebar.
        { name: "settings", title: qsTr("Settings"), glyph: "⚙" }
    ]
    readonly property int currentIndex: Math.max(0, window.pageIndex(window.currentPage))

    /// Shows page `name` and hands it `args` (see docs/ui-architecture.md).
    function showPage(name: string, args: var) {
        const index = window.pageIndex(name);
        if (index < 0)
            return;
        window.currentPage = name;
        const loader = pageRepeater.itemAt(index) as Loader;
        loader.active = true;
        if (loader.item) {
            loader.item.activate(args || {});
            window.focusPage(loader.item);
        }
        window.settings.lastPage = name;
    }
    /// Gives `page` the keyboard: to what it asked for in activate(), else to its arrivalFocus, shown with its ring so
    /// that a person on the keyboard sees where they are (docs/ui-architecture.md, "Where the keyboard lands").
    function focusPage(page: PageBase) {
        // Into the page only when the keyboard is elsewhere: focusing the page again would take the ring off its focus.
        if (!page.activeFocus)
            page.forceActiveFocus();
        const focused = window.activeFocusItem;
        // Nothing in the page asked for the keyboard, or what had it last is gone.
        const resting = focused === page || focused === page.keyboardStart || !focused || !focused.visible;
        const arrival = page.arrivalFocus;
        if (arrival && arrival.visible && (resting || focused === arrival)) {
            // Given back by a popup, it has the keyboard without its ring: it takes it again, as from Tab.
            if (focused === arrival && !arrival.visualFocus)
                arrival.focus = false;
            arrival.forceActiveFocus(Qt.TabFocusReason);
        } else if (resting) {
            page.keyboardStart.forceActiveFocus();
        }
    }
    function pageIndex(name: string): int {
        for (let i = 0; i < window.pages.length; ++i) {
            if (window.pages[i].name === name)
                return i;
        }
        return -1;
    }
    /// The loaded page called `name`, or null (for the self-test and the screenshots).
    function pageItem(name: string) {
        const index = window.pageIndex(name);
        return index < 0 ? null : (pageRepeater.itemAt(index) as Loader).item;
    }

    width: 1180
    height: 800
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    //: The window title: the application's name.
    title: qsTr("Mosaic")
    color: Theme.background

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.faint
    palette.mid: Theme.border
    palette.dark: Theme.faint
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceAlt
    palette.shadow: Theme.border
    palette.link: Theme.accent
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text

    Component.onCompleted: {
        Theme.mode = Qt.binding(() => window.settings.themeMode);
        // The remembered place and size (or the default size), fitted to the screen the window opens on.
        const placed = window.settings.openingGeometry(Qt.size(window.width, window.height), window);
        window.x = placed.x;
        window.y = placed.y;
        window.width = placed.width;
        window.height = placed.height;
        if (window.settings.windowMaximized)
            window.visibility = Window.Maximized;
        window.showPage(window.pageIndex(window.settings.lastPage) >= 0 ? window.settings.lastPage : "today", {});
    }
    onClosing: window.rememberGeometry()
    // The first page was shown before the window could take the keyboard: it gets it now, as any page shown does.
    onActiveChanged: {
        if (!window.active || window.keyboardPlaced)
            return;
        window.keyboardPlaced = true;
        const page = window.pageItem(window.currentPage);
        if (page && !welcome.visible)
            window.focusPage(page);
    }

    function rememberGeometry() {
        window.settings.windowMaximized = window.visibility === Window.Maximized;
        if (window.visibility === Window.Windowed)
            window.settings.windowGeometry = Qt.rect(window.x, window.y, window.width, window.height);
    }

    Shortcut {
        objectName: "shortcut-new-reflection"
        sequence: "Ctrl+N"
        onActivated: window.showPage("reflect", { "new": true })
    }
    Shortcut {
        objectName: "shortcut-find"
        sequence: StandardKey.Find
        onActivated: window.showPage("journal", { focusSearch: true })
    }
    // Ctrl+1…8: the pages in the sidebar's order.
    Shortcut {
        objectName: "shortcut-today"
        sequence: "Ctrl+1"
        onActivated: window.showPage("today", {})
    }
    Shortcut {
        objectName: "shortcut-reflect"
        sequence: "Ctrl+2"
        onActivated: window.showPage("reflect", {})
    }
    Shortcut {
        objectName: "shortcut-journal"
        sequence: "Ctrl+3"
        onActivated: window.showPage("journal", {})
    }
    Shortcut {
        objectName: "shortcut-strengths"
        sequence: "Ctrl+4"
        onActivated: window.showPage("strengths", {})
    }
    Shortcut {
        objectName: "shortcut-habits"
        sequence: "Ctrl+5"
        onActivated: window.showPage("habits", {})
    }
    Shortcut {
        objectName: "shortcut-circles"
        sequence: "Ctrl+6"
        onActivated: window.showPage("circles", {})
    }
    Shortcut {
        objectName: "shortcut-insights"
        sequence: "Ctrl+7"
        onActivated: window.showPage("insights", {})
    }
    Shortcut {
        objectName: "shortcut-settings"
        sequence: "Ctrl+8"
        onActivated: window.showPage("settings", {})
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            pages: window.pages
            currentIndex: window.currentIndex
            Layout.fillHeight: true
            onPageChosen: name => window.showPage(name, {})
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            MessageBar {
                objectName: "messageBar"
                Layout.fillWidth: true
                message: window.session.errorMessage
                onDismissed: window.session.clearError()
            }

            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.currentIndex

                Repeater {
                    id: pageRepeater
                    model: window.pages
                    delegate: Loader {
                        id: pageLoader
                        required property var modelData
                        required property int index
                        active: false
                        asynchronous: false
                        sourceComponent: window.pageComponent(pageLoader.modelData.name)
                        Connections {
                            target: pageLoader.item
                            ignoreUnknownSignals: true
                            function onOpenRequested(page: string, args: var) {
                                window.showPage(page, args);
                            }
                        }
                    }
                }
            }
        }
    }

    function pageComponent(name: string): Component {
        switch (name) {
        case "today": return todayPage;
        case "reflect": return reflectPage;
        case "journal": return journalPage;
        case "strengths": return strengthsPage;
        case "habits": return habitsPage;
        case "circles": return circlesPage;
        case "insights": return insightsPage;
        case "settings": return settingsPage;
        }
        return null;
    }

    Component {
        id: todayPage
        TodayPage {
            session: window.session
        }
    }
    Component {
        id: reflectPage
        ReflectPage {
            session: window.session
            reduceMotion: window.settings.reduceMotion
        }
    }
    Component {
        id: journalPage
        JournalPage {
            session: window.session
        }
    }
    Component {
        id: strengthsPage
        StrengthsPage {
            session: window.session
        }
    }
    Component {
        id: habitsPage
        HabitsPage {
            session: window.session
        }
    }
    Component {
        id: circlesPage
        CirclesPage {
            session: window.session
        }
    }
    Component {
        id: insightsPage
        InsightsPage {
            session: window.session
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            session: window.session
            settings: window.settings
        }
    }

    WelcomeDialog {
        id: welcome
        session: window.session
        settings: window.settings
        // After the welcome the keyboard goes where a page shown would put it (the example journal may open another).
        onClosed: {
            const page = window.pageItem(window.currentPage);
            if (page)
                window.focusPage(page);
        }
    }
}
