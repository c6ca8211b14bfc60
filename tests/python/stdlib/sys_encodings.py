# sys.getdefaultencoding(), getfilesystemencoding(), getfilesystemencodeerrors(): CPython's answers,
# and the version checks scripts branch on.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print("é".encode(sys.getdefaultencoding()), b"\xc3\xa9".decode(sys.getfilesystemencoding()))
print(sys.stdout.encoding, sys.version_info >= (3, 11), sys.version_info[:2], type(sys.version_info).__name__)
print(callable(sys.getdefaultencoding), sys.getdefaultencoding.__name__)
