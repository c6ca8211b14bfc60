# statistics: summarising task latencies as asyncio benchmarks do.
import asyncio
import statistics as st

latencies = [0.25, 0.5, 0.125, 1.5, 0.75, 0.5]
print(st.mean(latencies), st.median(latencies), st.median_low(latencies), st.median_high(latencies))
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3, 4]))
# Printed through %.15g: this interpreter's float repr is not yet the shortest round trip.
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), "%.15g" % st.variance([1, 2, 3, 4]),
      st.pvariance([1, 2, 3, 4]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print("%.15g" % st.stdev(latencies), st.pstdev([1.5, 2.5]), st.stdev([10, 10.5]), st.stdev([1, 2]),
      st.stdev(latencies) == 0.49000425168223455, st.variance([1, 2, 3, 4]) == 5 / 3)
print(st.mode(["ok", "err", "ok"]), st.multimode("aabbbccc"), st.median([5, 1, 3]), st.median([1, 3]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), ["%.4f" % q for q in st.quantiles(range(1, 11), n=10, method="inclusive")])
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]) > 9.99, st.median_grouped([1, 2, 2, 3, 4]))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.mean([True, False, True, True]))
for fn, data in [(st.mean, []), (st.stdev, [1]), (st.median, []), (st.variance, [2]), (st.mode, [])]:
    try:
        fn(data)
    except st.StatisticsError as e:
        print("StatisticsError:", e)


async def request(i):
    delay = 0.1 * (i % 4 + 1)
    await asyncio.sleep(delay)
    return delay


async def main():
    times = await asyncio.gather(*(request(i) for i in range(8)))
    print(len(times), round(st.mean(times), 6), round(st.median(times), 6), round(st.stdev(times), 6))


asyncio.run(main())
