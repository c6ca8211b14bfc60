# A dataclass's __match_args__ names its __init__'s positional parameters, InitVars included.
from dataclasses import InitVar, dataclass, field


@dataclass
class Request:
    url: str
    method: str = "GET"
    secret: InitVar[str | None] = None
    signed: bool = field(init=False, default=False)
    retries: int = field(default=0, kw_only=True)

    def __post_init__(self, secret):
        self.signed = secret is not None


print(Request.__match_args__)
match Request("/a", "POST", "key"):
    case Request(url, method, secret):
        print(url, method, secret)
