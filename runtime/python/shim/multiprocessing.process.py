# multiprocessing.process for Loopscope: Process, current_process, parent_process, active_children,
# with CPython 3.11's names, reprs and exit codes, and the start method Linux uses (fork).
#
# A process here is a thread of the one interpreter (threads take turns on one GIL, so processes do
# not run in parallel) with a state of its own: a pid (the main process is 1000, children count up
# from 1001), its view of `current_process()`, and a copy of the parent's `__main__` globals taken
# at start() (multiprocessing.reduction.ForkCopier), which its code runs with. Threads it starts
# belong to it. Modules other than the script are shared by every process.
import _lsprocess
import _lsthread
import sys
import threading

__all__ = ["BaseProcess", "Process", "ForkProcess", "current_process", "active_children", "parent_process"]

# Without threads (the page's no-threads build) a process runs to its end inside start(), on the
# thread that starts it, before the parent goes on; pool workers run each task when it is submitted.
INLINE = not _lsthread.available
MAIN_PID = 1000
_next_pid = MAIN_PID + 1
_states = {}  # thread ident -> _ProcessState, for threads of a child process
_notice_given = False


class _ProcessState:
    def __init__(self, pid, parent, process, main_globals):
        self.pid = pid
        self.parent = parent  # the parent's _ProcessState (None: the main process)
        self.process = process  # what current_process() returns in it
        self.main_globals = main_globals
        self.counter = 0  # children started so far (names Process-1, Process-2, ...)
        self.children = []


def _main_globals():
    import __main__
    return __main__.__dict__


def _current_state():
    return _states.get(_lsthread.get_ident(), _main_state)


def current_pid():
    return _current_state().pid


def parent_pid():
    parent = _current_state().parent
    return MAIN_PID - 1 if parent is None else parent.pid


def current_state():
    return _current_state()


def current_globals():
    # The `__main__` globals of the running process.
    state = _current_state()
    return _main_globals() if state is _main_state else state.main_globals


def _inherit():
    # threading.Thread.start() in a child process: the new thread belongs to that process.
    state = _states.get(_lsthread.get_ident())
    if state is None:
        return None

    def adopt(ident, ended=False):
        if ended:
            _states.pop(ident, None)
        else:
            _states[ident] = state
    return adopt


threading._lsp_inherit = _inherit


def current_process():
    return _current_state().process


def parent_process():
    parent = _current_state().parent
    if parent is None:
        return None
    return _ParentProcess(parent.process.name, parent.pid)


def active_children():
    state = _current_state()
    state.children = [p for p in state.children if p._popen is not None and p._popen.poll() is None]
    return list(state.children)


def _give_notice():
    global _notice_given
    if not _notice_given:
        _notice_given = True
        if INLINE:
            sys.stderr.write("loopscope: without threads in this page, a process runs to its end inside "
                             "start(), before its parent goes on; each has its own pid and a copy of the "
                             "script's globals, modules are shared\n")
            return
        sys.stderr.write("loopscope: processes run as threads of one interpreter: they take turns on one "
                         "GIL (no parallel speed-up); each has its own pid and a copy of the script's "
                         "globals, modules are shared\n")


class _Popen:
    # What CPython's popen_fork.Popen is to a Process: the running child.
    method = "fork"

    def __init__(self, process, run=True):
        # run=False (pool workers without threads): the child's state only; tasks run in it with
        # run_as().
        global _next_pid
        _give_notice()
        from multiprocessing.reduction import ForkCopier
        parent = _current_state()
        self.pid = _next_pid
        _next_pid += 1
        self.returncode = None
        source = current_globals()
        child_globals = {}
        copier = ForkCopier(source, child_globals)
        child = copier.instance(process)  # the Process object as the child sees it (its own copy)
        for key, value in source.items():
            child_globals[key] = copier(value)
        state = _ProcessState(self.pid, parent, child, child_globals)
        self._state = state
        self._trace_job = _lsprocess.trace_started(self.pid, process.name)  # its lane in the trace
        self._started_at = _lsthread.monotonic()
        self._thread = None
        if not run:
            return
        if INLINE:
            _bootstrap(state, self)  # no threads: the child runs to its end now, on this thread
            return
        self._thread = threading.Thread(target=_bootstrap, args=(state, self), name=process.name,
                                        daemon=process.daemon)
        try:
            self._thread.start()
        except RuntimeError:
            if getattr(process, "_lsp_needs_thread", False):  # a pool worker: Pool() gets the error
                self.returncode = 1
                _lsprocess.trace_ended(self._trace_job, self.pid, 0.0)
                raise
            # No thread free for it (the browser has a fixed pool of Web Workers): it runs now.
            self._thread = None
            sys.stderr.write("loopscope: no thread free for %s: it runs to its end inside start()\n"
                             % process.name)
            _bootstrap(state, self)

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None and self._thread is not None:
            self._thread.join(timeout)
        return self.returncode

    def end_idle(self):
        # A pool worker that never ran as a thread (INLINE) ends with its pool.
        if self.returncode is None and self._thread is None:
            _lsprocess.trace_ended(self._trace_job, self.pid, _lsthread.monotonic() - self._started_at)
            self.returncode = 0


