# A synchronized Value's reads and stores take its lock, or only count when the caller
# holds it already: a failed store leaves the lock free for another process, a custom
# lock still guards the value, and the lock stays recursive under get_lock().
from multiprocessing import Lock, Process, RLock, Value


def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
            v.value = v.value


if __name__ == "__main__":
    v = Value("i", 0)
    try:
        v.value = "x"
    except TypeError as e:
        print("TypeError:", e)
    with v.get_lock():
        v.value = 2 ** 31
        print("wrapped", v.value, repr(v.get_lock())[:12])
    v.value = 0
    ps = [Process(target=bump, args=(v, 2000)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counted", v.value, [p.exitcode for p in ps])

    plain = Value("d", 1.5, lock=Lock())
    plain.value *= 2
    print(plain.value, type(plain.get_lock()).__name__)
    shared = RLock()
    a, b = Value("h", 7, lock=shared), Value("h", 8, lock=shared)
    with shared:
        a.value, b.value = b.value, a.value
    print(a.value, b.value, a.get_lock() is b.get_lock())
    c = Value("c", b"x")
    c.value = b"y"
    print(c.value, c)
