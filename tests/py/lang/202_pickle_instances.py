# Instances pickle as their class (by reference) plus their state; loading does not call
# __init__. __reduce__, __getstate__/__setstate__, __slots__ and builtin subclasses follow
# CPython's rules.
import pickle


class Account:
    def __init__(self, owner, balance):
        print("__init__", owner)
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


a = pickle.loads(pickle.dumps(Account("ann", 10)))
print(a, type(a) is Account, vars(a))


class Connection:
    """Holds something that cannot travel; sends only what rebuilds it."""

    def __init__(self, host):
        self.host = host
        self.socket = object()

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["socket"]
        return state

    def __setstate__(self, state):
        print("reconnecting to", state["host"])
        self.__dict__.update(state)
        self.socket = "new socket"


c = pickle.loads(pickle.dumps(Connection("db")))
print(c.host, c.socket)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(pickle.loads(pickle.dumps([Point(1, 2), Point(3, 4)])))


class Pair:
    __slots__ = ("left", "right")


p = Pair()
p.left = "L"
q = pickle.loads(pickle.dumps(p))
print(q.left, hasattr(q, "right"))


class Registry(dict):
    def __init__(self, *args):
        print("Registry.__init__")
        super().__init__(*args)


r = Registry({"a": 1})
r.version = 2
r2 = pickle.loads(pickle.dumps(r))
print(type(r2).__name__, r2, r2.version)


class Stack(list):
    pass


s = Stack([1, 2])
s.append(s)
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, len(s2), s2[2] is s2)


class Tagged(tuple):
    pass


t = pickle.loads(pickle.dumps(Tagged((1, 2))))
print(type(t).__name__, t == (1, 2))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = pickle.loads(pickle.dumps(root))
print(root2.children[0].parent is root2, root2.children[0].name)
