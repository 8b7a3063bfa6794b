company = {
    "name": "Acme",
    "employees": [
        {"name": "Ann", "skills": ["python", "rust"], "manager": None, "salary": 100},
        {"name": "Bob", "skills": ["go"], "manager": "Ann", "salary": 80},
        {"name": "Cy", "skills": [], "manager": "Ann", "salary": 75},
    ],
    "offices": {"hq": (40.7, -74.0), "branch": (51.5, -0.1)},
}
print(company["employees"][0]["skills"][1])
print(company["offices"]["hq"][0])
print([e["name"] for e in company["employees"] if e["manager"] == "Ann"])
print(sum(e["salary"] for e in company["employees"]))
print({e["name"]: len(e["skills"]) for e in company["employees"]})
company["employees"][2]["skills"].append("sql")
print(company["employees"][2])
print(company)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
print(total(tree))
def paths(t, prefix=()):
    p = prefix + (t["v"],)
    if not t["kids"]:
        return [p]
    return [x for k in t["kids"] for x in paths(k, p)]
print(paths(tree))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen, order, stack = set(), [], ["a"]
while stack:
    n = stack.pop()
    if n in seen:
        continue
    seen.add(n)
    order.append(n)
    stack.extend(reversed(graph[n]))
print(order)
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
print([(cat, item) for cat, items in inventory.items() for item, n in items.items() if n])
print(len(str(company)) > 100, [[1, [2]], (3, {4: [5]})])
