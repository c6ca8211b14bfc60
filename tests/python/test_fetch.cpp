// loopscope.fetch (shim/loopscope.py over asyncio/fetch.* and aio::fetch): outside a page it raises
// OSError saying why, on the loop, also under virtual time; the response object parses what the
// browser reports. A real fetch runs in the browser test (web/tests/e2e.mjs).
#include <doctest/doctest.h>

#include "support.hpp"

TEST_CASE("loopscope.fetch outside a page raises OSError from the loop; the run goes on") {
    for (bool virtual_time : {false, true}) {
        loopscope::python::EngineOptions options;
        options.virtual_time = virtual_time;
        auto c = run_py(
            "import asyncio, loopscope\n"
            "async def ticker():\n"
            "    await asyncio.sleep(0)\n"
            "    print('ticker ran while the fetch was in flight')\n"
            "async def main():\n"
            "    t = asyncio.create_task(ticker())\n"
            "    try:\n"
            "        await loopscope.fetch('index.html')\n"
            "    except OSError as e:\n"
            "        print(type(e).__name__, 'fetch needs the browser' in str(e))\n"
            "    await t\n"
            "asyncio.run(main())\n",
            options);
        CHECK(c.result.ok);
        if (!c.result.ok) MESSAGE(c.result.traceback);
        CHECK(c.out == "ticker ran while the fetch was in flight\nOSError True\n");
    }
}

TEST_CASE("FetchResponse: status, ok, headers, text() and bytes()") {
    auto c = run_py(
        "import asyncio, loopscope\n"
        "async def main():\n"
        "    r = loopscope.FetchResponse(404, 'Not Found\\nhttp://h/x.txt\\ncontent-type: text/plain\\nx-a: "
        "1: 2', b'caf\\xc3\\xa9')\n"
        "    print(r.status, r.ok, r.status_text, r.url)\n"
        "    print(sorted(r.headers.items()))\n"
        "    print(await r.text(), await r.bytes())\n"
        "    print(loopscope.FetchResponse(200, 'OK\\nhttp://h/', b'').ok)\n"
        "asyncio.run(main())\n");
    CHECK(c.result.ok);
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out ==
          "404 False Not Found http://h/x.txt\n"
          "[('content-type', 'text/plain'), ('x-a', '1: 2')]\n"
          "caf\xc3\xa9 b'caf\\xc3\\xa9'\n"
          "True\n");
}
