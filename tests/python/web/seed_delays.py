# The simulated web's latencies for one run: the same for the same --seed, different for another.
import loopscope.web as web

print([web.hosts[name].delay(n) for name in ("www.example.com", "httpbin.org") for n in range(3)])
