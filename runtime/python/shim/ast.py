# ast for Loopscope's MicroPython: literal_eval only. The engine (MicroPython) compiles source straight
# to its own bytecode and builds no syntax tree, so parse(), dump(), NodeVisitor... raise saying so.
# literal_eval parses the expression grammar itself (into a few node kinds) and accepts what
# CPython 3.11's does: strings, bytes, numbers, tuples, lists, dicts, sets, set(), None/True/False,
# signed numbers and complex sums; anything else raises ValueError naming the node as CPython does.

_WHY = ("the Loopscope sandbox runs Python on MicroPython, which compiles source straight to its own "
        "bytecode without a syntax tree; ast.literal_eval is available")


class AST:
    _fields = ()

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("ast.%s: %s" % (type(self).__name__, _WHY))


class _Node:
    def __init__(self, kind, lineno, *parts):
        self.kind = kind
        self.lineno = lineno
        self.parts = parts

    def __repr__(self):
        return "<ast.%s object at %s>" % (self.kind, hex(id(self)))


def _unavailable(name):
    def f(*args, **kwargs):
        raise NotImplementedError("ast.%s is not available: %s" % (name, _WHY))
    f.__name__ = name
    return f


parse = _unavailable("parse")
dump = _unavailable("dump")
unparse = _unavailable("unparse")
walk = _unavailable("walk")
fix_missing_locations = _unavailable("fix_missing_locations")
copy_location = _unavailable("copy_location")
increment_lineno = _unavailable("increment_lineno")
iter_fields = _unavailable("iter_fields")
iter_child_nodes = _unavailable("iter_child_nodes")
get_docstring = _unavailable("get_docstring")
get_source_segment = _unavailable("get_source_segment")


class NodeVisitor:
    def visit(self, node):
        raise NotImplementedError("ast.NodeVisitor: %s" % _WHY)

    generic_visit = visit


class NodeTransformer(NodeVisitor):
    pass


PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_OPS3 = ("**=", "//=", ">>=", "<<=", "...")
_OPS2 = ("**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
         "^=", "@=", ":=")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def _syntax_error(msg, lineno):
    err = SyntaxError("%s (<unknown>, line %d)" % (msg, lineno))
    try:
        err.msg = msg
        err.lineno = lineno
        err.filename = "<unknown>"
    except (AttributeError, TypeError):
        pass
    return err


def _tokenize(src):
    toks = []
    i = 0
    n = len(src)
    line = 1
    stack = []
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
            if not stack:
                toks.append(("nl", "\n", line - 1))
            continue
        if c in " \t\r\f":
            i += 1
            continue
        if c == "\\" and i + 1 < n and src[i + 1] == "\n":
            i += 2
            line += 1
            continue
        if c == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start = i
        if c.isalpha() or c == "_" or ord(c) > 127:
            while i < n and (src[i].isalpha() or src[i].isdigit() or src[i] == "_" or ord(src[i]) > 127):
                i += 1
            word = src[start:i]
            if i < n and src[i] in "'\"" and word.lower() in ("r", "b", "u", "f", "rb", "br", "fr", "rf"):
                i = _scan_string(src, i, line)
                text = src[start:i]
                toks.append(("str", text, line))
                line += text.count("\n")
                continue
            toks.append(("name", word, line))
            continue
        if c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            while i < n and (src[i].isalnum() or src[i] in "._" or
                             (src[i] in "+-" and src[i - 1] in "eE" and not src[start:i].lower().startswith("0x"))):
                i += 1
            toks.append(("num", src[start:i], line))
            continue
        if c in "'\"":
            i = _scan_string(src, i, line)
            text = src[start:i]
            toks.append(("str", text, line))
            line += text.count("\n")
            continue
        if c in "([{":
            stack.append((c, line))
        elif c in ")]}":
            if not stack:
                raise _syntax_error("unmatched '%s'" % c, line)
            opener, _ = stack.pop()
            if _CLOSERS[opener] != c:
                raise _syntax_error("closing parenthesis '%s' does not match opening parenthesis '%s'"
                                    % (c, opener), line)
        op = c
        for group in (_OPS3, _OPS2):
            for cand in group:
                if src.startswith(cand, i):
                    op = cand
                    break
            if op != c:
                break
        i += len(op)
        toks.append(("op", op, line))
    if stack:
        opener, oline = stack[-1]
        raise _syntax_error("'%s' was never closed" % opener, oline)
    toks.append(("end", "", line))
    return toks


