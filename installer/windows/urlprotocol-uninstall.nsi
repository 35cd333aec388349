  DeleteRegKey SHCTX "Software\Classes\mcp-connect"
