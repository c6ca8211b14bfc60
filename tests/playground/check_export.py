"""Checks the native app's Export trace (loopscope_playground --demo-run NAME --export --export-dir DIR):
exactly one loopscope-trace-NAME-YYYYMMDD-HHMMSS.json in DIR, valid JSON whose traceEvents name the
event loop and each task given.

    python3 check_export.py DIR NAME TASK [TASK...]
"""
import glob
import json
import os
import re
import sys


def main():
    folder, name, tasks = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = glob.glob(os.path.join(folder, "loopscope-trace-*.json"))
    if len(files) != 1:
        sys.exit(f"check_export: expected one exported trace in {folder}, found {files}")
    base = os.path.basename(files[0])
    if not re.fullmatch(rf"loopscope-trace-{re.escape(name)}-\d{{8}}-\d{{6}}\.json", base):
        sys.exit(f"check_export: unexpected file name {base}")
    with open(files[0], encoding="utf-8") as f:
        trace = json.load(f)  # strict: raises on invalid JSON
    events = trace.get("traceEvents")
    if not isinstance(events, list) or not events:
        sys.exit("check_export: no traceEvents")
    threads = {e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}
    missing = [t for t in ["event loop", *tasks] if t not in threads]
    if missing:
        sys.exit(f"check_export: no track for {missing}; tracks: {sorted(threads)}")
    print(f"check_export: {base}: {len(events)} trace events, tracks {sorted(threads)[:6]}...")


main()
