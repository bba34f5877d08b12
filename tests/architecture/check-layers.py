#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layers stay where docs/ui-architecture.md puts them ("Layers").

- No C++ file under ui/ writes or queries the journal itself: no `QSqlQuery`, no `WriteTransaction`, no
  `Uuid::create` (a new record's identity is a core action's), no `#include "storage/…"`. Every user action is a core
  use case; view-models only translate.
- core/ uses Qt Core and Qt SQL only: no header of Qt Gui, Qt Qml, Qt Quick or Qt Widgets, no `QML_` macro.
- The targets link what their layer may: core only Qt Core and Qt SQL; the reminder service not the QML module.
  The link lists come from CMake (one `TARGET: item;item…` line each, in the file given with --links).

usage: check-layers.py SOURCE_DIR [--links FILE]   (standard library only)"""
import os
import re
import sys

UI_FORBIDDEN = [
    (re.compile(r"\bQSqlQuery\b"), "runs SQL (move the query into a core …Queries function)"),
    (re.compile(r"\bWriteTransaction\b"), "opens a write transaction (call a core action inside JournalSession::write)"),
    (re.compile(r"\bUuid::create\b"), "makes a record's id (creating records is a core action's job)"),
    (re.compile(r'#\s*include\s*[<"]storage/'), "includes the storage layer"),
]
CORE_FORBIDDEN = [
    (re.compile(r"#\s*include\s*<(?:Qt(?:Gui|Qml|Quick|Widgets)/)?Q(?:Gui|Qml|Quick|Widget|Window|Color|Image|Font|Pixmap|Icon)\w*>"),
     "includes a Qt Gui, Qml, Quick or Widgets header"),
    (re.compile(r"\bQML_\w+"), "registers a QML type (register core types in ui/ with QML_FOREIGN)"),
]
CPP_SUFFIXES = (".cpp", ".h")
# What a target may not link, by target.
LINK_RULES = {
    "MosaicCore": re.compile(r"Qt6?::(?:Gui|Qml|Quick|QuickControls2|Widgets)|Mosaic::Ui|MosaicUi"),
    "MosaicReminders": re.compile(r"Mosaic::UiQml|MosaicUiQml|Qt6?::Qml\b|Qt6?::Quick"),
}


def strip_comments(text):
    """The code without // and /* */ comments, line numbers kept, so that a comment may name what it avoids."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def scan(root, folder, rules):
    problems = []
    for directory, dirs, names in os.walk(os.path.join(root, folder)):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(CPP_SUFFIXES):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as file:
                lines = strip_comments(file.read()).split("\n")
            for number, line in enumerate(lines, 1):
                for pattern, why in rules:
                    if pattern.search(line):
                        problems.append(f"{os.path.relpath(path, root)}:{number}: {why}: {line.strip()}")
    return problems


def check_links(path):
    problems = []
    seen = set()
    with open(path, encoding="utf-8") as file:
        for line in file:
            target, _, libraries = (part.strip() for part in line.partition(":"))
            if target not in LINK_RULES:
                continue
            seen.add(target)
            for library in filter(None, libraries.split(";")):
                if LINK_RULES[target].search(library):
                    problems.append(f"{target} links {library}, which its layer may not use")
    problems += [f"{target}: its link list is missing from {path}" for target in LINK_RULES if target not in seen]
    return problems


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--links"):
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    problems = scan(root, "ui", UI_FORBIDDEN) + scan(root, "core", CORE_FORBIDDEN)
    if len(argv) == 4:
        problems += check_links(argv[3])
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} place(s) cross a layer (docs/ui-architecture.md, \"Layers\").")
        return 1
    print("The layers hold.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
