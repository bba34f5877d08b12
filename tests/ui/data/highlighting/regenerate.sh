#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the highlighting reference files (tests/ui/data/highlighting/*.md.ref) from the current code,
# after an intended change to Mosaic's own Markdown highlighter.
# Review the diff before committing: a reference file is only as good as the eyes on it.
#
#   tests/ui/data/highlighting/regenerate.sh [BUILD_DIR]     (default: build/dev)
#
# The same can be done by hand: MOSAIC_REGENERATE_REFERENCES=1 test_ui_highlighting "[reference]"
set -eu
root=$(cd "$(dirname "$0")/../../../.." && pwd)
build=${1:-build/dev}
case $build in /*) ;; *) build=$root/$build ;; esac
cmake --build "$build" --target test_ui_highlighting
QT_QPA_PLATFORM=offscreen MOSAIC_REGENERATE_REFERENCES=1 "$build/tests/ui/test_ui_highlighting" "[reference]"
git -C "$root" status --short -- tests/ui/data/highlighting
