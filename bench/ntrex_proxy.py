#!/usr/bin/env python3
"""A second quality signal beside the dev set: whole NTREX sentences as stray runs.

NTREX-128 is line-aligned across languages, and ../shared/corpus holds its Hindi and Simplified
Chinese lines (with their NTREX line numbers in *.sources.tsv). For every third line that the
dev set does not use, a case is: the previous Hindi sentence, a space, the Chinese sentence
(the stray run); its reference is the two Hindi sentences. The cases are written in the dev
set's format, so the same scorer reads them:

    python3 bench/ntrex_proxy.py target/ntrex_proxy.jsonl
    python3 ../shared/eval/score.py target/ntrex_proxy.jsonl --cmd "target/release/shuddh fix"

Whole sentences are harder than the dev set's clauses (scores are lower); the figure is for
comparing two versions of shuddh, on 600 cases instead of 89. Nothing here is copied into the
repository: the cases are built from ../shared each time.
"""
import json
import os
import re
import sys
import unicodedata

SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
CASES = 600


def ntrex(lang):
    lines = open(os.path.join(CORPUS, f"{lang}.txt"), encoding="utf-8").read().split("\n")
    out = {}
    with open(os.path.join(CORPUS, f"{lang}.sources.tsv"), encoding="utf-8") as f:
        next(f)
        for row in f:
            cols = row.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[1].startswith("NTREX"):
                out[int(cols[2].split()[1])] = lines[int(cols[0]) - 1]
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ntrex_proxy.py OUT.jsonl")
    hi, zh = ntrex("hi"), ntrex("zh")
    used = set()
    with open(os.path.join(SHARED, "eval", "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            m = re.search(r"NTREX-128 lines? ([\d–\-, ]+)", json.loads(line)["note"])
            if m:
                used.update(int(x) for x in re.findall(r"\d+", m.group(1)))
    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for i in sorted(hi):
            if n >= CASES:
                break
            if i % 3 or i in used or i - 1 in used or i not in zh or i - 1 not in hi:
                continue
            case = {
                "id": f"ntrex-proxy-{i}",
                "kind": "repair",
                "input": f"{hi[i - 1]} {zh[i]}",
                "reference": unicodedata.normalize("NFC", f"{hi[i - 1]} {hi[i]}"),
                "stray": [],
                "note": f"NTREX-128 lines {i - 1}-{i}: Hindi context, Chinese sentence",
            }
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
