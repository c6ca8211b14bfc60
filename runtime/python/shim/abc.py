# abc for Loopscope's MicroPython: ABC and abstractmethod exist; abstract methods are not enforced
# (MicroPython has no metaclass hooks for instantiation checks).


def abstractmethod(funcobj):
    return funcobj


class ABCMeta(type):
    pass


class ABC:
    pass
