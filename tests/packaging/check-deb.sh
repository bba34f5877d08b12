#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb, as a user gets it: built with CPack from this build tree into a temporary folder, its control fields and
# files checked, extracted into a throwaway root and run from there (--version, --self-test offscreen, a translated
# --help), and its dependencies checked against this machine (dpkg-query, then apt-get --simulate).
#
#   check-deb.sh CPACK CPACK_CONFIG SOURCE_DIR VERSION [KEEP_DEB]
#
# With KEEP_DEB, the checked package is copied there when every step passed (packaging_deb_lintian reads it), and a
# KEEP_DEB left by an earlier run is removed first, so that nothing reads a stale package.
#
# Exits non-zero at the first step that fails, saying which; the temporary folder is then kept for a look.
set -u

if [ $# -ne 4 ] && [ $# -ne 5 ]; then
    echo "usage: check-deb.sh CPACK CPACK_CONFIG SOURCE_DIR VERSION [KEEP_DEB]" >&2
    exit 2
fi
cpack=$1
cpack_config=$2
source_dir=$3
version=$4
keep_deb=${5:-}
if [ -n "$keep_deb" ]; then
    rm -f "$keep_deb" || exit 1
fi
app_id=org.mosaic.Mosaic
started=$(date +%s)

work=$(mktemp -d "${TMPDIR:-/tmp}/mosaic-deb.XXXXXX") || exit 1
step() {
    echo
    echo "== packaging_deb: $*"
}
fail() {
    echo "packaging_deb: FAILED: $*" >&2
    echo "packaging_deb: the package, the extracted root and the logs are kept in $work" >&2
    exit 1
}

# --- 1. Build ---------------------------------------------------------------------------------------------------
step "building the .deb with cpack ($cpack_config)"
if ! "$cpack" --config "$cpack_config" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack could not build the .deb (its output is above)"
fi
grep -E "CPack: (- package|Create package)" "$work/cpack.log"
arch=$(dpkg --print-architecture) || fail "dpkg --print-architecture did not answer"
deb=$work/out/mosaic_${version}_${arch}.deb
if [ ! -f "$deb" ]; then
    ls -l "$work/out"
    fail "cpack made no $(basename "$deb") (the folder holds the files listed above)"
fi
echo "built $(basename "$deb"), $(($(wc -c <"$deb") / 1024)) KiB"

# --- 2. Control fields ------------------------------------------------------------------------------------------
step "control fields (dpkg-deb -f)"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Maintainer Homepage Depends Recommends || fail "dpkg-deb cannot read the control fields"
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
    value=$(field "$1")
    [ "$value" = "$2" ] || fail "the field $1 is '$value', expected '$2'"
}
expect_field Package mosaic
expect_field Version "$version"
expect_field Architecture "$arch"
for name in Section Maintainer Homepage Description; do
    [ -n "$(field "$name")" ] || fail "the field $name is empty"
done

# The package names of a relation field, one per line ("a (>= 1), b | c" -> a, b, c).
# shellcheck disable=SC2020 # both separators become newlines
package_names() { field "$1" | tr ',|' '\n\n' | sed -e 's/^ *//' -e 's/[ (:].*//' | grep -v '^$'; }
package_names Depends >"$work/depends.txt"
package_names Recommends >"$work/recommends.txt"
missing=
# dpkg-shlibdeps: the Qt libraries the program links (the t64 names are Ubuntu 24.04's) and the C/C++ runtimes.
for pattern in 'libqt6core6(t64)?' 'libqt6gui6(t64)?' 'libqt6network6(t64)?' 'libqt6dbus6(t64)?' 'libqt6sql6(t64)?' \
    'libqt6widgets6(t64)?' 'libqt6qml6' 'libqt6quick6' 'libqt6quickcontrols2-6' 'libc6' 'libstdc\+\+6' \
    'libqt6sql6-sqlite' \
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick \
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-controls qml6-module-qtquick-layouts \
    qml6-module-qtquick-dialogs qml6-module-qtquick-shapes qml6-module-qt-labs-folderlistmodel; do
    grep -Eqx "$pattern" "$work/depends.txt" || missing="$missing $pattern"
