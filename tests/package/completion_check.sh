#!/usr/bin/env bash
# Exercises a packaged completion script: completion_check.sh bash|zsh FILE.
# Runs the completion function for typed command lines and checks the candidates.
# Needs mcp-connect-cli on PATH and a saved profile named demo-profile.
set -euo pipefail
shell=$1 file=$2

# complete WORDS... -> the candidates, space-separated
complete_line() {
  if [ "$shell" = bash ]; then
    bash -c 'source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mcp_connect_cli; echo "${COMPREPLY[*]}"' _ "$file" "$@"
  else
    # compadd/_describe stubbed: print what the completion offers
    zsh -f -c 'compadd() { [[ $1 == -- ]] && shift; print -rn -- "$* " }
      _describe() { local -a c=("${(@P)4}"); print -rn -- ${c%%:*} "" }
      _directories() { print -rn -- "<dirs> " }
      source "$1" >/dev/null 2>&1; shift
      words=("$@"); CURRENT=$#; _mcp_connect_cli; print' _ "$file" "$@"
  fi
}

expect() { # expect "WANTED WORDS" typed words...
  local want=$1 got w
  shift
  got=" $(complete_line "$@") "
  for w in $want; do
    [[ $got == *" $w "* ]] || { echo "FAIL: $shell completion of '$*' offers [$got], not '$w'" >&2; exit 1; }
  done
}

expect "servers tools call connect demo-server" mcp-connect-cli ''
expect "add list show remove" mcp-connect-cli servers ''
expect "demo-profile" mcp-connect-cli tools ''
expect "demo-profile" mcp-connect-cli --secret-store memory tools demo
expect "cursor vscode claude-code" mcp-connect-cli connect ''
expect "demo-profile" mcp-connect-cli connect cursor ''
expect "user project local" mcp-connect-cli connect cursor demo-profile --scope ''
expect "--dry-run" mcp-connect-cli connect cursor demo-profile --d
expect "auto http sse" mcp-connect-cli servers add x --transport ''
expect "keychain memory" mcp-connect-cli --secret-store ''
expect "--port --no-auth --json" mcp-connect-cli demo-server --
# nothing for the new name of `servers add`
[ -z "$(complete_line mcp-connect-cli servers add '' | tr -d ' ')" ] || { echo "FAIL: $shell completes a new profile name" >&2; exit 1; }
echo "$shell completion: ok"
