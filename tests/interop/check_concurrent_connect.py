#!/usr/bin/env python3
"""Checks for test_concurrent_connect.sh, in one process.
  final FILE N LAST: FILE parses; mcpServers has exactly s1..sN, each with its own URL;
                     "foreignCounter" is LAST.
  chain PREFIX N K:  PREFIX.J (the file after undo J) and PREFIX.J.out (what undo J printed)
                     for J = 1..K: each file parses, undo J said 'Undid "connect sX"', and
                     the file is the one before it minus exactly sX: each undo took back
                     one connect, the newest first.
"""
import json, re, sys


def servers(path):
    with open(path) as f:
        return json.load(f)


def expect(names, n):
    return {'s%d' % i: 'http://127.0.0.1:9/mcp/%d' % i for i in range(1, n + 1)} == names


mode = sys.argv[1]
if mode == 'final':
    path, n, last = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    j = servers(path)
    urls = {k: v.get('url') for k, v in j['mcpServers'].items()}
    if not expect(urls, n):
        sys.exit('entries: %d present, missing %s' % (len(urls), sorted(set('s%d' % i for i in range(1, n + 1)) - set(urls))))
    if j.get('foreignCounter') != last:
        sys.exit('foreignCounter is %r, expected %r' % (j.get('foreignCounter'), last))
elif mode == 'chain':
    prefix, n, k = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    before = {'s%d' % i for i in range(1, n + 1)}
    for step in range(1, k + 1):
        names = set(servers('%s.%d' % (prefix, step))['mcpServers'])
        said = re.search(r'Undid "connect (s\d+)"', open('%s.%d.out' % (prefix, step)).read())
        if not said or names != before - {said.group(1)}:
            sys.exit('undo %d said %r; entries went from %d to %d, difference %s'
                     % (step, said and said.group(0), len(before), len(names), sorted(before ^ names)))
        before = names
else:
    sys.exit('unknown mode ' + mode)
