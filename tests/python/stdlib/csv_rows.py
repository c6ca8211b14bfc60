# csv: reader/writer over io.StringIO and files, quoting, dialects, DictReader/DictWriter, errors
import csv
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "quote", "n"]))
w.writerows([["Ann", 'She said "hi"', 1], ["Bob, Jr.", "line1\nline2", 2.5], ["", None, True]])
w.writerow([""])
print(repr(buf.getvalue()))
rows = list(csv.reader(io.StringIO(buf.getvalue())))
print(rows)

print(list(csv.reader(["a;b;c", "1; 2;3"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['x,"y,z",w', '', '"multi', 'line",end'])))
print(list(csv.reader(["1,2.5,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.0, None, "b c"])
    print(quoting, out.getvalue(), end="")
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", "c"])
print(repr(out.getvalue()))

with open("people.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["name", "age", "city"])
    writer.writeheader()
    writer.writerow({"name": "Ann", "age": 30, "city": "Oslo"})
    writer.writerows([{"name": "Bob", "age": 25}, {"name": "Cy", "age": 41, "city": "Rome"}])
with open("people.csv", newline="") as f:
    print(repr(f.read()))
with open("people.csv", newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        print(row["name"], int(row["age"]) + 1, row["city"] or "-", reader.line_num)
with open("people.csv", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    print(header, [row[0] for row in r], r.line_num)

extra = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(extra))
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["first", "second"])))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, dialect="pipes").writerow(["a", "b"])
print(repr(out.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a\tb"], dialect=csv.excel_tab)), csv.excel.lineterminator == "\r\n")
for bad in (lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: csv.get_dialect("nope"),
            lambda: list(csv.reader(['a,"b"c'], strict=True)),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}),
            lambda: csv.writer(io.StringIO(), delimiter="ab")):
    try:
        bad()
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
