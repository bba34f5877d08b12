#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs the hicolor PNGs into org.mosaic.Mosaic.ico, the Windows icon (mosaic.exe, the installer).

Windows Vista and later read PNG images inside .ico files, so the PNGs go in as they are. Run it after changing
resources/icons/hicolor/*, from anywhere:  packaging/windows/make-ico.py
(the test packaging_windows_icon fails while the .ico is out of date). With a path, it writes there instead.
"""
import pathlib
import struct
import sys

HERE = pathlib.Path(__file__).resolve().parent
ICONS = HERE.parent.parent / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Explorer, the taskbar and the installer ask for


def main() -> None:
    images = [(size, (ICONS / f"{size}x{size}" / "org.mosaic.Mosaic.png").read_bytes()) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, data = b"", b""
    for size, png in images:
        if png[:8] != b"\x89PNG\r\n\x1a\n":
            raise SystemExit(f"make-ico: the {size}x{size} icon is not a PNG")
        # width and height (0 means 256), colours, reserved, planes, bits per pixel, size, offset
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "org.mosaic.Mosaic.ico"
    out.write_bytes(header + directory + data)
    print(f"make-ico: wrote {out} ({', '.join(str(s) for s in SIZES)} pixels)")


if __name__ == "__main__":
    main()
