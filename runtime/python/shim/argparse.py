# argparse for Loopscope's MicroPython: the part of CPython's argparse that command-line asyncio
# scripts use, with CPython 3.11's usage/help text and error messages: ArgumentParser(prog,
# description, epilog, add_help, formatter_class ignored), add_argument (positionals and -x/--xx
# options; action store/store_const/store_true/store_false/append/append_const/count/help/version;
# nargs None/?/*/+/N; type, default, choices, required, dest, metavar, help with %(default)s),
# add_argument_group, parse_args/parse_known_args (sys.argv[1:] by default), Namespace,
# ArgumentTypeError, error()/exit() (usage and "prog: error: ..." on stderr, exit status 2).
# Not here: subparsers, mutually exclusive groups, prefix matching of long options, fromfile.
#
# Sections: Namespace and errors; Action; help formatting; ArgumentParser.

import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Namespace", "Action", "SUPPRESS",
           "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "REMAINDER", "HelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."


class HelpFormatter:
    pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


# ---- Namespace and errors ----

class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        for name, value in self.__dict__.items():
            if name.isidentifier() if hasattr(name, "isidentifier") else _is_identifier(name):
                parts.append("%s=%r" % (name, value))
            else:
                parts.append("**{%r: %r}" % (name, value))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars_of(self) == vars_of(other)

    def __contains__(self, key):
        return key in self.__dict__


def vars_of(obj):
    return dict(obj.__dict__)


def _is_identifier(name):
    return bool(name) and (name[0].isalpha() or name[0] == "_") and \
        all(c.isalpha() or c.isdigit() or c == "_" for c in name)


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message
        super().__init__(self.__str__())

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


