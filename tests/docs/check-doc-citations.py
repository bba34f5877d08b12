#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every citation of the project's documentation points at something that exists.

- No tracked file cites the old design document that lived outside the tree (its rules are in docs/ now).
- Every `docs/<page>.md` a tracked file names exists; when the citation names a section (`docs/<page>.md, "Section"`),
  that file has a heading or a bold lead-in (`**Section.**`) of that name.
- Every source path a page of docs/ names in backticks (`core/habits/StreakCalculator.h`, `app/window/BackupScheduler`)
  exists, as written or with a source file's extension, so that a reader can go from a rule to its code.

usage: check-doc-citations.py SOURCE_DIR (standard library only; git lists the tracked files when it can)"""
import os
import re
import subprocess
import sys

# Spelt in two pieces so that this file does not cite it itself.
OLD_DESIGN = "DESIGN" + ".md"
DOC_CITATION = re.compile(r"docs/([\w./-]+?\.md)(?:(?:,\s*|\s+\(?)[\"“]([^\"”]+)[\"”])?")
SOURCE_PATH = re.compile(r"`((?:app|core|ui|tests|packaging|resources|scripts|translations|fuzz)/[\w./-]*)`")
SOURCE_SUFFIXES = ("", ".h", ".cpp", ".qml", ".py", ".sh", ".cmake")
SKIPPED_DIRS = {".git", "build", "LICENSES"}
TEXT_SUFFIXES = (".cpp", ".h", ".c", ".qml", ".js", ".cmake", ".txt", ".py", ".sh", ".in", ".md", ".yml", ".yaml",
                 ".toml", ".xml", ".desktop", ".json", ".ts", ".conf", ".supp")


def tracked_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True).stdout
        files = [name for name in out.decode("utf-8").split("\0") if name]
        if files:
            return files
    except (OSError, subprocess.CalledProcessError):
        pass
    # Not a git checkout (a source tarball): every file outside build trees.
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("build")]
        files += [os.path.relpath(os.path.join(folder, name), root) for name in names]
    return files


def is_text(path):
    name = os.path.basename(path)
    return path.endswith(TEXT_SUFFIXES) or name in ("CMakeLists.txt", ".clang-format") or path.startswith("scripts/")


def sections_of(path):
    """The headings and bold lead-ins of a Markdown file, lowercase."""
    names = set()
    with open(path, encoding="utf-8") as page:
        for line in page:
            heading = re.match(r"#+\s+(.*?)\s*#*\s*$", line)
            if heading:
                names.add(heading.group(1).strip().lower())
            for bold in re.findall(r"\*\*([^*]+?)[.:]?\*\*", line):
                names.add(bold.strip().lower())
    return names


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check-doc-citations.py SOURCE_DIR")
    root = sys.argv[1]
    problems = []
    section_cache = {}
    for rel in sorted(tracked_files(root)):
        full = os.path.join(root, rel)
        if not is_text(rel) or not os.path.isfile(full):
            continue
        try:
            with open(full, encoding="utf-8") as source:
                lines = source.readlines()
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(lines, 1):
            where = f"{rel}:{number}"
            if OLD_DESIGN in line:
                problems.append(f"{where}: cites {OLD_DESIGN}, which is not in the tree; cite the page of docs/ that holds the rule")
            for match in DOC_CITATION.finditer(line):
                page, section = match.group(1), match.group(2)
                page_path = os.path.join(root, "docs", page)
                if not os.path.isfile(page_path):
                    problems.append(f"{where}: cites docs/{page}, which does not exist")
                    continue
                if section:
                    if page_path not in section_cache:
                        section_cache[page_path] = sections_of(page_path)
                    if section.strip().lower() not in section_cache[page_path]:
                        problems.append(f"{where}: cites the section \"{section}\" of docs/{page}, which has no heading of that name")
            if rel.startswith("docs/") and rel.endswith(".md"):
                for cited in SOURCE_PATH.findall(line):
                    path = cited.rstrip("./")
                    if not any(os.path.exists(os.path.join(root, path + suffix)) for suffix in SOURCE_SUFFIXES):
                        problems.append(f"{where}: names `{cited}`, which is not in the tree")
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(f"{len(problems)} citation(s) point at nothing")
    print("Every citation points at a page, section or file that exists")


if __name__ == "__main__":
    main()
