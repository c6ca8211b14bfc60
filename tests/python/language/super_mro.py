# super() follows the MRO of the object's class (C3), so cooperative methods reach sibling bases
# in a diamond or with mixins, with **kwargs passed along, as CPython's.
class Base:
    def __init__(self, **kwargs):
        print("Base", sorted(kwargs))
        super().__init__(**kwargs)

    def describe(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kwargs):
        print("Left", left)
        super().__init__(**kwargs)

    def describe(self):
        return ["Left"] + super().describe()


class Right(Base):
    def __init__(self, right=0, **kwargs):
        print("Right", right)
        super().__init__(**kwargs)

    def describe(self):
        return ["Right"] + super().describe()


class Diamond(Left, Right):
    def __init__(self, **kwargs):
        print("Diamond")
        super().__init__(**kwargs)

    def describe(self):
        return ["Diamond"] + super().describe()


d = Diamond(left=1, right=2)
print(d.describe())
print([c.__name__ for c in Diamond.__mro__])


class LoggingMixin:
    def save(self):
        print("log before save")
        return super().save()


class Model:
    def save(self):
        print("saved", type(self).__name__)
        return True


class Document(LoggingMixin, Model):
    pass


print(Document().save())


class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B>" + super().hello()


class C(A):
    def hello(self):
        return "C>" + super().hello()


class D(B, C):
    def hello(self):
        return "D>" + super().hello()


print(D().hello(), B().hello(), C().hello())
