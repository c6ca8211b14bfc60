# Lists' extended slices: deleting and assigning with a step other than 1, as CPython 3.11.
x = list(range(10))
del x[::2]
print(x)
x = list(range(10))
del x[1::3]
print(x)
x = list(range(10))
del x[::-3]
print(x)
x = list(range(10))
del x[8:2:-2]
print(x)
x = list(range(5))
del x[4:1:2]
print(x)
x = list(range(6))
x[::2] = "abc"
print(x)
x = list(range(6))
x[::-2] = [10, 20, 30]
print(x)
x = list(range(5))
x[::-1] = x
print(x)
x = list(range(4))
x[5:9:2] = []
print(x)
try:
    x[::2] = [1, 2, 3]
except ValueError as error:
    print("ValueError:", error)
try:
    x[::0] = []
except ValueError as error:
    print("ValueError:", error)
try:
    del x[::0]
except ValueError as error:
    print("ValueError:", error)
y = [[i] for i in range(8)]
del y[1::2]
print(y, len(y))
y[0:2] = range(2)
print(y)
