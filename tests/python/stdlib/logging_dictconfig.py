import io
import logging
import logging.config
import os
import sys

early = logging.getLogger("early")
early_child = logging.getLogger("app.db")
LOGGING = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "curly": {"format": "{levelname} | {name} | {message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief",
                    "level": "DEBUG"},
        "other": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "curly",
                  "filters": ["only_app"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["other"], "propagate": True},
        "noisy": {"level": "ERROR"},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
log = logging.getLogger("app")
log.debug("debug from app")
log.info("info from app")
logging.getLogger("app.db").warning("child of app")
logging.getLogger("noisy").warning("hidden")
logging.getLogger("noisy").error("shown")
early.warning("early logger is disabled: %s", early.disabled)
print(early.disabled, early_child.disabled, logging.getLogger("app").level, logging.root.level)
print([type(h).__name__ for h in logging.root.handlers], [h.name for h in logging.root.handlers])
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"level": "WARNING", "handlers": ["h"]}})
early.disabled = False
early.warning("plain message")
logging.getLogger("app").info("app still at DEBUG")
for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"x": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "root": {"handlers": ["missing"]}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as exc:
        print("ValueError:", exc)

INI = """
[loggers]
keys=root,worker

[handlers]
keys=stdout

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=stdout

[logger_worker]
level=DEBUG
handlers=stdout
qualname=worker
propagate=0

[handler_stdout]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=[%(levelname)s] %(name)s - %(message)s
"""
logging.config.fileConfig(io.StringIO(INI))
logging.getLogger("worker").debug("from fileConfig")
logging.getLogger("worker.sub").info("child")
logging.warning("root warning")
logging.getLogger("early").error("early is disabled again")
path = "logging_test_config.ini"
with open(path, "w") as f:
    f.write(INI.replace("WARNING", "ERROR"))
logging.config.fileConfig(path, disable_existing_loggers=False)
logging.warning("not shown")
logging.error("shown at ERROR")
os.remove(path)
