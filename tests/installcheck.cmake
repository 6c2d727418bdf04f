# Installs the build into PREFIX and checks that every file lands where desktops look for it.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(expected
        bin/govstack-desktop
        share/applications/org.govstack.Desktop.desktop
        share/metainfo/org.govstack.Desktop.metainfo.xml
        share/icons/hicolor/scalable/apps/org.govstack.Desktop.svg)
    if(NOT EXISTS "${PREFIX}/${expected}")
        message(FATAL_ERROR "missing after install: ${expected}")
    endif()
endforeach()
