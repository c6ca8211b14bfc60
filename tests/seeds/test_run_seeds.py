#!/usr/bin/env python3
"""Checks run_seeds.py's comparator itself: what it masks, what it must still catch.

    python3 tests/seeds/test_run_seeds.py      (ctest: seeds_runner_selftest)
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_seeds  # noqa: E402


class Mask(unittest.TestCase):
    def test_numbers_and_addresses(self):
        self.assertEqual(run_seeds.mask("finished <function f at 0x7fc63bd8f420> in 2.0034 second(s)\n"),
                         ["finished <function f at <ADDR>> in <N> second(s)"])
        self.assertEqual(run_seeds.mask("x 1e-05 and -3 and Task-12"), ["x <N> and -<N> and Task-<N>"])

    def test_trailing_space_and_blank_lines(self):
        self.assertEqual(run_seeds.mask("a  \nb\n\n\n"), ["a", "b"])
        self.assertEqual(run_seeds.mask(""), [])

    def test_words_still_count(self):
        self.assertNotEqual(run_seeds.mask("result: A7"), run_seeds.mask("result: B7"))
        self.assertNotEqual(run_seeds.mask("<generator object gen at 0x7ff1>"),
                            run_seeds.mask("<generator object 'gen' at 7ff1>"))
        self.assertNotEqual(run_seeds.mask("a\nb"), run_seeds.mask("a\n\nb"))


class Judge(unittest.TestCase):
    def test_exact_where_cpython_output_exists(self):
        want = run_seeds.read(os.path.join(run_seeds.HERE, "expected", "seed00_say_hello.out"))
        self.assertIsNone(run_seeds.judge("seed00_say_hello", 0, want, ""))
        self.assertIsNotNone(run_seeds.judge("seed00_say_hello", 0, want + "\n", ""))
        self.assertIsNotNone(run_seeds.judge("seed00_say_hello", 1, want, ""))

    def test_masked_document_output_keeps_order_unless_listed(self):
        doc = run_seeds.read(os.path.join(run_seeds.HERE, "seed_output", "seed02_process_thread_info.txt"))
        lines = doc.rstrip("\n").split("\n")
        renumbered = doc.replace("1", "7")
        self.assertIsNone(run_seeds.judge("seed02_process_thread_info", 0, renumbered, ""))
        swapped = "\n".join([lines[1], lines[0]] + lines[2:]) + "\n"
        self.assertIsNotNone(run_seeds.judge("seed02_process_thread_info", 0, swapped, ""))
        # as_completed: the results' finishing order is not fixed, so reordering them passes;
        # moving any other line, or changing one, does not.
        name = "seed01_as_completed_random"
        doc = run_seeds.read(os.path.join(run_seeds.HERE, "seed_output", name + ".txt"))
        lines = doc.rstrip("\n").split("\n")
        results = [i for i, line in enumerate(lines) if line.startswith("do_something - result")]
        self.assertEqual(len(results), 3)
        reordered = list(lines)
        reordered[results[0]], reordered[results[2]] = lines[results[2]], lines[results[0]]
        self.assertIsNone(run_seeds.judge(name, 0, "\n".join(reordered) + "\n", ""))
        moved = [lines[-1]] + lines[:-1]
        self.assertIsNotNone(run_seeds.judge(name, 0, "\n".join(moved) + "\n", ""))
        self.assertIsNotNone(run_seeds.judge(name, 0, doc.replace("Done it", "Done"), ""))
        self.assertIsNotNone(run_seeds.judge(name, 0, doc.replace("result: C", "result: A"), ""))

    def test_buggy_program_fails_as_cpython(self):
        name = "seed00_coroutine_chaining"
        out = run_seeds.read(os.path.join(run_seeds.HERE, "expected_failure", name + ".out"))
        err = "Traceback (most recent call last):\n  ...\nNameError: name 'event_loop' is not defined\n"
        self.assertIsNone(run_seeds.judge(name, 1, out, err))
        self.assertIsNotNone(run_seeds.judge(name, 0, out, ""))
        self.assertIsNotNone(run_seeds.judge(name, 1, out, err.replace("event_loop", "loop")))
        self.assertIsNotNone(run_seeds.judge(name, 1, out[:-1], err))

    def test_ends_with_the_documents_exception(self):
        name = "seed03_generator_send"
        out = ("<generator object coro at 0x7f0c11c36080>\nStart something\nNone\nConsumed! 1\n"
               "Consumed! wow\nConsumed! pow\n")
        self.assertIsNone(run_seeds.judge(name, 1, out, "Traceback...\nStopIteration\n"))
        self.assertIsNotNone(run_seeds.judge(name, 1, out, "Traceback...\nValueError: x\n"))
        self.assertIsNotNone(run_seeds.judge(name, 0, out, ""))
        self.assertIsNotNone(run_seeds.judge(name, 1, out.replace("pow", "wow"), "StopIteration\n"))
        name = "seed03_trio_nursery"
        err = "  | ZeroDivisionError: division by zero\n  | Exception: The answer!\nExceptionGroup: Exceptions from Trio nursery (2 sub-exceptions)\n"
        self.assertEqual(run_seeds.document_stdout(name), ["<N>", "<N>"])
        self.assertIsNone(run_seeds.judge(name, 1, "42\n35\n", err))
        self.assertIsNotNone(run_seeds.judge(name, 1, "42\n35\n", err.replace("ZeroDivisionError", "X")))

    def test_pending_list_names_real_programs(self):
        programs = {f[:-3] for f in os.listdir(run_seeds.PROGRAMS) if f.endswith(".py")}
        pending = run_seeds.pending_list()
        self.assertTrue(set(pending) <= programs, set(pending) - programs)
        self.assertTrue(all(pending.values()), "every pending program needs its reason")


class PageRuns(unittest.TestCase):
    """--export-cases and --judge: the page's runner (web/tests/seeds.mjs) gets the same rules."""

    def test_cases_carry_the_cli_arguments(self):
        import json
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "cases.json")
            self.assertEqual(run_seeds.main(["--export-cases=" + path]), 0)
            with open(path, encoding="utf-8") as f:
                cases = {c["name"]: c for c in json.load(f)}
        programs = {f[:-3] for f in os.listdir(run_seeds.PROGRAMS) if f.endswith(".py")}
        self.assertEqual(set(cases), programs)
        self.assertEqual(cases["seed00_wait_items"]["args"], ["--virtual-time", "--asyncio", "3.7"])
        self.assertNotIn("--virtual-time", cases["seed02_threading_hello"]["args"])  # "# realtime"
        self.assertIn("--toplevel-await", cases["seed02_cancel_task"]["args"])
        for name, reason in run_seeds.pending_list().items():
            self.assertEqual(cases[name]["pending"], reason)

    def judged(self, runs):
        import contextlib
        import io
        import json
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "runs.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(runs, f)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                status = run_seeds.main(["--judge=" + path])
        return status, out.getvalue()

    def test_judged_like_the_cli(self):
        want = run_seeds.read(os.path.join(run_seeds.HERE, "expected", "seed00_say_hello.out"))
        ok = {"name": "seed00_say_hello", "status": 0, "stdout": want, "stderr": ""}
        status, out = self.judged([ok, {"name": "seed02_cpu_bound", "not_run": "why"}])
        self.assertEqual(status, 0)
        self.assertIn("NOT RUN seed02_cpu_bound: why", out)
        self.assertIn("1 passed, 0 failed, 0 pending, 1 not run (seed02_cpu_bound)", out)
        status, out = self.judged([dict(ok, stdout=want + "x\n")])
        self.assertEqual(status, 1)
        status, out = self.judged([{"name": "seed00_say_hello", "status": None, "error": "timed out after 9 s",
                                    "stdout": "", "stderr": ""}])
        self.assertEqual(status, 1)
        self.assertIn("timed out after 9 s", out)


if __name__ == "__main__":
    unittest.main()
