# Floats print as CPython's shortest round trip; formatting rounds correctly.
values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e16, 1e15, 123456789.0, -0.0, 0.0, 1.0, 100.0,
          float("inf"), float("-inf"), float("nan"), 1e-5, 0.0001, 1.5e-7, 5e-324,
          1.7976931348623157e308, 2.5e-300, 123456789012345678.0, 0.1, 9.95, 1e100,
          3.141592653589793, 2.675, 1.1 * 3, 1234.5678, 12345678901234567890.0]
for v in values:
    print(repr(v), str(v), v)
print([0.1, 0.2, 0.30000000000000004], (1.5, -2.25), {"t": 0.7})
print(sum([0.1] * 10), 0.1 * 3, 1 - 0.9, 3.0 * 1.1)
print(float("1.3"), float("  -2.5e3 "), float("1_000.5"), float(7))
print(divmod(7.5, 2), 7.5 // 2, 7.5 % 2, 2 ** 0.5, 10 / 4)

# %-formatting
print("%.1f %.1f %.1f %.2f" % (0.25, 0.35, 0.05, 2.675))
print("%.3e|%e|%E|%g|%g|%g|%G" % (12345.6789, 0.000123, 1e10, 0.0001, 1e-5, 123456789.0, 1e-10))
print("%10.3f|%-10.2f|%+.2f|% .2f|%010.3f" % (3.14159, 2.5, 1.0, 1.0, -3.14159))
print("%f %F %s %r" % (1 / 3, float("inf"), 0.1 + 0.2, 1e16))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%.20f" % 0.1, "%.15g" % 0.1, "%.17g" % 0.1)
print("%.2f" % 1e20, "%f" % 1e300 == format(1e300, "f"))
print("%d %i %5.1f%%" % (3.99, -2.5, 99.44))

# format() and f-strings
x = 2.675
print(f"{x:.2f} {x:.1f} {x:.3f} {x:.0f}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {1234567:,} {1234567:_} {0.5:.1%} {0.12345:.2%} {1:%}")
print(f"{3.14159:>10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{-3.14159:=10.3f}|{3.14159:*^12.2f}")
print(f"{1e22} {1e22:g} {1e22:e} {1e22:.3} {0.1 + 0.2:.3} {12345.678:.3} {1.0:.3} {100.0:.2}")
print(f"{123456789.0:g} {0.0001:g} {0.00001234:g} {1.5:g} {1e16:g} {1e-7:.3g} {2.0:#g}")
print(f"{0.1:} {0.1 + 0.2!r} {0.1 + 0.2!s} {1e16:>12} {-0.0:+} {3.5:+.1f} {3.5: .1f}")
print(format(0.1 + 0.2), format(2.5, ".0f"), format(1 / 3, ".5"), format(1e-4, ".2e"), format(12.0, "n"))
print("{:.2f} {:8.3e} {:g} {:G}".format(2.675, 123.456, 1e-20, 1e20))
print(f"{float('nan'):.2f} {float('inf'):,.2f} {float('-inf'):e} {float('nan'):F}")
print(f"{12.5:08.2f} {-12.5:08.2f} {12.5:+08.2f} {1234.5:010,.1f}")

# round()
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 3), round(1234.5678, -2), round(0.125, 2), round(0.375, 2), round(1e300, 2))
print(round(2.5, 0), round(7.0), type(round(7.0)), type(round(7.0, 0)), round(1.0005, 3), round(-2.675, 2))
print(round(123, -1), round(125, -1), round(135, -1), round(0.1 + 0.2, 15), round(5e-324, 400))

# complex numbers: each part as repr, without a forced ".0"
print(complex(1, 2), 1j, complex(0.1, -0.2), complex(0, 0), complex(1e20, 1e-20))
print(complex(float("inf"), 1), complex(1.5, float("nan")), 2 ** 0.5 * 1j, (1 + 2j) * (3 - 1j), abs(3 + 4j))
