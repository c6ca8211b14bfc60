# signal: the numbers and names a shutdown handler refers to, and handlers installed with signal().
import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGTERM), signal.Signals(2), signal.Signals.SIGUSR1.name)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN), signal.strsignal(signal.SIGTERM), signal.strsignal(2))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
received = []


def on_term(signum, frame):
    received.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGTERM, on_term)
print(old, signal.getsignal(signal.SIGTERM) is on_term)
signal.raise_signal(signal.SIGTERM)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(received, signal.SIGINT in signal.valid_signals())
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default SIGINT handler")
try:
    signal.signal(signal.SIGTERM, 42)
except TypeError as e:
    print("TypeError:", e)
