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
ROUNDS=${ROUNDS:-3}
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
# Each comparison runs in ROUNDS rounds of RUNS runs of every command, so that the commands
# take turns and a burst of load from another tenant falls on all of them; the table uses the
# median over all runs.
hf() { # name, runs, then commands
  local name=$1 runs=$2; shift 2
  rm -f "$out/$name".*.json
  for round in $(seq 1 "$ROUNDS"); do
    hyperfine --shell=bash --warmup 1 --runs "$runs" --export-json "$out/$name.$round.json" "$@" >/dev/null
  done
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "timing (this takes a while)…" >&2
for c in clean dirty nonnfc; do
  hf "$c" "$RUNS" -n cat "cat $DIR/$c.txt > /dev/null" \
          -n shuddh "$BIN fix < $DIR/$c.txt > /dev/null" \
          -n uconv "uconv -x any-nfc < $DIR/$c.txt > /dev/null"
done
hf startup 20 -n cat "cat $DIR/onestray.txt > /dev/null" -n shuddh "$BIN fix < $DIR/onestray.txt > /dev/null"
hf small 10 -n "shuddh check -j 1" "$BIN check -q -j 1 $DIR/small > /dev/null; true" \
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

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$out" "$MB" "$JSONL_MB" "$ONELINE_MB" "$same" "$mem_jsonl" "$zcat_jsonl" "$mem_oneline" "$mem_clean" "$ROUNDS" "$RUNS" "$load_before" "$load_after" <<'PY'
import glob, json, os, platform, statistics, subprocess, sys
out, mb, jmb, omb, same, mj, zj, mo, mc, rounds, runs, load0, load1 = sys.argv[1:]
def load(n):
    """Every run of every round, per command: median, mean and min."""
    times = {}
    for f in sorted(glob.glob(os.path.join(out, n + ".*.json"))):
        for r in json.load(open(f))["results"]:
            times.setdefault(r["command"], []).extend(r["times"])
    return {c: {"median": statistics.median(t), "mean": statistics.fmean(t), "min": min(t), "n": len(t)}
            for c, t in times.items()}
def cpu():
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            return l.split(":", 1)[1].strip()
    return platform.processor()
rows = []
lines = ["# Benchmarks", "",
         f"Made by `bench/compare.sh` (MB={mb}, JSONL_MB={jmb}, ONELINE_MB={omb}) on {cpu()}, "
         f"{os.cpu_count()} cores, {subprocess.run(['uname','-sr'],capture_output=True,text=True).stdout.strip()}. "
         f"Whole-process wall time over {rounds} rounds of {runs} runs, the commands taking turns; "
         "ratios are of the medians, all from this one run (the machine is shared, so absolute "
         f"times vary more than ratios). Load average (1, 5, 15 min) before: {load0}; after: {load1}.", ""]
lines += ["| corpus | command | median | mean | MB/s | × cat | uconv ÷ this |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
for c, label in [("clean", f"{mb} MB clean Hindi (NFC)"), ("dirty", f"{mb} MB, 1% of lines with a Chinese clause"), ("nonnfc", f"{mb} MB with precomposed nukta letters")]:
    r = load(c)
    cat, uc = r["cat"]["median"], r["uconv"]["median"]
    for name in ["cat", "shuddh", "uconv"]:
        m = r[name]["median"]
        lines.append(f"| {label} | `{name}` | {m:.3f} s | {r[name]['mean']:.3f} s | {int(mb)/m:.0f} | {m/cat:.2f} | {uc/m:.1f} |")
s = load("startup")
lines += ["", "| start-up | median | mean | min |", "| --- | ---: | ---: | ---: |",
          f"| `shuddh fix` on 1 MB with one stray run | {s['shuddh']['median']*1000:.1f} ms | {s['shuddh']['mean']*1000:.1f} ms | {s['shuddh']['min']*1000:.1f} ms |",
          f"| `cat` of the same | {s['cat']['median']*1000:.1f} ms | {s['cat']['mean']*1000:.1f} ms | {s['cat']['min']*1000:.1f} ms |"]
sm = load("small")
one = sm["shuddh check -j 1"]["median"]
lines += ["", "| 1,000 files of 10 KB | median | mean | speed-up over 1 thread |", "| --- | ---: | ---: | ---: |"]
for k, r in sm.items():
    lines.append(f"| `{k}` | {r['median']:.3f} s | {r['mean']:.3f} s | {one / r['median']:.2f} |")
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
