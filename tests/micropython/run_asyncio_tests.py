#!/usr/bin/env python3
"""run_asyncio_tests.py -- MicroPython's own asyncio tests against CPython's output.

    run_asyncio_tests.py [--launcher ARG]... LOOPSCOPE TESTS_DIR [--only NAME]... [--set SET]

TESTS_DIR is MicroPython's tests/extmod. Each asyncio_*.py that has no .exp file (MicroPython's
test runner compares those with CPython's output) runs through `LOOPSCOPE run --virtual-time`
(or in real time, see REAL_TIME) and through this Python (CPython 3.11); stdout and the exit
status must be the same (--set cpython, the default). --set mp-exp runs the tests that ship a
MicroPython .exp instead, still against CPython's output (those that need MicroPython-only
features are in SKIP with the reason); --set all runs both.
--launcher prefixes the CLI, one argument each (the web build:
--launcher=node --launcher=--no-experimental-fetch LOOPSCOPE=loopscope.js).

Prints one line per test (pass / FAIL / skip + reason) and a summary; exits 1 if any failed.
"""
import argparse
import difflib
import os
import subprocess
import sys

# Tests that cannot give CPython's output on any port: they test MicroPython-only features.
SKIP = {
    "asyncio_heaplock": "MicroPython-only: `micropython.heap_lock()` (allocation-free scheduling)",
    "asyncio_micropython": "MicroPython-only: `time.ticks_ms`/`ticks_diff`, `asyncio.sleep_ms`, `asyncio.wait_for_ms`",
    "asyncio_threadsafeflag": "MicroPython-only: `asyncio.ThreadSafeFlag` and `micropython.schedule`",
}

# Tests that need real time. asyncio_fair: two tasks await sleep(<0) (a bare yield) forever, so a
# loop is never idle and a virtual clock never advances (CPython under the corpus's vtime.py
# hangs the same way); its expected counts come from wall-clock sleeps.
REAL_TIME = {
    "asyncio_fair": "tasks that never let the loop idle: virtual time cannot advance",
}

TIMEOUT = 60


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b""
        return out.decode("utf-8", "replace"), f"timed out after {TIMEOUT} s", None
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--launcher", action="append", default=[], help="program (and args) that runs the CLI")
    ap.add_argument("loopscope")
    ap.add_argument("tests_dir")
    ap.add_argument("--only", action="append", default=[], help="run only these tests (name without .py)")
    ap.add_argument("--set", choices=("cpython", "mp-exp", "all"), default="cpython",
                    help="cpython: tests without .exp (default); mp-exp: tests with a MicroPython .exp; all: both")
    args = ap.parse_args()

    # The tests run in TESTS_DIR: a relative path to the CLI is made absolute first.
    loopscope = os.path.abspath(args.loopscope) if os.sep in args.loopscope else args.loopscope
    if not args.launcher and not os.access(loopscope, os.X_OK):
        print(f"run_asyncio_tests: not an executable: {args.loopscope}", file=sys.stderr)
        return 2
    if not os.path.isdir(args.tests_dir):
        print(f"run_asyncio_tests: no such directory: {args.tests_dir}", file=sys.stderr)
        return 2
    names = sorted(f[:-3] for f in os.listdir(args.tests_dir) if f.startswith("asyncio_") and f.endswith(".py"))
    if not names:
        print(f"run_asyncio_tests: no asyncio_*.py in {args.tests_dir}", file=sys.stderr)
        return 2
    if args.only:
        unknown = set(args.only) - set(names)
        if unknown:
            print(f"run_asyncio_tests: unknown tests: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        names = [n for n in names if n in args.only]

    passed, failed, skipped = [], [], []
    for name in names:
        script = name + ".py"
        has_exp = os.path.exists(os.path.join(args.tests_dir, script + ".exp"))
        if not args.only and args.set != "all" and has_exp != (args.set == "mp-exp"):
            continue
        if name in SKIP:
            skipped.append(name)
            print(f"skip {name}: {SKIP[name]}")
            continue
        real_time = name in REAL_TIME
        expected, exp_err, exp_code = run([sys.executable, script], args.tests_dir)
        cmd = args.launcher + [loopscope, "run"] + ([] if real_time else ["--virtual-time"]) + [script]
        attempts = 2 if real_time else 1  # a wall-clock test may lose a race on a loaded machine once
        for _ in range(attempts):
            got, err, code = run(cmd, args.tests_dir)
            if got == expected and code == exp_code:
                break
        mode = "real time" if real_time else "virtual time"
        if got == expected and code == exp_code:
            passed.append(name)
            print(f"pass {name} ({mode})")
            continue
        failed.append(name)
        print(f"FAIL {name} ({mode}): exit status {code}, CPython {exp_code}")
        for line in difflib.unified_diff(expected.splitlines(), got.splitlines(), "CPython", "loopscope", lineterm="", n=2):
            print("    " + line)
        if err.strip():
            print("    stderr: " + err.strip().replace("\n", "\n    stderr: "))

    print(f"{len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
