#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when Mosaic's .ts files are not complete.

lupdate runs over the sources into temporary copies of translations/*.ts (never the files themselves), so a string
added to the sources but not yet to a .ts file shows up as a new message. Then every message must be translated (no
"unfinished", "vanished" or "obsolete" entry, no empty form) and keep the source's placeholders.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:[1-9][0-9]?|n)")


def messages(ts_path):
    """{(context, source, disambiguation): message element} of a .ts file."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"), message.findtext("comment") or "")] = message
    return found


def describe(key):
    context, source, disambiguation = key
    return f"{context}: \"{source}\"" + (f" ({disambiguation})" if disambiguation else "")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_file(committed, updated, plural_only):
    problems = []
    before, after = messages(committed), messages(updated)
    for key in sorted(after.keys() - before.keys()):
        problems.append(f"missing from {committed.name}: {describe(key)}")
    for key in sorted(before.keys() - after.keys()):
        problems.append(f"no longer in the sources, still in {committed.name}: {describe(key)}")
    for key, message in sorted(after.items()):
        if key not in before:
            continue
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{kind} in {committed.name}: {describe(key)}")
            continue
        source = message.findtext("source")
        wanted = [p for p in placeholders(source) if p != "%n"]
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms or any(not form.strip() for form in forms):
                problems.append(f"a plural form is empty in {committed.name}: {describe(key)}")
                continue
            for form in forms:
                if [p for p in placeholders(form) if p != "%n"] != wanted:
                    problems.append(f"placeholders differ in {committed.name}: {describe(key)} -> \"{form}\"")
            if "%n" in source and "%n" not in forms[-1]:
                problems.append(f"the last plural form has no %n in {committed.name}: {describe(key)}")
        elif plural_only:
            problems.append(f"not a plural, yet in {committed.name}: {describe(key)}")
        else:
            text = translation.text or ""
            if not text.strip():
                problems.append(f"empty translation in {committed.name}: {describe(key)}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"placeholders differ in {committed.name}: {describe(key)} -> \"{text}\"")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="lupdate's list file: -I folders and the translatable sources, one per line")
    parser.add_argument("--translated", nargs="+", required=True, help="the .ts files translated in full")
    parser.add_argument("--plurals", required=True, help="the .ts file with the English plural forms only")
    arguments = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        runs = [([Path(ts) for ts in arguments.translated], []), ([Path(arguments.plurals)], ["-pluralonly"])]
        for ts_files, extra in runs:
            copies = []
            for ts in ts_files:
                copy = scratch / ts.name
                shutil.copyfile(ts, copy)
                copies.append(copy)
            command = [arguments.lupdate, "-silent", "-locations", "none", "-no-obsolete", *extra,
                       f"@{arguments.sources}", "-ts", *map(str, copies)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                print(f"lupdate failed ({result.returncode}):\n{result.stdout}{result.stderr}")
                return 1
            for ts, copy in zip(ts_files, copies):
                problems += check_file(ts, copy, plural_only=bool(extra))

    if problems:
        print(f"{len(problems)} problem(s) in the translations. After changing user-visible strings, run\n"
              "  cmake --build --preset dev --target update_translations\nand translate what is new:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("translations complete: " + ", ".join(Path(ts).name for ts in [*arguments.translated, arguments.plurals]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
