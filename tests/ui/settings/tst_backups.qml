// SPDX-License-Identifier: GPL-3.0-or-later
// Settings' backups as a user meets them: the list with dates and sizes, a restore after a mistake (confirmed, and the
// journal as it was kept as a backup first), and a check of the journal that tells when it fails.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "SettingsBackups"
    when: windowShown
    visible: true
    width: 1000
    height: 800

    JournalSession {
        id: journalSession
        fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
    }
    AppSettings {
        id: appSettings
    }
    Component {
        id: pageComponent
        SettingsPage {
            session: journalSession
            settings: appSettings
            width: 1000
            height: 800
        }
    }

    function count(sql: string): int {
        return TestSupport.rows(journalSession.dataDirectory, sql)[0].n;
    }

    function init() {
        journalSession.dataDirectory = TestSupport.newDataDirectory();
    }

    function test_aBackupIsListedAndRestoredAfterAMistake() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.checkImport(TestSupport.fileUrl(TestSupport.sampleJournalPath()));
        page.confirmImport();
        const wins = count("SELECT count(*) AS n FROM wins");
        verify(wins > 0);

        const backups = findChild(page, "backups");
        compare(backups.count, 0);
        verify(findChild(page, "noBackups").visible);
        findChild(page, "backUpNowButton").clicked();
        verify(page.backupOutcome.ok, page.backupOutcome.message);
        compare(backups.count, 1);
        verify(!findChild(page, "noBackups").visible);
        const row = findChild(page, "backupRow-0");
        verify(row !== null);
        compare(row.dateText, new Date(2026, 10, 20).toLocaleDateString(Qt.locale(), Locale.LongFormat));
        verify(row.sizeText.length > 0);

        // The mistake: every win gone.
        TestSupport.rows(journalSession.dataDirectory, "DELETE FROM wins");
        compare(count("SELECT count(*) AS n FROM wins"), 0);

        findChild(page, "restoreButton-0").clicked();
        const dialog = findChild(page, "confirmRestore");
        tryVerify(() => dialog.opened);
        const question = dialog.message;
        verify(question.indexOf("kept as a backup first") >= 0, question);
        const restore = findChild(dialog.footer, "confirmAccept");
        compare(restore.text, "Restore");
        mouseClick(restore);
        tryVerify(() => !dialog.visible);

        verify(page.backupOutcome.ok, page.backupOutcome.message);
        verify(journalSession.isOpen);
        compare(count("SELECT count(*) AS n FROM wins"), wins);
        // The journal as it was (without its wins) is kept, listed first.
        compare(backups.count, 2);
        verify(findChild(page, "backupRow-0").beforeRestore);
    }

    function test_aFailedCheckIsShownWithWhatToDo() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.checkImport(TestSupport.fileUrl(TestSupport.sampleJournalPath()));
        page.confirmImport();
        findChild(page, "checkJournalButton").clicked();
        verify(page.backupOutcome.ok, page.backupOutcome.message);
        verify(!findChild(page, "checkProblem").visible);

        TestSupport.rows(journalSession.dataDirectory, "UPDATE incidents SET person_ids_json = '[\"nobody\"]'");
        findChild(page, "checkJournalButton").clicked();
        verify(!page.backupOutcome.ok);
        const problem = findChild(page, "checkProblem");
        verify(problem.visible);
        verify(problem.Accessible.name.indexOf("Restore a backup") >= 0, problem.Accessible.name);
        // No backup is made of a journal that fails its checks.
        findChild(page, "backUpNowButton").clicked();
        verify(!page.backupOutcome.ok);
        compare(findChild(page, "backups").count, 0);
    }
}
