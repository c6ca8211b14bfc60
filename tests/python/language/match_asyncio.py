# match in asyncio code: a worker task dispatching dataclass commands from a Queue, a protocol
# state machine driven by events, and a router matching request dicts.
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto


@dataclass
class Deposit:
    account: str
    amount: int


@dataclass
class Withdraw:
    account: str
    amount: int


@dataclass
class Transfer:
    source: str
    target: str
    amount: int


@dataclass
class Report:
    accounts: list = field(default_factory=list)


@dataclass(frozen=True)
class Shutdown:
    reason: str = "done"


async def bank(queue, balances, log):
    while True:
        command = await queue.get()
        try:
            match command:
                case Deposit(account, amount) if amount > 0:
                    balances[account] = balances.get(account, 0) + amount
                    log.append(f"+{amount} {account}")
                case Deposit(amount=amount):
                    log.append(f"refused deposit of {amount}")
                case Withdraw(account, amount) if balances.get(account, 0) >= amount:
                    balances[account] -= amount
                    log.append(f"-{amount} {account}")
                case Withdraw(account=name):
                    log.append(f"insufficient funds in {name}")
                case Transfer(src, dst, amount) if src == dst:
                    log.append("transfer to the same account ignored")
                case Transfer(source=src, target=dst, amount=amount):
                    await asyncio.sleep(0.1)  # the other bank is slow
                    balances[src] = balances.get(src, 0) - amount
                    balances[dst] = balances.get(dst, 0) + amount
                    log.append(f"{src} -> {dst}: {amount}")
                case Report(accounts=[]):
                    log.append(f"report all: {sorted(balances.items())}")
                case Report(accounts=[single]):
                    log.append(f"report {single}: {balances.get(single)}")
                case Report(accounts=names):
                    log.append("report " + ", ".join(f"{n}={balances.get(n)}" for n in names))
                case Shutdown(reason):
                    log.append(f"shutdown: {reason}")
                    return len(log)
                case unknown:
                    log.append(f"unknown command {unknown!r}")
        finally:
            queue.task_done()


class State(Enum):
    CLOSED = auto()
    CONNECTING = auto()
    OPEN = auto()
    CLOSING = auto()


async def connection(events):
    state = State.CLOSED
    retries = 0
    history = []
    async for event in events:
        match state, event:
            case State.CLOSED, ("connect", host):
                state = State.CONNECTING
                history.append(f"connecting to {host}")
            case State.CONNECTING, "ack":
                state = State.OPEN
                history.append("open")
            case State.CONNECTING, ("timeout", seconds) if retries < 2:
                retries += 1
                history.append(f"retry {retries} after {seconds}s")
                await asyncio.sleep(seconds)
            case State.CONNECTING, ("timeout", _):
                state = State.CLOSED
                history.append("gave up")
            case State.OPEN, ("data", bytes() as payload):
                history.append(f"{len(payload)} bytes")
            case State.OPEN, ("data", str(text)):
                history.append(f"text {text!r}")
            case (State.OPEN | State.CONNECTING), "close":
                state = State.CLOSING
                history.append("closing")
            case State.CLOSING, "closed":
                state = State.CLOSED
                history.append("closed")
            case current, unexpected:
                history.append(f"{unexpected!r} ignored in {current.name}")
    return state, history


async def event_source(*events):
    for event in events:
        await asyncio.sleep(0.05)
        yield event


async def route(request):
    await asyncio.sleep(0)
    match request:
        case {"method": "GET", "path": "/"}:
            return 200, "index"
        case {"method": "GET", "path": str(path)} if path.startswith("/users/"):
            return 200, f"user {path.rsplit('/', 1)[1]}"
        case {"method": "POST", "path": "/users", "body": {"name": str(name), **extra}}:
            return 201, f"created {name} with {sorted(extra)}"
        case {"method": "GET" | "HEAD"}:
            return 404, "not found"
        case {"method": method}:
            return 405, f"{method} not allowed"
        case _:
            return 400, "bad request"


async def main():
    queue = asyncio.Queue()
    balances = {}
    log = []
    worker = asyncio.create_task(bank(queue, balances, log))
    for command in [Deposit("alice", 100), Deposit("bob", -5), Withdraw("alice", 30), Withdraw("bob", 1),
                    Transfer("alice", "bob", 20), Transfer("bob", "bob", 1), Report(), Report(["bob"]),
                    Report(["alice", "carol"]), "rubbish", Shutdown("end of day")]:
        await queue.put(command)
    await queue.join()
    print("worker returned", await worker)
    for line in log:
        print(" ", line)

    state, history = await connection(event_source(
        ("connect", "example.org"), ("timeout", 0.5), ("timeout", 1), "ack", ("data", b"\x00\x01"),
        ("data", "hello"), ("connect", "again"), "close", "closed"))
    print("final state", state.name, "at", asyncio.get_running_loop().time())
    for line in history:
        print(" ", line)

    requests = [{"method": "GET", "path": "/"}, {"method": "GET", "path": "/users/42"},
                {"method": "POST", "path": "/users", "body": {"name": "ann", "age": 3, "role": "x"}},
                {"method": "HEAD", "path": "/x"}, {"method": "DELETE"}, ["GET", "/"]]
    for request, (status, text) in zip(requests, await asyncio.gather(*(route(r) for r in requests))):
        print(status, text)


asyncio.run(main())
