#!/usr/bin/env python3
"""Every C and C++ file git tracks is formatted as .clang-format says.

Usage: check_format.py REPO [CLANG_FORMAT]

Runs `clang-format --dry-run --Werror` over the tracked *.c, *.h, *.cpp and *.hpp files and prints
each file it would change; exits 1 if there is one. A file that must keep its own layout fences the
region with `// clang-format off` / `// clang-format on` (the EM_JS bodies do: they are JavaScript).
"""
import subprocess
import sys


def main() -> int:
    repo = sys.argv[1]
    clang_format = sys.argv[2] if len(sys.argv) > 2 else "clang-format"
    files = subprocess.run(["git", "-C", repo, "ls-files", "*.c", "*.h", "*.cpp", "*.hpp"],
                           check=True, capture_output=True, text=True).stdout.split()
    if not files:
        print("check_format: git lists no C/C++ files under", repo)
        return 1
    unformatted = []
    for i in range(0, len(files), 50):
        batch = files[i:i + 50]
        result = subprocess.run([clang_format, "--dry-run", "--Werror", *batch], cwd=repo,
                                capture_output=True, text=True)
        if result.returncode != 0:
            for line in result.stderr.splitlines():
                if ": error: " in line:
                    name = line.split(":", 1)[0]
                    if name not in unformatted:
                        unformatted.append(name)
            if not unformatted:  # clang-format failed for another reason
                print(result.stderr)
                return 1
    for name in unformatted:
        print("not formatted (clang-format -i " + name + ")")
    print(f"check_format: {len(files)} files, {len(unformatted)} not formatted")
    return 1 if unformatted else 0


if __name__ == "__main__":
    sys.exit(main())
