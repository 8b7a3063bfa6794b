# Shared c_char arrays made from bytes (item, slice and C-string value assignment, too long
# a value) and c_bool values and arrays; typecodes CPython's sharedctypes does not know
# fail as it words it.
import multiprocessing as mp
import ctypes
a = mp.Array('c', b'hello')
a[0:2] = b'HE'; print(a.value)
a[0] = 74; print(a.value)
a[1] = b'x'; print(a.raw, a[:], a[0])
a.value = b'hi'; print(a.raw, a.value)
b = mp.Array('c', 3); print(b.raw)
try: a.value = b'toolongvalue'
except Exception as e: print(type(e).__name__, e)
for v in (256, -1, b'ab', 'a', 1.5, bytearray(b'z')):
    try:
        a[0] = v; print(a.raw)
    except Exception as e: print(type(e).__name__, e)
v = mp.Value('c', b'a')
for x in (66, 300, b'cd'):
    try:
        v.value = x; print(v.value)
    except Exception as e: print(type(e).__name__, e)
v = mp.Value(ctypes.c_bool, False); print(v.value, v)
v.value = 5; print(v.value); v.value = []; print(v.value); v.value = 'x'; print(v.value)
a = mp.Array(ctypes.c_bool, [True, 0, 2]); print(a[:])
print(ctypes.c_bool(3), ctypes.c_bool(), ctypes.c_bool(0).value, ctypes.sizeof(ctypes.c_bool), ctypes.c_bool._type_)
print(mp.Value(ctypes.c_bool).value, mp.RawArray(ctypes.c_bool, 2)[:])
for a in ('z', '?', 3, None, int):
    try: mp.Value(a, 1)
    except Exception as e: print(type(e).__name__, e)
    try: mp.Array(a, 2)
    except Exception as e: print(type(e).__name__, e)
    try: mp.Array(a, [1, 2])
    except Exception as e: print(type(e).__name__, e)
