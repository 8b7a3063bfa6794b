# uuid: UUID's views of its number, the named and random makers, pickling, and CPython's
# errors. Random parts are checked by their shape, not their value.
import pickle
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.node, u.time, u.clock_seq)
print(u.version, u.variant)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:" + u.hex) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, int(u) == u.int)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0, version=1).variant)

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6"))
for make in (uuid.uuid3, uuid.uuid5):
    try:
        make(uuid.NAMESPACE_URL, b"https://example.com/")
    except TypeError as e:
        print("TypeError", e)
print(uuid.NAMESPACE_X500.version, uuid.NAMESPACE_DNS < uuid.NAMESPACE_URL)

r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t2.time > t1.time, t1.node == t2.node == uuid.getnode(), 0 <= t1.node < 1 << 48)
print(uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234).fields[3:], uuid.uuid1(node=1).node)

back = pickle.loads(pickle.dumps(u))
print(back == u, back is not u, repr(back), back.is_safe, hash(back) == hash(u))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)])[0].int, {u: 1}[back])

for kwargs in [{}, {"hex": "xyz"}, {"hex": "1234"}, {"int": -1}, {"int": 1 << 128},
               {"bytes": b"short"}, {"bytes_le": b"x" * 17}, {"fields": (1, 2)},
               {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 256, 0, 0)},
               {"int": 1, "version": 6}, {"hex": u.hex, "int": 1}]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
print(uuid.SafeUUID.unknown, uuid.SafeUUID.safe.value)
