prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
print("known items:", sorted(prices))

def lookup(item):
    return prices[item]

def checkout(cart):
    total = 0.0
    for item in cart:
        price = lookup(item)
        total += price
        print("%-6s %5.2f  running %6.2f" % (item, price, total))
    return total

print(checkout(["apple", "milk"]))
cart = ["apple", "milk", "bread", "caviar", "apple"]
print("total", checkout(cart))