def _bootstrap(state, popen):
    ident = _lsthread.get_ident()
    before = _states.get(ident)  # INLINE: the parent's state, back when the child ends
    _states[ident] = state
    process = state.process
    exitcode = 0
    try:
        process.run()
    except SystemExit as e:
        code = e.args[0] if e.args else None
        if code is None:
            exitcode = 0
        elif isinstance(code, int):
            exitcode = code
        else:
            sys.stderr.write(str(code) + "\n")
            exitcode = 1
    except BaseException as e:
        exitcode = 1
        if threading._SHUTTING_DOWN and process.daemon:
            return  # a daemonic process stopped at the end of the run (CPython terminates them)
        sys.stderr.write("Process %s:\n" % process.name)
        sys.stderr.write(_lsthread.format_exception(e))
    finally:
        # As the child's exit does: its own non-daemon children are joined first.
        for child in list(state.children):
            if not child.daemon and child._popen is not None:
                child._popen.wait()
        if before is None:
            _states.pop(ident, None)
        else:
            _states[ident] = before
        _lsprocess.trace_ended(popen._trace_job, popen.pid, _lsthread.monotonic() - popen._started_at)
        popen.returncode = exitcode


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        parent = _current_state()
        parent.counter += 1
        self._identity = parent.process._identity + (parent.counter,)
        self._config = {}
        if parent.process._config.get("daemon"):
            self._config["daemon"] = True
        self._parent_pid = parent.pid
        self._parent_name = parent.process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + "-" + ":".join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        if self._popen is not None:
            raise AssertionError("cannot start a process twice")
        if self._parent_pid != current_pid():
            raise AssertionError("can only start a process object created by current process")
        if current_process()._config.get("daemon"):
            raise AssertionError("daemonic processes are not allowed to have children")
        self._popen = _Popen(self)
        del self._target, self._args, self._kwargs
        _current_state().children.append(self)

    def _start_idle(self):
        # INLINE pool workers: a started process whose tasks the pool runs in its state.
        self._popen = _Popen(self, run=False)
        del self._target, self._args, self._kwargs
        return self._popen._state

    def join(self, timeout=None):
        self._check_closed()
        if self._parent_pid != current_pid():
            raise AssertionError("can only join a child process")
        if self._popen is None:
            raise AssertionError("can only join a started process")
        res = self._popen.wait(timeout)
        if res is not None:
            state = _current_state()
            if self in state.children:
                state.children.remove(self)

    def is_alive(self):
        self._check_closed()
        if self is current_process():
            return True
        if self._parent_pid != current_pid():
            raise AssertionError("can only test a child process")
        if self._popen is None:
            return False
        return self._popen.poll() is None

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        if not isinstance(name, str):
            raise AssertionError("name must be a string")
        self._name = name

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, daemonic):
        if self._popen is not None:
            raise AssertionError("process has already started")
        self._config["daemon"] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is current_process():
            return current_pid()
        return self._popen and self._popen.pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is current_process():
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._parent_pid != current_pid():
            status = "unknown"
        elif self._popen is None:
            status = "initial"
        else:
            exitcode = self._popen.poll()
            status = "stopped" if exitcode is not None else "started"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._popen is not None:
            info.append("pid=%s" % self._popen.pid)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append("exitcode=%s" % exitcode)
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)


class Process(BaseProcess):
    _start_method = None


class ForkProcess(Process):
    _start_method = "fork"


def run_as(state, fn, *args):
    # fn(*args) on this thread as a thread of the process `state` (a pool's callbacks run in the
    # process that made the pool, as CPython's result-handler thread does).
    ident = _lsthread.get_ident()
    before = _states.get(ident)
    if state is _main_state:
        _states.pop(ident, None)
    else:
        _states[ident] = state
    try:
        return fn(*args)
    finally:
        if before is None:
            _states.pop(ident, None)
        else:
            _states[ident] = before


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {"authkey": b"loopscope", "semprefix": "/mp"}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_main_state = _ProcessState(MAIN_PID, None, _MainProcess(), None)
