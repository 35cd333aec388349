# Windows: an NSIS installer (and a .zip) with a Start-menu entry, an uninstaller and the
# mcp-connect:// URL protocol. Built on Windows with Qt's MSVC kit; see installer/README.md.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_DISPLAY_NAME "MCP Connect")
set(CPACK_NSIS_PACKAGE_NAME "MCP Connect")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mcp-connect.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin (mcp-connect-cli) on PATH
# The Start-menu entry comes from CPACK_PACKAGE_EXECUTABLES (installer/CMakeLists.txt).
# The URL protocol: mcp-connect://add?url=... starts the app with the link as its argument.
file(READ ${CMAKE_CURRENT_LIST_DIR}/urlprotocol-install.nsi CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${CMAKE_CURRENT_LIST_DIR}/urlprotocol-uninstall.nsi CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

# windeployqt copies the Qt DLLs, plugins, QtWebEngineProcess.exe and its resources next to the
# executables when `cmake --install` (and so CPack) runs.
find_program(MCPC_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(MCPC_WINDEPLOYQT AND TARGET mcp-connect)
  install(CODE "execute_process(COMMAND \"${MCPC_WINDEPLOYQT}\" --release --no-compiler-runtime
    --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/mcp-connect.exe\"
    \"\${CMAKE_INSTALL_PREFIX}/bin/mcp-connect-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries) # the MSVC runtime
else()
  message(WARNING "windeployqt not found: the installer will lack the Qt DLLs")
endif()
