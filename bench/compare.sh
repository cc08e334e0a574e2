#!/usr/bin/env bash
# Whole-process benchmarks of the release binary against `cat` and `uconv -x any-nfc` on the
# same corpora, in one run; writes BENCHMARKS.md. Ratios matter, not absolute times: the
# machine may be shared.
#
#   bench/compare.sh            # 200 MB text corpora, 2 GB JSONL, 1 GB one-line file
#   MB=20 JSONL_MB=200 ONELINE_MB=100 bench/compare.sh   # a quicker, smaller run
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${MB:-200}
JSONL_MB=${JSONL_MB:-2048}
ONELINE_MB=${ONELINE_MB:-1024}
RUNS=${RUNS:-3}
DIR=${BENCH_DIR:-target/bench-corpora}
SHARED=${SHARED:-../shared}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! need uconv || [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq hyperfine icu-devtools time >/dev/null
fi

cargo build --release --quiet
BIN=$PWD/target/release/shuddh

stamp="$DIR/.built-$MB-$JSONL_MB-$ONELINE_MB"
if [ ! -e "$stamp" ]; then
  rm -rf "$DIR"
  python3 bench/make_corpora.py "$DIR" --shared "$SHARED" --mb "$MB" --jsonl-mb "$JSONL_MB" --oneline-mb "$ONELINE_MB"
  touch "$stamp"
fi

out=target/bench-results
mkdir -p "$out"
hf() { # name, runs, then commands
  local name=$1 runs=$2; shift 2
  hyperfine --shell=bash --warmup 1 --runs "$runs" --export-json "$out/$name.json" "$@" >/dev/null
}

echo "timing (this takes a while)…" >&2
for c in clean dirty nonnfc; do
  hf "$c" "$RUNS" -n cat "cat $DIR/$c.txt > /dev/null" \
          -n shuddh "$BIN fix < $DIR/$c.txt > /dev/null" \
          -n uconv "uconv -x any-nfc < $DIR/$c.txt > /dev/null"
done
hf startup 20 -n cat "cat $DIR/onestray.txt > /dev/null" -n shuddh "$BIN fix < $DIR/onestray.txt > /dev/null"
hf small "$RUNS" -n "shuddh check -j 1" "$BIN check -q -j 1 $DIR/small > /dev/null; true" \
         -n "shuddh check -j 2" "$BIN check -q -j 2 $DIR/small > /dev/null; true" \
         -n "pre-commit style (xargs -n 50)" "find $DIR/small -name '*.txt' | xargs -n 50 $BIN check -q > /dev/null; true"

# Identical output to uconv on the non-NFC corpus, apart from repaired runs (there are none).
"$BIN" fix < "$DIR/nonnfc.txt" > "$out/nonnfc.shuddh"
uconv -x any-nfc < "$DIR/nonnfc.txt" > "$out/nonnfc.uconv"
if cmp -s "$out/nonnfc.shuddh" "$out/nonnfc.uconv"; then same=yes; else same=NO; fi
rm -f "$out/nonnfc.shuddh" "$out/nonnfc.uconv"

peak() { /usr/bin/time -f "%M %e" bash -c "$1" 2>&1 >/dev/null | tail -1; }
mem_jsonl=$(peak "$BIN fix --jsonl -z < $DIR/corpus.jsonl.gz > /dev/null")
zcat_jsonl=$(peak "zcat $DIR/corpus.jsonl.gz > /dev/null")
mem_oneline=$(peak "$BIN fix < $DIR/oneline.txt > /dev/null")
mem_clean=$(peak "$BIN fix < $DIR/clean.txt > /dev/null")

python3 - "$out" "$MB" "$JSONL_MB" "$ONELINE_MB" "$same" "$mem_jsonl" "$zcat_jsonl" "$mem_oneline" "$mem_clean" <<'PY'
import json, os, platform, subprocess, sys
out, mb, jmb, omb, same, mj, zj, mo, mc = sys.argv[1:]
def load(n):
    return {r["command"]: r for r in json.load(open(os.path.join(out, n + ".json")))["results"]}
def cpu():
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            return l.split(":", 1)[1].strip()
    return platform.processor()
rows = []
lines = ["# Benchmarks", "",
         f"Made by `bench/compare.sh` (MB={mb}, JSONL_MB={jmb}, ONELINE_MB={omb}) on {cpu()}, "
         f"{os.cpu_count()} cores, {subprocess.run(['uname','-sr'],capture_output=True,text=True).stdout.strip()}. "
         "Whole-process wall time, mean of the hyperfine runs; ratios are from this one run "
         "(the machine is shared, so absolute times vary more than ratios).", ""]
lines += ["| corpus | command | mean | MB/s | × cat | uconv ÷ this |", "| --- | --- | ---: | ---: | ---: | ---: |"]
for c, label in [("clean", f"{mb} MB clean Hindi (NFC)"), ("dirty", f"{mb} MB, 1% of lines with a Chinese clause"), ("nonnfc", f"{mb} MB with precomposed nukta letters")]:
    r = load(c)
    cat, uc = r["cat"]["mean"], r["uconv"]["mean"]
    for name in ["cat", "shuddh", "uconv"]:
        m = r[name]["mean"]
        lines.append(f"| {label} | `{name}` | {m:.3f} s | {int(mb)/m:.0f} | {m/cat:.2f} | {uc/m:.1f} |")
s = load("startup")
lines += ["", "| start-up | mean | min |", "| --- | ---: | ---: |",
          f"| `shuddh fix` on 1 MB with one stray run | {s['shuddh']['mean']*1000:.1f} ms | {s['shuddh']['min']*1000:.1f} ms |",
          f"| `cat` of the same | {s['cat']['mean']*1000:.1f} ms | {s['cat']['min']*1000:.1f} ms |"]
sm = load("small")
one = sm["shuddh check -j 1"]["mean"]
lines += ["", "| 1,000 files of 10 KB | mean | speed-up over 1 thread |", "| --- | ---: | ---: |"]
for k, r in sm.items():
    lines.append(f"| `{k}` | {r['mean']:.3f} s | {one / r['mean']:.2f} |")
def mem(v):
    kb, sec = v.split()
    return f"{int(kb)/1024:.1f} MB", f"{float(sec):.1f} s"
lines += ["", "| peak memory (`/usr/bin/time -v`) | peak RSS | wall |", "| --- | ---: | ---: |",
          f"| `shuddh fix --jsonl -z` on {jmb} MB JSONL (gzip) | {mem(mj)[0]} | {mem(mj)[1]} |",
          f"| `zcat` of the same | {mem(zj)[0]} | {mem(zj)[1]} |",
          f"| `shuddh fix` on {omb} MB with no line break | {mem(mo)[0]} | {mem(mo)[1]} |",
          f"| `shuddh fix` on {mb} MB clean Hindi | {mem(mc)[0]} | {mem(mc)[1]} |", "",
          f"Output on the non-NFC corpus identical to `uconv -x any-nfc`: **{same}**.", "",
          "Commands: `cat FILE`, `shuddh fix < FILE`, `uconv -x any-nfc < FILE`, each to /dev/null; "
          "small files: `shuddh check -q -j N DIR` and `find DIR | xargs -n 50 shuddh check -q`."]
open("BENCHMARKS.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
