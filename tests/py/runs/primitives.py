# Every primitive and queue under contention between three processes (and two threads),
# asserting what must hold on any schedule: mutual exclusion, counts, no lost wake-ups
# (the run ends), FIFO order per producer. Prints one line when all hold.
import sys
import threading
from multiprocessing import (Process, Lock, RLock, Semaphore, BoundedSemaphore, Event,
                             Condition, Barrier, Queue, JoinableQueue, Pipe, Value)

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def locked_increments(lock, rlock, counter, rcounter, n):
    for _ in range(n):
        with lock:
            v = counter.value
            counter.value = v + 1          # lost without mutual exclusion
        with rlock:
            with rlock:
                rcounter.value += 1


def bounded_room(sem, inside, most, guard, n):
    for _ in range(n):
        with sem:
            with guard:
                inside.value += 1
                most.value = max(most.value, inside.value)
            with guard:
                inside.value -= 1


def cond_consumer(cond, box, n, done):
    got = 0
    with cond:
        while got < n:
            while box.value == 0:
                cond.wait()
            box.value -= 1
            got += 1
    done.set()


def barrier_party(barrier, after, guard, n):
    for _ in range(n):
        barrier.wait()
        with guard:
            after.value += 1


def producer(q, jq, tag, n):
    for i in range(n):
        q.put((tag, i))
        jq.put(i)


def jq_worker(jq):
    while True:
        item = jq.get()
        jq.task_done()
        if item is None:
            return


def piper(conn, n):
    for i in range(n):
        conn.send(i)
    conn.close()


def threads_in_process(n):
    lock = threading.Lock()
    total = [0]

    def work():
        for _ in range(n):
            with lock:
                v = total[0]
                total[0] = v + 1
    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert total[0] == 2 * n, total


if __name__ == '__main__':
    n = ROUNDS
    lock, rlock = Lock(), RLock()
    counter, rcounter = Value('i', 0, lock=False), Value('i', 0, lock=False)
    sem, guard = BoundedSemaphore(2), Lock()
    inside, most = Value('i', 0, lock=False), Value('i', 0, lock=False)
    cond, box, done = Condition(), Value('i', 0, lock=False), Event()
    barrier, after = Barrier(3), Value('i', 0, lock=False)
    q, jq = Queue(), JoinableQueue()
    r, w = Pipe(duplex=False)
    ps = [Process(target=locked_increments, args=(lock, rlock, counter, rcounter, n)) for _ in range(3)]
    ps += [Process(target=bounded_room, args=(sem, inside, most, guard, n)) for _ in range(3)]
    ps += [Process(target=cond_consumer, args=(cond, box, 2 * n, done))]
    ps += [Process(target=barrier_party, args=(barrier, after, guard, n)) for _ in range(3)]
    ps += [Process(target=producer, args=(q, jq, t, n)) for t in 'ab']
    ps += [Process(target=jq_worker, args=(jq,)) for _ in range(2)]
    ps += [Process(target=piper, args=(w, n))]
    for p in ps:
        p.start()
    w.close()
    for _ in range(2 * n):
        with cond:
            box.value += 1
            cond.notify()
    threads_in_process(n)
    seen = {'a': [], 'b': []}
    for _ in range(2 * n):
        tag, i = q.get()
        seen[tag].append(i)
    got = [r.recv() for _ in range(n)]
    assert done.wait(60)
    jq.join()
    jq.put(None)
    jq.put(None)
    for p in ps:
        p.join()
    assert counter.value == rcounter.value == 3 * n, (counter.value, rcounter.value)
    assert 1 <= most.value <= 2 and inside.value == 0, (most.value, inside.value)
    assert after.value == 3 * n, after.value
    assert seen == {'a': list(range(n)), 'b': list(range(n))}, seen
    assert got == list(range(n)), got
    assert all(p.exitcode == 0 for p in ps), [p.exitcode for p in ps]
    print('all invariants hold')
