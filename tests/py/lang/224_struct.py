# struct: pack and unpack with each code, byte order and native alignment, pascal and fixed
# strings, half floats rounded to even, pack_into and unpack_from with offsets, Struct,
# iter_unpack, and every error as CPython words it.
import struct
tests = [("b",200),("B",-1),("h",70000),("H",-1),("i",2**31),("I",-1),("l",2**40),("q",2**64),("Q",-1),("b","x"),("d","x"),("c",b"ab"),("s",1),("?",[]),("f",1e300),("e", 1.0)]
for f,v in tests:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
for f in ["<l","@l","=n","@n","zz","3x2s","@bq","<bq","!h","2s3p",">?","4"]:
    try: print(f, struct.calcsize(f))
    except Exception as e: print(f, type(e).__name__, e)
try: struct.pack("ii", 1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack("ii", b"1234")
except Exception as e: print(type(e).__name__, e)
try: struct.pack_into("i", bytearray(2), 0, 1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i", b"12", 0)
except Exception as e: print(type(e).__name__, e)
print(struct.pack("3s", b"abcdef"), struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02abxx"), struct.pack("?", 5), struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.pack(">d", -273.154))
print(struct.Struct("<2i").size, struct.Struct("<2i").format, struct.Struct("<2i").unpack(b"\x01\0\0\0\x02\0\0\0"))
try: struct.pack("i", 3.0)
except Exception as e: print(type(e).__name__, e)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.pack("<f", 1.1), struct.unpack("<f", struct.pack("<f", 1.1)), struct.pack("<e", 1.5))
print(repr(struct.error), struct.error.__module__)
for v in [0.0, -0.0, 1.0, 0.1, 65504.0, 1e-7, 6e-5, 3.14159, -2.5, 65519.0]:
    print(v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)))
print(struct.pack("@bqhi", 1, 2, 3, 4), struct.unpack("@bqhi", struct.pack("@bqhi", -1, -2, -3, -4)), struct.pack(">Q", 2**64-1), struct.unpack(">Q", b"\xff"*8), struct.pack("<q", -2**63))
ba = bytearray(8); struct.pack_into("<hh", ba, 2, 7, -7); print(ba, struct.unpack_from("<h", ba, 4), struct.unpack_from("<h", ba, -4))
try: struct.pack("<e", 1e6)
except OverflowError as e: print(e)
