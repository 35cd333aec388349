#!/usr/bin/env bash
# Builds a man page from a hand-written troff template and the executable's own --help, so
# the commands, options and exit codes in the page are always the ones the program has.
# Usage: manpage.sh TEMPLATE EXECUTABLE VERSION DATE OUT
# Template lines replaced: @COMMANDS@ (one subsection per command, from `EXE CMD --help`),
# @GLOBAL_OPTIONS@, @OPTIONS@ (the "Options:" block), @KEYBOARD@, @EXIT_STATUS@;
# @VERSION@ and @DATE@ anywhere.
set -euo pipefail
template=$1 exe=$2 version=$3 date=$4 out=$5

help=$("$exe" --help)

# Plain text to troff: escape backslashes and minus signs, protect leading dots and
# quotes, and spell typographic characters in ASCII so any groff renders them.
troff_escape() {
  sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's/…/.../g' -e 's/·/-/g' \
      -e 's/[‘’]/'"'"'/g' -e 's/[“”]/"/g' -e 's/—/--/g' -e 's/–/-/g'
}

# A block of --help text: indented lines stay as they are (tables, examples); other lines
# are filled as paragraphs; a short line ending in ':' is a bold heading.
help_block() {
  troff_escape | awk '
    function endnf() { if (nf) { print ".fi"; print ".RE"; nf = 0 } }
    /^[[:space:]]*$/ { endnf(); para = 1; next }
    /^  / { if (!nf) { if (para) print ".PP"; print ".RS 2"; print ".nf"; nf = 1 }
            para = 0; sub(/^  /, ""); print; next }
    { endnf(); if (para) print ".PP"; para = 0
      if ($0 ~ /:$/ && length($0) < 60) { print ".B " $0 } else print }
    END { endnf() }'
}

# The block of lines after a heading line, up to the next blank line.
section_after() { printf '%s\n' "$help" | awk -v h="$1" '$0 == h { on = 1; next } on && /^$/ { exit } on'; }

commands() {
  # "  servers add NAME ..." -> "servers add"; "  tools TARGET" -> "tools"
  section_after 'Commands:' |
    sed -nE 's/^  ([a-z][a-z-]*( [a-z][a-z-]*)?)( .*|$)/\1/p' | while read -r cmd; do
      local text usage
      # shellcheck disable=SC2086 # the command is one or two words
      text=$("$exe" $cmd --help)
      usage=$(printf '%s\n' "$text" | sed -n '1s/^Usage: [^ ]* //p')
      printf '.SS "%s"\n' "$(printf '%s\n' "${usage:-$cmd}" | troff_escape | sed 's/"/\\(dq/g')"
      printf '%s\n' "$text" | sed '1{/^Usage:/d}' | help_block
    done
}

exit_status() {
  # "Exit codes: 0 ok, 1 usage, ..." (possibly wrapped) -> one tagged paragraph per code
  { printf '%s\n' "$help" | sed -n '/^Exit codes:/,/^$/p' | tr '\n' ' '; echo; } | sed -e 's/^Exit codes: *//' -e 's/  */ /g' |
    sed -E 's/(^|, )([0-9]+) /\n\2 /g' | sed '/^ *$/d' | troff_escape |
    sed -E 's/^([0-9]+) (.*[^ ]) *$/.TP\n.B \1\n\2/'
}

while IFS= read -r line; do
  case "$line" in
    @COMMANDS@) commands ;;
    @GLOBAL_OPTIONS@) section_after 'Global options:' | help_block ;;
    @OPTIONS@) section_after 'Options:' | help_block ;;
    @KEYBOARD@) printf '%s\n' "$help" | sed -n '/^Keyboard:/,/^$/p' | sed 's/^Keyboard: *//' | help_block ;;
    @EXIT_STATUS@) exit_status ;;
    *) printf '%s\n' "${line//@VERSION@/$version}" | sed "s/@DATE@/$date/g" ;;
  esac
done <"$template" >"$out"