def _scan_string(src, i, line):
    q = src[i]
    triple = src.startswith(q * 3, i)
    if triple:
        end = i + 3
        while True:
            j = src.find(q * 3, end)
            if j < 0:
                raise _syntax_error("unterminated triple-quoted string literal (detected at line %d)"
                                    % (line + src.count("\n", i)), line)
            k = j - 1
            slashes = 0
            while k >= end and src[k] == "\\":
                slashes += 1
                k -= 1
            if slashes % 2 == 0:
                return j + 3
            end = j + 1
    j = i + 1
    while j < len(src):
        ch = src[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "\n":
            break
        if ch == q:
            return j + 1
        j += 1
    raise _syntax_error("unterminated string literal (detected at line %d)" % line, line)


class _Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def accept(self, text):
        t = self.toks[self.pos]
        if t[0] == "op" and t[1] == text:
            self.pos += 1
            return True
        return False

    def expect(self, text):
        if not self.accept(text):
            raise _syntax_error("invalid syntax", self.peek()[2])

    def skip_nl(self):
        while self.peek()[0] == "nl":
            self.pos += 1

    def expression(self):
        t = self.peek()
        if t[0] == "name" and t[1] == "lambda":
            depth = 0
            while True:
                t2 = self.peek()
                if t2[0] == "end" or t2[0] == "nl" or (depth == 0 and t2[0] == "op" and t2[1] in ",)]}"):
                    break
                if t2[0] == "op" and t2[1] in "([{":
                    depth += 1
                elif t2[0] == "op" and t2[1] in ")]}":
                    depth -= 1
                self.pos += 1
            return _Node("Lambda", t[2])
        node = self.disjunction()
        t = self.peek()
        if t[0] == "name" and t[1] == "if":
            self.next()
            self.disjunction()
            t2 = self.next()
            if t2[0] != "name" or t2[1] != "else":
                raise _syntax_error("expected 'else' after 'if' expression", t2[2])
            self.expression()
            return _Node("IfExp", node.lineno)
        return node

    def disjunction(self):
        node = self.conjunction()
        while self.peek()[0] == "name" and self.peek()[1] in ("or",):
            self.next()
            self.conjunction()
            node = _Node("BoolOp", node.lineno)
        return node

    def conjunction(self):
        node = self.inversion()
        while self.peek()[0] == "name" and self.peek()[1] == "and":
            self.next()
            self.inversion()
            node = _Node("BoolOp", node.lineno)
        return node

    def inversion(self):
        t = self.peek()
        if t[0] == "name" and t[1] == "not":
            self.next()
            operand = self.inversion()
            return _Node("UnaryOp", t[2], "Not", operand)
        return self.comparison()

    def comparison(self):
        node = self.bitor()
        found = False
        while True:
            t = self.peek()
            if t[0] == "op" and t[1] in ("<", ">", "==", "!=", "<=", ">="):
                self.next()
            elif t[0] == "name" and t[1] in ("in", "is"):
                self.next()
                if self.peek()[1] == "not":
                    self.next()
            elif t[0] == "name" and t[1] == "not":
                self.next()
                if self.peek()[1] != "in":
                    raise _syntax_error("invalid syntax", t[2])
                self.next()
            else:
                break
            self.bitor()
            found = True
        if found:
            return _Node("Compare", node.lineno)
        return node

    def bitor(self):
        node = self.arith()
        while self.peek()[0] == "op" and self.peek()[1] in ("|", "^", "&", "<<", ">>"):
            self.next()
            right = self.arith()
            node = _Node("BinOp", node.lineno, "Bit", node, right)
        return node

    def arith(self):
        node = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            right = self.term()
            node = _Node("BinOp", node.lineno, op, node, right)
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "//", "%", "@"):
            self.next()
            right = self.factor()
            node = _Node("BinOp", node.lineno, "Mult", node, right)
        return node

    def factor(self):
        t = self.peek()
        if t[0] == "op" and t[1] in ("+", "-", "~"):
            self.next()
            operand = self.factor()
            return _Node("UnaryOp", t[2], t[1], operand)
        return self.power()

    def power(self):
        node = self.primary()
        if self.accept("**"):
            right = self.factor()
            node = _Node("BinOp", node.lineno, "Pow", node, right)
        return node

    def primary(self):
        node = self.atom()
        while True:
            if self.accept("("):
                args, kwargs = self.call_args()
                node = _Node("Call", node.lineno, node, args, kwargs)
            elif self.accept("["):
                self.skip_nl()
                self.expression_list(("]",))
                self.expect("]")
                node = _Node("Subscript", node.lineno)
            elif self.accept("."):
                t = self.next()
                if t[0] != "name":
                    raise _syntax_error("invalid syntax", t[2])
                node = _Node("Attribute", node.lineno)
            else:
                return node

    def call_args(self):
        args = []
        kwargs = []
        while not self.accept(")"):
            if self.accept("*") or self.accept("**"):
                pass
            t = self.peek()
            nxt = self.toks[self.pos + 1]
            if t[0] == "name" and nxt[0] == "op" and nxt[1] == "=":
                self.pos += 2
                kwargs.append(self.expression())
            else:
                args.append(self.expression())
            if not self.accept(","):
                self.expect(")")
                break
        return args, kwargs

    def expression_list(self, closers):
        items = []
        while True:
            self.skip_nl()
            t = self.peek()
            if t[0] == "op" and t[1] in closers:
                return items, True
            if self.accept("*"):
                items.append(_Node("Starred", t[2], self.expression()))
            else:
                items.append(self.expression())
            self.skip_nl()
            if not self.accept(","):
                return items, False

    def atom(self):
        t = self.next()
        kind, text, line = t
        if kind == "num":
            try:
                value = eval(text)
            except SyntaxError:
                raise _syntax_error("invalid decimal literal", line)
            return _Node("Constant", line, value)
        if kind == "str":
            parts = [t]
            while self.peek()[0] == "str":
                parts.append(self.next())
            is_bytes = None
            values = []
            fstring = False
            for p in parts:
                prefix = ""
                k = 0
                while p[1][k] not in "'\"":
                    prefix += p[1][k].lower()
                    k += 1
                b = "b" in prefix
                if "f" in prefix:
                    fstring = True
                if is_bytes is None:
                    is_bytes = b
                elif is_bytes != b:
                    raise _syntax_error("cannot mix bytes and nonbytes literals", line)
                if not fstring:
                    values.append(eval(p[1]))
            if fstring:
                return _Node("JoinedStr", line)
            return _Node("Constant", line, (b"" if is_bytes else "").join(values))
        if kind == "name":
            if text == "None":
                return _Node("Constant", line, None)
            if text == "True":
                return _Node("Constant", line, True)
            if text == "False":
                return _Node("Constant", line, False)
            if text in ("and", "or", "not", "if", "else", "for", "in", "is", "lambda", "import", "def",
                        "class", "return", "yield", "await", "async", "while", "with", "pass"):
                raise _syntax_error("invalid syntax", line)
            return _Node("Name", line, text)
        if kind == "op" and text == "(":
            self.skip_nl()
            if self.accept(")"):
                return _Node("Tuple", line, [])
            first = self.expression()
            self.skip_nl()
            if self.peek()[0] == "name" and self.peek()[1] in ("for", "async"):
                self.skip_to(")")
                return _Node("GeneratorExp", line)
            if self.accept(")"):
                return first
            self.expect(",")
            rest, _ = self.expression_list((")",))
            self.skip_nl()
            self.expect(")")
            return _Node("Tuple", line, [first] + rest)
        if kind == "op" and text == "[":
            self.skip_nl()
            if self.accept("]"):
                return _Node("List", line, [])
            first = self.expression()
            self.skip_nl()
            if self.peek()[0] == "name" and self.peek()[1] in ("for", "async"):
                self.skip_to("]")
                return _Node("ListComp", line)
            items = [first]
            if self.accept(","):
                rest, _ = self.expression_list(("]",))
                items += rest
            self.skip_nl()
            self.expect("]")
            return _Node("List", line, items)
        if kind == "op" and text == "{":
            self.skip_nl()
            if self.accept("}"):
                return _Node("Dict", line, [], [])
            if self.accept("**"):
                first_key = None
                first_val = self.bitor()
            else:
                first_key = self.expression()
                self.skip_nl()
                if not self.accept(":"):
                    if self.peek()[0] == "name" and self.peek()[1] in ("for", "async"):
                        self.skip_to("}")
                        return _Node("SetComp", line)
                    items = [first_key]
                    if self.accept(","):
                        rest, _ = self.expression_list(("}",))
                        items += rest
                    self.skip_nl()
                    self.expect("}")
                    return _Node("Set", line, items)
                self.skip_nl()
                first_val = self.expression()
            keys = [first_key]
            values = [first_val]
            self.skip_nl()
            if self.peek()[0] == "name" and self.peek()[1] in ("for", "async"):
                self.skip_to("}")
                return _Node("DictComp", line)
            while self.accept(","):
                self.skip_nl()
                if self.accept("}"):
                    return _Node("Dict", line, keys, values)
                if self.accept("**"):
                    keys.append(None)
                    values.append(self.bitor())
                else:
                    keys.append(self.expression())
                    self.skip_nl()
                    self.expect(":")
                    self.skip_nl()
                    values.append(self.expression())
                self.skip_nl()
            self.expect("}")
            return _Node("Dict", line, keys, values)
        if kind == "op" and text == "...":
            return _Node("Constant", line, Ellipsis)
        raise _syntax_error("invalid syntax", line if kind != "end" else max(line - 1, 0) if kind == "end" and self.pos == 1 else line)

    def skip_to(self, closer):
        depth = 0
        while True:
            t = self.next()
            if t[0] == "op" and t[1] in "([{":
                depth += 1
            elif t[0] == "op" and t[1] in ")]}":
                if depth == 0 and t[1] == closer:
                    return
                depth -= 1


