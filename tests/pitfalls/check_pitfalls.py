#!/usr/bin/env python3
"""Runs every tests/pitfalls/scripts/*.py through `loopscope run --warnings` and compares the
warning lines it prints on stderr with expected/NAME.warnings (exact lines, in order; an empty file:
no warning at all). Durations measured in real time ("0.33 s") are compared as "N s".

  check_pitfalls.py [--launcher ARG]... LOOPSCOPE [--real-time] [NAME...]

Virtual time by default (--virtual-time, as the conformance corpus runs); --real-time runs the
scripts in real time instead. Each script must end within 60 s.
"""
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
PREFIX = "loopscope: warning: "
DURATION = re.compile(r"\b\d+\.\d+ s\b")


def warnings_of(text):
    return [DURATION.sub("N s", line) for line in text.splitlines() if line.startswith(PREFIX)]


def main(argv):
    launcher = []
    while len(argv) >= 2 and argv[0] == "--launcher":
        launcher.append(argv[1])
        argv = argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cli, rest = argv[0], argv[1:]
    mode = ["--virtual-time"]
    if rest and rest[0] == "--real-time":
        mode, rest = [], rest[1:]
    scripts = sorted((HERE / "scripts").glob("*.py"))
    if rest:
        scripts = [s for s in scripts if s.stem in rest]
    failures = 0
    for script in scripts:
        expected_file = HERE / "expected" / (script.stem + ".warnings")
        if not expected_file.exists():
            print(f"MISSING {expected_file.name}")
            failures += 1
            continue
        expected = warnings_of(expected_file.read_text())
        try:
            run = subprocess.run(launcher + [cli, "run", "--warnings"] + mode + [script.name],
                                 cwd=script.parent, capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            print(f"FAIL {script.name}: did not end within 60 s")
            failures += 1
            continue
        got = warnings_of(run.stderr)
        if run.returncode < 0:
            print(f"FAIL {script.name}: killed by signal {-run.returncode}")
            failures += 1
        elif got != expected:
            print(f"FAIL {script.name}:\n  expected: {expected}\n  got:      {got}")
            failures += 1
        else:
            print(f"ok   {script.name} ({len(got)} warning{'s' if len(got) != 1 else ''})")
    print(f"{len(scripts) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
