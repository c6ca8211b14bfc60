"""ctest: `loopscope run --virtual-time --trace OUT.json SCRIPT` writes JSON that CPython parses,
with a named track per task, step slices, wake-up flows paired by id, the ready-queue counter, the
loop's track (a blocked slice for time.sleep) and the printed lines as instant events.

usage: check_trace.py [--launcher ARG]... LOOPSCOPE SCRIPT OUT.json
(--launcher: what runs LOOPSCOPE, e.g. node for the web build's loopscope.js)
"""
import json
import os
import subprocess
import sys


def main():
    args = sys.argv[1:]
    launcher = []
    while args and args[0] == "--launcher":
        launcher.append(args[1])
        args = args[2:]
    cli, script, out = args[:3]
    cli = launcher + [cli]
    if os.path.exists(out):
        os.remove(out)
    run = subprocess.run(cli + ["run", "--virtual-time", "--trace", out, script],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "waiting for the future\ngot it \"quoted\"\tvalue\ndone\n", run.stdout
    assert "not implemented" not in run.stderr, run.stderr
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    events = doc["traceEvents"]
    names = {e["tid"]: e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
    by_name = {v: k for k, v in names.items()}
    # Tasks are named as the timeline's lanes: what runs in them, then their names.
    for track in ("event loop", "main() Task-1", "chained() chained", "waiter() waiter"):
        assert track in by_name, (track, names)

    def slices(tid, name=None):
        return [e for e in events if e["ph"] == "X" and e["tid"] == tid and (name is None or e["name"] == name)]

    # The chained task waits on sleep inside inner() (line 6), reached through chained().
    waits = slices(by_name["chained() chained"], "await sleep")
    assert len(waits) == 1 and waits[0]["args"]["line"] == 6, waits
    assert waits[0]["args"]["file"].endswith("trace_demo.py")
    waits = slices(by_name["waiter() waiter"], "await Future")
    assert len(waits) == 1 and waits[0]["args"]["line"] == 15, waits
    assert waits[0]["dur"] >= 1_250_000 - 1, waits  # until the future is set, after the blocking call
    assert slices(by_name["waiter() waiter"], "step")
    # A blocking call on the loop's track.
    blocked = slices(by_name["event loop"], "blocked")
    assert len(blocked) == 1 and abs(blocked[0]["dur"] - 250000) < 1, blocked
    # Flows: every start has its end.
    starts = {e["id"] for e in events if e["ph"] == "s"}
    ends = {e["id"] for e in events if e["ph"] == "f"}
    assert starts and starts == ends
    # The ready queue as a counter; printed lines as instants.
    assert any(e["ph"] == "C" and e["name"] == "ready queue" for e in events)
    printed = [e["args"]["text"] for e in events if e["ph"] == "i" and e.get("cat") == "stdout"]
    assert printed == ["waiting for the future", "got it \"quoted\"\tvalue", "done"], printed

    # A bad trace path is a clear error before the script runs.
    bad = subprocess.run(cli + ["run", "--trace", os.path.join(out, "no", "such.json"), script],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "can't write trace file" in bad.stderr and bad.stdout == "", bad
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
