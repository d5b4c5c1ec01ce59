#!/usr/bin/env bash
# Bounded AFL++ fuzzing for CI, on stable Rust (cargo-afl).
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS: fuzzing time per target (default 30). TARGET: any of the targets below (default: all).
# Installs cargo-afl if it is missing, builds the targets, fuzzes each one in turn from its
# committed corpus (fuzz/corpus/TARGET) for SECONDS, and exits non-zero if any target crashed or
# hung, printing the inputs. Findings land in OUT/TARGET/default/{crashes,hangs}/, the log in
# OUT/TARGET.log (OUT: $FUZZ_OUT, default fuzz/out; give each concurrent run its own).
#
# Environment: CARGO_TARGET_DIR (default fuzz/target), FUZZ_JOBS (cargo -j for the build),
# FUZZ_TIMEOUT_MS (per-input time limit, default 1000), FUZZ_OUT (output directory).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
all_targets=(records_yaml records_json records_jsonl records_csv check migrate taxonomy)
cargo_afl_version=0.18.2 # keep equal to the `afl` version in fuzz/Cargo.lock

secs="${1:-30}"
[[ $# -gt 0 ]] && shift
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
if ! [[ "$secs" =~ ^[0-9]+$ ]] || [[ "$secs" -eq 0 ]]; then
    echo "run.sh: SECONDS must be a positive whole number, not \`$secs\`" >&2
    exit 2
fi
for t in "${targets[@]}"; do
    if ! printf '%s\n' "${all_targets[@]}" | grep -qx -- "$t"; then
        echo "run.sh: unknown target \`$t\` (targets: ${all_targets[*]})" >&2
        exit 2
    fi
done

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}"
out_root="${FUZZ_OUT:-$here/out}"
jobs=()
[[ -n "${FUZZ_JOBS:-}" ]] && jobs=(-j "$FUZZ_JOBS")

# 1. cargo-afl and its AFL++ (`cargo install` builds AFL++ too; `config --build` then says so).
if ! cargo afl --version 2>/dev/null | grep -q "cargo-afl $cargo_afl_version"; then
    echo "== installing cargo-afl $cargo_afl_version"
    start=$SECONDS
    cargo install cargo-afl --locked --version "$cargo_afl_version" --force
    echo "== cargo-afl installed in $((SECONDS - start)) s"
fi
if ! config_log="$(cargo afl config --build 2>&1)"; then
    if ! grep -q "already built" <<<"$config_log"; then
        echo "$config_log" >&2
        echo "run.sh: \`cargo afl config --build\` failed" >&2
        exit 1
    fi
fi

# 2. Build (release, with debug assertions and overflow checks: see [profile.release]).
echo "== building the fuzz targets"
cargo afl build --release --features afl --locked --manifest-path "$here/Cargo.toml" "${jobs[@]}" \
    --bins

# 3. Fuzz each target in turn.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_FAST_CAL=1 AFL_CMPLOG_ONLY_NEW=1 AFL_NO_AFFINITY=1
failed=0
summary=()
for t in "${targets[@]}"; do
    case "$t" in
        taxonomy) dict="$here/dict/taxonomy.dict" ;;
        *) dict="$here/dict/records.dict" ;;
    esac
    out="$out_root/$t"
    log="$out_root/$t.log"
    rm -rf "$out"
    mkdir -p "$out_root"
    echo "== fuzzing $t for $secs s (log: $log)"
    rc=0
    cargo afl fuzz -i "$here/corpus/$t" -o "$out" -x "$dict" -t "${FUZZ_TIMEOUT_MS:-1000}" \
        -V "$secs" "$CARGO_TARGET_DIR/release/$t" >"$log" 2>&1 || rc=$?
    stats="$out/default/fuzzer_stats"
    if [[ $rc -ne 0 || ! -f "$stats" ]]; then
        tail -n 30 "$log" >&2
        echo "run.sh: afl-fuzz failed for $t (exit code $rc)" >&2
        failed=1
        continue
    fi
    if grep -q "results in a crash\|results in a timeout" "$log"; then
        grep "results in a crash\|results in a timeout" "$log" >&2
        echo "run.sh: a committed corpus input of $t crashes or hangs" >&2
        failed=1
    fi
    stat_of() { sed -n "s/^$1 *: //p" "$stats"; }
    summary+=("$(printf '%-14s execs %10s  execs/s %8s  corpus %6s  crashes %3s  hangs %3s' \
        "$t" "$(stat_of execs_done)" "$(stat_of execs_per_sec)" "$(stat_of corpus_count)" \
        "$(stat_of saved_crashes)" "$(stat_of saved_hangs)")")
    for kind in crash hang; do
        for f in "$out/default/${kind}es"/id:* "$out/default/${kind}s"/id:*; do
            [[ -e "$f" ]] || continue
            echo "run.sh: $t: $kind: $f" >&2
            failed=1
        done
    done
done

echo "== summary ($secs s per target)"
printf '%s\n' "${summary[@]}"
if [[ $failed -ne 0 ]]; then
    echo "run.sh: FAILED; reproduce an input with: cargo run --manifest-path fuzz/Cargo.toml --bin triage -- TARGET FILE..." >&2
    exit 1
fi
echo "run.sh: no crash or hang"