done
[ -z "$missing" ] || fail "Depends does not name:$missing"
grep -qx qt6-translations-l10n "$work/recommends.txt" || fail "Recommends does not name qt6-translations-l10n"
echo "Depends names the Qt libraries, the SQLite driver and the QML modules; Recommends names qt6-translations-l10n"

# --- 3. Files ---------------------------------------------------------------------------------------------------
step "files (dpkg-deb -c, dpkg-deb -x)"
dpkg-deb -c "$deb" >"$work/contents.txt" || fail "dpkg-deb cannot list the package"
outside=$(awk '{ print $6 }' "$work/contents.txt" | grep -Ev '^\./(usr(/.*)?)?$' || true)
[ -z "$outside" ] || fail "the package installs outside /usr: $outside"
root=$work/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb cannot extract the package"
expected="usr/bin/mosaic
usr/share/applications/$app_id.desktop
usr/share/metainfo/$app_id.metainfo.xml
usr/share/icons/hicolor/scalable/apps/$app_id.svg
usr/share/mosaic/translations/mosaic_en.qm
usr/share/mosaic/translations/mosaic_de.qm
usr/share/mosaic/translations/mosaic_es.qm
usr/share/doc/mosaic/copyright
usr/share/doc/mosaic/changelog.gz
usr/share/man/man1/mosaic.1.gz"
# Every PNG size the sources have.
sizes=0
for folder in "$source_dir"/resources/icons/hicolor/*x*; do
    [ -f "$folder/$app_id.png" ] || continue
    sizes=$((sizes + 1))
    expected="$expected
usr/share/icons/hicolor/$(basename "$folder")/apps/$app_id.png"
done
[ "$sizes" -gt 0 ] || fail "the sources have no PNG icons in resources/icons/hicolor/<N>x<N>/"
absent=
count=0
for file in $expected; do
    count=$((count + 1))
    [ -f "$root/$file" ] && [ -s "$root/$file" ] || absent="$absent /$file"
done
[ -z "$absent" ] || fail "the package lacks:$absent"
[ -x "$root/usr/bin/mosaic" ] || fail "/usr/bin/mosaic is not executable"
echo "all $count expected files are there ($sizes PNG sizes)"
# The changelog's newest entry is this version (packaging/debian/changelog.in gets an entry with every release).
newest=$(gzip -dc "$root/usr/share/doc/mosaic/changelog.gz" | head -n 1)
case $newest in
"mosaic ($version) "*) echo "the changelog's newest entry: $newest" ;;
*) fail "the changelog's newest entry is '$newest', not version $version: add an entry to packaging/debian/changelog.in" ;;
esac
gzip -dc "$root/usr/share/man/man1/mosaic.1.gz" | grep -q '^\.TH MOSAIC 1 ' || fail "/usr/share/man/man1/mosaic.1.gz is not the mosaic(1) man page"
# The menu entry starts the installed program, with the installed icon.
desktop=$root/usr/share/applications/$app_id.desktop
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -n 1)
[ "$exec_program" = mosaic ] || [ "$exec_program" = /usr/bin/mosaic ] || fail "the .desktop file's Exec= starts '$exec_program', not mosaic"
grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop file's Icon= is not $app_id"
if command -v readelf >/dev/null 2>&1; then
    # Stripped (CPACK_STRIP_FILES), and no run path into the build machine's folders (qt_standard_project_setup's
    # $ORIGIN/../lib is relative to the program, so it may stay).
    readelf -S "$root/usr/bin/mosaic" | grep -q '\.debug_info' && fail "/usr/bin/mosaic is not stripped"
    runpath=$(readelf -d "$root/usr/bin/mosaic" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
    for entry in $(printf '%s\n' "$runpath" | tr ':' ' '); do
        # shellcheck disable=SC2016 # the literal $ORIGIN
        case $entry in
        '$ORIGIN' | '$ORIGIN/'*) ;;
        *) fail "/usr/bin/mosaic has a run path into this machine's folders: $runpath" ;;
        esac
    done
    echo "/usr/bin/mosaic is stripped; its run path: ${runpath:-none}"
fi

# --- 4. Run the installed program -------------------------------------------------------------------------------
# Offscreen, in English, with a home of its own, no session bus and nothing pointing into the build tree: the
# program must find everything where the package put it (translations at bin/../share/mosaic/translations) and in
# the system (Qt's QML modules and plugins).
home=$work/home
mkdir -p "$home" "$work/runtime" && chmod 700 "$work/runtime"
run() {
    env -u DBUS_SESSION_BUS_ADDRESS -u QML_IMPORT_PATH -u QML2_IMPORT_PATH -u QT_PLUGIN_PATH -u LD_LIBRARY_PATH \
        -u LANG -u LANGUAGE -u LC_MESSAGES -u QT_QUICK_CONTROLS_STYLE \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
        XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$work/runtime" TZ=UTC \
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$@"
}
mosaic=$root/usr/bin/mosaic

step "mosaic --version (installed)"
output=$(run "$mosaic" --version 2>&1) || fail "mosaic --version exited with $?: $output"
echo "$output"
case $output in
*"$version"*) ;;
*) fail "mosaic --version does not say $version" ;;
esac

step "mosaic --self-test (installed, offscreen)"
run "$mosaic" --self-test >"$work/self-test.log" 2>&1
status=$?
cat "$work/self-test.log"
[ $status -eq 0 ] || fail "mosaic --self-test exited with $status (its output is above)"
grep -q '^self-test: passed' "$work/self-test.log" || fail "mosaic --self-test did not say it passed"

step "translations found where the package put them (mosaic --help in de and es)"
english=$(run "$mosaic" --help 2>&1) || fail "mosaic --help exited with $?"
for language in de es; do
    translated=$(run env LANGUAGE=$language "$mosaic" --help 2>&1) || fail "LANGUAGE=$language mosaic --help exited with $?"
    [ "$translated" != "$english" ] || fail "mosaic --help is in English with LANGUAGE=$language: /usr/share/mosaic/translations/mosaic_$language.qm was not loaded"
    echo "$language: $(printf '%s\n' "$translated" | head -n 1)"
done

# --- 5. Dependencies on this machine ----------------------------------------------------------------------------
step "every dependency installed here (dpkg-query)"
# Each group of Depends ("a (>= 1) | b") needs one alternative installed at a version that satisfies it.
field Depends | tr ',' '\n' | sed -e 's/^ *//' -e 's/ *$//' >"$work/groups.txt"
: >"$work/unmet.txt"
while IFS= read -r group; do
    [ -n "$group" ] || continue
    met=no
    alternatives=$(printf '%s\n' "$group" | tr '|' '\n')
    while IFS= read -r alternative; do
        name=$(printf '%s\n' "$alternative" | sed -e 's/^ *//' -e 's/[ (].*//' -e 's/:.*//')
        relation=$(printf '%s\n' "$alternative" | sed -n 's/.*(\(.*\)).*/\1/p')
        installed=$(dpkg-query -W -f='${db:Status-Status} ${Version}\n' "$name" 2>/dev/null | awk '$1 == "installed" { print $2; exit }')
        [ -n "$installed" ] || continue
        if [ -z "$relation" ]; then
            met=yes
        else
            # shellcheck disable=SC2086 # "op version"
            dpkg --compare-versions "$installed" $relation && met=yes
        fi
        [ $met = yes ] && break
    done <<EOF
$alternatives
EOF
    [ $met = yes ] || echo "$group" >>"$work/unmet.txt"
done <"$work/groups.txt"
if [ -s "$work/unmet.txt" ]; then
    fail "dependencies not installed here: $(tr '\n' ';' <"$work/unmet.txt")"
fi
echo "all $(wc -l <"$work/groups.txt") dependencies are installed at a version that satisfies them"

step "apt resolves the package (apt-get install --simulate)"
if command -v apt-get >/dev/null 2>&1; then
    apt-get install --simulate "$deb" >"$work/apt.log" 2>&1
    status=$?
    cat "$work/apt.log"
    [ $status -eq 0 ] || fail "apt-get install --simulate exited with $status (its output is above)"
    grep -q '^Inst mosaic ' "$work/apt.log" || fail "apt-get install --simulate would not install mosaic (its output is above)"
else
    echo "skipped: no apt-get here (the dpkg-query check above ran)"
fi

if [ -n "$keep_deb" ]; then
    cp "$deb" "$keep_deb" || fail "cannot keep the package as $keep_deb"
fi
rm -rf "$work"
echo
echo "packaging_deb: passed in $(($(date +%s) - started)) s"
