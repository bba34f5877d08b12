# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/windows/org.mosaic.Mosaic.ico is made from the hicolor PNGs by packaging/windows/make-ico.py and kept in
# the tree (Windows builds have no tool to make it). Fails when it no longer matches the PNGs.
#   cmake -DPYTHON=python3 -DSOURCE_DIR=<source> -DWORK_DIR=<folder> -P CheckWindowsIcon.cmake
set(fresh ${WORK_DIR}/org.mosaic.Mosaic.ico)
execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/packaging/windows/make-ico.py ${fresh} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "FAILED: packaging/windows/make-ico.py could not make the icon (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${fresh} ${SOURCE_DIR}/packaging/windows/org.mosaic.Mosaic.ico
                RESULT_VARIABLE different)
if(NOT different EQUAL 0)
    message(FATAL_ERROR "FAILED: packaging/windows/org.mosaic.Mosaic.ico is out of date with resources/icons/hicolor; "
                        "run packaging/windows/make-ico.py")
endif()
message(STATUS "packaging/windows/org.mosaic.Mosaic.ico matches the hicolor PNGs")
