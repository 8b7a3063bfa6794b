class Queue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        print("pushed", x, "size", len(self.items))

    def pop(self):
        item = self.items[0]
        self.items = self.items[1:]
        print("popped", item)
        return item

q = Queue()
for v in "abc":
    q.push(v)
for _ in range(4):
    q.pop()
print("unreachable")