# ---- Action ----

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, action="store", version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.action = action
        self.version = version

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                 "help", "metavar"]
        kinds = {"store": "_StoreAction", "store_const": "_StoreConstAction", "store_true": "_StoreTrueAction",
                 "store_false": "_StoreFalseAction", "append": "_AppendAction", "append_const":
                 "_AppendConstAction", "count": "_CountAction", "help": "_HelpAction", "version": "_VersionAction"}
        return "%s(%s)" % (kinds.get(self.action, "Action"),
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def takes_value(self):
        return self.action in ("store", "append")


# ---- help formatting ----

def _metavar(action, default_metavar):
    if action.metavar is not None:
        result = action.metavar
    elif action.choices is not None:
        result = "{%s}" % ",".join(map(str, action.choices))
    else:
        result = default_metavar
    return result


def _format_args(action, default_metavar):
    m = _metavar(action, default_metavar)
    if isinstance(m, tuple):
        parts = list(m)
    else:
        parts = None

    def get(i):
        return parts[i] if parts else m

    n = action.nargs
    if n is None:
        return "%s" % get(0)
    if n == OPTIONAL:
        return "[%s]" % get(0)
    if n == ZERO_OR_MORE:
        return "[%s ...]" % get(0)
    if n == ONE_OR_MORE:
        return "%s [%s ...]" % (get(0), get(1) if parts and len(parts) > 1 else get(0))
    if n == REMAINDER:
        return "..."
    return " ".join(get(i) for i in range(n))


def _wrap(text, width):
    import textwrap
    return textwrap.wrap(" ".join(text.split()), width)


class _Formatter:
    def __init__(self, prog, width=None):
        self.prog = prog
        self.width = (width or 80) - 2
        self.max_help_position = min(24, max(self.width - 20, 4))

    def invocation(self, action):
        if not action.option_strings:
            return _metavar(action, action.dest) if not isinstance(_metavar(action, action.dest), tuple) \
                else _format_args(action, action.dest)
        if action.nargs == 0 or not action.takes_value():
            return ", ".join(action.option_strings)
        args = _format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (opt, args) for opt in action.option_strings)

    def usage_part(self, action):
        if action.option_strings:
            opt = action.option_strings[0]
            if action.nargs == 0 or not action.takes_value():
                part = opt
            else:
                part = "%s %s" % (opt, _format_args(action, action.dest.upper()))
            return part if action.required else "[%s]" % part
        return _format_args(action, action.dest)

    def usage(self, actions, usage=None):
        if usage is not None:
            return "usage: " + usage.replace("%(prog)s", self.prog)
        optionals = [self.usage_part(a) for a in actions if a.option_strings and a.help != SUPPRESS]
        positionals = [self.usage_part(a) for a in actions if not a.option_strings and a.help != SUPPRESS]
        parts = [self.prog] + optionals + positionals
        text = "usage: " + " ".join(p for p in parts if p)
        if len(text) <= self.width:
            return text
        # Too long: the options wrapped under the first one, then the positionals on lines of their own.
        indent = " " * len("usage: %s " % self.prog)
        lines = self._wrap_parts(optionals, indent) + self._wrap_parts(positionals, indent)
        if not lines:
            return "usage: " + self.prog
        first = "usage: %s %s" % (self.prog, lines[0].lstrip())
        return "\n".join([first] + lines[1:])

    def _wrap_parts(self, parts, indent):
        lines = []
        line = []
        line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > self.width and line:
                lines.append(indent + " ".join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += 1 + len(part)
        if line:
            lines.append(indent + " ".join(line))
        return lines

    def help_lines(self, action, action_max_length):
        help_position = min(action_max_length + 2, self.max_help_position)
        help_width = max(self.width - help_position, 11)
        action_width = help_position - 2 - 2
        header = self.invocation(action)
        lines = []
        if not action.help:
            lines.append("  %s" % header)
            return lines
        help_text = action.help
        if "%(" in help_text:
            params = {k: (v.__name__ if hasattr(v, "__name__") and not isinstance(v, str) else v)
                      for k, v in action.__dict__.items()}
            params["prog"] = self.prog
            if params.get("choices") is not None:
                params["choices"] = ", ".join(map(str, params["choices"]))
            help_text = help_text % params
        wrapped = _wrap(help_text, help_width)
        if len(header) <= action_width:
            lines.append("  %-*s  %s" % (action_width, header, wrapped[0] if wrapped else ""))
            rest = wrapped[1:]
        else:
            lines.append("  %s" % header)
            rest = wrapped
        for line in rest:
            lines.append(" " * help_position + line)
        return lines


# ---- ArgumentParser ----

class _Group:
    def __init__(self, parser, title, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._parser._default_group(action)._actions.remove(action)
        self._actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            arg0 = _sys.argv[0] if _sys.argv else "prog"
            prog = arg0.replace("\\", "/").rsplit("/", 1)[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.exit_on_error = exit_on_error
        self.argument_default = argument_default
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.action != "help":
                    self._register(action)

    def _default_group(self, action):
        return self._optionals if action.option_strings else self._positionals

    def _register(self, action):
        for opt in action.option_strings:
            if opt in self._option_map:
                raise ArgumentError(action, "conflicting option string: %s" % opt)
        self._actions.append(action)
        self._default_group(action)._actions.append(action)
        for opt in action.option_strings:
            self._option_map[opt] = action
        return action

    def add_argument(self, *names, **kwargs):
        action_name = kwargs.pop("action", "store")
        if not names or (len(names) == 1 and not names[0].startswith("-")):
            if "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = names[0] if names else kwargs.pop("dest")
            option_strings = []
            if kwargs.get("required") is not None:
                raise TypeError("'required' is an invalid argument for positionals")
            required = kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER)
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                required = False
        else:
            for name in names:
                if not name.startswith("-"):
                    raise ValueError("invalid option string %r: must start with a character '-'" % name)
            option_strings = list(names)
            dest = kwargs.pop("dest", None)
            if dest is None:
                longs = [n for n in names if n.startswith("--")]
                dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
            required = kwargs.pop("required", False)
        kwargs.pop("required", None)
        nargs = kwargs.pop("nargs", None)
        const = kwargs.pop("const", None)
        default = kwargs.pop("default", self.argument_default)
        if action_name in ("store_true", "store_false", "store_const", "append_const", "count",
                           "help", "version"):
            nargs = 0
            if action_name == "store_true":
                const = True
                default = False if default is None else default
            elif action_name == "store_false":
                const = False
                default = True if default is None else default
        elif action_name not in ("store", "append"):
            raise ValueError("unknown action %r" % (action_name,))
        if nargs == 0 and action_name in ("store", "append"):
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        action = Action(option_strings, dest, nargs=nargs, const=const, default=default,
                        type=kwargs.pop("type", None), choices=kwargs.pop("choices", None),
                        required=required, help=kwargs.pop("help", None), metavar=kwargs.pop("metavar", None),
                        action=action_name, version=kwargs.pop("version", None))
        if kwargs:
            raise TypeError("Action.__init__() got an unexpected keyword argument %r" % next(iter(kwargs)))
        if action.type is not None and not callable(action.type):
            raise ValueError("%r is not callable" % (action.type,))
        return self._register(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest != SUPPRESS and not hasattr(namespace, action.dest) and action.default != SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _convert(self, action, text):
        if action.type is None:
            value = text
        else:
            try:
                value = action.type(text)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(action.type, "__name__", repr(action.type))
                raise ArgumentError(action, "invalid %s value: %r" % (name, text))
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, ", ".join(map(repr, action.choices))))
        return value

    def _take(self, action, namespace, values):
        kind = action.action
        if kind == "help":
            self.print_help()
            self.exit()
        if kind == "version":
            print(action.version.replace("%(prog)s", self.prog))
            self.exit()
        if kind in ("store_const", "store_true", "store_false"):
            setattr(namespace, action.dest, action.const)
        elif kind == "append_const":
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(action.const)
            setattr(namespace, action.dest, items)
        elif kind == "count":
            setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
        else:
            if action.nargs is None:
                value = self._convert(action, values[0])
            elif action.nargs == OPTIONAL:
                value = self._convert(action, values[0]) if values else \
                    (action.const if action.option_strings else action.default)
            else:
                value = [self._convert(action, v) for v in values]
            if kind == "append":
                items = list(getattr(namespace, action.dest, None) or [])
                items.append(value)
                value = items
            setattr(namespace, action.dest, value)

    def _parse(self, args, namespace):
        # Options are taken as they come; each run of positional strings between them fills as many
        # of the remaining positional actions as it can (as CPython's consume_positionals).
        extras = []
        seen = set()
        pending = [a for a in self._actions if not a.option_strings]
        run = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positionals or not arg.startswith("-") or arg == "-" or _looks_negative(arg, self):
                run.append(arg)
                continue
            if run:
                self._consume_run(run, pending, namespace, seen, extras)
                run = []
            if arg == "--":
                only_positionals = True
                continue
            explicit = None
            name = arg
            if arg.startswith("--") and "=" in arg:
                name, explicit = arg.split("=", 1)
            action = self._option_map.get(name)
            if action is None and not arg.startswith("--") and len(arg) > 2:
                # -n5 (a value attached) or -vv (flags together)
                action = self._option_map.get(arg[:2])
                if action is not None:
                    if action.nargs == 0:
                        for ch in arg[1:]:
                            flag = self._option_map.get("-" + ch)
                            if flag is None:
                                raise ArgumentError(action, "ignored explicit argument %r" % arg[2:])
                            self._take(flag, namespace, [])
                            seen.add(flag)
                        continue
                    explicit = arg[2:]
            if action is None:
                extras.append(arg)
                continue
            seen.add(action)
            if action.nargs == 0:
                if explicit is not None:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                self._take(action, namespace, [])
                continue
            values = []
            if explicit is not None:
                values = [explicit]
            else:
                wanted = action.nargs
                while i < len(args) and (not args[i].startswith("-") or args[i] == "-"
                                         or _looks_negative(args[i], self)):
                    if wanted is None and values or wanted == OPTIONAL and values or \
                            isinstance(wanted, int) and len(values) >= wanted:
                        break
                    values.append(args[i])
                    i += 1
            self._check_count(action, values)
            self._take(action, namespace, values)
        self._consume_run(run, pending, namespace, seen, extras)
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(_argument_name(a) for a in missing))
        return extras

    def _consume_run(self, run, pending, namespace, seen, extras):
        # The longest prefix of the pending positionals this run can fill, earlier ones greedy.
        for n in range(len(pending), -1, -1):
            chosen = pending[:n]
            if sum(_min_count(a) for a in chosen) <= len(run):
                break
        remaining = list(run)
        for index, action in enumerate(chosen):
            later_min = sum(_min_count(a) for a in chosen[index + 1:])
            available = len(remaining) - later_min
            limit = _max_count(action)
            take = available if limit is None else min(limit, available)
            chunk, remaining = remaining[:take], remaining[take:]
            seen.add(action)
            pending.remove(action)
            if action.nargs == ZERO_OR_MORE and not chunk:
                setattr(namespace, action.dest, action.default if action.default is not None else [])
            elif action.nargs == OPTIONAL and not chunk:
                setattr(namespace, action.dest, action.default)
            else:
                self._take(action, namespace, chunk)
        extras.extend(remaining)

    def _check_count(self, action, values):
        n = action.nargs
        if n is None and len(values) != 1:
            raise ArgumentError(action, "expected one argument")
        if n == ONE_OR_MORE and not values:
            raise ArgumentError(action, "expected at least one argument")
        if isinstance(n, int) and len(values) != n:
            raise ArgumentError(action, "expected %d argument%s" % (n, "" if n == 1 else "s"))

    # -- output --

    def format_usage(self):
        return _Formatter(self.prog).usage(self._actions, self.usage) + "\n"

    def format_help(self):
        formatter = _Formatter(self.prog)
        out = [formatter.usage(self._actions, self.usage) + "\n"]
        if self.description:
            out.append("\n" + "\n".join(_wrap(self.description, formatter.width)) + "\n")
        shown = [a for a in self._actions if a.help != SUPPRESS]
        max_length = max([len(formatter.invocation(a)) + 2 for a in shown] or [0])
        for group in self._groups:
            actions = [a for a in group._actions if a.help != SUPPRESS]
            if not actions and not group.description:
                continue
            out.append("\n%s:\n" % group.title)
            if group.description:
                out.append("  %s\n\n" % group.description)
            for action in actions:
                out.append("\n".join(formatter.help_lines(action, max_length)) + "\n")
        if self.epilog:
            out.append("\n" + "\n".join(_wrap(self.epilog, formatter.width)) + "\n")
        return "".join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _min_count(action):
    n = action.nargs
    if n is None:
        return 1
    if n in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
        return 0
    if n == ONE_OR_MORE:
        return 1
    return n


def _max_count(action):
    n = action.nargs
    if n is None or n == OPTIONAL:
        return 1
    if n in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER):
        return None
    return n


def _looks_negative(arg, parser):
    # "-1" and "-2.5" are values unless the parser has options that look like numbers.
    if len(arg) < 2 or arg[0] != "-":
        return False
    try:
        float(arg)
    except ValueError:
        return False
    return not any(opt[1:2].isdigit() for opt in parser._option_map)
