# errno names and errorcode; keyword.kwlist, softkwlist, iskeyword, issoftkeyword
import errno
import keyword
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.ETIMEDOUT, errno.ECONNREFUSED)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP], len(errno.errorcode))
print(sorted(errno.errorcode)[:5], max(errno.errorcode))
print(errno.errorcode[errno.ENOTEMPTY], errno.EPIPE, errno.EINTR)
try:
    os.remove("no-such-file.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print([w for w in ("async", "await", "match", "print", "None", "_", "lambda") if keyword.iskeyword(w)])
print([w for w in ("match", "case", "_", "type", "if") if keyword.issoftkeyword(w)])
print("nonlocal" in keyword.kwlist, keyword.iskeyword("True"), keyword.iskeyword("true"))
