# Dataclass instances travel to children (as Process args, through a Queue and back) and
# compare, order and hash the same on both sides; a frozen one stays frozen in the child.
from dataclasses import dataclass, field, FrozenInstanceError
from multiprocessing import Process, Queue


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    space: str
    n: int


def worker(inbox, outbox, key):
    try:
        key.n = 5
    except FrozenInstanceError as e:
        outbox.put(("frozen", str(e), hash(key) == hash(Key("a", 1))))
    while True:
        job = inbox.get()
        if job is None:
            break
        job.tags.append("done")
        outbox.put(job)


if __name__ == '__main__':
    inbox, outbox = Queue(), Queue()
    p = Process(target=worker, args=(inbox, outbox, Key("a", 1)))
    p.start()
    print(outbox.get())
    jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
    for j in sorted(jobs):
        inbox.put(j)
    inbox.put(None)
    back = [outbox.get() for _ in jobs]
    p.join()
    print(back)
    print(back[0] == Job(1, "renamed", ["done"]), back[0] is jobs[1], jobs[1].tags, p.exitcode)
