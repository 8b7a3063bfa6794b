import copy

orig = [1, [2, 3], {"k": [4]}]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
sh[1].append("shallow")
print(orig, sh)
dp[1].append("deep")
dp[2]["k"].append("deep")
print(orig, dp)
print(sh is orig, sh[1] is orig[1], dp[1] is orig[1], sh == orig)
d = {"a": [1], "b": {"c": [2]}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
dc["a"].append(99)
dd["b"]["c"].append(100)
print(d, dc, dd)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return "Node(%r, %r)" % (self.val, self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree)
print(t2)
t3 = copy.copy(tree)
t3.val = "top"
t3.children.append(Node(5))
print(tree.val, len(tree.children), t3.val)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
t = (1, [2])
tc = copy.deepcopy(t)
tc[1].append(3)
print(t, tc, copy.copy((1, 2)) == (1, 2))
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
l = [1, 2, 3]
print(l[:] == copy.copy(l), list(l) is not l)
