import re
print(re.I | re.M, re.IGNORECASE, repr(re.I), str(re.S), f'{re.I}', format(re.I, 'd'), re.I | 1024, re.I & re.M, ~re.I)
print(re.compile('a', re.I).flags, type(re.I).__name__, re.I == 2, int(re.X), re.A | re.I | re.M | re.S | re.X, re.NOFLAG)
print(re.compile('a', re.I | re.M), repr(re.compile('a', re.A | re.I | re.X)), re.compile('a', re.I | 1024))
print(2 | re.M, [re.I], re.U, hash(re.I) == hash(2), re.I in {2: 1}, isinstance(re.I, int), re.L | re.U)
print(re.RegexFlag(0), re.RegexFlag(1024), re.RegexFlag(10))
flags = 0
flags |= re.I
print(flags, re.search('A', 'xa', flags).group(), re.findall('^b', 'a\nb', re.M), re.match('(?i)x', 'X') is not None)
