# Values sent to another process travel pickled: they come back equal, and objects
# shared inside the message (or referring to themselves) stay shared.
import pickle

message = {
    "ints": [0, -7, 2**64, -(3**50)],
    "floats": (1.5, float("inf"), -0.0),
    "text": "héllo wörld",
    "raw": b"\x00\x01\xfe",
    "buf": bytearray(b"abc"),
    "sets": [{1, 2, 3}, frozenset({"a"})],
    "misc": [None, True, False, ..., range(2, 20, 5), slice(None, 3)],
}
back = pickle.loads(pickle.dumps(message))
print(back == message)
for key, value in back.items():
    print(key, value)

row = [1, 2]
grid = [row, row, (row,)]
g = pickle.loads(pickle.dumps(grid))
g[0].append(3)
print(g, g[1] is g[0], g[2][0] is g[0])

loop = {"name": "loop"}
loop["self"] = loop
l2 = pickle.loads(pickle.dumps(loop))
print(l2, l2["self"] is l2)

chain = []
chain.append(chain)
c2 = pickle.loads(pickle.dumps(chain, protocol=pickle.HIGHEST_PROTOCOL))
print(c2, c2[0] is c2, c2 is chain)

data = pickle.dumps([1, "two", 3.0])
print(type(data).__name__, pickle.loads(data), pickle.loads(bytearray(data)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
