#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest without building it (flatpak-builder is not run here).

    check-flatpak-manifest.py MANIFEST.yml docs/packaging.md

- the app id is org.mosaic.Mosaic, on KDE's runtime (6.x), starting `mosaic`;
- finish-args are exactly the permissions docs/packaging.md documents (its table between the markers
  <!-- flatpak-permissions --> and <!-- /flatpak-permissions -->), each with a comment above it in the manifest,
  and none of those a journal must not have (network, files, the whole session bus, …);
- Mosaic's module builds this checkout (a dir source at ../..) with CMake, without tests and benchmarks.
"""
import pathlib
import re
import sys

import yaml

APP_ID = "org.mosaic.Mosaic"
# Never for a private journal: the network, files outside the sandbox (they come through the portal), the whole
# session or system bus, every device, the host's processes.
FORBIDDEN = re.compile(r"^--(share=network|filesystem=|socket=(session-bus|system-bus)|device=all|talk-name=org\.freedesktop\.Flatpak)")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def documented_permissions(doc_path):
    text = doc_path.read_text(encoding="utf-8")
    match = re.search(r"<!-- flatpak-permissions -->(.*?)<!-- /flatpak-permissions -->", text, re.S)
    if not match:
        sys.exit(f"FAILED: {doc_path} has no permissions table between <!-- flatpak-permissions --> markers")
    # Table rows: | `--socket=wayland` | why |
    return re.findall(r"^\|\s*`(--[^`]+)`\s*\|", match.group(1), re.M)


def commented_finish_args(manifest_text):
    """The finish-args whose line has a comment line right above it."""
    lines = manifest_text.splitlines()
    commented, inside = set(), False
    for index, line in enumerate(lines):
        if re.match(r"^finish-args:\s*$", line):
            inside = True
            continue
        if inside and re.match(r"^\S", line):
            break
        item = re.match(r"^\s*-\s*['\"]?(--[^'\"\s]+)", line) if inside else None
        if item and index > 0 and lines[index - 1].strip().startswith("#"):
            commented.add(item.group(1))
    return commented


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check-flatpak-manifest.py MANIFEST.yml docs/packaging.md")
    manifest_path, doc_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    manifest_text = manifest_path.read_text(encoding="utf-8")
    manifest = yaml.safe_load(manifest_text)
    print(f"manifest: {manifest_path}")

    app_id = manifest.get("app-id", manifest.get("id"))
    check(app_id == APP_ID, f"the app id is {app_id!r}, expected {APP_ID!r}")
    check(manifest_path.stem == APP_ID, f"the manifest's file name {manifest_path.name} is not named after {APP_ID}")
    check(manifest.get("runtime") == "org.kde.Platform", f"the runtime is {manifest.get('runtime')!r}, expected org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", f"the SDK is {manifest.get('sdk')!r}, expected org.kde.Sdk")
    version = str(manifest.get("runtime-version", ""))
    check(re.fullmatch(r"6\.\d+", version), f"the runtime version is {version!r}, expected a KDE 6.x branch")
    check(manifest.get("command") == "mosaic", f"the command is {manifest.get('command')!r}, expected mosaic")

    finish_args = manifest.get("finish-args") or []
    documented = documented_permissions(doc_path)
    print(f"finish-args: {' '.join(finish_args)}")
    print(f"documented:  {' '.join(documented)}")
    check(len(finish_args) == len(set(finish_args)), "finish-args has duplicates")
    check(len(documented) == len(set(documented)), f"{doc_path.name} documents a permission twice")
    undocumented = sorted(set(finish_args) - set(documented))
    unused = sorted(set(documented) - set(finish_args))
    check(not undocumented, f"finish-args not documented in {doc_path.name}: {undocumented}")
    check(not unused, f"permissions documented in {doc_path.name} but not in finish-args: {unused}")
    forbidden = [arg for arg in finish_args if FORBIDDEN.match(arg)]
    check(not forbidden, f"finish-args a journal must not have: {forbidden}")
    uncommented = sorted(set(finish_args) - commented_finish_args(manifest_text))
    check(not uncommented, f"finish-args without a comment line above them in the manifest: {uncommented}")

    modules = manifest.get("modules") or []
    mosaic = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    check(mosaic.get("name") == "mosaic", "the last module is not mosaic")
    check(mosaic.get("buildsystem") in ("cmake", "cmake-ninja"), f"mosaic's buildsystem is {mosaic.get('buildsystem')!r}, expected cmake-ninja")
    options = mosaic.get("config-opts") or []
    for option in ("-DMOSAIC_BUILD_TESTS=OFF", "-DMOSAIC_BUILD_BENCHMARKS=OFF"):
        check(option in options, f"mosaic's config-opts lack {option}")
    check(not any(o.startswith("-DMOSAIC_FORCE_FALLBACK_HIGHLIGHTER=ON") for o in options),
          "the Flatpak must use KDE Syntax-Highlighting, not force the fallback highlighter")
    sources = mosaic.get("sources") or []
    dirs = [s for s in sources if isinstance(s, dict) and s.get("type") == "dir"]
    check(len(dirs) == 1 and dirs[0].get("path") == "../..", "mosaic's source is not a dir at ../..")
    if dirs:
        root = (manifest_path.parent / dirs[0].get("path", "")).resolve()
        top = root / "CMakeLists.txt"
        check(top.is_file() and "project(Mosaic" in top.read_text(encoding="utf-8"),
              f"the dir source {root} is not Mosaic's source folder")

    if failures:
        for failure in failures:
            print(f"FAILED: {failure}")
        return 1
    print(f"the manifest is {APP_ID} on KDE {version}, with the {len(finish_args)} documented permissions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
