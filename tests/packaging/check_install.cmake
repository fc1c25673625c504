# Installs the build into a scratch prefix and checks that what a package must carry is there:
# the programs, the desktop integration, and the sources and licences of the built-in data
# (CC BY / CC BY-SA attributions and the BSD-2-clause notice of the word classes).
# Run by CTest: cmake -DBUILD_DIR=... -DPREFIX=... [-DWITH_UI=ON] -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()
set(expected bin/crossread-cli share/doc/crossread/copyright share/doc/crossread/model-PROVENANCE.md
    share/doc/crossread/gazetteers-SOURCES.md share/doc/crossread/aliases-SOURCES.md
    share/doc/crossread/word-classes-SOURCES.md)
if(WITH_UI)
    list(APPEND expected bin/crossread share/applications/crossread.desktop
         share/metainfo/io.crossread.Crossread.metainfo.xml)
endif()
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
file(READ "${PREFIX}/share/doc/crossread/copyright" copyright)
foreach(notice "Carnegie Mellon University" "CC BY-SA 4.0" "GeoNames")
    string(FIND "${copyright}" "${notice}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the installed copyright file does not name ${notice}")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
