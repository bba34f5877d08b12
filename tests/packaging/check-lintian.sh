#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian on the .deb that packaging_deb built and kept (check-deb.sh's KEEP_DEB): no error and no warning. Its info
# tags are printed, not counted.
#
#   check-lintian.sh LINTIAN DEB
set -u

if [ $# -ne 2 ]; then
    echo "usage: check-lintian.sh LINTIAN DEB" >&2
    exit 2
fi
lintian=$1
deb=$2
[ -f "$deb" ] || {
    echo "packaging_deb_lintian: FAILED: there is no $deb (packaging_deb builds it)" >&2
    exit 1
}
started=$(date +%s)

# --display-info shows the I: tags too, for a look; --tag-display-limit 0 shows every instance of a tag; with
# --fail-on none, a non-zero exit means lintian itself failed (1), and the tags are judged below.
report=$("$lintian" --display-info --tag-display-limit 0 --fail-on none "$deb" 2>&1)
status=$?
printf '%s\n' "$report"
[ $status -eq 0 ] || {
    echo "packaging_deb_lintian: FAILED: lintian could not check the package (exit $status, its output is above)" >&2
    exit 1
}
problems=$(printf '%s\n' "$report" | grep -E '^[EW]: ' || true)
if [ -n "$problems" ]; then
    echo "packaging_deb_lintian: FAILED: lintian reports $(printf '%s\n' "$problems" | wc -l) error or warning tag(s):" >&2
    printf '%s\n' "$problems" >&2
    exit 1
fi
echo "packaging_deb_lintian: passed (no errors, no warnings) in $(($(date +%s) - started)) s"
