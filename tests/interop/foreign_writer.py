#!/usr/bin/env python3
"""A foreign writer for test_concurrent_connect.sh: plays a client that keeps saving one
setting of its own config file while MCP Connect edits the same file.

It rewrites the fixed-width value of "foreignCounter" in place (same length, so it never
rewrites, truncates or reorders anything else: it cannot lose MCP Connect's entries, just as
a client changing one setting should not). Edits are paced by progress, not by time: edit i
waits until at least i * OURS_TOTAL / EDITS of our entries are in the file (plus a head
start), so the edits spread over the whole run of concurrent connects.

After each edit it reads the file back through its path. If the value is not there, an
MCP Connect write replaced the file between our write and its own compare-and-swap (the
narrow window rename() leaves): it counts that and writes the value again.
Prints "edits=N lost=M" at the end.
"""
import json, os, sys, time

path, edits, ours_total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
KEY = b'"foreignCounter": "'


def read():
    with open(path, 'rb') as f:
        return f.read()


def entries(data):
    try:
        return len(json.loads(data).get('mcpServers', {}))
    except ValueError:
        return -1  # never expected: the test fails on it below


def write_in_place(value):
    with open(path, 'r+b') as f:
        data = f.read()
        at = data.find(KEY)
        if at < 0:
            sys.exit('foreign writer: the key vanished from ' + path)
        f.seek(at + len(KEY))
        f.write(value)


lost = 0
polls = 0
head_start = 20
for i in range(1, edits + 1):
    value = b'%06d' % i
    while entries(read()) < (i - head_start) * ours_total // edits:
        polls += 1
        time.sleep(0.002)  # polling interval only: progress is what releases the next edit
    while True:
        write_in_place(value)
        data = read()
        if entries(data) < 0:
            sys.exit('foreign writer: the file does not parse: %r' % data[:200])
        if KEY + value + b'"' in data:
            break
        lost += 1
print('edits=%d lost=%d polls=%d' % (edits, lost, polls))
