# complex arithmetic and reprs as CPython 3.11
z = 3 - 4j
print(z.conjugate(), (1j).conjugate(), complex(2, 0).conjugate(), type(z.conjugate()).__name__)
print((1 + 2j) ** 2, -0j, (1 + 2j) ** 3, (1 + 2j) ** -1, (1 + 2j) ** 0, (2 + 0j) ** 10, 1j ** 2, 1j ** 100)
print((1 + 2j) ** 0.5, (1 + 2j) ** (1 + 1j), 2 ** (1j), (1+1j) ** -2)
# an exponent over 100 takes the polar formula: libm's last bits (glibc, wasm's musl) may differ
big = (0.5 + 0.5j) ** 101
print("%.12g %.12g" % (big.real, big.imag))
print(complex(-0.0, 1), complex(1, -0.0), complex(0.0, -0.0), complex(-0.0, -0.0), -(0j), 0j, 1 - 0j)
print(complex(float('nan'), -float('nan')), complex(float('inf'), -float('inf')), complex(1e16, 1e-5))
print((1 + 2j) / (3 + 4j), (1 + 2j) / 2, 1 / (1 + 1j), (6 + 8j) / 2j, abs(3 + 4j), abs(1e200 + 1e200j))
print(repr(1 + 2j), str(-1.5 - 0.5j), [2j, -2j, 1.5 + 0j])
for expr in ("1j / 0", "0j ** -1", "0j ** 1j", "(1+1j) / 0j"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError:", e)
print(0j ** 0, 0j ** 2, 0j ** 0.5)
print(complex(1j, 1j), complex(1 + 2j, 3 - 4j), complex(-0.0, 0j), complex(2), complex(0j, -0.0))
