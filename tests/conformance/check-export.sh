#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What `mosaic export` writes must be valid against the interchange schema, to the letter.
# usage: check-export.sh PYTHON MOSAIC SCHEMA JOURNAL...
set -euo pipefail
python=$1 mosaic=$2 schema=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exports=()
for journal in "$@"; do
    name=$(basename "$journal" .json)
    "$mosaic" --data-dir "$work/$name" import "$journal" >/dev/null
    "$mosaic" --data-dir "$work/$name" export -o "$work/$name-export.json" 2>/dev/null
    exports+=("$work/$name-export.json")
done
"$python" "$(dirname "$0")/validate-against-schema.py" "$schema" "$@" "${exports[@]}"
