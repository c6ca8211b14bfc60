# '=' as a fill character, '_' grouping in every base, zero padding with grouping
print(f"{' Results ':=^21}")
print('{:=<10}|'.format('ab'), format(5, '=>4'), format(2.5, '=^9'), format(-5, '=5'), format(-5, '0=5'))
print(format(5, '=='), format(5, '=^5'), format(-5, '==5'), format(-1.5, '=8'), format(-1.5, '*=8'))
print(f"{'x':=>3}", f"{'x':=<3}", f"{3:=^7d}", f"{-3:=^7d}", f"{'ab':<<5}|", f"{'ab':>>5}", f"{'ab':^^6}")
print(f"{1234567:_x} {255:_b} {1234567:_o} {0xABCDEF:_X} {-255:_b} {255:#_x} {12345678:_}")
for w in range(4, 13):
    print(w, repr(format(1234, '0%d,' % w)), repr(format(-1234, '0%d,' % w)), repr(format(0xA000001, '0%d_X' % w)),
          repr(format(5, '#0%d_b' % w)), repr(format(-5, '+#0%d_o' % w)))
print(format(0xA000001, "08_X"), format(1234, '010,'), format(1234, '0=10,'), format(1234, '0>10,'), format(1234, 'x=10,'))
print(format(1234, '>10,'), format(1234, '<10_'), format(1234, '^10,'), format(-1234, '=10,'), format(10**20, ','))
print(format(1234.5, '012,.1f'), format(-1234.5, '=12,.1f'), format(12345.678, '012,g'), format(1234, '=>10,'))
print(format(2**70, '_x'), format(-2**70, '040_b'), format(True, '_b'), format(0, '08_x'), format(0, '08,'))
for spec in [',x', ',b', ',o', ',c', '_c', ',s', ',_', '_,']:
    for v in (255, 'ab'):
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, repr(v), 'ValueError:', e)


class Num(int):
    pass


class Real(float):
    pass


print(format(Num(42), '05d'), f"{Num(7):>4}|", format(Num(255), '_b'), f"{Real(2.5):08.3f}", f"{Num(3)}")


class Named(int):
    def __str__(self):
        return "Named!"


n = Named(5)
print(format(n, ''), f"{n}", "{:}".format(n), f"{n:>3}", f"{n:{''}}", format(n, 'x'))
