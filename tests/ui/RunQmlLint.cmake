# SPDX-License-Identifier: GPL-3.0-or-later
# Runs qmllint on each QML file in FILES (a ;-list), one file per run, and fails when any run does.
# One file at a time: Qt 6.4's qmllint crashes on some long file lists, and a failure then names its file.
# A crash (no findings, killed by a signal) is run again twice before it counts: Qt 6.4's type propagator reads
# uninitialised memory on some calls (docs/ui-architecture.md, "qmllint"), so the same file may crash one run in four.
#   cmake -DQMLLINT=… -DIMPORT_DIR=… -DFILES=… -P RunQmlLint.cmake
set(failed "")
foreach(file IN LISTS FILES)
    foreach(attempt RANGE 1 3)
        execute_process(COMMAND ${QMLLINT} --unqualified info -I ${IMPORT_DIR} ${file}
                        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
        # A signal shows as a text ("Segmentation fault") rather than a number.
        if(result MATCHES "^[0-9]+$")
            break()
        endif()
        message("qmllint crashed on ${file} (${result}), run ${attempt} of 3")
    endforeach()
    if(NOT result EQUAL 0)
        message("${output}")
        list(APPEND failed ${file})
    endif()
endforeach()
if(failed)
    list(LENGTH failed count)
    message(FATAL_ERROR "qmllint found problems in ${count} file(s): ${failed}")
endif()
