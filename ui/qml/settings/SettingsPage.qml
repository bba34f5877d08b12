// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: where the journal lives, moving it in and out of files (with the command line's checks and messages),
// the theme and the language, and what this build is.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page

    required property AppSettings settings
    /// The last outcome of an export, import or backup (a transferOutcome), or null.
    property var lastOutcome: null
    /// A checked file (a URL) waiting for the user's "Import" after its dry run; empty when none.
    property string pendingImport
    /// The last outcome of a backup made, checked or restored in the Backups card (a transferOutcome), or null.
    property var backupOutcome: null

    //: Page title, as the page's name in the sidebar.
    title: qsTr("Settings")
    subtitle: qsTr("Your journal stays on this computer. Export it to keep a copy or to move it elsewhere.")

    function report(outcome: transferOutcome) {
        page.lastOutcome = outcome;
    }
    function checkImport(file: url) {
        const outcome = transfer.importFile(file, true);
        page.pendingImport = outcome.ok ? String(file) : "";
        page.report(outcome);
    }
    function confirmImport() {
        const file = page.pendingImport;
        page.pendingImport = "";
        page.report(transfer.importFile(file, false));
    }

    JournalTransfer {
        id: transfer
        objectName: "transfer"
        session: page.session
    }

    Card {
        heading: qsTr("Your journal")
        caption: qsTr("Mosaic keeps everything in one file, journal.sqlite, in this folder. Keep it on a local disk: a synced or network folder can damage an open journal. Use export or backup for copies.")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            TextField {
                objectName: "dataFolderField"
                text: page.session.dataDirectory
                readOnly: true
                selectByMouse: true
                implicitHeight: 34
                Layout.fillWidth: true
                Accessible.name: qsTr("Data folder")
            }
            QuietButton {
                //: Button (verb): open the data folder in the file manager.
                text: qsTr("Open folder")
                onClicked: Qt.openUrlExternally(transfer.dataFolderUrl())
            }
        }
    }

    Card {
        heading: qsTr("Export and import")
        caption: qsTr("Exports follow Mosaic's interchange format (JSON), which any copy of Mosaic can import and merge; Markdown is for reading. An import checks the whole file first and changes nothing when something is wrong.")

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                objectName: "exportJsonButton"
                text: qsTr("Export as JSON…")
                onClicked: exportJsonDialog.open()
            }
            QuietButton {
                text: qsTr("Export as Markdown…")
                onClicked: exportMarkdownDialog.open()
            }
            QuietButton {
                text: qsTr("Save a backup…")
                onClicked: backupDialog.open()
            }
            QuietButton {
                objectName: "importButton"
                text: qsTr("Import a journal file…")
                onClicked: importDialog.open()
            }
        }

        Rectangle {
            objectName: "transferOutcome"
            visible: page.lastOutcome !== null
            Layout.fillWidth: true
            implicitHeight: outcomeColumn.implicitHeight + 2 * Theme.padding
            radius: Theme.smallRadius
            color: page.lastOutcome && page.lastOutcome.ok ? Theme.accentSoft : Theme.attentionSoft
            Accessible.role: Accessible.StaticText
            Accessible.name: outcomeText.text

            ColumnLayout {
                id: outcomeColumn
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.gap
                Label {
                    id: outcomeText
                    text: page.lastOutcome ? page.lastOutcome.message : ""
                    color: Theme.text
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: page.pendingImport.length > 0
                    spacing: Theme.gap
                    AccentButton {
                        objectName: "confirmImportButton"
                        //: Button (verb): import the file that was just checked.
                        text: qsTr("Import")
                        onClicked: page.confirmImport()
                    }
                    QuietButton {
                        //: Button (verb): do not import the file.
                        text: qsTr("Cancel")
                        onClicked: {
                            page.pendingImport = "";
                            page.lastOutcome = null;
                        }
                    }
                }
            }
        }
    }

    BackupsModel {
        id: backups
        objectName: "backups"
        session: page.session
    }

    Card {
        objectName: "backupsCard"
        //: Card heading (noun, plural): the automatic copies of the journal.
        heading: qsTr("Backups")
        caption: qsTr("Once a day, when the journal changed, Mosaic keeps a checked copy in the backups folder of the data folder: the last 7 days, 4 weeks and 12 months, within 2 GB.")

        Rectangle {
            objectName: "checkProblem"
            visible: backups.checkProblem.length > 0
            Layout.fillWidth: true
            implicitHeight: checkProblemText.implicitHeight + 2 * Theme.padding
            radius: Theme.smallRadius
            color: Theme.attentionSoft
            Accessible.role: Accessible.AlertMessage
            Accessible.name: checkProblemText.text
            Label {
                id: checkProblemText
                anchors.fill: parent
                anchors.margins: Theme.padding
                text: backups.checkProblem
                color: Theme.text
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }

        Label {
            objectName: "noBackups"
            visible: backups.count === 0
            text: qsTr("No backups yet. The first is made a little while after you write something.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Repeater {
            model: backups
            delegate: RowLayout {
                id: backupRow
                required property int index
                required property string dateText
                required property string sizeText
                required property bool beforeRestore
                objectName: "backupRow-" + index
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    text: backupRow.beforeRestore
                        //: A backup in the list: %1 is when the journal was kept, just before a restore replaced it.
                        ? qsTr("%1 (kept before a restore)").arg(backupRow.dateText)
                        : backupRow.dateText
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: backupRow.sizeText
                    color: Theme.muted
                }
                QuietButton {
                    objectName: "restoreButton-" + backupRow.index
                    //: Button (verb): put this backup in place of the journal.
                    text: qsTr("Restore…")
                    //: %1 is the backup's date.
                    Accessible.name: qsTr("Restore the backup of %1").arg(backupRow.dateText)
                    onClicked: confirmRestore.ask(backupRow.index, backupRow.dateText)
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                objectName: "backUpNowButton"
                //: Button (verb): make a backup of the journal now.
                text: qsTr("Back up now")
                onClicked: page.backupOutcome = backups.backUpNow()
            }
            QuietButton {
                objectName: "checkJournalButton"
                //: Button (verb): check the journal for damage.
                text: qsTr("Check the journal")
                onClicked: page.backupOutcome = backups.checkJournalNow()
            }
        }

        Label {
            objectName: "backupOutcome"
            visible: page.backupOutcome !== null
            text: page.backupOutcome ? page.backupOutcome.message : ""
            color: Theme.text
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Card {
        //: Card heading (noun, plural): the reminders of rituals.
        heading: qsTr("Reminders")

        ReminderSettings {
            objectName: "reminderSettings"
            session: page.session
            settings: page.settings
            Layout.fillWidth: true
        }
    }

    Card {
        heading: qsTr("Appearance")

        GridLayout {
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: Theme.gap
            Layout.fillWidth: true

            Label {
                //: Label (noun): the colour theme of the window.
                text: qsTr("Theme")
                color: Theme.text
            }
            RowLayout {
                spacing: Theme.gap
                Repeater {
                    model: [
                        { mode: "system", label: qsTr("Follow the system") },
                        //: Colour theme: light colours.
                        { mode: "light", label: qsTr("Light") },
                        //: Colour theme: dark colours.
                        { mode: "dark", label: qsTr("Dark") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        objectName: "theme-" + modelData.mode
                        text: modelData.label
                        checked: page.settings.themeMode === modelData.mode
                        onClicked: page.settings.themeMode = modelData.mode
                        //: %1 is a colour theme, e.g. "Dark".
                        Accessible.name: qsTr("Theme: %1").arg(modelData.label)
                    }
                }
            }

            Label {
                text: qsTr("Language")
                color: Theme.text
            }
            ColumnLayout {
                spacing: 2
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    // Each language by its own name, never translated, so that it can be found from any language.
                    readonly property var nativeNames: ({ en: "English", de: "Deutsch", es: "Español" })
                    readonly property var languages: {
                        const list = [{ code: "", label: qsTr("The system's language") }];
                        for (const code of page.settings.translatedLanguages)
                            list.push({ code: code, label: nativeNames[code] || Qt.locale(code).nativeLanguageName });
                        return list;
                    }
                    model: languages.map(language => language.label)
                    currentIndex: Math.max(0, languages.findIndex(language => language.code === page.settings.language))
                    onActivated: index => page.settings.language = languages[index].code
                    Accessible.name: qsTr("Language")
                    Layout.preferredWidth: 260
                }
                Label {
                    text: qsTr("A new language takes effect the next time Mosaic starts.")
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                }
            }

            Label {
                //: Label (noun): how much moves on screen.
                text: qsTr("Motion")
                color: Theme.text
            }
            Switch {
                id: reduceMotionSwitch
                objectName: "reduceMotionSwitch"
                //: A setting: less animation (the breathing guide of Reflect keeps its size).
                text: qsTr("Reduce motion")
                checked: page.settings.reduceMotion
                onToggled: page.settings.reduceMotion = reduceMotionSwitch.checked
                Accessible.name: reduceMotionSwitch.text
                Accessible.description: qsTr("The breathing guide paces your breath without growing and shrinking.")
            }
        }
    }

    Card {
        heading: qsTr("About Mosaic")
        Label {
            //: %1 is the version of Mosaic, e.g. 1.2.0.
            text: qsTr("Mosaic %1 — a journal for taking rejection less hard and growing from it.").arg(Qt.application.version)
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            //: %1 is the name of the engine that highlights Markdown (e.g. "KSyntaxHighlighting"), %2 the settings file's path.
            text: qsTr("Markdown highlighting: %1. Settings are kept in %2.").arg(highlightProbe.highlightingEngine).arg(page.settings.settingsPath)
            color: Theme.muted
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkdownDocument {
            id: highlightProbe
        }
    }

    FileDialog {
        id: exportJsonDialog
        title: qsTr("Export the journal as JSON")
        fileMode: FileDialog.SaveFile
        //: A file type in the file dialog; keep "(*.json)" as it is.
        nameFilters: [qsTr("Mosaic journal (*.json)")]
        defaultSuffix: "json"
        onAccepted: page.report(transfer.exportJson(exportJsonDialog.selectedFile))
    }
    FileDialog {
        id: exportMarkdownDialog
        title: qsTr("Export the journal as Markdown")
        fileMode: FileDialog.SaveFile
        //: A file type in the file dialog; keep "(*.md)" as it is.
        nameFilters: [qsTr("Markdown (*.md)")]
        defaultSuffix: "md"
        onAccepted: page.report(transfer.exportMarkdown(exportMarkdownDialog.selectedFile))
    }
    FileDialog {
        id: backupDialog
        title: qsTr("Save a backup of the journal")
        fileMode: FileDialog.SaveFile
        //: A file type in the file dialog; keep "(*.sqlite)" as it is.
        nameFilters: [qsTr("Mosaic journal backup (*.sqlite)")]
        defaultSuffix: "sqlite"
        onAccepted: page.report(transfer.backup(backupDialog.selectedFile))
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import a journal file")
        fileMode: FileDialog.OpenFile
        nameFilters: [
            //: A file type in the file dialog; keep "(*.json)" as it is.
            qsTr("Mosaic journal (*.json)"),
            //: In the file dialog; keep "(*)" as it is.
            qsTr("All files (*)")
        ]
        onAccepted: page.checkImport(importDialog.selectedFile)
    }

    ConfirmDialog {
        id: confirmRestore
        objectName: "confirmRestore"
        property int row: -1
        function ask(row: int, dateText: string) {
            confirmRestore.row = row;
            //: %1 is the backup's date.
            confirmRestore.message = qsTr("The journal will be as it was on %1. The journal as it is now is kept as a backup first, so you can come back to it.").arg(dateText);
            confirmRestore.open();
        }
        //: Title of the dialog that confirms restoring a backup.
        title: qsTr("Restore this backup?")
        //: Button (verb): put the chosen backup back in place of the journal.
        acceptText: qsTr("Restore")
        onConfirmed: page.backupOutcome = backups.restore(confirmRestore.row)
    }
}
