#!/usr/bin/env python3
"""Build the benchmark corpora from ../shared/corpus (real clean text; not committed).

Usage: make_corpora.py OUT_DIR [--mb 200] [--jsonl-mb 2048] [--oneline-mb 1024] [--files 1000]

  clean.txt     NFC Hindi lines, repeated to --mb MB, no stray runs
  dirty.txt     the same with 1% of lines carrying a Chinese clause from zh.txt at the end
  nonnfc.txt    the same clean text with nukta letters precomposed (U+0958..U+095F: not NFC)
  corpus.jsonl.gz  --jsonl-mb MB of JSONL documents (id, url, text of ~8 lines; 1% dirty)
  onestray.txt  1 MB of clean text with one stray run (start-up cost)
  oneline.txt   --oneline-mb MB of Hindi with no line break at all (spaces between sentences)
  small/        --files files of ~10 KB, 1% of their lines dirty
"""
import argparse, gzip, json, os, random, unicodedata

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
ap.add_argument("--mb", type=int, default=200)
ap.add_argument("--jsonl-mb", type=int, default=2048)
ap.add_argument("--oneline-mb", type=int, default=1024)
ap.add_argument("--files", type=int, default=1000)
a = ap.parse_args()
os.makedirs(a.out, exist_ok=True)
rnd = random.Random(20261129)

def lines(name):
    with open(os.path.join(a.shared, "corpus", name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]

hi = [unicodedata.normalize("NFC", l) for l in lines("hi.txt") if "(" not in l or "चीनी" not in l]
# leave out the lines with genuine Chinese glosses: "clean" means no stray run and no Han
hi = [l for l in hi if not any("\u4e00" <= c <= "\u9fff" for c in l)]
zh = lines("zh.txt")
clauses = [c for l in zh for c in l.replace("。", "，").split("，") if 4 <= len(c) <= 30]

PRECOMPOSE = {"\u0915\u093c": "\u0958", "\u0916\u093c": "\u0959", "\u0917\u093c": "\u095a",
              "\u091c\u093c": "\u095b", "\u0921\u093c": "\u095c", "\u0922\u093c": "\u095d",
              "\u092b\u093c": "\u095e", "\u092f\u093c": "\u095f"}

def dirty(line):
    return line.rstrip("।") + rnd.choice(clauses) + "。"

def write_text(name, target, transform=lambda l, i: l):
    size = 0
    i = 0
    with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
        while size < target:
            line = transform(hi[i % len(hi)], i) + "\n"
            f.write(line)
            size += len(line.encode())
            i += 1

mb = 1 << 20
write_text("clean.txt", a.mb * mb)
write_text("dirty.txt", a.mb * mb, lambda l, i: dirty(l) if i % 100 == 37 else l)
def precompose(l, i):
    for k, v in PRECOMPOSE.items():
        l = l.replace(k, v)
    return l
write_text("nonnfc.txt", a.mb * mb, precompose)

with open(os.path.join(a.out, "oneline.txt"), "w", encoding="utf-8") as f:
    size, i = 0, 0
    while size < a.oneline_mb * mb:
        s = hi[i % len(hi)] + " "
        f.write(s)
        size += len(s.encode())
        i += 1

with gzip.open(os.path.join(a.out, "corpus.jsonl.gz"), "wt", encoding="utf-8", compresslevel=1) as f:
    size, i, doc = 0, 0, 0
    while size < a.jsonl_mb * mb:
        body = []
        for _ in range(8):
            l = hi[i % len(hi)]
            body.append(dirty(l) if i % 100 == 37 else l)
            i += 1
        line = json.dumps({"id": doc, "url": f"https://example.com/news/{doc}", "lang": "hi",
                           "text": "\n".join(body), "score": 0.5 + (doc % 50) / 100}, ensure_ascii=False) + "\n"
        f.write(line)
        size += len(line.encode())
        doc += 1

# start-up: 1 MB of clean text with one stray run in the middle
with open(os.path.join(a.out, "onestray.txt"), "w", encoding="utf-8") as f:
    size, i = 0, 0
    while size < mb:
        l = hi[i % len(hi)]
        if i == 2000:
            l = dirty(l)
        f.write(l + "\n")
        size += len(l.encode()) + 1
        i += 1

small = os.path.join(a.out, "small")
os.makedirs(small, exist_ok=True)
i = 0
for n in range(a.files):
    with open(os.path.join(small, f"doc{n:04}.txt"), "w", encoding="utf-8") as f:
        size = 0
        while size < 10 * 1024:
            l = hi[i % len(hi)]
            l = dirty(l) if i % 100 == 37 else l
            f.write(l + "\n")
            size += len(l.encode()) + 1
            i += 1
print("corpora in", a.out)
