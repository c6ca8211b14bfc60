from urllib.parse import urlparse, urlsplit, urljoin, urlencode, quote, quote_plus, unquote, parse_qs, parse_qsl
p = urlparse('https://user:pw@Example.com:8443/a/b;x?q=1&r=a+b#frag')
print(p)
print(p.hostname, p.port, p.username, p.password, p.geturl())
print(urlsplit('http://www.python.org/doc/?x=1'))
print(urljoin('https://a.org/b/c/d', '../e'), urljoin('https://a.org/b/c', '/x?y=1'), urljoin('https://a.org/b', '//c.org/z'))
print(urlencode({'a': 'b c', 'n': 1, 'u': 'ä/&'}), urlencode([('k', [1, 2])], doseq=True))
print(quote('a b/c?d'), quote_plus('a b/c?d'), unquote('a%20b%2Fc'), parse_qs('a=1&a=2&b=x+y'), parse_qsl('a=1&b=&c=3'))
