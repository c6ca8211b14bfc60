# pickle for Loopscope's MicroPython: CPython 3.11's dumps/loads/dump/load, Pickler/Unpickler, the
# protocols 0-5 (4 by default) and their bytes as CPython's C pickler writes them: opcodes, memo
# (MEMOIZE/BINPUT/PUT), frames of protocol 4 (FRAME before each 64 KiB, large strings and bytes
# outside them), batches of 1000 items. Objects without a dispatch entry are reduced as
# object.__reduce_ex__ does (this interpreter has no such method on object): a class's own
# __reduce_ex__/__reduce__, copyreg.dispatch_table, else copyreg.__newobj__ with __getnewargs_ex__/
# __getnewargs__ and __getstate__ or the instance's __dict__ (exceptions: their class and args).
# Functions and classes are pickled by reference (module and qualified name) as CPython does, with
# its errors for lambdas and local functions. No PickleBuffer out-of-band buffers.

import sys
import copyreg
try:
    import ustruct as _ustruct
except ImportError:
    import struct as _ustruct

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    try:
        _c.__module__ = "_pickle"
    except (AttributeError, TypeError):
        pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

_FunctionType = type(lambda: None)
_BuiltinType = type(len)


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def encode_long(x):
    # Little-endian two's complement, as short as it can be.
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    if x < 0:
        result = (x + (1 << (8 * nbytes))).to_bytes(nbytes, "little")
        if nbytes > 1 and result[-1] == 0xFF and (result[-2] & 0x80) != 0:
            result = result[:-1]
        return result
    return x.to_bytes(nbytes, "little")


def decode_long(data):
    n = int.from_bytes(data, "little")
    if data and data[-1] & 0x80:
        n -= 1 << (8 * len(data))
    return n


def _type_name(obj):
    t = type(obj)
    mod = getattr(t, "__module__", None)
    name = getattr(t, "__qualname__", t.__name__)
    if mod and mod not in ("builtins", "__main__") and t not in _CLASS_NAMES:
        return "%s.%s" % (mod, name)
    return _CLASS_NAMES.get(t, name)


_CLASS_NAMES = {}


def _main_module():
    mod = sys.modules.get("__main__")
    if mod is None:
        try:
            import __main__ as mod
        except ImportError:
            mod = None
    return mod


_REVERSE_IMPORT_MAPPING = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
                           "pickle": "pickle"}
_IMPORT_MAPPING = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue", "_codecs": "codecs",
                   "exceptions": "builtins"}


_REVERSE_NAME_MAPPING = {"range": "xrange", "chr": "unichr", "str": "unicode", "int": "long"}
_NAME_MAPPING = {"xrange": "range", "unichr": "chr", "unicode": "str", "long": "int"}
_PY3_EXCEPTIONS = ("RecursionError", "StopAsyncIteration", "ResourceWarning", "EncodingWarning",
                   "BaseExceptionGroup", "ExceptionGroup")


def _py2_name(obj, module_name, name):
    # The names a Python 2 reader knows (protocols 0-2 with fix_imports), as _compat_pickle maps them.
    if module_name == "builtins":
        if isinstance(obj, type) and issubclass(obj, BaseException) and name not in _PY3_EXCEPTIONS:
            if issubclass(obj, OSError):
                return "exceptions", "OSError"
            if name == "ModuleNotFoundError":
                return "exceptions", "ImportError"
            return "exceptions", name
        if name in ("zip", "map", "filter"):
            return "itertools", "i" + name
        return "__builtin__", _REVERSE_NAME_MAPPING.get(name, name)
    return _REVERSE_IMPORT_MAPPING.get(module_name, module_name), name


def _import_module(name):
    name = _IMPORT_MAPPING.get(name, name)
    if name == "__main__":
        mod = _main_module()
        if mod is None:
            raise ImportError("No module named '__main__'")
        return mod
    mod = sys.modules.get(name)
    if mod is None:
        mod = __import__(name)
        for part in name.split(".")[1:]:
            mod = getattr(mod, part)
    return mod


def _whichmodule(obj):
    mod = getattr(obj, "__module__", None)
    if mod is not None:
        return mod
    for name, module in list(sys.modules.items()):
        if name == "__main__" or module is None:
            continue
        try:
            if getattr(module, obj.__name__, None) is obj:
                return name
        except Exception:
            pass
    return "__main__"


def _lookup_global(obj, module_name, name):
    try:
        module = _import_module(module_name)
    except Exception:
        raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
    parts = name.split(".")
    if "<locals>" in parts:
        raise AttributeError("Can't pickle local object %r" % name)
    found = module
    for part in parts:
        try:
            found = getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name))
    if found is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))


