# SPDX-License-Identifier: GPL-3.0-or-later
# A CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS) for the DragNDrop disk image: a link to /Applications beside
# mosaic.app, so that installing is dragging one onto the other. Runs only when CPack builds the image.
if(CPACK_GENERATOR STREQUAL "DragNDrop")
    file(CREATE_LINK /Applications "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/Applications" SYMBOLIC)
endif()
