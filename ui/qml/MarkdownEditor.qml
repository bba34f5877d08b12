// SPDX-License-Identifier: GPL-3.0-or-later
// The one editor for every long text in Mosaic: plain Markdown, highlighted as it is typed, with Ctrl+B, Ctrl+I,
// Ctrl+K, lists that continue on Enter and nest with Ctrl+] / Ctrl+[, a word count, a focus mode (Ctrl+Shift+F) and a
// read view (Ctrl+Shift+R) that renders the Markdown. Tab and Shift+Tab move the keyboard on, as in every field: a
// long text is never a trap. It stores plain text only. It does not save: the owner listens to textEdited() and hands
// the text to an AutosaveController.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

FocusScope {
    id: root

    /// The text. Assigning it loads a text (and starts a new undo history); typing updates it and emits textEdited().
    property string text
    /// The prompt shown while the editor is empty.
    property string placeholderText: qsTr("Write it down as it comes. Nobody else reads this.")
    /// The accessible name of the writing area, e.g. "The automatic thought".
    //: The accessible name of the writing area: a journal entry (noun).
    property string accessibleName: qsTr("Entry")
    /// Dark colours; the window binds this to its theme.
    property bool dark: false
    /// Distraction-free writing: no toolbar or status line, a narrower column in the middle.
    property bool focusMode: false
    /// Shows the Markdown rendered, read-only, instead of the editor.
    property bool readView: false

    property color backgroundColor: markdown.backgroundColor
    property color textColor: markdown.textColor
    property color accentColor: markdown.accentColor
    property color mutedColor: markdown.mutedColor

    /// The width of the text column in characters: a comfortable line length, a little shorter in focus mode.
    property int columnCharacters: focusMode ? 62 : 76

    /// The margin on either side of the text column: the column stays centred, the toolbar and the status line
    /// line up with it.
    readonly property real columnMargin: Math.max(24, (root.width - metrics.averageCharacterWidth * root.columnCharacters) / 2)

    readonly property int wordCount: markdown.wordCount(area.text)
    readonly property string highlightingEngine: markdown.highlightingEngine
    readonly property alias textArea: area
    /// The height of one line of text.
    readonly property real lineHeight: metrics.lineSpacing
    /// What the toolbar, the status line and the writing area's margins take of the editor's height.
    readonly property real chromeHeight: (toolbar.visible ? toolbar.implicitHeight + toolbar.Layout.topMargin + toolbar.Layout.bottomMargin : 0)
                                         + writeScroll.topPadding + writeScroll.bottomPadding + area.topPadding + area.bottomPadding
                                         + (statusLine.visible ? statusLine.implicitHeight + statusLine.Layout.topMargin + statusLine.Layout.bottomMargin : 0)

    /// The editor's height that shows `lines` lines of text.
    function heightForLines(lines: int): real {
        return Math.ceil(root.chromeHeight + lines * root.lineHeight);
    }

    /// The user changed the text (typing, pasting, a shortcut, undo); not emitted when `text` is assigned.
    signal textEdited(string text)

    function toggleBold() {
        root.applyEdit(markdown.toggleBold(area.text, area.selectionStart, area.selectionEnd));
    }
    function toggleItalic() {
        root.applyEdit(markdown.toggleItalic(area.text, area.selectionStart, area.selectionEnd));
    }
    function toggleLink() {
        root.applyEdit(markdown.toggleLink(area.text, area.selectionStart, area.selectionEnd));
    }
    function newLine() {
        root.applyEdit(markdown.insertNewline(area.text, area.selectionStart, area.selectionEnd));
    }
    function indentList() {
        root.applyEdit(markdown.indentListItems(area.text, area.selectionStart, area.selectionEnd));
    }
    function outdentList() {
        root.applyEdit(markdown.outdentListItems(area.text, area.selectionStart, area.selectionEnd));
    }
    // One undo step in the document (assigning area.text would clear the undo history), then the new selection.
    function applyEdit(state: var) {
        markdown.apply(state);
        area.select(state.selectionStart, state.selectionEnd);
    }

    /// The writing font; the read view uses it too.
    property alias font: area.font

    implicitWidth: 720
    implicitHeight: 480

    onTextChanged: {
        if (area.text !== root.text)
            area.text = root.text;
    }
    onAccentColorChanged: readArea.restyle()
    onMutedColorChanged: readArea.restyle()
    onReadViewChanged: {
        if (root.readView)
            readArea.forceActiveFocus();
        else
            area.forceActiveFocus();
    }
    // Here rather than on the writing area: they work from the read view too.
    Keys.onPressed: event => {
        if (event.modifiers !== (Qt.ControlModifier | Qt.ShiftModifier))
            return;
        if (event.key === Qt.Key_R) {
            root.readView = !root.readView;
            event.accepted = true;
        } else if (event.key === Qt.Key_F) {
            root.focusMode = !root.focusMode;
            event.accepted = true;
        }
    }
    Component.onCompleted: area.text = root.text

    Keys.onEscapePressed: event => {
        event.accepted = root.focusMode || root.readView;
        root.focusMode = false;
        root.readView = false;
    }

    MarkdownDocument {
        id: markdown
        textDocument: area.textDocument
        dark: root.dark
    }

    FontMetrics {
        id: metrics
        font: area.font
    }

    // The toolbar is for the mouse: each button has its key (named in its tooltip), so Tab goes from the field before
    // the editor straight into its text instead of through five buttons.
    component ChromeButton: ToolButton {
        id: chromeButton
        property string hint
        property color inkColor
        property color accentColor
        focusPolicy: Qt.NoFocus
        padding: 8
        font.pointSize: 10
        Accessible.name: chromeButton.hint
        ToolTip.visible: chromeButton.hovered && chromeButton.hint.length > 0
        ToolTip.text: chromeButton.hint
        ToolTip.delay: 600
        contentItem: Text {
            text: chromeButton.text
            font: chromeButton.font
            color: chromeButton.checked ? chromeButton.accentColor : chromeButton.inkColor
            opacity: chromeButton.enabled ? 1 : 0.4
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Item {
            implicitWidth: 32
            implicitHeight: 32
            Rectangle {
                anchors.fill: parent
                radius: 6
                color: chromeButton.accentColor
                opacity: chromeButton.down ? 0.22 : chromeButton.checked ? 0.14 : chromeButton.hovered ? 0.08 : 0
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: root.backgroundColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            id: toolbar
            objectName: "toolbar"
            visible: !root.focusMode
            spacing: 4
            Layout.fillWidth: true
            // The buttons' text lines up with the text column (minus the buttons' own padding).
            Layout.leftMargin: root.columnMargin - 8
            Layout.rightMargin: root.columnMargin - 8
            Layout.topMargin: 6
            Layout.bottomMargin: 0

            ChromeButton {
                inkColor: root.textColor
                accentColor: root.accentColor
                objectName: "boldButton"
                text: "<b>B</b>"
                //: Tooltip of the bold button; keep the shortcut as it is.
                hint: qsTr("Bold (Ctrl+B)")
                enabled: !root.readView
                onClicked: {
                    root.toggleBold();
                    area.forceActiveFocus();
                }
            }
            ChromeButton {
                inkColor: root.textColor
                accentColor: root.accentColor
                objectName: "italicButton"
                text: "<i>I</i>"
                //: Tooltip of the italic button; keep the shortcut as it is.
                hint: qsTr("Italic (Ctrl+I)")
                enabled: !root.readView
                onClicked: {
                    root.toggleItalic();
                    area.forceActiveFocus();
                }
            }
            ChromeButton {
                inkColor: root.textColor
                accentColor: root.accentColor
                objectName: "linkButton"
                //: Toolbar button (noun): makes the selection a Markdown link.
                text: qsTr("Link")
                //: Tooltip of the Link button; keep the shortcut as it is.
                hint: qsTr("Link (Ctrl+K)")
                enabled: !root.readView
                onClicked: {
                    root.toggleLink();
                    area.forceActiveFocus();
                }
            }
            Item {
                Layout.fillWidth: true
            }
            ChromeButton {
                inkColor: root.textColor
                accentColor: root.accentColor
                objectName: "readViewButton"
                text: root.readView
                      //: Toolbar toggle (verb): leaves the read view and goes back to writing.
                      ? qsTr("Write")
                      //: Toolbar toggle (verb): shows the text rendered, read-only.
                      : qsTr("Read")
                //: Tooltips of the Read/Write toggle; keep the shortcut as it is.
                hint: root.readView ? qsTr("Back to writing (Ctrl+Shift+R)") : qsTr("Read view: the text as it will look (Ctrl+Shift+R)")
                checkable: true
                checked: root.readView
                onToggled: root.readView = checked
            }
            ChromeButton {
                inkColor: root.textColor
                accentColor: root.accentColor
                objectName: "focusModeButton"
                //: Toolbar toggle: focus mode, only the text on screen (noun or verb, keep it short).
                text: qsTr("Focus")
                //: Tooltip of the Focus toggle; keep the shortcuts as they are.
                hint: qsTr("Focus mode: only the text (Ctrl+Shift+F, Esc to leave)")
                checkable: true
                checked: root.focusMode
                onToggled: {
                    root.focusMode = checked;
                    area.forceActiveFocus();
                }
            }
        }

        ScrollView {
            id: writeScroll
            objectName: "writeScroll"
            visible: !root.readView
            contentWidth: availableWidth
            // A control is a focus scope: without this the writing area's focus would stop here, and focusing the
            // editor would leave the keyboard nowhere.
            focus: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: area
                objectName: "editorArea"
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                focus: true
                selectByMouse: true
                persistentSelection: true
                font.pointSize: 12
                color: root.textColor
                selectionColor: Qt.rgba(root.accentColor.r, root.accentColor.g, root.accentColor.b, 0.3)
                selectedTextColor: root.textColor
                placeholderText: ""
                background: null
                topPadding: root.focusMode ? 72 : 10
                bottomPadding: root.focusMode ? 48 : 12
                leftPadding: root.columnMargin
                rightPadding: leftPadding
                Accessible.name: root.accessibleName
                Accessible.description: root.placeholderText

                onTextChanged: {
                    if (area.text !== root.text) {
                        root.text = area.text;
                        root.textEdited(area.text);
                    }
                }

                // Before the TextArea's own handling: Ctrl+K would otherwise delete to the end of the line.
                Keys.onPressed: event => {
                    if (area.preeditText.length > 0)
                        return;
                    const modifiers = event.modifiers & ~Qt.KeypadModifier;
                    if (modifiers === Qt.ControlModifier && event.key === Qt.Key_B) {
                        root.toggleBold();
                        event.accepted = true;
                    } else if (modifiers === Qt.ControlModifier && event.key === Qt.Key_I) {
                        root.toggleItalic();
                        event.accepted = true;
                    } else if (modifiers === Qt.ControlModifier && event.key === Qt.Key_K) {
                        root.toggleLink();
                        event.accepted = true;
                    } else if (modifiers === Qt.NoModifier && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
                        root.newLine();
                        event.accepted = true;
                    } else if ((modifiers & Qt.ControlModifier) && event.key === Qt.Key_BracketRight) {
                        root.indentList();
                        event.accepted = true;
                    } else if ((modifiers & Qt.ControlModifier) && event.key === Qt.Key_BracketLeft) {
                        root.outdentList();
                        event.accepted = true;
                    } else if ((modifiers & ~Qt.ShiftModifier) === Qt.NoModifier && (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab)) {
                        // Tab moves on instead of writing a tab character, which Markdown has no use for.
                        const forward = event.key === Qt.Key_Tab && modifiers === Qt.NoModifier;
                        const next = area.nextItemInFocusChain(forward);
                        if (next && next !== area)
                            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
                        event.accepted = true;
                    }
                }

                Text {
                    id: placeholder
                    objectName: "placeholder"
                    x: area.leftPadding
                    y: area.topPadding
                    width: area.width - area.leftPadding - area.rightPadding
                    visible: area.length === 0 && area.preeditText.length === 0
                    text: root.placeholderText
                    font: area.font
                    color: root.mutedColor
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
            }
        }

        ScrollView {
            id: readScroll
            objectName: "readScroll"
            visible: root.readView
            contentWidth: availableWidth
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: readArea
                objectName: "readView"
                readOnly: true
                textFormat: TextEdit.RichText
                // Rendered only while shown, without loading any image written into it.
                text: root.readView ? ReadableText.html(area.text, root.accentColor) : ""
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                font: area.font
                color: root.textColor
                selectionColor: Qt.rgba(root.accentColor.r, root.accentColor.g, root.accentColor.b, 0.3)
                selectedTextColor: root.textColor
                background: null
                topPadding: area.topPadding
                bottomPadding: area.bottomPadding
                leftPadding: area.leftPadding
                rightPadding: area.rightPadding
                //: Accessible name of the read view. %1 is the writing area's name, e.g. "Entry".
                Accessible.name: qsTr("%1, rendered").arg(root.accessibleName)
                onLinkActivated: link => Qt.openUrlExternally(link)
                // Restyling changes the rendered document, which emits textChanged again: the flag stops that loop.
                property bool restyling: false
                onTextChanged: readArea.restyle()
                function restyle() {
                    if (readArea.restyling)
                        return;
                    readArea.restyling = true;
                    markdown.styleRenderedDocument(readArea.textDocument, root.accentColor, root.mutedColor);
                    readArea.restyling = false;
                }
            }
        }

        RowLayout {
            id: statusLine
            objectName: "statusLine"
            visible: !root.focusMode
            Layout.fillWidth: true
            Layout.leftMargin: root.columnMargin
            Layout.rightMargin: root.columnMargin
            Layout.topMargin: 2
            Layout.bottomMargin: 6

            Item {
                Layout.fillWidth: true
            }
            Label {
                id: wordCountLabel
                objectName: "wordCount"
                //: The word count under the editor.
                text: qsTr("%n word(s)", "", root.wordCount)
                color: root.mutedColor
                font.pointSize: 9
                Accessible.name: wordCountLabel.text
            }
        }
    }
}
