# html: escape (with and without quotes) and unescape of named (with and without ";"), decimal, hex and invalid references.
import html

print(html.escape("<script>alert('x' & \"y\")</script>"))
print(html.escape("<'\"&>", quote=False), html.escape(""), html.escape("plain text"))
print(html.escape("&amp;"), html.unescape(html.escape("a < b && c > 'd'")))

for s in ["&lt;p&gt;Caf&eacute; &amp; cr&egrave;me&lt;/p&gt;",
          "&copy; 2024 &mdash; &hellip; &euro;5 &nbsp;x &laquo;quoted&raquo; &trade;",
          "&copy2024 &amp &lt &gt &quot &AMP; &LT &REG",
          "&notit; &notin; &not &notx &ampfoo; &ltb",
          "&apos;single&apos; &lpar;x&rpar; &check; &ndash; &rarr; &hearts; &alpha;&beta;&Omega;",
          "&#65;&#66;&#x43;&#X44;&#x1F600;&#128512; &#65 &#x41 &#; &#x; &# &#xG",
          "&#0; &#13; &#x80; &#x81; &#x9F; &#1; &#11; &#x7f; &#xfffe; &#x1ffff; &#xfdd0; &#xD800; &#1114112; &#99999999999999999999;",
          "&unknown; &unknownentity &; & ; &&amp; &#38;amp; &amp;amp;",
          "&" + "a" * 40 + ";",
          "no references at all",
          "&lang;&rang; &Aring; &angst; &half; &frac12"]:
    print(repr(html.unescape(s)))

print(sorted(html.__all__))
for bad in (None, 5):
    try:
        html.escape(bad)
    except AttributeError as exc:
        print("AttributeError", exc)
try:
    html.unescape(None)
except TypeError as exc:
    print("TypeError", exc)
for bad in (b"&amp;", ["&amp;"]):
    try:
        html.unescape(bad)
    except TypeError as exc:
        print("TypeError", exc)
print(html.unescape(["a", "b"]))
