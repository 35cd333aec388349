# Helpers for the soak runs (long, not in CI). Source after tests/interop/lib.sh.

# rss_kib PID: the process's resident set in KiB (empty once it is gone).
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# sample_rss PID FILE SECONDS: appends "elapsed-s rss-KiB" to FILE every SECONDS while PID lives.
sample_rss() {
  local pid=$1 file=$2 every=$3 start=$SECONDS r
  while r=$(rss_kib "$pid") && [ -n "$r" ]; do
    echo "$((SECONDS - start)) $r" >>"$file"
    sleep "$every"
  done
}

# rss_growth FILE WARMUP_S: "first last growth%" comparing the mean RSS of the first
# minute after warm-up with the mean of the last minute of samples.
rss_growth() {
  awk -v w="$2" '{t[NR] = $1; r[NR] = $2} END {
      end = t[NR]; a = 0; na = 0; b = 0; nb = 0
      for (i = 1; i <= NR; i++) {
        if (t[i] >= w && t[i] < w + 60) { a += r[i]; na++ }
        if (t[i] > end - 60) { b += r[i]; nb++ }
      }
      if (!na || !nb) { print "0 0 n/a"; exit }
      printf "%d %d %.1f\n", a / na, b / nb, (b / nb - a / na) * 100 / (a / na) }' "$1"
}

# rss_tail_mean FILE SECONDS: the mean RSS (KiB) of the samples in FILE's last SECONDS.
rss_tail_mean() {
  awk -v s="$2" '{t[NR] = $1; r[NR] = $2} END {
      n = 0; sum = 0
      for (i = 1; i <= NR; i++) if (t[i] > t[NR] - s) { sum += r[i]; n++ }
      printf "%d\n", n ? sum / n : 0 }' "$1"
}

# free_port: a loopback port nobody listens on right now.
soak_free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# lsan_reports FILE...: how many LeakSanitizer reports the files hold.
lsan_reports() { cat "$@" 2>/dev/null | grep -c "ERROR: LeakSanitizer" || true; }
