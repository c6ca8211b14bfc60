# asyncio.create_subprocess_exec / create_subprocess_shell and asyncio.subprocess's constants. A run
# has no operating-system processes to start: awaiting either raises NotImplementedError, as
# CPython's does on a platform without subprocess support (its event loop's
# _make_subprocess_transport), with a message saying why. (multiprocessing and
# ProcessPoolExecutor run Python functions as the sandbox's processes instead.)
import sys

__all__ = ["create_subprocess_exec", "create_subprocess_shell", "PIPE", "STDOUT", "DEVNULL", "Process"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_WHY = ("the Loopscope sandbox cannot start operating-system processes (%s); run Python code in "
        "a ProcessPoolExecutor or multiprocessing instead")


class Process:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_WHY % "asyncio.subprocess.Process")


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    raise NotImplementedError(_WHY % ("create_subprocess_exec(%r)" % (program,)))


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    raise NotImplementedError(_WHY % ("create_subprocess_shell(%r)" % (cmd,)))


subprocess = sys.modules[__name__]  # asyncio.subprocess.PIPE
# CPython defines them in asyncio.subprocess (what their __module__ reports)
create_subprocess_exec.__module__ = create_subprocess_shell.__module__ = "asyncio.subprocess"
