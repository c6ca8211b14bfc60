# f-string fields whose expression holds string literals or parentheses with ':', '!', '}' or
# brackets inside, as teaching scripts write them (times, joins, conditional words, dict keys).
import datetime

now = datetime.datetime(2024, 5, 17, 9, 30, 5)
items = ["a", "b", "c"]
scores = {"alice: admin": 3, "bob": 5}
ok = False

print(f"[{now.strftime('%H:%M:%S')}] started")
print(f"{now.strftime('%Y-%m-%d %H:%M'):>20}|")
print(f"{', '.join(items)}")
print(f"{'yes' if ok else 'no'} / {'!' if not ok else '?'}")
print(f"{scores['alice: admin']} {scores.get('carol: guest', 0)}")
print(f"{'}'} {'{'} {'a:b'} {'x!r'}")
print(f"{'a' + '}' + 'b'!r:>10}|")
print(f"{(lambda x: x * 2)(21)}")
print(f"{max(1, 2, key=lambda v: -v):>4}|")
print(f"{dict(a=1)['a']:03d}")
print(f"{len('a:b:c'.split(':'))} parts")
print(f"""{"double" + 'single'}""")
width = 8
print(f"{'ab':{width}}|{'cd':>{width}}|")
print(f"{3 != 4} {[1, 2][0]:>3}")
