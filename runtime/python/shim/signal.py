# signal for Loopscope's MicroPython: the POSIX signal numbers (also as the Signals IntEnum),
# SIG_DFL/SIG_IGN, and signal()/getsignal() keeping the handlers a script installs. The sandbox
# delivers no signals from outside (there is no process to signal): raise_signal() runs the installed
# handler in place, as a delivered signal would, and SIGINT's default raises KeyboardInterrupt.
# loop.add_signal_handler() belongs to the event loop (asyncio), not to this module.

from enum import IntEnum as _IntEnum

__all__ = ["SIG_DFL", "SIG_IGN", "Signals", "Handlers", "signal", "getsignal", "raise_signal",
           "default_int_handler", "strsignal", "valid_signals", "NSIG"]


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGWINCH = 28


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65

for _member in Signals.__members__.values():
    globals()[_member.name] = _member
SIGIOT = Signals.SIGABRT
del _member

_DESCRIPTIONS = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
                 6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
                 10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2",
                 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 17: "Child exited",
                 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 28: "Window changed"}


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {int(s): SIG_DFL for s in Signals.__members__.values()}
_handlers[2] = default_int_handler


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def signal(signalnum, handler):
    signalnum = _check(signalnum)
    if signalnum in (9, 19):
        raise OSError("[Errno 22] Invalid argument")
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    return _handlers.get(_check(signalnum), SIG_DFL)


def raise_signal(signalnum):
    signalnum = _check(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL:
        if signalnum == 2:
            raise KeyboardInterrupt
        raise SystemExit(128 + signalnum)
    handler(signalnum, None)


def strsignal(signalnum):
    return _DESCRIPTIONS.get(_check(signalnum))


def valid_signals():
    return set(Signals.__members__.values())


def alarm(seconds):
    raise OSError("signal.alarm: the Loopscope sandbox has no process timers (use loop.call_later)")
