# argparse: the command line of a crawler script, parsed from explicit lists (the script itself runs
# without arguments), its help text and its errors (usage on stderr, exit status 2).
import argparse
import asyncio
import sys

parser = argparse.ArgumentParser(prog="crawler", description="Fetch URLs concurrently with a bounded pool.")
parser.add_argument("urls", nargs="+", help="addresses to fetch")
parser.add_argument("-w", "--workers", type=int, default=4, help="number of concurrent workers (default: %(default)s)")
parser.add_argument("--timeout", type=float, default=2.5, metavar="SECONDS", help="per-request timeout")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--mode", choices=["fast", "safe"], default="safe", help="fetch strategy")
parser.add_argument("--dry-run", action="store_true", help="only print what would be fetched")
parser.add_argument("--header", action="append", help="extra header, may repeat")

print(parser.parse_args(["a.org", "b.org"]))
args = parser.parse_args(["-w", "8", "--timeout=1", "-vv", "--mode", "fast", "--dry-run", "x", "y", "--header",
                          "A: 1", "--header", "B: 2"])
print(args, args.workers, args.urls, args.dry_run)
print(parser.parse_args(["-w3", "--", "-not-an-option"]))
print(parser.parse_known_args(["u", "--unknown", "z"]))
parser.print_help()
parser.print_usage()
for argv in [[], ["x", "--dry-run", "y"], ["u", "-w", "many"], ["u", "--mode", "slow"], ["u", "--timeout"], ["u", "--bogus"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("SystemExit", e.args, argv)  # e.code: not in this interpreter yet

simple = argparse.ArgumentParser(prog="tool")
simple.add_argument("name")
simple.add_argument("count", nargs="?", type=int, default=1)
simple.add_argument("rest", nargs="*")
print(simple.parse_args(["job"]), simple.parse_args(["job", "3", "a", "b"]), simple.format_usage(), end="")
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)


async def main(options):
    sem = asyncio.Semaphore(options.workers)

    async def fetch(url):
        async with sem:
            await asyncio.sleep(0.1)
            return url.upper()

    print(await asyncio.gather(*(fetch(u) for u in options.urls)))


asyncio.run(main(parser.parse_args(["a", "b", "c", "-w", "2"])))
print(len(sys.argv))
