# The Kiswahili translation is complete: lrelease finds nothing unfinished, and
# no entry is left over from strings the code no longer has.
execute_process(COMMAND "${LRELEASE}" "${TS}" -qm "${CMAKE_CURRENT_BINARY_DIR}/translation-check.qm"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed: ${output}")
endif()
if(NOT output MATCHES "\\(([0-9]+) finished and 0 unfinished\\)")
    message(FATAL_ERROR "unfinished translations in ${TS}: ${output}")
endif()
file(READ "${TS}" content)
foreach(stale "type=\"vanished\"" "type=\"obsolete\"" "type=\"unfinished\"")
    string(FIND "${content}" "${stale}" found)
    if(NOT found EQUAL -1)
        message(FATAL_ERROR "${TS} has entries marked ${stale}")
    endif()
endforeach()
message(STATUS "${output}")
