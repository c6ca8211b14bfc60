#!/usr/bin/env python3
"""The documents' programs (examples/documents/, see tests/seeds/README.md): does each one run as
its author meant?

    run_seeds.py [--launcher=PROG]... [--only=NAME[,NAME...]] [--timeout=S] [--hosted] [--show] CLI
    run_seeds.py --export-cases=FILE [--only=...]     the programs and their flags as JSON ('-': stdout)
    run_seeds.py --judge=FILE [--show]                 judges runs made elsewhere (the page: web/tests/seeds.mjs)

Each program runs as `CLI run [--virtual-time] [--toplevel-await] NAME.py` from examples/documents/:
--virtual-time unless its first line is "# realtime" (it uses threads), --toplevel-await when its
module body awaits (CPython compiles it only with PyCF_ALLOW_TOP_LEVEL_AWAIT). What must happen, in
this order of precedence:

  pending.txt              a piece it needs is not built yet: reported as PENDING, never a pass
  FAILS_AS_CPYTHON         a bug of its own: the stdout CPython prints before failing
                           (expected_failure/NAME.out), exit status 1, and the same last line of
                           the traceback (expected_failure/NAME.last)
  ENDS_WITH                the exception its document shows ends it: the document's output before
                           the traceback (masked), exit status 1, the last stderr line matching
  expected_toplevel_await/, expected/, expected_seed0/
                           CPython 3.11's stdout: byte for byte, exit status 0
  expected_reasoned/       (first) for a program whose document shows another cell's output
                           (seed03_unsync): what the library documents, masked the same way
  seed_output/             the document's output, masked (see mask()), exit status 0; lines as a
                           multiset for the programs in ORDER_NOT_FIXED
  nothing                  runs to its end: exit status 0

The page runs the same programs through its automation API (web/tests/seeds.mjs): --export-cases
gives it each program's source and the CLI arguments command() would pass (or the pending reason);
--judge reads back [{"name", "status", "stdout", "stderr"}] (status null and "error" when the run
never ended; "not_run" with the reason when the page cannot run it) and applies the same judge().

Exit status: 0 if every selected program passed, 1 if one failed, 77 (ctest's "skipped") if every
selected one is pending. With --show, a failure prints both texts in full. With --hosted, every
program runs as the playground runs it (`loopscope run --hosted`: the engine's hosted run, pumped in
slices) and must pass the same.
"""
import ast
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "documents"))
SKIPPED = 77

# Bugs of their own (seeds README): they must fail exactly as CPython does.
FAILS_AS_CPYTHON = {"seed00_coroutine_chaining", "seed00_executor_threads", "seed00_aiohttp_web_server"}

# Programs whose document shows them ending with an uncaught exception: the last line of the
# traceback must match the pattern (CPython's wording), and stderr must name every one of `names`.
ENDS_WITH = {
    # The notebook showed "StopIteration: "; CPython prints the bare class name.
    "seed03_generator_send": (r"StopIteration", []),
    # The nursery's combined error: trio.MultiError in the document's trio, an ExceptionGroup in
    # today's; the document's two errors inside it.
    "seed03_trio_nursery": (r"(trio\.)?(MultiError|NonBaseMultiError|ExceptionGroup)\b.*",
                            ["ZeroDivisionError", "The answer!"]),
}

# Extra CLI arguments a program needs (with the reason).
EXTRA_ARGS = {
    # 100 million iterations per call: about 9 s a step here (CPython: 4 s), past the 5 s default.
    "seed02_cpu_bound": ["--step-limit", "0"],
    # Written for asyncio before 3.8: @asyncio.coroutine / yield from, wait() of bare coroutines.
    "seed03_coroutine_decorator": ["--asyncio", "3.7"],
    "seed00_wait_items": ["--asyncio", "3.7"],
    "seed00_wait_timeout": ["--asyncio", "3.7"],
}

# Programs whose document output is a real-time run although they start no thread (with the reason).
REAL_TIME = {
    # Ten 0.1 s sleeps against a 1 s timer: on a virtual clock they add up to 0.9999999999999999 s,
    # just before the timer, so CPython under vtime.py prints one more count than the document.
    "seed03_coroutine_decorator",
}

