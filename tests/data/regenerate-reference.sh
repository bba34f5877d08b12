#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the writer's reference files (tests/data/exchange/writer-full-journal.json and .md)
# from the current code, after an intended change to the JSON or Markdown output.
# Review the diff before committing: a reference file is only as good as the eyes on it.
#
#   tests/data/regenerate-reference.sh [BUILD_DIR]     (default: build/dev)
#
# The same can be done by hand: MOSAIC_REGENERATE_REFERENCES=1 test_exchange_writer "[reference]"
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build/dev}
case $build in /*) ;; *) build=$root/$build ;; esac
cmake --build "$build" --target test_exchange_writer
MOSAIC_REGENERATE_REFERENCES=1 "$build/tests/core/exchange/test_exchange_writer" "[reference]"
git -C "$root" status --short -- tests/data/exchange
