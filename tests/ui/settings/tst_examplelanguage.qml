// SPDX-License-Identifier: GPL-3.0-or-later
// The example journal speaks the window's language: German or Spanish when QLocale's default is (as the window sets
// it for a language chosen in Settings), English in the C locale and in a language without a translated example.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "ExampleLanguage"

    JournalSession {
        id: journalSession
        fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
    }
    JournalTransfer {
        id: transfer
        session: journalSession
    }

    function circleNames(): var {
        const names = [];
        for (const row of TestSupport.rows(journalSession.dataDirectory, "SELECT name FROM circles ORDER BY seq"))
            names.push(row.name);
        return names;
    }
    function importIn(locale: string): var {
        TestSupport.setDefaultLocale(locale);
        const outcome = transfer.importExample();
        verify(outcome.ok, outcome.message);
        return circleNames();
    }

    function init() {
        journalSession.dataDirectory = TestSupport.newDataDirectory();
        verify(journalSession.isOpen);
    }
    function cleanup() {
        TestSupport.setDefaultLocale("");
    }

    function test_theExampleSpeaksTheWindowsLanguage_data() {
        return [
            { tag: "German", locale: "de", circles: ["Familie", "Kletterverein", "Designteam", "Bücherei-Ehrenamt"] },
            { tag: "German (Austria)", locale: "de_AT", circles: ["Familie", "Kletterverein", "Designteam", "Bücherei-Ehrenamt"] },
            { tag: "Spanish", locale: "es", circles: ["Familia", "Club de escalada", "Equipo de diseño", "Voluntariado de la biblioteca"] },
            { tag: "C", locale: "C", circles: ["Family", "Climbing club", "Design team", "Library volunteers"] },
            { tag: "French, no example of its own", locale: "fr", circles: ["Family", "Climbing club", "Design team", "Library volunteers"] }
        ];
    }
    function test_theExampleSpeaksTheWindowsLanguage(data) {
        compare(importIn(data.locale), data.circles);
    }
}