# Where CPython itself does not fix the order: the lines matching the pattern are compared as a
# multiset, apart from the others, which keep their order (with the reason).
ORDER_NOT_FIXED = {
    # as_completed yields in finishing order, and each worker sleeps the same second then draws
    # random.randint(1, 10): which worker finishes first is not fixed.
    "seed01_as_completed_random": r"do_something - result: ",
    # The new thread prints while the main thread goes on: the OS scheduler decides which is first.
    "seed02_threading_hello": r"Hello from thread ",
}

NUMBER = re.compile(r"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def mask(text):
    """The output with what a run does not fix masked: 0x addresses -> <ADDR>, every number (ints,
    decimals, exponents: times, ids, random values, counts) -> <N>; trailing spaces and trailing
    blank lines dropped. Everything else (words, punctuation, line breaks) must match exactly."""
    lines = [NUMBER.sub("<N>", ADDRESS.sub("<ADDR>", line)).rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def pending_list():
    pending = {}
    for line in read(os.path.join(HERE, "pending.txt")).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        pending[name] = reason.strip()
    return pending


def awaits_at_top_level(source, path):
    try:
        compile(source, path, "exec")
        return False
    except SyntaxError:
        compile(source, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)  # any other error: raise
        return True


def command(cli, launcher, name, hosted=False):
    path = os.path.join(PROGRAMS, name + ".py")
    source = read(path)
    args = ["run"] + (["--hosted"] if hosted else [])
    if source.split("\n", 1)[0].strip() != "# realtime" and name not in REAL_TIME:
        args.append("--virtual-time")
    if awaits_at_top_level(source, path):
        args.append("--toplevel-await")
    args += EXTRA_ARGS.get(name, [])
    return launcher + [cli] + args + [name + ".py"]


def document_stdout(name):
    """The document's output for a program that ends with an exception: what comes before the
    notebook's error display (a traceback, blank lines, the "Name: message" line), masked."""
    text = read(os.path.join(HERE, "seed_output", name + ".txt"))
    text = text.split("Traceback (most recent call last):", 1)[0]
    lines = mask(text)
    pattern = ENDS_WITH[name][0]
    while lines and (not lines[-1] or re.match(pattern, lines[-1])):
        lines.pop()
    return lines


def judge(name, status, out, err):
    """None if the run is what its author meant, else what differs (and the two texts)."""
    # The exception line: the last unindented line of the traceback (trio's MultiError prints the
    # details of its embedded exceptions after it, indented, as the document shows).
    top_level = [line for line in err.rstrip("\n").split("\n")
                 if line and not line[0].isspace() and not line.startswith("Details of embedded")]
    last = top_level[-1] if top_level else ""
    if name in FAILS_AS_CPYTHON:
        want_out = read(os.path.join(HERE, "expected_failure", name + ".out"))
        want_last = read(os.path.join(HERE, "expected_failure", name + ".last")).strip()
        if status != 1:
            return f"exit status {status}, CPython's is 1", want_out, out
        if out != want_out:
            return "stdout before the error differs from CPython's", want_out, out
        if last != want_last:
            return f"last traceback line {last!r}, CPython's is {want_last!r}", want_last, last
        return None
    if name in ENDS_WITH:
        pattern, names = ENDS_WITH[name]
        want = document_stdout(name)
        if status != 1:
            return f"exit status {status}: it must end with {pattern}", "", out + err
        if mask(out) != want:
            return "stdout differs from the document's (masked)", "\n".join(want), "\n".join(mask(out))
        if not re.fullmatch(pattern, last):
            return f"last traceback line {last!r} does not match {pattern!r}", pattern, last
        missing = [n for n in names if n not in err]
        if missing:
            return f"the error does not name {missing}", "", err
        return None
    for folder in ("expected_toplevel_await", "expected", "expected_seed0"):
        path = os.path.join(HERE, folder, name + ".out")
        if os.path.exists(path):
            want = read(path)
            if status != 0:
                return f"exit status {status}", want, out + err
            if out != want:
                return f"stdout differs from CPython's ({folder}/)", want, out
            return None
    path = os.path.join(HERE, "seed_output", name + ".txt")
    # Where the document shows another program's output, an expectation reasoned from the library's
    # documented behaviour stands in for it (expected_reasoned/, compared masked like a document's).
    reasoned = os.path.join(HERE, "expected_reasoned", name + ".txt")
    if os.path.exists(reasoned):
        path = reasoned
    if status != 0:
        return f"exit status {status}", "", out + err
    if not os.path.exists(path):
        return None  # no output to compare: it ran to its end
    want, got = mask(read(path)), mask(out)
    if name in ORDER_NOT_FIXED:
        free = re.compile(ORDER_NOT_FIXED[name])
        def split(lines):
            fixed = [line for line in lines if not free.match(line)]
            return fixed + ["---- in any order:"] + sorted(line for line in lines if free.match(line))
        want, got = split(want), split(got)
    if got != want:
        return "stdout differs from the document's (masked)", "\n".join(want), "\n".join(got)
    return None


def export_cases(names, path):
    """Writes each program's case for another runner (the page): source and CLI arguments."""
    import json
    pending = pending_list()
    cases = []
    for name in names:
        case = {"name": name, "source": read(os.path.join(PROGRAMS, name + ".py"))}
        if name in pending:
            case["pending"] = pending[name]
        else:
            case["args"] = command("CLI", [], name)[2:-1]  # between "CLI run" and "NAME.py"
        cases.append(case)
    text = json.dumps(cases, indent=1)
    if path == "-":
        sys.stdout.write(text + "\n")
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


def judge_file(path, show):
    """Judges runs made by another runner (the page) as the CLI's are judged."""
    import json
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    passed, failed, waiting, not_run = [], [], [], []
    for run in runs:
        name = run["name"]
        if "pending" in run:
            print(f"PENDING {name}: {run['pending']}")
            waiting.append(name)
            continue
        if "not_run" in run:
            print(f"NOT RUN {name}: {run['not_run']}")
            not_run.append(name)
            continue
        if run.get("status") is None:
            problem = (run.get("error") or "the run did not end", "", run.get("stdout", "") + run.get("stderr", ""))
        else:
            problem = judge(name, run["status"], run["stdout"], run["stderr"])
        if problem is None:
            print(f"ok      {name}" + (f"  ({run['seconds']:.1f} s)" if "seconds" in run else ""))
            passed.append(name)
            continue
        what, want, got = problem
        print(f"FAIL    {name}: {what}")
        if show:
            print(f"---- want\n{want}\n---- got\n{got}\n---- stderr\n{run.get('stderr', '')}----")
        failed.append(name)
    print(f"{len(passed)} passed, {len(failed)} failed, {len(waiting)} pending, {len(not_run)} not run"
          + (f" ({', '.join(not_run)})" if not_run else ""))
    return 1 if failed else 0


def main(argv):
    launcher, only, timeout, show, hosted, rest = [], None, 120.0, False, False, []
    export, judged = None, None
    for a in argv:
        if a.startswith("--export-cases="):
            export = a.split("=", 1)[1]
        elif a.startswith("--judge="):
            judged = a.split("=", 1)[1]
        elif a.startswith("--launcher="):
            launcher.append(a.split("=", 1)[1])
        elif a.startswith("--only="):
            only = a.split("=", 1)[1].split(",")
        elif a.startswith("--timeout="):
            timeout = float(a.split("=", 1)[1])
        elif a == "--show":
            show = True
        elif a == "--hosted":
            hosted = True
        else:
            rest.append(a)
    if judged:
        return judge_file(judged, show)
    if len(rest) != (0 if export else 1):
        print(__doc__, file=sys.stderr)
        return 2
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if only:
        unknown = [n for n in only if n not in names]
        if unknown:
            print("no such program:", ", ".join(unknown), file=sys.stderr)
            return 2
        names = only
    if export:
        return export_cases(names, export)
    cli = os.path.abspath(rest[0])
    pending = pending_list()
    passed, failed, waiting = [], [], []
    for name in names:
        if name in pending:
            print(f"PENDING {name}: {pending[name]}")
            waiting.append(name)
            continue
        cmd = command(cli, launcher, name, hosted)
        try:
            p = subprocess.run(cmd, cwd=PROGRAMS, capture_output=True, timeout=timeout)
            status, out, err = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            status, out, err = None, "", f"timed out after {timeout} s"
        problem = judge(name, status, out, err) if status is not None else (err, "", "")
        if problem is None:
            print(f"ok      {name}")
            passed.append(name)
            continue
        what, want, got = problem
        print(f"FAIL    {name}: {what}\n        command: {' '.join(cmd)}")
        if show:
            print(f"---- want\n{want}\n---- got\n{got}\n---- stderr\n{err}----")
        failed.append(name)
    print(f"{len(passed)} passed, {len(failed)} failed, {len(waiting)} pending")
    if failed:
        return 1
    return SKIPPED if waiting and not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
