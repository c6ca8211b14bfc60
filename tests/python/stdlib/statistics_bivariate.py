# statistics.covariance, correlation and linear_regression (3.11's float sums; proportional=), with
# CPython's StatisticsError texts.
import statistics as st

xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(xs, ys), st.covariance([1.5, 2.25, 3.0], [0.1, 0.3, 0.2]))
print(st.correlation(xs, ys), st.correlation([1, 2, 3], [2, 4, 7]))
print(st.correlation(xs, [-x for x in xs]), st.correlation([0.1, 0.2, 0.4], [3.3, 1.1, 2.2]))
fit = st.linear_regression([1, 2, 3], [2, 4, 6.5])
print(fit, fit.slope, fit.intercept, type(fit).__name__, st.LinearRegression._fields)
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.linear_regression([1, 2, 3], [2.1, 3.9, 6.2], proportional=True))
slope, intercept = st.linear_regression([10, 20, 30], [1.5, 1.0, 0.25])
print(round(slope, 6), round(intercept, 6))

for call in (lambda: st.covariance([1], [2]),
             lambda: st.covariance([1, 2], [2]),
             lambda: st.correlation([1, 2, 3], [1, 2]),
             lambda: st.correlation([1], [1]),
             lambda: st.correlation([1, 1, 1], [1, 2, 3]),
             lambda: st.linear_regression([1, 2], [1, 2, 3]),
             lambda: st.linear_regression([1], [1]),
             lambda: st.linear_regression([2, 2, 2], [1, 2, 3])):
    try:
        call()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