def _parse_eval(source):
    toks = _tokenize(source)
    if toks[0][0] == "end" or all(t[0] in ("nl", "end") for t in toks):
        raise _syntax_error("invalid syntax", 0)
    p = _Parser(toks)
    node = p.expression()
    if p.accept(","):
        rest, _ = p.expression_list(())
        node = _Node("Tuple", node.lineno, [node] + rest)
    while p.peek()[0] == "nl":
        p.next()
    if p.peek()[0] != "end":
        raise _syntax_error("invalid syntax", p.peek()[2])
    return node


def _raise_malformed_node(node):
    msg = "malformed node or string"
    lno = getattr(node, "lineno", None)
    if lno:
        msg += " on line %d" % lno
    raise ValueError(msg + ": %r" % (node,))


def _convert_num(node):
    if not isinstance(node, _Node) or node.kind != "Constant" or type(node.parts[0]) not in (int, float, complex):
        _raise_malformed_node(node)
    return node.parts[0]


def _convert_signed_num(node):
    if node.kind == "UnaryOp" and node.parts[0] in ("+", "-"):
        operand = _convert_num(node.parts[1])
        return operand if node.parts[0] == "+" else -operand
    return _convert_num(node)


def _convert(node):
    if not isinstance(node, _Node):
        _raise_malformed_node(node)
    kind = node.kind
    if kind == "Constant":
        return node.parts[0]
    if kind == "Tuple":
        return tuple(_convert(e) for e in node.parts[0])
    if kind == "List":
        return [_convert(e) for e in node.parts[0]]
    if kind == "Set":
        return set(_convert(e) for e in node.parts[0])
    if kind == "Call" and node.parts[0].kind == "Name" and node.parts[0].parts[0] == "set" and \
            not node.parts[1] and not node.parts[2]:
        return set()
    if kind == "Dict":
        keys, values = node.parts
        return dict(zip([_convert(k) for k in keys], [_convert(v) for v in values]))
    if kind == "BinOp" and node.parts[0] in ("+", "-"):
        left = _convert_signed_num(node.parts[1])
        right = _convert_num(node.parts[2])
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if node.parts[0] == "+" else left - right
    return _convert_signed_num(node)


def literal_eval(node_or_string):
    if isinstance(node_or_string, str):
        node_or_string = _parse_eval(node_or_string.lstrip(" \t"))
    elif isinstance(node_or_string, bytes):
        node_or_string = _parse_eval(node_or_string.decode("utf-8").lstrip(" \t"))
    return _convert(node_or_string)