class _Framer:
    def __init__(self, write):
        self.file_write = write
        self.current = None

    def start_framing(self):
        self.current = bytearray()

    def end_framing(self):
        if self.current:
            self.commit_frame(force=True)
        self.current = None

    def commit_frame(self, force=False):
        data = self.current
        if data is None:
            return
        if len(data) >= _FRAME_SIZE_TARGET or (force and data):
            if len(data) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + _u64(len(data)))
            self.file_write(bytes(data))
            self.current = bytearray()

    def write(self, data):
        if self.current is not None:
            self.current += data
        else:
            self.file_write(data)

    def write_large(self, header, payload):
        if self.current is not None:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class Pickler:
    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports
        self.memo = {}
        self._memo_next = 0
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write

    def clear_memo(self):
        self.memo.clear()
        self._memo_next = 0

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        if self.proto >= 2:
            self.framer.file_write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = self._memo_next
        self._memo_next = idx + 1
        self.write(self.put(idx))
        if id(obj) not in self.memo:
            self.memo[id(obj)] = (idx, obj)

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b"\n"

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        if save_persistent_id and type(self).persistent_id is not Pickler.persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        tname = t.__name__
        if tname in ("function", "builtin_function_or_method", "closure") and not isinstance(obj, type):
            # Several native types here print as these names (builtins of each arity, closures).
            bound = getattr(obj, "__self__", None)
            if bound is None or isinstance(bound, type(sys)):
                self.save_global(obj)
                return
        reducer = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reducer is not None:
            rv = reducer(obj)
        if rv is NotImplemented:
            table = self.dispatch_table
            if table is None:
                table = copyreg.dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % "__reduce__")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("args[0] from %s args has no __new__" % func_name)
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                save(_partial_new(cls, args, kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from %s args has no __new__" % func_name)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the basic types
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xFF:
                    self.write(BININT1 + bytes((obj,)))
                    return
                if obj <= 0xFFFF:
                    self.write(BININT2 + obj.to_bytes(2, "little"))
                    return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self.write(BININT + (obj & 0xFFFFFFFF).to_bytes(4, "little"))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + _u32(n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _ustruct.pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self.framer.write_large(BINBYTES8 + _u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self.framer.write_large(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self.framer.write_large(BYTEARRAY8 + _u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _u64(n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8")
            n = len(encoded)
            if n <= 0xFF and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self.framer.write_large(BINUNICODE8 + _u64(n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self.framer.write_large(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            out = []
            for ch in obj:
                if ch == "\\":
                    out.append("\\u005c")
                elif ch == "\0":
                    out.append("\\u0000")
                elif ch == "\n":
                    out.append("\\u000a")
                elif ch == "\r":
                    out.append("\\u000d")
                elif ch == "\x1a":
                    out.append("\\u001a")
                elif ord(ch) > 0xFFFF:
                    out.append("\\U%08x" % ord(ch))
                elif ord(ch) > 0xFF:
                    out.append("\\u%04x" % ord(ch))
                else:
                    out.append(ch)
            self.write(UNICODE + "".join(out).encode("latin-1") + b"\n")
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        if name is None:
            raise PicklingError("Can't pickle %r: it has no name" % (obj,))
        module_name = _whichmodule(obj)
        if module_name == "codecs" and name == "encode":
            module_name = "_codecs"
        _lookup_global(obj, module_name, name)
        if self.proto >= 4:
            self.save(module_name)
            if name is module_name:
                # One interned string here ("datetime" for datetime.datetime), two objects in
                # CPython: written again, as CPython writes it.
                self.save_str(name)
            else:
                self.save(name)
            self.write(STACK_GLOBAL)
        elif "." in name and self.proto < 4:
            # A nested class below protocol 4: getattr(outer, inner), as CPython.
            parent, _, last = name.rpartition(".")
            self.save_reduce(getattr, (_GlobalRef(module_name, parent), last))
            return
        else:
            if self.proto < 3 and self.fix_imports:
                module_name, name = _py2_name(obj, module_name, name)
            self.write(GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


class _GlobalRef:
    def __init__(self, module, name):
        self.module = module
        self.name = name


def _save_globalref(self, ref):
    self.write(GLOBAL + ref.module.encode("utf-8") + b"\n" + ref.name.encode("utf-8") + b"\n")


def _partial_new(cls, args, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, *args, **kwargs)


_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_DISPATCH = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    _FunctionType: Pickler.save_global,
    _BuiltinType: Pickler.save_global,
    type: Pickler.save_type,
    _GlobalRef: _save_globalref,
}


class _Probe:
    def __init__(self):
        self.a = 1


# An instance's __dict__ here is a dict of its own type (printed as dict): pickled as a dict.
_DISPATCH.setdefault(type(_Probe().__dict__), Pickler.save_dict)

def _save_by_reduce(self, obj):
    t = type(obj)
    if t is complex:
        self.save_reduce(complex, (obj.real, obj.imag), obj=obj)
    elif t is range:
        self.save_reduce(range, (obj.start, obj.stop, obj.step), obj=obj)
    else:
        self.save_reduce(slice, (obj.start, obj.stop, obj.step), obj=obj)


_DISPATCH[complex] = _save_by_reduce
_DISPATCH[range] = _save_by_reduce
_DISPATCH[slice] = _save_by_reduce

# Native objects that cannot be pickled, with CPython's type names.
_UNPICKLABLE_NAMES = {
    "generator": "generator", "coroutine": "coroutine", "Lock": "_thread.lock", "lock": "_thread.lock",
    "RLock": "_thread.RLock", "TextIOWrapper": "_io.TextIOWrapper", "BufferedReader": "_io.BufferedReader",
    "BufferedWriter": "_io.BufferedWriter", "module": "module", "Task": "_asyncio.Task",
    "Future": "_asyncio.Future", "socket": "socket", "async_generator": "async_generator",
}


def _cannot(obj):
    t = type(obj)
    name = _UNPICKLABLE_NAMES.get(t.__name__, t.__name__)
    if name == t.__name__ and getattr(t, "__module__", "builtins") not in ("builtins", "__main__", None):
        name = "%s.%s" % (t.__module__, t.__name__)
    return TypeError("cannot pickle %r object" % name)


def _reduce_ex(obj, proto):
    cls = type(obj)
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None:
        return obj.__reduce_ex__(proto)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None:
        return obj.__reduce__()
    if cls.__name__ in ("method", "bound_method", "builtin_function_or_method") and \
            getattr(obj, "__self__", None) is not None and not isinstance(obj.__self__, type(sys)):
        # A bound method: getattr(its object, its name), as CPython's method.__reduce__.
        return (getattr, (obj.__self__, obj.__name__))
    if isinstance(obj, BaseException):
        state = getattr(obj, "__dict__", None)
        if state:
            return (cls, obj.args, dict(state))
        return (cls, obj.args)
    if cls.__name__ in _UNPICKLABLE_NAMES or isinstance(obj, (_FunctionType, type(sys))):
        raise _cannot(obj)
    if cls.__name__ in ("generator", "coroutine", "async_generator", "bound_method", "closure"):
        raise _cannot(obj)
    return _reduce_newobj(obj, cls, proto)


def _reduce_newobj(obj, cls, proto):
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = obj.__getnewargs__()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = ()
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = obj.__getstate__()
    else:
        if not _has_state(obj):
            raise _cannot(obj)
        state = _default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if proto < 2:
        base = object
        for b in _mro(cls):
            if b in (list, dict, set, tuple, int, float, str, bytes, frozenset):
                base = b
                break
        basestate = None if base is object else base(obj)
        return (copyreg._reconstructor, (cls, base, basestate), state, listitems, dictitems)
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


def _mro(cls):
    out = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        if c not in out:
            out.append(c)
            todo.extend(getattr(c, "__bases__", ()))
    return out


def _has_state(obj):
    try:
        obj.__dict__
        return True
    except AttributeError:
        pass
    return isinstance(obj, (list, dict, set, tuple, int, float, str, bytes, frozenset))


def _default_state(obj):
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    slots = {}
    for c in _mro(type(obj)):
        names = c.__dict__.get("__slots__", ()) if hasattr(c, "__dict__") else ()
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (dict(d) if d else None, slots)
    if not d:
        return None
    return d


# -- unpickling

class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def readline(self):
        data = self.data
        p = self.pos
        i = data.find(b"\n", p)
        if i < 0:
            self.pos = len(data)
            return data[p:]
        self.pos = i + 1
        return data[p:i + 1]


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self.memo = {}

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._file_readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = _LOAD
        first = True
        try:
            while True:
                key = read(1)
                if not key:
                    if first:
                        raise EOFError("Ran out of input")
                    raise UnpicklingError("pickle data was truncated")
                first = False
                f = dispatch.get(key[0])
                if f is None:
                    k = chr(key[0])
                    raise UnpicklingError("invalid load key, %r." % k)
                f(self)
        except _Stop as stop:
            return stop.value
        except IndexError:
            raise UnpicklingError("unpickling stack underflow")

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if module == "__builtin__":
                name = _NAME_MAPPING.get(name, name)
            elif module == "itertools" and name in ("izip", "imap", "ifilter"):
                module, name = "builtins", name[1:]
        mod = _import_module(module)
        obj = mod
        for part in name.split("."):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod))
        return obj

    # opcodes
    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self.read(8)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data)
        self.append(val)

    def load_binint(self):
        self.append(decode_long(self.read(4)))

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), "little"))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == ord("L"):
            val = val[:-1]
        self.append(int(val))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def load_long4(self):
        n = decode_long(self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_ustruct.unpack(">d", self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n = decode_long(self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), "little")
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(self.read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(bytearray(self.read(n)))

    def load_unicode(self):
        raw = self.readline()[:-1]
        out = []
        i = 0
        n = len(raw)
        while i < n:
            c = raw[i]
            if c == 0x5C and i + 1 < n and raw[i + 1] in (0x75, 0x55):
                width = 4 if raw[i + 1] == 0x75 else 8
                out.append(chr(int(raw[i + 2:i + 2 + width], 16)))
                i += 2 + width
            else:
                out.append(chr(c))
                i += 1
        self.append("".join(out))

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), "little")
        self.append(str(self.read(n), "utf-8"))

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(str(self.read(n), "utf-8"))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), "utf-8"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)))
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(_new(cls, args, None))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(_new(cls, args, kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self.read(2), "little"))

    def load_ext4(self):
        self._get_extension(decode_long(self.read(4)))

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def load_get(self):
        i = int(self.readline()[:-1])
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i)

    def load_binget(self):
        i = self.read(1)[0]
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i)

    def load_long_binget(self):
        i = int.from_bytes(self.read(4), "little")
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i)

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        i = int.from_bytes(self.read(4), "little")
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            for item in items:
                list_obj.append(item)
            return
        extend(items)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                inst_dict = inst.__dict__
            except AttributeError:
                inst_dict = None
            for k, v in state.items():
                if inst_dict is not None:
                    inst_dict[k] = v
                else:
                    object.__setattr__(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)


