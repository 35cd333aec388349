# Shared helpers for the bench_*.sh scripts (sourced). Expects $tmp and $runs.

# measure NAME CMD...: runs CMD $runs times (after one warm-up); stores and prints the
# median wall time (s) and median peak RSS (KiB) from GNU time.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "$name failed: $*"; "$@"; exit 1; }
  : >"$tmp/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$tmp/$name.times" "$@" >/dev/null 2>&1
  done
  sort -n -k1 "$tmp/$name.times" | awk -v n="$runs" 'NR==int((n+1)/2){print $1}' >"$tmp/$name.wall"
  sort -n -k2 "$tmp/$name.times" | awk -v n="$runs" 'NR==int((n+1)/2){print $2}' >"$tmp/$name.mem"
  printf '  %-22s wall %6.3f s   peak %7.1f MiB\n' "$name" "$(cat "$tmp/$name.wall")" "$(awk '{print $1/1024}' "$tmp/$name.mem")"
}

# ratio A B KIND: B's median over A's (wall or mem), one decimal.
ratio() { awk -v a="$(cat "$tmp/$1.$3")" -v b="$(cat "$tmp/$2.$3")" 'BEGIN{ if (a == 0) a = 0.001; printf "%.1f", b/a }'; }

# json_field FIELD: reads one JSON document on stdin, prints FIELD.
json_field() { node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8'))['$1'])"; }

# free_port: a loopback port nobody listens on right now.
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# wait_port PORT: until something accepts on 127.0.0.1:PORT (10 s at most).
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "nothing listens on port $1"; exit 1; }
