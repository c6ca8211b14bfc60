# logging.config for Loopscope's MicroPython: dictConfig (version 1: formatters, filters, handlers,
# loggers, root, incremental, disable_existing_loggers, "()" factories, ext:// and cfg:// values) and
# fileConfig (the INI layout, args evaluated in the logging module's namespace) on the logging shim,
# with CPython 3.11's order of work and error texts. listen() cannot open a socket here.

import io
import sys

import logging

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104
IDENTIFIER = None


def valid_ident(s):
    if not s or not (s[0].isalpha() or s[0] == "_") or not all(c.isalnum() or c == "_" for c in s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    name = name.split(".")
    used = name.pop(0)
    found = __import__(used)
    for n in name:
        used = used + "." + n
        try:
            found = getattr(found, n)
        except AttributeError:
            __import__(used)
            found = getattr(found, n)
    return found


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _existing_logger_names():
    # CPython's loggerDict also holds a PlaceHolder for each missing ancestor ("app" once "app.db"
    # exists): they count here, so children of a configured logger that did not exist yet are kept.
    names = set(logging._loggers.keys())
    for name in list(names):
        i = name.rfind(".")
        while i > 0:
            names.add(name[:i])
            i = name.rfind(".", 0, i)
    return sorted(names)


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = logging._loggers.get(log)
        if logger is None:
            continue
        if log in child_loggers:
            logger.setLevel(logging.NOTSET)
            logger.handlers = []
            logger.propagate = True
        else:
            logger.disabled = disable_existing
    logging._clear_caches()


def _children_of(name, existing):
    out = []
    if name in existing:
        i = existing.index(name) + 1
        prefixed = name + "."
        while i < len(existing):
            if existing[i].startswith(prefixed):
                out.append(existing[i])
            i += 1
        existing.remove(name)
    return out


# -- fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError("%s is invalid: %s" % (fname, e))
    formatters = _create_formatters(cp)
    _clear_existing_handlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def _strip_spaces(alist):
    return [x.strip() for x in alist]


def _create_formatters(cp):
    flist = cp["formatters"]["keys"]
    if not len(flist):
        return {}
    flist = flist.split(",")
    flist = _strip_spaces(flist)
    formatters = {}
    for form in flist:
        sectname = "formatter_%s" % form
        fs = cp.get(sectname, "format", raw=True, fallback=None)
        dfs = cp.get(sectname, "datefmt", raw=True, fallback=None)
        stl = cp.get(sectname, "style", raw=True, fallback="%")
        defaults = cp.get(sectname, "defaults", raw=True, fallback=None)
        c = logging.Formatter
        class_name = cp[sectname].get("class")
        if class_name:
            c = _resolve(class_name)
        if defaults is not None:
            defaults = eval(defaults, vars(logging))
            f = c(fs, dfs, stl, defaults=defaults)
        else:
            f = c(fs, dfs, stl)
        formatters[form] = f
    return formatters


def _install_handlers(cp, formatters):
    hlist = cp["handlers"]["keys"]
    if not len(hlist):
        return {}
    hlist = hlist.split(",")
    hlist = _strip_spaces(hlist)
    handlers = {}
    fixups = []
    namespace = dict(vars(logging))
    namespace.setdefault("sys", sys)
    for hand in hlist:
        section = cp["handler_%s" % hand]
        klass = section["class"]
        fmt = section.get("formatter", "")
        try:
            klass = eval(klass, namespace)
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = section.get("args", "()")
        args = eval(args, namespace)
        kwargs = section.get("kwargs", "{}")
        kwargs = eval(kwargs, namespace)
        h = klass(*args, **kwargs)
        h.name = hand
        if "level" in section:
            level = section["level"]
            h.setLevel(level)
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if getattr(logging, "handlers", None) is not None and \
                isinstance(h, getattr(logging.handlers, "MemoryHandler", ())):
            target = section.get("target", "")
            if len(target):
                fixups.append((h, target))
        handlers[hand] = h
    for h, t in fixups:
        h.setTarget(handlers[t])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    llist = cp["loggers"]["keys"]
    llist = llist.split(",")
    llist = list(_strip_spaces(llist))
    llist.remove("root")
    section = cp["logger_root"]
    root = logging.root
    log = root
    if "level" in section:
        level = section["level"]
        log.setLevel(level)
    for h in root.handlers[:]:
        root.removeHandler(h)
    hlist = section["handlers"]
    if len(hlist):
        hlist = hlist.split(",")
        hlist = _strip_spaces(hlist)
        for hand in hlist:
            log.addHandler(handlers[hand])
    existing = _existing_logger_names()
    child_loggers = []
    for log in llist:
        section = cp["logger_%s" % log]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        child_loggers.extend(_children_of(qn, existing))
        if "level" in section:
            level = section["level"]
            logger.setLevel(level)
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = bool(propagate)
        logger.disabled = False
        hlist = section["handlers"]
        if len(hlist):
            hlist = hlist.split(",")
            hlist = _strip_spaces(hlist)
            for hand in hlist:
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# -- dictConfig

class _Converter:
    def __init__(self, config):
        self.config = config

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith("ext://"):
                return _resolve(value[6:])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[6:])
        return value

    def cfg_convert(self, path):
        d = self.config
        rest = path
        name = ""
        while rest and (rest[0].isalnum() or rest[0] == "_"):
            name += rest[0]
            rest = rest[1:]
        if not name:
            raise ValueError("Unable to convert %r" % path)
        d = d[name]
        while rest:
            if rest.startswith("."):
                rest = rest[1:]
                key = ""
                while rest and (rest[0].isalnum() or rest[0] == "_"):
                    key += rest[0]
                    rest = rest[1:]
                d = d[key]
            elif rest.startswith("["):
                end = rest.index("]")
                idx = rest[1:end]
                rest = rest[end + 1:]
                if idx.isdigit() and not isinstance(d, dict):
                    d = d[int(idx)]
                else:
                    try:
                        d = d[idx]
                    except (KeyError, TypeError):
                        d = d[int(idx)]
            else:
                raise ValueError("Unable to convert %r at %r" % (path, rest))
        return d


