class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
            self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll)
print(LinkedList())
print(list(LinkedList("ab")))

class Tree:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def walk(self, level=0):
        print("  " * level + str(self.v))
        for c in self.children:
            c.walk(level + 1)
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2", [Tree("deep")])]), Tree("b")])
t.walk()
print(t.depth())

class Registry:
    _instances = {}
    @classmethod
    def get(cls, key):
        if key not in cls._instances:
            print("created", key)
            cls._instances[key] = cls()
        return cls._instances[key]
s1 = Registry.get("a"); s2 = Registry.get("a"); s3 = Registry.get("b")
print(s1 is s2, s1 is s3, len(Registry._instances))
