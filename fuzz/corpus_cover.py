#!/usr/bin/env python3
"""corpus_cover.py CONTROL CORPUS MAX -- keep a fuzz corpus small (make fuzz-merge).

CONTROL is the control file of a libFuzzer run with -set_cover_merge=1 (it
holds the full feature set of every input) over CORPUS and the scratch
corpus.  The hand-written seeds of CORPUS (files not named by a 40-digit
SHA-1) are always kept; the other inputs, old and new, compete in a greedy
set cover of the features the seeds miss, until MAX files in all or no
input adds a feature.  CORPUS then holds the seeds and the picked inputs,
named by their SHA-1.
"""
import hashlib
import os
import re
import sys


def main():
    ctl, corpus, limit = sys.argv[1], sys.argv[2].rstrip('/'), int(sys.argv[3])
    lines = open(ctl).read().split('\n')
    n = int(lines[0])
    files = lines[2:2 + n]
    feats = {}
    for line in lines[2 + n:]:
        p = line.split()
        if len(p) >= 2 and p[0] == 'FT':
            feats[int(p[1])] = set(map(int, p[2:]))
    hashed = re.compile(r'^[0-9a-f]{40}$')
    seed = [i for i in range(n)
            if os.path.dirname(files[i]).rstrip('/') == corpus
            and not hashed.match(os.path.basename(files[i]))]
    covered = set()
    for i in seed:
        covered |= feats.get(i, set())
    seeds = set(seed)
    cand = {i: f - covered for i, f in feats.items() if i not in seeds}
    picked = []
    while len(seed) + len(picked) < limit and cand:
        best = max(cand, key=lambda i: (len(cand[i]), -os.path.getsize(files[i])))
        if not cand[best]:
            break
        gain = cand.pop(best)
        picked.append(best)
        covered |= gain
        for i in cand:
            cand[i] -= gain
    data = {hashlib.sha1(open(files[i], 'rb').read()).hexdigest(): files[i]
            for i in picked}
    for name in os.listdir(corpus):
        if hashed.match(name) and name not in data:
            os.remove(os.path.join(corpus, name))
    for name, src in data.items():
        dst = os.path.join(corpus, name)
        if not os.path.exists(dst):
            with open(src, 'rb') as f, open(dst, 'wb') as g:
                g.write(f.read())
    total = set()
    for f in feats.values():
        total |= f
    print('%s: %d seeds + %d picked, %d of %d features'
          % (corpus, len(seed), len(picked), len(covered), len(total)))


if __name__ == '__main__':
    main()
