# tomllib: TOML 1.0 documents (tables, arrays of tables, inline tables, strings, numbers, dates) and CPython's error texts.
import io
import tomllib
from decimal import Decimal

DOC = '''
# A configuration for an async crawler
title = "TOML \\"example\\"\\tdone"
site."google.com" = true
3.14159 = "pi"

[owner]
name = 'Tom Preston-Werner'
dob = 1979-05-27T07:32:00-08:00
path = 'C:\\Users\\nodejs\\templates'

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = [ 1, 2,  # comment inside
  3,
]

[servers]
  [servers.alpha]
  ip = "10.0.0.1"
  role = "frontend"

  [servers.beta]
  ip = "10.0.0.2"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''

data = tomllib.loads(DOC)
for key, value in data.items():
    print(key, "=", value)

NUMBERS = '''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = -nan
neg0 = -0.0
big = 123456789012345678901234567890
'''
for key, value in tomllib.loads(NUMBERS).items():
    print(key, repr(value))

STRINGS = r'''
s1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
s2 = "snowman \u2603 and \U0001F600 emoji"
s3 = """
Roses are red
Violets are blue"""
s4 = """The quick brown \


  fox jumps over \
    the lazy dog."""
s5 = """Here are two quotation marks: "". Simple enough."""
s6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
s7 = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
empty1 = ""
empty2 = ''
bare_key-1 = 1
"quoted key" = 2
'literal key' = 3
"" = 4
'''
for key, value in tomllib.loads(STRINGS).items():
    print(repr(key), repr(value))

LITERALS = r"""
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
quot15 = ''''That,' she said, 'is still pointless.''''
"""
for key, value in tomllib.loads(LITERALS).items():
    print(repr(key), repr(value))

DATES = '''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00+05:30
odt5 = 1979-05-27t07:32:00z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.1234567
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.5
dates = [1979-05-27, 2000-02-29]
'''
for key, value in tomllib.loads(DATES).items():
    print(key, repr(value))

print(tomllib.loads("a.b.c = 1\na.b.d = 2\na.e = { x = 1, y.z = [1, {w = 2}] }\n"))
print(tomllib.loads("[a.b]\nc = 1\n[a]\nd = 2\n"))
print(tomllib.loads("x = 1\r\ny = 'two'\r\n"))
print(tomllib.loads(""), tomllib.loads("# only a comment"), tomllib.loads("\n\n  \n"))
print(tomllib.loads("[ a . 'b' . \"c\" ]\nk=1"))
print(tomllib.loads("arr = [\n  # c\n]\nt = {}\n"))

print(tomllib.loads("pi = 3.14\nn = 1_0.5e1_0\n", parse_float=Decimal))
print(tomllib.loads("v = 1.5\nw = nan\n", parse_float=lambda s: "float:" + s))
try:
    tomllib.loads("v = 1.5", parse_float=lambda s: [s])
except ValueError as exc:
    print(type(exc).__name__, exc)

print(tomllib.load(io.BytesIO(b"name = \"caf\xc3\xa9\"\n[t]\nx = 1")))
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as exc:
    print("TypeError", exc)

print(issubclass(tomllib.TOMLDecodeError, ValueError), sorted(tomllib.__all__))

BAD = [
    "a = 1\na = 2",
    "a = 1\n[a]",
    "[a]\n[a]",
    "[a]\nb = 1\n[a.b]",
    "a = {b = 1}\n[a]",
    "a = {b = 1}\na.c = 2",
    "a = [1]\n[[a]]",
    "[[a]]\n[a]",
    "[a.b]\n[a]\nb = 1",
    "[a]\nb.c = 1\n[a.b]",
    "[a]\nb.c = 1\n[a]",
    "x.y = 1\n[x]",
    "a = {b = 1, b = 2}",
    "a = {b = 1, b.c = 2}",
    "a = {b = {c = 1}, b.d = 2}",
    "a = {b = 1,}",
    "a = {b = 1",
    "a = {b = 1\n}",
    "a = [1, 2",
    "a = [1 2]",
    "a = [1,,2]",
    "a = ",
    "a",
    "a b = 1",
    "= 1",
    "a = tru",
    "a = 12abc",
    "a = 1__2",
    "a = 01",
    "a = 1.",
    "a = .5",
    "a = 1e",
    "a = 0x",
    "a = +0x10",
    "a = 1.5.3",
    "a = 2021-02-30",
    "a = 2021-13-01",
    "a = 1979-05-27T25:00:00",
    "a = 1979-05-27T07:32",
    "a = 07:32",
    "a = 1979-05-27T07:32:00+24:00",
    "a = \"abc",
    "a = \"abc\nb = 1",
    "a = 'abc",
    "a = 'abc\nb = 'x'",
    "a = \"\\x41\"",
    "a = \"\\u12\"",
    "a = \"\\uD800\"",
    "a = \"\\U00110000\"",
    "a = \"tab\\ \"",
    "a = \"\"\"abc\\  x\n\"\"\"",
    "a = \"\"\"abc",
    "a = '''abc",
    "a = \"ctrl\x01\"",
    "a = 1 # bad \x00 comment",
    "a = 1 b = 2",
    "[a",
    "[[a]",
    "[a]]",
    "[]",
    "@ = 1",
    "a = \"\"\"x\"\"\"\"\"\"",
    "a = 1\r\nb = \r",
    "\n\n   x = [1, 2\n  , 3 = 4",
    "[t]\nk = 'v'\n\n[t.u]\nk = 1\n[t]",
]
for doc in BAD:
    try:
        print("ok?", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as exc:
        print(repr(doc), "->", exc, exc.args == (str(exc),))

for obj in (b"a = 1", None, 5):
    try:
        tomllib.loads(obj)
    except Exception as exc:
        print(type(exc).__name__, exc)

MORE = [
    "[[a]]\n[a.b]\nx = 1\n[[a]]\n[a.b]\nx = 2",
    "[[a.b]]\nx = 1\n[a]\ny = 2",
    "[a]\nb.c.d = 1\nb.e = 2\n[a.f]",
    "a.b = 1\n[a.c]\nd = 2",
    "[[a]]\nb = [1]\n[[a]]\nb = [2]",
    "a = [{b = 1}, {b = 2}]\nc = [[], [[]], {}]",
    "x = [ 1 , 'two' , \"three\" , 4.0 , true , 1979-05-27 ]",
    "t = {a.b = 1, a.c = 2}",
    "k = \"\"\"a\\\n   \n  b\"\"\"",
    "k = \"\"\"\\\n\"\"\"",
    "k = 1979-05-27 # date then comment",
    "k = 1979-05-27T07:32:00.12",
    "\ufeffk = 1",
    "k = \"\u00e9\" # caf\u00e9",
]
for doc in MORE:
    try:
        print(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as exc:
        print(repr(doc), "->", exc)
