# macOS: mcp-connect.app (Info.plist declares the mcp-connect:// URL scheme) in a DragNDrop
# .dmg. Built on macOS with Qt's macOS kit; see installer/README.md.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "MCP Connect")
if(TARGET mcp-connect)
  set_target_properties(mcp-connect PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MCPC_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "MCP Connect"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The MCP Connect authors, MIT licence")

  # The bundle icon, rendered from the one SVG: iconutil turns an .iconset into .icns.
  find_program(MCPC_RSVG_CONVERT rsvg-convert)
  find_program(MCPC_ICONUTIL iconutil)
  if(MCPC_RSVG_CONVERT AND MCPC_ICONUTIL)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/mcp-connect.iconset)
    set(commands)
    foreach(size 16 32 128 256 512)
      math(EXPR double "${size} * 2")
      list(APPEND commands
        COMMAND ${MCPC_RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png ${PROJECT_SOURCE_DIR}/resources/icons/mcp-connect.svg
        COMMAND ${MCPC_RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png ${PROJECT_SOURCE_DIR}/resources/icons/mcp-connect.svg)
    endforeach()
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/mcp-connect.icns
      COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset} ${commands}
      COMMAND ${MCPC_ICONUTIL} -c icns -o ${CMAKE_CURRENT_BINARY_DIR}/mcp-connect.icns ${iconset}
      DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/mcp-connect.svg VERBATIM)
    target_sources(mcp-connect PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mcp-connect.icns)
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/mcp-connect.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(mcp-connect PROPERTIES MACOSX_BUNDLE_ICON_FILE mcp-connect.icns)
  endif()

  # macdeployqt puts the Qt frameworks (QtWebEngineCore with its QtWebEngineProcess helper
  # app and resources) and plugins into the bundle at install time.
  find_program(MCPC_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
  if(MCPC_MACDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${MCPC_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/mcp-connect.app\"
      -executable=\"\${CMAKE_INSTALL_PREFIX}/mcp-connect.app/Contents/MacOS/mcp-connect\" COMMAND_ERROR_IS_FATAL ANY)")
  else()
    message(WARNING "macdeployqt not found: the bundle will lack the Qt frameworks")
  endif()
endif()
