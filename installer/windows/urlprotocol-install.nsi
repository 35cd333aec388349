  ; mcp-connect:// links open the app (per machine for an all-users install, else per user)
  WriteRegStr SHCTX "Software\Classes\mcp-connect" "" "URL:MCP Connect link"
  WriteRegStr SHCTX "Software\Classes\mcp-connect" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\mcp-connect\DefaultIcon" "" "$INSTDIR\bin\mcp-connect.exe,0"
  WriteRegStr SHCTX "Software\Classes\mcp-connect\shell\open\command" "" '"$INSTDIR\bin\mcp-connect.exe" "%1"'
