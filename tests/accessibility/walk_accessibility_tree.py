#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window as a screen reader meets it: every page's accessibility tree over AT-SPI.

Run inside a D-Bus session of its own (CTest does: dbus-run-session -- this script); it starts a virtual display of
its own (Xvfb -displayfd, which picks a free display number even where other X servers run, unlike xvfb-run -a,
whose guess can meet another server's abstract socket). Starts the real `mosaic` window on a fresh journal, passes the welcome by its accessible names (the example
journal), shows every page by activating its sidebar entry, and fails on any focusable control without a name or
with a name that has no letter or digit (a glyph such as "✎" or "…" says nothing when read aloud), printing the
role and path of each. Then it checks that the message bar is announced: a failure that appears while the window
is open arrives as an alert whose name is the message.

Usage: walk_accessibility_tree.py MOSAIC_BINARY
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

# The pages in the sidebar's order, as they are named in English.
PAGES = ["Today", "Reflect", "Journal", "Strengths", "Habits", "Circles", "Insights", "Settings"]
TIMEOUT = 30.0
# A sidebar entry says it is a page tab; Qt 6.4 reports an ItemDelegate as a list item whatever its Accessible.role.
SIDEBAR_ROLES = (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM)


def pump(seconds):
    """Lets AT-SPI events arrive (they are dispatched by GLib's default main context)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(what, probe, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        pump(0.2)
    sys.exit(f"accessibility: timed out waiting for {what}")


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while it was read
        return []


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)


def walk(node, path=()):
    """Every showing node below `node` (itself included), with its path of roles from the window."""
    if not showing(node):
        return
    here = path + (f"{node.getRoleName()}[{node.name!r}]",)
    yield node, here
    for child in children(node):
        yield from walk(child, here)


def find(root, roles, name):
    roles = roles if isinstance(roles, tuple) else (roles,)
    for node, _ in walk(root):
        if node.getRole() in roles and node.name == name:
            return node
    return None


def keys(window_id, *names):
    """Types keys into the window as a person would (xdotool); Qt 6.4's AT-SPI "Press" action does not click a button."""
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=True)
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        pump(0.3)


def focused(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_FOCUSED)


def says_something(name):
    return any(character.isalnum() for character in name or "")


def offenders(window):
    found = []
    for node, path in walk(window):
        if any(part.startswith("combo box[") for part in path[:-1]):
            continue  # a combo box's own text field shows its value; the combo box has the name
        state = states(node)
        if state is None or not state.contains(pyatspi.STATE_FOCUSABLE):
            continue
        if not says_something(node.name):
            found.append(f"{node.getRoleName()} named {node.name!r}: {' / '.join(path)}")
    return found


def mosaic_window(process):
    desktop = pyatspi.Registry.getDesktop(0)
    for application in children(desktop):
        try:
            if application.get_process_id() != process.pid:
                continue
        except Exception:
            continue
        for window in children(application):
            if window.getRole() == pyatspi.ROLE_FRAME and showing(window):
                return window
    return None


def start_display():
    """Starts Xvfb on a free display; returns the server and its display name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        sys.exit("accessibility: Xvfb did not start")
    return server, f":{number}"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    display, os.environ["DISPLAY"] = start_display()
    os.environ.pop("XAUTHORITY", None)
    try:
        return run(sys.argv[1])
    finally:
        display.terminate()
        display.wait()


def run(program):
    scratch = tempfile.TemporaryDirectory(prefix="mosaic-a11y-")
    data_dir = os.path.join(scratch.name, "journal")
    environment = dict(os.environ)
    environment.update({
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "QT_QUICK_BACKEND": "software",
        "XDG_CONFIG_HOME": os.path.join(scratch.name, "config"),
        "XDG_DATA_HOME": os.path.join(scratch.name, "data"),
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "",
        "TZ": "UTC",
    })
    mosaic = subprocess.Popen([program, "--data-dir", data_dir], env=environment)
    failures = []
    try:
        window = wait_for("the Mosaic window on the accessibility bus", lambda: mosaic_window(mosaic))
        window_id = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(mosaic.pid)],
                                   check=True, capture_output=True, text=True).stdout.split()[0]

        # The welcome of the first start: the example journal, its button found by name and reached by keyboard.
        example = wait_for("the welcome's example button",
                           lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Look around an example journal"))
        failures += [f"welcome: {offender}" for offender in offenders(window)]
        for _ in range(6):
            if focused(example):
                break
            keys(window_id, "shift+Tab")
        keys(window_id, "space")
        wait_for("the welcome to close",
                 lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Look around an example journal") is None)

        for number, page in enumerate(PAGES, start=1):
            entry = wait_for(f"the sidebar entry {page!r}", lambda: find(window, SIDEBAR_ROLES, page))
            keys(window_id, f"ctrl+{number}")
            wait_for(f"the page {page!r} to be selected",
                     lambda: states(entry) is not None and states(entry).contains(pyatspi.STATE_SELECTED))
            pump(1.0)  # the page loads on its first showing
            found = offenders(window)
            print(f"accessibility: {page}: {len(found)} unnamed focusable control(s)", flush=True)
            failures += [f"{page}: {offender}" for offender in found]

        failures += check_message_bar_is_announced(window, window_id, data_dir)
    finally:
        mosaic.terminate()
        try:
            mosaic.wait(timeout=10)
        except subprocess.TimeoutExpired:
            mosaic.kill()

    for failure in failures:
        print(f"FAIL {failure}")
    if failures:
        print(f"accessibility: FAILED, {len(failures)} finding(s)")
        return 1
    print("accessibility: passed, every page")
    return 0


def check_message_bar_is_announced(window, window_id, data_dir):
    """A write that fails while the window is open shows its message in the bar: a screen reader hears of it
    through an alert that shows, or changes its name to the message."""
    heard = []

    def listen(event):
        try:
            if event.source.getRole() == pyatspi.ROLE_ALERT:
                heard.append((event.type, event.source.name))
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(listen, "object:state-changed:showing", "object:property-change:accessible-name")
    # Every new habit check fails from now on, as a full disk would make it fail.
    with sqlite3.connect(os.path.join(data_dir, "journal.sqlite")) as database:
        database.execute("CREATE TRIGGER a11y_test_fail BEFORE INSERT ON check_ins BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    keys(window_id, "ctrl+1")
    check = next((node for node, _ in walk(window) if node.name.startswith("Check off ")), None)
    if check is None:
        return ["message bar: no ritual on Today to check off (and fail a write with)"]
    # Clicked where it is on the screen: a person's click.
    extents = check.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", "--sync", str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                    "click", "1"], check=True)
    print(f"accessibility: clicked {check.name!r}", flush=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(says_something(name) for _, name in heard):
        pump(0.2)
    pyatspi.Registry.deregisterEventListener(listen, "object:state-changed:showing", "object:property-change:accessible-name")
    if not any(says_something(name) for _, name in heard):
        shown = [node.name for node, _ in walk(window) if node.getRole() == pyatspi.ROLE_ALERT]
        return [f"message bar: no alert with the message was announced (events: {heard}; alerts shown now: {shown})"]
    print(f"accessibility: the message bar announced {heard}", flush=True)
    return []


if __name__ == "__main__":
    sys.exit(main())
