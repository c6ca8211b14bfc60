# string: the constants and Template substitution used for messages.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   asyncio world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who waited ${delay}s for $$${price}")
print(t.substitute(who="task-1", delay=2, price=5), t.substitute({"who": "x", "delay": 0, "price": 1}))
print(t.safe_substitute(who="w"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="w")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $ 5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("cost: $ 5").safe_substitute(), string.Template("${a}b").substitute(a="A"))
