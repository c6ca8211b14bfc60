match = 1
match(match)
match command.split():
    case [("go" | "walk") as verb, direction] if direction:
        pass
    case ["drop", *objects, last]:
        pass
    case {"k": [1, -2, 3.5, 1+2j], **rest}:
        pass
    case Point(0, y=Color.RED) | Point(x=0, y=_):
        pass
    case (a, b, *_) | [a, b]:
        pass
    case None | True | False | b"x" | "s" "t":
        pass
    case case:
        match case, match:
            case (1, 2): pass