class DictConfigurator:
    def __init__(self, config):
        self.config = config
        self.converter = _Converter(config)

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop("()")
        if not callable(c):
            c = _resolve(c)
        props = config.pop(".", None)
        kwargs = {k: self.converter.convert(v) for k, v in config.items() if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        if incremental:
            for name, handler_config in config.get("handlers", {}).items():
                if name not in logging._handlers:
                    raise ValueError("No handler found with name %r" % name)
                try:
                    handler = logging._handlers[name]
                    level = handler_config.get("level", None)
                    if level:
                        handler.setLevel(logging._checkLevel(level))
                except Exception as e:
                    raise ValueError("Unable to configure handler %r" % name) from e
            for name, lconfig in config.get("loggers", {}).items():
                try:
                    self.configure_logger(name, lconfig, True)
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
            root = config.get("root", None)
            if root:
                try:
                    self.configure_root(root, True)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clear_existing_handlers()
        formatters = config.get("formatters", {})
        self.formatters = {}
        for name in formatters:
            try:
                self.formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        filters = config.get("filters", {})
        self.filters = {}
        for name in filters:
            try:
                self.filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        handlers = config.get("handlers", {})
        self.handlers = {}
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                if "target not configured yet" in str(e.__cause__ or e):
                    deferred.append(name)
                else:
                    raise ValueError("Unable to configure handler %r" % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        root = logging.root
        existing = _existing_logger_names()
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            child_loggers.extend(_children_of(name, existing))
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_config = config.get("root", None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config = dict(config)
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        defaults = config.get("defaults", None)
        c = logging.Formatter if not cname else _resolve(cname)
        if defaults is not None:
            return c(fmt, dfmt, style, defaults=defaults)
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or hasattr(f, "filter"):
                    filter_ = f
                else:
                    filter_ = self.filters[f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            result = self.configure_custom(config)
        else:
            cname = config.pop("class")
            klass = cname if callable(cname) else _resolve(cname)
            if "target" in config and getattr(klass, "setTarget", None) is not None:
                try:
                    th = self.handlers[config["target"]]
                except KeyError as e:
                    raise ValueError("target not configured yet") from e
                config["target"] = th
            config.pop(".", None)
            kwargs = {k: self.converter.convert(v) for k, v in config.items() if valid_ident(k)}
            result = klass(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(dict(config)).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise OSError("logging.config.listen: the Loopscope sandbox has no network to listen on")


def stopListening():
    pass
