# bash completion for mcp-connect-cli                                      -*- shell-script -*-
# Commands, options and option values are read from the program's own --help, so they are
# always the installed version's; profile names come from `servers list --json` and client
# ids from the "Clients:" line of `connect --help`.

# The --help text of the words given (cached per shell: the program answers fast, but a
# completion runs on every Tab).
_mcp_connect_cli_help() {
    local key="$*" var
    var="_mcp_connect_cli_cache_${key//[^a-z]/_}"
    if [[ -z ${!var-} ]]; then
        printf -v "$var" '%s' "$("$_mcp_connect_cli_exe" "$@" --help 2>/dev/null)"
    fi
    printf '%s\n' "${!var}"
}

_mcp_connect_cli_commands() { # "servers add", "tools", ...
    _mcp_connect_cli_help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\{0,1\}\).*/\1/p'
}

_mcp_connect_cli_profiles() {
    "$_mcp_connect_cli_exe" servers list --json 2>/dev/null |
        sed -n 's/^      "name": "\([A-Za-z0-9_-]*\)",\{0,1\}$/\1/p'
}

_mcp_connect_cli_clients() {
    _mcp_connect_cli_help connect | sed -n '/^Clients:/,/\./p' | tr '\n' ' ' |
        sed -e 's/^Clients: *//' -e 's/\..*//' | tr -s ', ' '\n\n'
}

# Options of a command (and the global ones) with their value placeholder, one per line:
# "--transport auto|http|sse", "--allow-http". In the option lists a value follows the name
# after one space; options only in the usage line ("[--server PROFILE]") count too.
_mcp_connect_cli_options() {
    {
        { _mcp_connect_cli_help "$@"; _mcp_connect_cli_help; } |
            sed -n 's/^ *\(-[a-z], \)\{0,1\}\(--[a-z][a-z-]*\)\( [^ ][^ ]*\)\{0,1\}\(  .*\)\{0,1\}$/\2\3/p'
        _mcp_connect_cli_help "$@" | sed -n '1s/^Usage: //p' |
            grep -Eo -- '--[a-z][a-z-]*( [A-Z]+| [a-z]+(\|[a-z]+)+)?'
    } | awk '!seen[$1]++'
}

# The positional placeholders of a command's usage line: "connect CLIENT PROFILE [...]" ->
# CLIENT PROFILE (bracketed parts and alternatives after '|' left out).
_mcp_connect_cli_positionals() {
    local usage
    usage=$(_mcp_connect_cli_help "$@" | sed -n '1s/^Usage: [^ ]* //p' | sed 's/ |.*//')
    while [[ $usage == *\[* ]]; do usage=$(sed 's/\[[^][]*\]//g' <<<"$usage"); done
    local w
    for w in $usage; do [[ $w =~ ^[A-Z]+$ ]] && echo "$w"; done
}

_mcp_connect_cli_values() { # candidates for a placeholder
    local placeholder=$1 cmd=$2
    case $placeholder in
        TARGET|PROFILE) _mcp_connect_cli_profiles ;;
        NAME) [[ $cmd == "servers add" ]] || _mcp_connect_cli_profiles ;;
        CLIENT) _mcp_connect_cli_clients ;;
        *'|'*) tr '|' '\n' <<<"$placeholder" | sed 's/:.*/:/' ;;
    esac
}

_mcp_connect_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    _mcp_connect_cli_exe=${COMP_WORDS[0]}
    COMPREPLY=()

    local commands cmd="" i w options spec
    commands=$(_mcp_connect_cli_commands)
    # The command (one or two words) and the positional words typed after it.
    local -a positionals=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if [[ $w == -* ]]; then
            [[ $w == --*=* ]] && continue
            spec=$(_mcp_connect_cli_options $cmd | sed -n "s/^$w \(.*\)/\1/p")
            [[ -n $spec ]] && ((i++))
        elif [[ -z $cmd ]] && grep -qx "$w\( .*\)\{0,1\}" <<<"$commands"; then
            cmd=$w
        elif [[ -n $cmd && ${#positionals[@]} -eq 0 ]] && grep -qx "$cmd $w" <<<"$commands"; then
            cmd="$cmd $w"
        elif [[ -n $cmd ]]; then
            positionals+=("$w")
        fi
    done

    # A value for the option before the cursor.
    if [[ $prev == --* ]]; then
        spec=$(_mcp_connect_cli_options $cmd | sed -n "s/^$prev \(.*\)/\1/p")
        if [[ -n $spec ]]; then
            case $spec in
                DIR) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
                *) mapfile -t COMPREPLY < <(compgen -W "$(_mcp_connect_cli_values "$spec" "$cmd")" -- "$cur") ;;
            esac
            return
        fi
    fi

    if [[ $cur == -* ]]; then
        options=$(_mcp_connect_cli_options $cmd | sed 's/ .*//')
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [[ -z $cmd ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(sed 's/ .*//' <<<"$commands" | sort -u)" -- "$cur")
    elif [[ ${#positionals[@]} -eq 0 ]] && grep -q "^$cmd " <<<"$commands" && ! grep -qx "$cmd" <<<"$commands"; then
        # a command group: its subcommands
        mapfile -t COMPREPLY < <(compgen -W "$(sed -n "s/^$cmd //p" <<<"$commands")" -- "$cur")
    else
        local -a placeholders
        mapfile -t placeholders < <(_mcp_connect_cli_positionals $cmd)
        local placeholder=${placeholders[${#positionals[@]}]-}
        [[ -n $placeholder ]] &&
            mapfile -t COMPREPLY < <(compgen -W "$(_mcp_connect_cli_values "$placeholder" "$cmd")" -- "$cur")
    fi
}
complete -F _mcp_connect_cli mcp-connect-cli
