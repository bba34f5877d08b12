# SPDX-License-Identifier: GPL-3.0-or-later
# Runs qmllint on each QML file in FILES (a ;-list), one file per run, and fails when any run does.
# One file at a time: Qt 6.4's qmllint crashes on some long file lists, and a failure then names its file.
#   cmake -DQMLLINT=… -DIMPORT_DIR=… -DFILES=… -P RunQmlLint.cmake
set(failed "")
foreach(file IN LISTS FILES)
    execute_process(COMMAND ${QMLLINT} --unqualified info -I ${IMPORT_DIR} ${file}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message("${output}")
        list(APPEND failed ${file})
    endif()
endforeach()
if(failed)
    list(LENGTH failed count)
    message(FATAL_ERROR "qmllint found problems in ${count} file(s): ${failed}")
endif()
