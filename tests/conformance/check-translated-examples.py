#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translated example journals (resources/samples/sample-journal.<language>.json) differ from the English one in
their words only: same keys in the same order, same list lengths, same numbers, booleans, ids, dates and enums, and
every text a person wrote is translated (unless it is a first name). usage: check-translated-examples.py ENGLISH TRANSLATED..."""
import json
import sys

# Where the interchange schema (docs/mosaic-journal-v1.schema.json) holds text a person wrote, as the path of object
# keys from the top (list positions left out). Emotion names are not among them: they are catalogue keys ("hurt").
HUMAN_TEXT = {
    "values.mission", "values.values",
    "circles.name", "circles.facet", "circles.notes",
    "people.name", "people.notes",
    "contacts.note",
    "incidents.title", "incidents.situation", "incidents.thought", "incidents.belief", "incidents.evidenceFor",
    "incidents.evidenceAgainst", "incidents.learned", "incidents.adjustment", "incidents.notes", "incidents.tags",
    "incidents.nextStep.text", "incidents.exposure.plan", "incidents.exposure.exitStrategy",
    "incidents.exposure.prediction", "incidents.exposure.outcome", "incidents.exposure.whatHelped",
    "reframes.text",
    "strengths.name", "strengths.description",
    "wins.text",
    "habits.name", "habits.prompt", "habits.target.unit",
    "checkIns.note",
    "reminders.title",
}
# Texts that stay as they are in every language: people's first names.
PROPER_NAMES = {"Maya", "Jonas", "Priya", "Sam", "Lea", "Tom"}


def compare(english, translated, keys, where, problems):
    path = ".".join(keys)
    if type(english) is not type(translated):
        problems.append(f"{where}: {type(english).__name__} in English, {type(translated).__name__} here")
    elif isinstance(english, dict):
        if list(english) != list(translated):
            problems.append(f"{where}: keys {list(english)} in English, {list(translated)} here")
            return
        for key in english:
            compare(english[key], translated[key], keys + [key], f"{where}.{key}", problems)
    elif isinstance(english, list):
        if len(english) != len(translated):
            problems.append(f"{where}: {len(english)} items in English, {len(translated)} here")
            return
        for index, (a, b) in enumerate(zip(english, translated)):
            compare(a, b, keys, f"{where}[{index}]", problems)
    elif isinstance(english, str) and path in HUMAN_TEXT:
        if not translated.strip():
            problems.append(f"{where}: empty")
        elif translated == english and english not in PROPER_NAMES:
            problems.append(f"{where}: not translated: {english!r}")
        elif english in PROPER_NAMES and translated != english:
            problems.append(f"{where}: the name {english!r} became {translated!r}")
    elif english != translated:
        problems.append(f"{where}: {english!r} in English, {translated!r} here (only the texts may differ)")


def main() -> int:
    english_path, *translated_paths = sys.argv[1:]
    with open(english_path, encoding="utf-8") as f:
        english = json.load(f)
    failed = False
    for path in translated_paths:
        with open(path, encoding="utf-8") as f:
            translated = json.load(f)
        problems = []
        compare(english, translated, [], "$", problems)
        for problem in problems:
            print(f"{path}: {problem}")
        print(f"{path}: {'differs from the English example in more than its texts' if problems else 'matches the English example'}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
