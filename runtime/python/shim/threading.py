# threading for Loopscope's engine (CPython 3.11's API and semantics), written on `_lsthread`:
# a lock whose blocking acquire releases the GIL, and thread start/identity. The other primitives
# are built on that lock the way CPython's threading.py builds them.
import _lsthread
import sys
from _lsthread import monotonic as _time  # real time, also under --virtual-time (as vtime.py)

get_ident = _lsthread.get_ident
get_native_id = _lsthread.get_ident
Lock = _lsthread.Lock
_allocate_lock = _lsthread.Lock
TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_active = {}  # ident -> Thread, for threads that run
_counter = 0
_lsp_inherit = None  # multiprocessing.process: which Loopscope process a new thread belongs to


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class RLock:
    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s %s object owner=%r count=%d>" % (state, type(self).__name__, self._owner, self._count)

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition's protocol.
    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, state):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<threading.Event: %s>" % ("set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    # CPython's default: "Exception in thread NAME:" and the traceback, on stderr.
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write("Exception in thread %s:\n" % name)
    sys.stderr.write(_lsthread.format_exception(args.exc_value))


__excepthook__ = excepthook


class Thread:
    _initialized = False
    _lsp_adopt = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._done = Event()
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        # A thread started by a Loopscope process belongs to it (multiprocessing.process sets the hook).
        self._lsp_adopt = _lsp_inherit() if _lsp_inherit is not None else None
        _lsthread.start(self._bootstrap)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        if self._lsp_adopt is not None:
            self._lsp_adopt(self._ident)
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            try:
                excepthook(ExceptHookArgs(type(e), e, None, self))
            except BaseException:
                pass
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            if self._lsp_adopt is not None:
                self._lsp_adopt(self._ident, True)
            self._done.set()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        # The thread's own end sets _done; should that fail (no memory left in its last steps),
        # its C side still says when it is over.
        deadline = None if timeout is None else _time() + max(timeout, 0)
        while not self._done.wait(0.05 if deadline is None else max(0, min(0.05, deadline - _time()))):
            if self._ident is not None and _lsthread.finished(self._ident):
                self._is_stopped = True
                return
            if deadline is not None and _time() >= deadline:
                return

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        if not self._started.is_set() or self._is_stopped:
            return False
        if self._ident is not None and self is not _main_thread and _lsthread.finished(self._ident):
            return False
        return True

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = _lsthread.main_ident()
        self._started.set()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._started.set()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class local:
    # One attribute dict per thread (CPython's _threading_local, simplified).
    def __init__(self):
        object.__setattr__(self, "_local__dicts", {})

    def _local__dict(self):
        dicts = self._local__dicts  # in the instance dict: found without __getattr__
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
        return d

    def __getattr__(self, name):
        d = local._local__dict(self)
        try:
            return d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name)


_main_thread = _MainThread()
_atexit = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit.append((func, arg, kwargs))


def _shutdown(timeout=None):
    # Called by the engine when the main program ends (CPython's threading._shutdown): the exit
    # handlers (thread pools finish their work), then every non-daemon thread is joined. Loopscope
    # waits at most `timeout` seconds in all; the engine stops threads still running after that.
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    deadline = None if timeout is None else _time() + timeout
    _main_thread._is_stopped = True
    for func, arg, kwargs in reversed(_atexit):
        func(*arg, **kwargs)
    for t in list(_active.values()):
        if t is _main_thread or t.daemon or isinstance(t, _DummyThread):
            continue
        if getattr(t, "_lsp_abandoned", False):
            continue  # waited for already (asyncio's default executor): stopped with the others
        if deadline is None:
            t.join()
        else:
            t.join(deadline - _time())
        if t.is_alive():
            sys.stderr.write("loopscope: thread %r still running %g s after the end of the script: stopping it\n"
                             % (t.name, timeout))
