#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""mosaic --screenshots DIR saves every page, light and dark, at 1280×840, 1024×640 and 1920×1080.

Usage: check_screenshots.py MOSAIC_BINARY
"""

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = ["today", "reflect", "journal", "strengths", "habits", "circles", "insights", "settings"]
SIZES = {"": (1280, 840), "-1024x640": (1024, 640), "-1920x1080": (1920, 1080)}


def png_size(path):
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    with tempfile.TemporaryDirectory(prefix="mosaic-screenshots-") as directory:
        run = subprocess.run([sys.argv[1], "--screenshots", directory], capture_output=True, text=True)
        print(run.stdout, run.stderr, sep="")
        if run.returncode != 0:
            print(f"screenshots: mosaic exited with {run.returncode}")
            return 1
        failures = 0
        for page in PAGES:
            for theme in ("light", "dark"):
                for suffix, size in SIZES.items():
                    path = Path(directory) / f"{page}-{theme}{suffix}.png"
                    found = png_size(path) if path.exists() else None
                    if found != size:
                        print(f"FAIL {path.name}: {'missing' if found is None else found}, expected {size}")
                        failures += 1
        print("screenshots: " + ("passed" if failures == 0 else f"FAILED, {failures} image(s)"))
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
