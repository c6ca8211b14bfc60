#!/usr/bin/env python3
"""Python engine benchmark: asyncio scripts through the Loopscope CLI against CPython's asyncio.

    python3 tools/bench_python.py [--runs N] [--no-wasm]

Runs each script of tests/bench/python/ (each prints nanoseconds per operation, timed inside the
script with time.perf_counter) through `build/native/bin/loopscope run`, through the wasm CLI under
node if it is built (`build/web/bin/loopscope.js`), and through this CPython, and prints the best of
N runs with the ratios. Nothing here asserts a time: the goal (at least 3x faster than CPython 3.11
on switches, since the loop is C++ and only coroutine bodies are interpreted) is printed next to the
figures. Build first: `cmake --build --preset native --target loopscope` (and `--preset web`).
"""
import argparse
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "tests", "bench", "python")
NATIVE = os.path.join(ROOT, "build", "native", "bin", "loopscope")
WASM = os.path.join(ROOT, "build", "web", "bin", "loopscope.js")

# script -> (what one operation is, goal as "times faster than CPython")
WORKLOADS = {
    "switch": ("sleep(0) switch among 1000 tasks", 3.0),
    "create_task": ("create_task + completion", None),
}


def figure(cmd):
    """Nanoseconds per operation printed by one run, or None with the reason on stderr."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"  {' '.join(cmd)}: {e}", file=sys.stderr)
        return None
    if proc.returncode != 0:
        print(f"  {' '.join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    try:
        return float(proc.stdout.split()[-1])
    except (IndexError, ValueError):
        print(f"  {' '.join(cmd)}: unexpected output {proc.stdout!r}", file=sys.stderr)
        return None


def best(cmd, runs):
    figures = [f for f in (figure(cmd) for _ in range(runs)) if f is not None]
    return min(figures) if figures else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (the best is kept)")
    ap.add_argument("--no-wasm", action="store_true", help="skip the wasm CLI under node")
    args = ap.parse_args()
    if not os.path.exists(NATIVE):
        sys.exit(f"{NATIVE} is not built: cmake --preset native && cmake --build --preset native --target loopscope")
    engines = [("native", [NATIVE, "run"])]
    node = shutil.which("node") or shutil.which("nodejs")
    if not args.no_wasm and node and os.path.exists(WASM):
        engines.append(("wasm", [node, "--no-experimental-fetch", WASM, "run"]))
    engines.append(("CPython", [sys.executable]))

    print(f"Python engine benchmark (best of {args.runs}; ns per operation; CPython {sys.version.split()[0]})")
    header = f"{'workload':38}" + "".join(f"{name:>10}" for name, _ in engines)
    header += "".join(f"{'CPy/' + name:>12}" for name, _ in engines[:-1]) + "   goal"
    print(header)
    for script, (what, goal) in WORKLOADS.items():
        path = os.path.join(SCRIPTS, script + ".py")
        results = [best(cmd + [path], args.runs) for _, cmd in engines]
        line = f"{what:38}" + "".join(f"{r:10.1f}" if r else f"{'-':>10}" for r in results)
        cpython = results[-1]
        for r in results[:-1]:
            line += f"{cpython / r:11.1f}x" if r and cpython else f"{'-':>12}"
        line += f"   >= {goal:.0f}x faster" if goal else ""
        print(line)


if __name__ == "__main__":
    main()
