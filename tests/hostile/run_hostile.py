#!/usr/bin/env python3
"""The hostile-script suite: every script in scripts/ through the CLI, each within a time limit.

    run_hostile.py [--launcher=PROG]... [--timeout=S] [--only=GLOB] [--jobs=N] CLI [SCRIPTS_DIR]

Each script says what must happen in its header:
    # expect: Name|Other   the output names one of these exception classes (a line "Name: ..." or
                          "Name"), or `ok`: it prints a line "ok"
    # exit: N             the exit status (default: 0 for `ok`, else 1)
    # args: ...           extra CLI arguments (default: run --virtual-time --step-limit 5)
A script fails if it runs longer than the timeout (30 s), ends by a signal, or its output shows a
crash the run survived (a sanitizer report, a wasm trap, an abort). In the web build the CLI is
loopscope.js, run by the launcher (node).
"""
import concurrent.futures
import fnmatch
import os
import re
import signal
import subprocess
import sys
import time

CRASH_MARKERS = (
    "AddressSanitizer", "LeakSanitizer", "runtime error:", "Assertion `",  # native, sanitizers
    "memory access out of bounds", "RangeError", "Aborted(", "RuntimeError: unreachable",  # wasm
    "Fatal Python error", "Segmentation fault",
)


def header(path):
    spec = {"expect": None, "exit": None, "args": None}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*(expect|exit|args):\s*(.*?)\s*$", line)
            if m:
                spec[m.group(1)] = m.group(2)
            elif not line.startswith("#"):
                break
    if not spec["expect"]:
        raise SystemExit(f"{path}: no '# expect:' header")
    return spec


def check(cli, launcher, path, timeout):
    spec = header(path)
    expected = spec["expect"].split("|")
    args = spec["args"].split() if spec["args"] else ["--virtual-time", "--step-limit", "5"]
    cmd = launcher + [cli, "run"] + args + [os.path.basename(path)]
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=os.path.dirname(path), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"did not end within {timeout} s"
    elapsed = time.monotonic() - start
    out = proc.stdout.decode("utf-8", "replace")
    tail = "\n".join(out.splitlines()[-6:])
    if proc.returncode < 0:
        return f"ended by signal {signal.Signals(-proc.returncode).name}:\n{tail}"
    for marker in CRASH_MARKERS:
        if marker in out:
            return f"crash marker {marker!r} in its output:\n{tail}"
    lines = out.splitlines()
    seen = None
    for name in expected:
        if name == "ok":
            if "ok" in lines:
                seen = name
        elif any(l == name or l.startswith(name + ":") for l in lines):
            seen = name
        if seen:
            break
    if not seen:
        return f"expected {spec['expect']} in its output:\n{tail}"
    want_status = int(spec["exit"]) if spec["exit"] else (0 if seen == "ok" else 1)
    if proc.returncode != want_status:
        return f"exit status {proc.returncode}, expected {want_status}:\n{tail}"
    return f"ok ({seen}, {elapsed:.1f} s)"


def main(argv):
    launcher, timeout, only, jobs, rest = [], 30.0, "*", 2, []
    for a in argv:
        if a.startswith("--launcher="):
            launcher.append(a.split("=", 1)[1])
        elif a.startswith("--timeout="):
            timeout = float(a.split("=", 1)[1])
        elif a.startswith("--jobs="):
            jobs = max(1, int(a.split("=", 1)[1]))
        elif a.startswith("--only="):
            only = a.split("=", 1)[1]
        else:
            rest.append(a)
    if not rest:
        print(__doc__, file=sys.stderr)
        return 2
    cli = os.path.abspath(rest[0])
    scripts_dir = rest[1] if len(rest) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts")
    scripts = sorted(p for p in os.listdir(scripts_dir) if p.endswith(".py") and fnmatch.fnmatch(p, only))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        verdicts = pool.map(lambda n: check(cli, launcher, os.path.join(scripts_dir, n), timeout), scripts)
    for name, verdict in zip(scripts, verdicts):
        ok = verdict.startswith("ok")
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'} {name}: {verdict}", flush=True)
    print(f"{len(scripts) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
