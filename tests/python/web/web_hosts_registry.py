# The host table a script (or the playground) changes: latency, failures, new hosts.
import time
import requests
import loopscope.web as web

print(sorted(web.hosts))
h = web.hosts["httpbin.org"]
print(h.delay(0) == h.delay(0), h.delay(0) != h.delay(1))
print(all(h.latency <= h.delay(n) <= h.latency + h.jitter for n in range(50)))

# A slower host
web.hosts["www.example.com"].latency = 2.0
web.hosts["www.example.com"].jitter = 0.0
start = time.time()
requests.get("https://www.example.com")
print("slower:", time.time() - start)

# Failures
for mode in ["dns", "refused", 503]:
    web.hosts["www.example.com"].fail = mode
    try:
        r = requests.get("https://www.example.com")
        print(mode, r.status_code, r.reason)
    except requests.ConnectionError as e:
        print(mode, e)
web.hosts["www.example.com"].fail = "timeout"
start = time.time()
try:
    requests.get("https://www.example.com", timeout=3)
except requests.Timeout as e:
    print(type(e).__name__, e, time.time() - start)


# A host of the script's own
def answer(request):
    return web.Answer(200, [("Content-Type", "text/plain")], "you asked for " + request.path)

web.add_host("api.lesson.test", 0.05, 0.0, answer)
r = requests.get("http://api.lesson.test/items?id=3")
print(r.status_code, r.text, r.elapsed)
print(web.http_date(0), web.http_date(1700000000))

# The table as data, and changes as a share link would carry them
print(web.table()[1])
web.configure({"httpbin.org": {"latency": 1, "jitter": 0, "fail": 503}})
print(web.hosts["httpbin.org"])
print(requests.get("https://httpbin.org/get").status_code, time.time() - start > 4)
for bad in [{"nope.org": {}}, {"httpbin.org": {"latency": -1}}, {"httpbin.org": {"fail": "x"}},
            {"httpbin.org": {"speed": 1}}]:
    try:
        web.configure(bad)
    except ValueError as e:
        print(e)
