# Enum members as Process args, through Queues and a Pool: each arrives as the member of the
# child's own class (`is` holds there), IntEnum members stay ints, a functional enum crosses
# too; instances of an abc-derived class cross and keep their methods.
from abc import ABC, abstractmethod
from enum import Enum, IntEnum, auto
from multiprocessing import Pool, Process, Queue


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()


class Level(IntEnum):
    LOW = 1
    HIGH = 10


Size = Enum("Size", "S M L")


class Job(ABC):
    @abstractmethod
    def run(self):
        ...


class Double(Job):
    def __init__(self, n):
        self.n = n

    def run(self):
        return self.n * 2


def next_light(light):
    order = list(Light)
    return order[(order.index(light) + 1) % len(order)]


def child(q, light, level, size, job):
    q.put((light is Light[light.name], next_light(light), level + 1, size is Size.M, job.run()))
    q.put(Light.GREEN)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=child, args=(q, Light.YELLOW, Level.HIGH, Size.M, Double(21)))
    p.start()
    print(q.get())
    green = q.get()
    print(green, green is Light.GREEN, repr(green))
    p.join()
    with Pool(2) as pool:
        print(pool.map(next_light, list(Light)))
        print(pool.map(abs, [Level.LOW, Level.HIGH]))
    print(p.exitcode)
