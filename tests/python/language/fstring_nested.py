# f-strings inside the expressions of f-strings, as Python 3.11 allows them (the inner one with the
# other kind of quotes): joins of formatted items, conditional formats, nested format specs.
items = {"cpu": 0.25, "mem": 0.5}
x = 7
name = "Zoë"
print(f"{'nested ' + f'{x:03d}'}")
print(f"{', '.join(f'{k}={v:.0%}' for k, v in items.items())}")
print(f"[{f'{name!r:>8}'}] {f'{x}' * 2} {len(f'{x}{x}')}")
print(f"{'big' if x > 5 else f'small {x}'} {f'{x:{4}}'}|")
print(f"""{"a" + f'{x + 1}'}""", f'{"-".join(f"{i}" for i in range(3))}')
rows = [("a", 1.5), ("bb", 22.25)]
for label, value in rows:
    print(f"{f'{label}:':<5}{value:>8.2f}")
