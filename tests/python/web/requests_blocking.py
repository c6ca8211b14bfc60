# requests against the simulated web: answers, errors, and the loop blocked while a request waits.
import asyncio
import time
import requests
import loopscope.web as web

example = web.hosts["www.example.com"]

# A plain GET: the page, its headers, and a wait of exactly the host's first latency.
start = time.time()
r = requests.get("https://www.example.com")
took = time.time() - start
print(r, r.status_code, r.ok, r.reason, r.url)
print("waited the host's latency:", took == example.delay(0) == r.elapsed.total_seconds())
print("latency within the table's range:", example.latency <= took <= example.latency + example.jitter)
print("<title>Example Domain</title>" in r.text, r.headers["content-type"], r.headers["CONTENT-TYPE"])
print(int(r.headers["Content-Length"]) == len(r.content), "Date" in r.headers)

# Redirects: python.org -> https://www.python.org/
r = requests.get("http://python.org")
print(r.status_code, r.url, [h.status_code for h in r.history])
print(requests.head("http://python.org").status_code)

# httpbin: query parameters, JSON bodies, sent headers, status codes
j = requests.get("https://httpbin.org/get", params={"a": "b c", "n": 1}).json()
print(j["url"], j["args"], j["headers"]["User-Agent"])
r = requests.post("https://httpbin.org/post", json={"k": [1, 2]})
print(r.json()["json"], r.json()["headers"]["Content-Type"])
s = requests.Session()
s.headers.update({"X-Lesson": "blocking"})
print(s.get("https://httpbin.org/headers").json()["headers"]["X-Lesson"])
r = requests.get("https://httpbin.org/status/404")
print(r, bool(r))
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(type(e).__name__, e)

# Errors as requests words them
for url in ["http://nowhere.invalid/x", "example.com", "ftp://x.org/", "http://"]:
    try:
        requests.get(url)
    except requests.RequestException as e:
        print(type(e).__name__, e)
start = time.time()
try:
    requests.get("https://httpbin.org/delay/3", timeout=1)
except requests.exceptions.Timeout as e:
    print(type(e).__name__, e, time.time() - start < 1.5)
try:
    requests.get("https://www.example.com").json()
except ValueError as e:
    print(type(e).__name__, e)


# On the loop's thread a request blocks the whole loop: the ticker does not tick meanwhile.
async def ticker(ticks):
    while True:
        ticks.append(round(asyncio.get_running_loop().time(), 4))
        await asyncio.sleep(0.1)


async def main():
    ticks = []
    task = asyncio.create_task(ticker(ticks))
    await asyncio.sleep(0.25)
    before = len(ticks)
    t0 = asyncio.get_running_loop().time()
    requests.get("http://www.example.com")
    blocked = round(asyncio.get_running_loop().time() - t0, 4)
    print("ticks during the request:", len(ticks) - before)
    print("loop blocked for the request:", blocked == example.delay(example.requests - 1))
    await asyncio.sleep(0.01)
    print("one late tick after it:", len(ticks) - before)
    task.cancel()

asyncio.run(main())