def _new(cls, args, kwargs):
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    new = getattr(cls, "__new__", None)
    if new is None:
        return object.__new__(cls)
    if kwargs:
        return new(cls, *args, **kwargs)
    return new(cls, *args)


_LOAD = {
    PROTO[0]: Unpickler.load_proto, FRAME[0]: Unpickler.load_frame, PERSID[0]: Unpickler.load_persid,
    BINPERSID[0]: Unpickler.load_binpersid, NONE[0]: Unpickler.load_none,
    NEWFALSE[0]: Unpickler.load_false, NEWTRUE[0]: Unpickler.load_true, INT[0]: Unpickler.load_int,
    BININT[0]: Unpickler.load_binint, BININT1[0]: Unpickler.load_binint1,
    BININT2[0]: Unpickler.load_binint2, LONG[0]: Unpickler.load_long, LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4, FLOAT[0]: Unpickler.load_float, BINFLOAT[0]: Unpickler.load_binfloat,
    STRING[0]: Unpickler.load_string, BINSTRING[0]: Unpickler.load_binstring,
    SHORT_BINSTRING[0]: Unpickler.load_short_binstring, BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes, BINBYTES8[0]: Unpickler.load_binbytes8,
    BYTEARRAY8[0]: Unpickler.load_bytearray8, UNICODE[0]: Unpickler.load_unicode,
    BINUNICODE[0]: Unpickler.load_binunicode, BINUNICODE8[0]: Unpickler.load_binunicode8,
    SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode, TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple, TUPLE1[0]: Unpickler.load_tuple1,
    TUPLE2[0]: Unpickler.load_tuple2, TUPLE3[0]: Unpickler.load_tuple3,
    EMPTY_LIST[0]: Unpickler.load_empty_list, EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
    EMPTY_SET[0]: Unpickler.load_empty_set, FROZENSET[0]: Unpickler.load_frozenset,
    LIST[0]: Unpickler.load_list, DICT[0]: Unpickler.load_dict, INST[0]: Unpickler.load_inst,
    OBJ[0]: Unpickler.load_obj, NEWOBJ[0]: Unpickler.load_newobj, NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    GLOBAL[0]: Unpickler.load_global, STACK_GLOBAL[0]: Unpickler.load_stack_global,
    EXT1[0]: Unpickler.load_ext1, EXT2[0]: Unpickler.load_ext2, EXT4[0]: Unpickler.load_ext4,
    REDUCE[0]: Unpickler.load_reduce, POP[0]: Unpickler.load_pop, POP_MARK[0]: Unpickler.load_pop_mark,
    DUP[0]: Unpickler.load_dup, GET[0]: Unpickler.load_get, BINGET[0]: Unpickler.load_binget,
    LONG_BINGET[0]: Unpickler.load_long_binget, PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput, LONG_BINPUT[0]: Unpickler.load_long_binput,
    MEMOIZE[0]: Unpickler.load_memoize, APPEND[0]: Unpickler.load_append,
    APPENDS[0]: Unpickler.load_appends, SETITEM[0]: Unpickler.load_setitem,
    SETITEMS[0]: Unpickler.load_setitems, ADDITEMS[0]: Unpickler.load_additems,
    BUILD[0]: Unpickler.load_build, MARK[0]: Unpickler.load_mark, STOP[0]: Unpickler.load_stop,
}


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return Unpickler(_Reader(bytes(data)), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
