# Linux packages: a .deb for Debian 12 and a relocatable .tar.gz.
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_DESCRIPTION
"MCP Connect adds Model Context Protocol servers (remote, over HTTPS, or local
programs), signs in to them with OAuth, shows whether they are up, which tools
they offer and what a sample call returns, and writes them into the config
files of AI clients such as Cursor, VS Code, Claude Code and Claude Desktop.
.
This package contains the desktop app (mcp-connect) and the scriptable
command-line tool (mcp-connect-cli), which also runs a built-in demo server.")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mcp-connect_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends: from the shared libraries the binaries link (dpkg-shlibdeps). Debian's shlibs for
# QtWebEngineCore already name libqt6webenginecore6-bin (QtWebEngineProcess), and libqt6gui6
# carries the xcb platform plugin; tests/package/test_install_root.sh proves these suffice.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# A Secret Service keeps the tokens (the CLI falls back to --secret-store options without one);
# xdg-utils opens sign-in pages in the system browser.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils")
