# ctypes' simple types: values with C's sizes and wrap-around, defaults, reprs, the float's
# single precision (array('f') rounds the same way), sizes, aliases, and the errors for
# values of the wrong kind.
import array
import ctypes

print(ctypes.c_int(5), ctypes.c_int(), ctypes.c_int(2**31), ctypes.c_ubyte(-1), ctypes.c_double(1.5))
print(ctypes.c_char(b'x'), ctypes.c_char(65), ctypes.c_char(), ctypes.c_wchar('z'), ctypes.c_float(0.1))
print(ctypes.c_int(True), ctypes.c_uint(-1), ctypes.c_short(70000), ctypes.c_long(-2**63 - 1), ctypes.c_double(3))
print(ctypes.c_float(1e39), ctypes.c_float(-1e-46), ctypes.c_float(1e-40), ctypes.c_float(16777217))
print([ctypes.sizeof(t) for t in (ctypes.c_byte, ctypes.c_short, ctypes.c_int, ctypes.c_long,
                                  ctypes.c_float, ctypes.c_double, ctypes.c_char)])
print(ctypes.sizeof(ctypes.c_int(1)), ctypes.c_int._type_, ctypes.c_double._type_)
print(ctypes.c_int32 is ctypes.c_int, ctypes.c_int64 is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong)
x = ctypes.c_int(3)
x.value += 1
print(x.value, x == ctypes.c_int(4), bool(ctypes.c_int()), bool(x))
print(array.array('f', [0.1, 1e39, 2.5]), array.array('d', [0.1]))
for bad in [lambda: ctypes.c_int('a'), lambda: ctypes.c_int(1.5), lambda: ctypes.c_char('ab'),
            lambda: ctypes.c_double('x'), lambda: ctypes.c_wchar(b'a'), lambda: ctypes.sizeof(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
