// The random module reproduces CPython 3.11's draws (expected values printed by CPython 3.11.7), and
// the engine's seed option (--seed) / the virtual-time default seed.
#include <doctest/doctest.h>

#include "support.hpp"

using loopscope::python::EngineOptions;

TEST_CASE("random: seed(int) and every function draw exactly what CPython draws") {
    auto c = run_py(
        "import random\n"
        "random.seed(12345)\n"
        "print(random.getrandbits(64), random.randint(0, 10**12), random.randrange(0, 1000, 7))\n"
        "print([random.randint(1, 6) for _ in range(8)], random.choice('abcdef'))\n"
        "d = list(range(10)); random.shuffle(d); print(d)\n"
        "print(random.sample(range(1000), 5), int(random.random() * 2**53))\n"
        "random.seed(0)\n"
        "print(random.randint(1, 100))\n");
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out ==
          "13515657874892102023 897691841093 532\n"
          "[3, 2, 3, 5, 4, 2, 3, 1] d\n"
          "[5, 0, 3, 7, 1, 6, 9, 2, 8, 4]\n"
          "[543, 753, 422, 599, 516] 1500355231200161\n"
          "50\n");
}

TEST_CASE("random: choices, gauss, the other distributions and Random objects draw what CPython draws") {
    auto c = run_py(
        "import random\n"
        "random.seed(1); l = list(range(10)); random.shuffle(l)\n"
        "print(l, random.choices('ab', k=3), random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))\n"
        "random.seed(7)\n"
        "print(random.choices([1, 2, 3], weights=[1, 5, 10], k=6), random.choices('xyz', cum_weights=[1, 2, "
        "10], "
        "k=4))\n"
        "print(random.normalvariate(0, 1), random.expovariate(2.0), random.triangular(1, 3), "
        "random.triangular(1, 3, "
        "2.5), random.randbytes(5))\n"
        "r = random.Random(42); r2 = random.Random(42)\n"
        "print(r.random() == r2.random(), r.randint(1, 10), r.choice('abc'), r.sample(range(100), 3), "
        "r.gauss(0, 1))\n"
        "random.seed(42); print(random.random(), random.randint(1, 100))\n"
        "for bad in (lambda: random.choices([], k=1), lambda: random.choices('ab', weights=[0, 0])):\n"
        "    try:\n"
        "        bad()\n"
        "    except (IndexError, ValueError) as e:\n"
        "        print(type(e).__name__, e)\n");
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out ==
          "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2] ['b', 'a', 'a'] 0.5464683003382316 -0.9139709437353126 "
          "5.010010567253145\n"
          "[2, 2, 3, 2, 3, 2] ['x', 'z', 'x', 'z']\n"
          "-0.7478545542469708 0.06608157092456617 1.668190039744704 2.3719692661341827 "
          "b'\\xa9\\r\\x9d\\xf2\\x0f'\n"
          "True 1 c [35, 31, 28] 0.2974745204017183\n"
          "0.6394267984578837 4\n"
          "IndexError list index out of range\n"
          "ValueError Total of weights must be greater than zero\n");
}

TEST_CASE("random: seeds and ranges around the small-int limits (31 bits in wasm, 63 natively)") {
    auto c = run_py(
        "import random\n"
        "random.seed(2**32); a = random.randrange(2**30)\n"
        "random.seed(2**40 + 3)\n"
        "print(a, random.randrange(2**31 + 5), random.randrange(2**30 - 1), random.randint(-2**62, "
        "2**62))\n");
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out == "242653419 943978446 65318284 998712962916884853\n");
}

TEST_CASE("random: errors as CPython") {
    auto c = run_py(
        "import random\n"
        "for f in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1], 2),\n"
        "          lambda: random.randrange(1, 5, 0), lambda: random.getrandbits(-1)):\n"
        "    try:\n"
        "        f()\n"
        "    except (IndexError, ValueError) as e:\n"
        "        print(type(e).__name__, e)\n");
    CHECK(c.out ==
          "IndexError Cannot choose from an empty sequence\n"
          "ValueError empty range for randrange()\n"
          "ValueError Sample larger than population or is negative\n"
          "ValueError zero step for randrange()\n"
          "ValueError number of bits must be non-negative\n");
}

TEST_CASE("random: the engine's seed, seed 0 by default under virtual time, fresh state per run") {
    const char* src = "import random\nprint([random.randint(1, 100) for _ in range(3)])\n";
    EngineOptions seeded;
    seeded.seed = 7;
    CHECK(run_py(src, seeded).out == "[42, 20, 51]\n");
    EngineOptions vt;
    vt.virtual_time = true;
    CHECK(run_py(src, vt).out == "[50, 98, 54]\n");
    CHECK(run_py(src, vt).out == "[50, 98, 54]\n");  // a second run starts over
    seeded.virtual_time = true;
    CHECK(run_py(src, seeded).out == "[42, 20, 51]\n");
}
