class InventoryError(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item
        self.wanted = wanted
        self.have = have

    def __str__(self):
        return "not enough %s: wanted %d, have %d" % (self.item, self.wanted, self.have)

stock = {"apple": 5, "pear": 2}

def take(item, n):
    have = stock.get(item, 0)
    if n > have:
        raise InventoryError(item, n, have)
    stock[item] = have - n
    print("took", n, item, "left", stock[item])

take("apple", 3)
take("pear", 1)
try:
    take("kiwi", 1)
except InventoryError as e:
    print("handled:", e)
take("apple", 10)
print("unreachable")
