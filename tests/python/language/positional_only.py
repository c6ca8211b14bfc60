# Positional-only parameters (def f(a, /, b)) in functions, methods and lambdas, as CPython 3.11.
def f(a, /, b):
    return a + b
def g(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)
def h(x, /):
    return x * 2
k = lambda a, /, b=1: a - b
print(f(1, b=2), f(1, 2), g(1), g(1, 5, c=6, d=7), h(4), k(5), k(5, 2))
class P:
    def m(self, v, /):
        return v
print(P().m(3))
try:
    compile("def bad(*, a, /): pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.args[0])
print(7 / 2, 7 // 2, (lambda x, y: x / y)(9, 3))
