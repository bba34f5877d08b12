#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-layers.py finds every kind of crossing it names, in a small tree made to cross them, and passes a clean one.

usage: check-layers-selftest.py CHECK_LAYERS_PY"""
import os
import subprocess
import sys
import tempfile

CROSSINGS = {
    "ui/qml/a/Query.cpp": "void f() { QSqlQuery query; }\n",
    "ui/qml/a/Write.cpp": "auto t = WriteTransaction::begin(db);\n",
    "ui/editor/Id.cpp": "const QString id = Uuid::create();\n",
    "ui/qml/b/Include.h": '#include "storage/Database.h"\n',
    "core/x/Gui.cpp": "#include <QColor>\n",
    "core/x/Qml.h": "class A { QML_ELEMENT };\n",
}
CLEAN = {
    "ui/qml/a/Fine.cpp": '// No QSqlQuery here, no WriteTransaction: the action does it.\n#include "journal/JournalSession.h"\n',
    "core/x/Fine.cpp": "#include <QString>\n/* QML_ELEMENT would not belong here */\n",
}
LINKS_BAD = "MosaicCore: Qt6::Core;Qt6::Sql;Qt6::Gui\nMosaicReminders: Mosaic::Core;Mosaic::UiQml;Qt6::DBus\n"
LINKS_GOOD = "MosaicCore: Qt6::Core;Qt6::Sql\nMosaicReminders: Mosaic::Core;Qt6::DBus;Qt6::Widgets\n"


def tree(root, files):
    for path, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as file:
            file.write(text)


def run(check, root, links):
    with open(os.path.join(root, "links.txt"), "w", encoding="utf-8") as file:
        file.write(links)
    return subprocess.run([sys.executable, check, root, "--links", os.path.join(root, "links.txt")],
                          capture_output=True, text=True)


def main(argv):
    check = argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as clean:
        tree(clean, CLEAN)
        result = run(check, clean, LINKS_GOOD)
        if result.returncode != 0:
            failures.append("a clean tree failed:\n" + result.stdout)
    with tempfile.TemporaryDirectory() as clean:
        # A build without the window has no reminder service: its list is empty, which crosses nothing.
        tree(clean, CLEAN)
        result = run(check, clean, "MosaicCore: Qt6::Core;Qt6::Sql\nMosaicReminders: \n")
        if result.returncode != 0:
            failures.append("a build without the window failed:\n" + result.stdout)
    with tempfile.TemporaryDirectory() as crossed:
        tree(crossed, {**CLEAN, **CROSSINGS})
        result = run(check, crossed, LINKS_BAD)
        if result.returncode != 1:
            failures.append(f"a crossing tree exited {result.returncode}")
        for path in CROSSINGS:
            if path + ":" not in result.stdout:
                failures.append(f"{path} was not reported")
        for link in ("MosaicCore links Qt6::Gui", "MosaicReminders links Mosaic::UiQml"):
            if link not in result.stdout:
                failures.append(f"'{link}' was not reported")
        if "Fine.cpp" in result.stdout:
            failures.append("a comment naming a forbidden word was reported")
    for failure in failures:
        print(failure)
    print("ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
