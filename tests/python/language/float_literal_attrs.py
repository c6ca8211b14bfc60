# attributes of number literals: the second '.' ends a float literal
print(3.5.is_integer(), 4.0.is_integer(), 1.0.hex(), 1.5.as_integer_ratio())
print(1 .real, 1e3.real, 1j.imag, 0x10.real, 0b11.bit_length(), 1..real, 1_0.5.hex(), 2.5e-3.real)
print([1.5.__class__.__name__, (2).__class__.__name__, 3.0.conjugate()])
x = 1.25.real * 4
print(x, 0o17.real, 5 .bit_length())
