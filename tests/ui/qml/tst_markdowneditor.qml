// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown editor as a person uses it: key presses in, text and selection out.
import QtQuick
import QtQuick.Controls
import QtTest
import Mosaic.Ui

Item {
    id: scene
    width: 800
    height: 600

    Component {
        id: editorComponent
        MarkdownEditor {
            anchors.fill: parent
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    // An editor between two fields, as on a page, `height` tall.
    Component {
        id: formComponent
        Column {
            property alias editor: formEditor
            property alias before: beforeField
            property alias after: afterField
            property real editorHeight: 240
            width: 700
            TextField {
                id: beforeField
                width: parent.width
            }
            MarkdownEditor {
                id: formEditor
                width: parent.width
                height: parent.editorHeight
            }
            TextField {
                id: afterField
                width: parent.width
            }
        }
    }

    TestCase {
        id: testCase
        name: "MarkdownEditor"
        when: windowShown

        // Any QML warning (a binding loop, a runaway handler, a type error) fails the test that caused it.
        function init() {
            failOnWarning(/.*/);
        }

        // An editor showing `text`, with the keyboard focus in its writing area.
        function createEditor(text: string): MarkdownEditor {
            const editor = createTemporaryObject(editorComponent, scene, {
                "text": text
            });
            verify(editor);
            editor.textArea.forceActiveFocus();
            tryVerify(() => editor.textArea.activeFocus);
            return editor;
        }

        function type(characters: string) {
            for (let i = 0; i < characters.length; ++i)
                keyClick(characters[i]);
        }

        function test_ctrlBWrapsTheSelectionInBold() {
            const editor = createEditor("a word here");
            editor.textArea.select(2, 6);
            keyClick(Qt.Key_B, Qt.ControlModifier);
            compare(editor.text, "a **word** here");
            compare(editor.textArea.selectedText, "word");
            keySequence("ctrl+b");
            compare(editor.text, "a word here");
        }

        function test_ctrlIWrapsTheSelectionInItalics() {
            const editor = createEditor("a word here");
            editor.textArea.select(2, 6);
            keyClick(Qt.Key_I, Qt.ControlModifier);
            compare(editor.text, "a *word* here");
            compare(editor.textArea.selectedText, "word");
        }

        function test_ctrlKMakesALinkWithTheAddressSelected() {
            const editor = createEditor("see the notes");
            editor.textArea.select(8, 13);
            keyClick(Qt.Key_K, Qt.ControlModifier);
            compare(editor.text, "see the [notes](url)");
            compare(editor.textArea.selectedText, "url");
            type("https://example.org");
            compare(editor.text, "see the [notes](https://example.org)");
        }

        function test_ctrlBWithoutSelectionInsertsAPairToTypeIn() {
            const editor = createEditor("");
            keyClick(Qt.Key_B, Qt.ControlModifier);
            type("yes");
            compare(editor.text, "**yes**");
        }

        function test_aShortcutIsOneUndoStep() {
            const editor = createEditor("");
            type("calm");
            editor.textArea.select(0, 4);
            keyClick(Qt.Key_B, Qt.ControlModifier);
            compare(editor.text, "**calm**");
            keySequence("ctrl+z");
            compare(editor.text, "calm");
            editor.textArea.redo();
            compare(editor.text, "**calm**");
        }

        function test_enterContinuesABulletListAndEndsItOnAnEmptyItem() {
            const editor = createEditor("");
            type("- milk");
            keyClick(Qt.Key_Return);
            compare(editor.text, "- milk\n- ");
            type("bread");
            keyClick(Qt.Key_Return);
            compare(editor.text, "- milk\n- bread\n- ");
            keyClick(Qt.Key_Return);
            compare(editor.text, "- milk\n- bread\n");
            compare(editor.textArea.cursorPosition, editor.text.length);
        }

        function test_enterContinuesANumberedList() {
            const editor = createEditor("");
            type("1. one");
            keyClick(Qt.Key_Return);
            compare(editor.text, "1. one\n2. ");
            type("two");
            keyClick(Qt.Key_Enter, Qt.KeypadModifier);
            compare(editor.text, "1. one\n2. two\n3. ");
            keyClick(Qt.Key_Return);
            compare(editor.text, "1. one\n2. two\n");
        }

        function test_enterOutsideAListIsAPlainNewLine() {
            const editor = createEditor("");
            type("Dear me,");
            keyClick(Qt.Key_Return);
            type("hi");
            compare(editor.text, "Dear me,\nhi");
        }

        function test_theWordCountFollowsTyping() {
            const editor = createEditor("one two");
            compare(editor.wordCount, 2);
            const label = findChild(editor, "wordCount");
            compare(label.text, "2 words");
            editor.textArea.cursorPosition = editor.textArea.length;
            type(" three");
            compare(editor.wordCount, 3);
            compare(label.text, "3 words");
        }

        function test_thePlaceholderShowsWhileEmpty() {
            const editor = createEditor("");
            const placeholder = findChild(editor, "placeholder");
            verify(placeholder.visible);
            compare(placeholder.text, editor.placeholderText);
            verify(placeholder.text.length > 0);
            type("x");
            verify(!placeholder.visible);
            keyClick(Qt.Key_Backspace);
            verify(placeholder.visible);
        }

        function test_typingEmitsTextEditedButLoadingDoesNot() {
            const editor = createEditor("loaded");
            const spy = createTemporaryObject(spyComponent, testCase, {
                "target": editor,
                "signalName": "textEdited"
            });
            editor.text = "another record";
            compare(editor.textArea.text, "another record");
            compare(spy.count, 0);
            editor.textArea.cursorPosition = editor.textArea.length;
            type("!");
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "another record!");
            compare(editor.text, "another record!");
        }

        function test_theTextStaysPlain() {
            const editor = createEditor("");
            compare(editor.textArea.textFormat, TextEdit.PlainText);
            type("<b>not bold</b>");
            compare(editor.text, "<b>not bold</b>");
        }

        function test_theReadViewRendersTheMarkdown() {
            const editor = createEditor("# Tuesday\n\nA **hard** moment, then [a walk](https://example.org).");
            const readView = findChild(editor, "readView");
            verify(!readView.visible);
            keyClick(Qt.Key_Escape);
            editor.readView = true;
            verify(readView.visible);
            verify(!editor.textArea.visible);
            const rendered = readView.getText(0, readView.length);
            verify(rendered.indexOf("Tuesday") >= 0, rendered);
            verify(rendered.indexOf("hard moment") >= 0, rendered);
            verify(rendered.indexOf("#") < 0, rendered);
            verify(rendered.indexOf("**") < 0, rendered);
            verify(rendered.indexOf("https://") < 0, rendered);
            keyClick(Qt.Key_Escape);
            verify(!editor.readView);
            verify(editor.textArea.visible);
        }

        function test_focusModeHidesTheChromeAndNarrowsTheColumn() {
            const editor = createEditor("Some text");
            const toolbar = findChild(editor, "toolbar");
            const statusLine = findChild(editor, "statusLine");
            verify(toolbar.visible);
            verify(statusLine.visible);
            const usual = editor.textArea.width - editor.textArea.leftPadding - editor.textArea.rightPadding;
            editor.focusMode = true;
            verify(!toolbar.visible);
            verify(!statusLine.visible);
            const focused = editor.textArea.width - editor.textArea.leftPadding - editor.textArea.rightPadding;
            verify(focused < usual, focused + " < " + usual);
            compare(editor.textArea.leftPadding, editor.textArea.rightPadding);
            keyClick(Qt.Key_Escape);
            verify(!editor.focusMode);
        }

        function test_darkSwitchesTheColours() {
            const editor = createEditor("# Heading");
            const light = editor.backgroundColor.toString();
            verify(editor.backgroundColor.hslLightness > 0.9);
            editor.dark = true;
            verify(editor.backgroundColor.toString() !== light);
            verify(editor.backgroundColor.hslLightness < 0.3);
            verify(editor.textColor.hslLightness > 0.7);
        }

        function test_theHighlightingEngineIsNamed() {
            const editor = createEditor("");
            verify(editor.highlightingEngine.length > 0);
        }

        function test_tabMovesOnAndNeverWritesATab() {
            const form = createTemporaryObject(formComponent, scene);
            form.editor.textArea.forceActiveFocus();
            type("first");
            keyClick(Qt.Key_Tab);
            verify(form.after.activeFocus, "Tab stayed in the editor");
            compare(form.editor.text, "first");
            type("next");
            compare(form.after.text, "next");
            // Shift+Tab from the field comes back to the writing area; from the writing area it goes on backwards.
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(form.editor.textArea.activeFocus);
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(!form.editor.textArea.activeFocus);
            compare(form.editor.text, "first");
            verify(form.editor.text.indexOf("\t") < 0);
        }

        function test_focusingTheEditorPutsTheKeyboardInItsWritingArea() {
            const form = createTemporaryObject(formComponent, scene);
            form.before.forceActiveFocus();
            form.editor.forceActiveFocus();
            verify(form.editor.textArea.activeFocus);
            type("kept");
            compare(form.editor.text, "kept");
        }

        function test_ctrlBracketsNestAListItemAndTakeItOutAgain() {
            const editor = createEditor("");
            type("- milk");
            keyClick(Qt.Key_Return);
            type("oat");
            keyClick(Qt.Key_BracketRight, Qt.ControlModifier);
            compare(editor.text, "- milk\n    - oat");
            compare(editor.textArea.cursorPosition, editor.text.length);
            keyClick(Qt.Key_Return);
            compare(editor.text, "- milk\n    - oat\n    - ");
            keyClick(Qt.Key_BracketLeft, Qt.ControlModifier);
            compare(editor.text, "- milk\n    - oat\n- ");
            type("bread");
            compare(editor.text, "- milk\n    - oat\n- bread");
            // One undo step each.
            keySequence("ctrl+z");
            keySequence("ctrl+z");
            compare(editor.text, "- milk\n    - oat\n    - ");
        }

        function test_theEditorsOwnChromeLeavesRoomForText() {
            const form = createTemporaryObject(formComponent, scene, { "editorHeight": 190 });
            const editor = form.editor;
            const scroll = findChild(editor, "writeScroll");
            // The height the old margins left a single line in.
            const lines = (scroll.height - editor.textArea.topPadding - editor.textArea.bottomPadding) / editor.lineHeight;
            verify(lines >= 4, lines + " lines of text in an editor 190 px tall");
            form.editorHeight = editor.heightForLines(6);
            compare(Math.floor((scroll.height - editor.textArea.topPadding - editor.textArea.bottomPadding) / editor.lineHeight), 6);
        }

        function test_theCaretStaysInSightWhileTyping() {
            const form = createTemporaryObject(formComponent, scene, { "editorHeight": 200 });
            const editor = form.editor;
            const area = editor.textArea;
            const scroll = findChild(editor, "writeScroll");
            area.forceActiveFocus();
            for (let line = 1; line <= 30; ++line) {
                type("line " + line);
                keyClick(Qt.Key_Return);
                wait(0);
                const caret = area.mapToItem(scroll, area.cursorRectangle.x, area.cursorRectangle.y);
                verify(caret.y >= 0 && caret.y + area.cursorRectangle.height <= scroll.height + 1,
                       "line " + line + ": the caret is at " + caret.y + " in a view " + scroll.height + " tall");
            }
            // Back to the top with the keys, the view follows too.
            keyClick(Qt.Key_Home, Qt.ControlModifier);
            wait(0);
            compare(area.mapToItem(scroll, 0, area.cursorRectangle.y).y >= 0, true);
        }

        function test_tabGoesStraightIntoTheTextPastTheToolbar() {
            const form = createTemporaryObject(formComponent, scene);
            form.before.forceActiveFocus();
            keyClick(Qt.Key_Tab);
            verify(form.editor.textArea.activeFocus, "Tab stopped on the toolbar");
            type("straight in");
            compare(form.editor.text, "straight in");
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(form.before.activeFocus, "Shift+Tab stopped on the toolbar");
        }

        function test_everyToolbarButtonHasItsKey() {
            const editor = createEditor("a word");
            editor.textArea.forceActiveFocus();
            // Ctrl+Shift+R: the read view, with the keyboard in it; Esc goes back to writing where one was.
            keyClick(Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier);
            verify(editor.readView);
            verify(findChild(editor, "readView").activeFocus, "the read view has no keyboard");
            keyClick(Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier);
            verify(!editor.readView);
            verify(editor.textArea.activeFocus);
            keyClick(Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier);
            keyClick(Qt.Key_Escape);
            verify(!editor.readView);
            verify(editor.textArea.activeFocus);
            // Ctrl+Shift+F: focus mode, the same way.
            keyClick(Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier);
            verify(editor.focusMode);
            verify(editor.textArea.activeFocus);
            keyClick(Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier);
            verify(!editor.focusMode);
            compare(editor.text, "a word");
            // Each button names its key in its tooltip.
            for (const name of ["boldButton", "italicButton", "linkButton", "readViewButton", "focusModeButton"])
                verify(/Ctrl\+/.test(findChild(editor, name).hint), name + " names no key");
        }

        function test_aClickOnTheToolbarLeavesTheKeyboardInTheText() {
            const editor = createEditor("a word");
            editor.textArea.forceActiveFocus();
            editor.textArea.select(2, 6);
            mouseClick(findChild(editor, "boldButton"));
            compare(editor.text, "a **word**");
            verify(editor.textArea.activeFocus);
            mouseClick(findChild(editor, "readViewButton"));
            verify(editor.readView);
            mouseClick(findChild(editor, "readViewButton"));
            verify(!editor.readView);
            verify(editor.textArea.activeFocus);
        }

        function test_everyControlHasAnAccessibleName() {
            const editor = createEditor("");
            const names = ["editorArea", "readView", "boldButton", "italicButton", "linkButton", "readViewButton", "focusModeButton", "wordCount"];
            for (const name of names) {
                const control = findChild(editor, name);
                verify(control, name);
                verify(control.Accessible.name.length > 0, name);
            }
        }
    }
}
