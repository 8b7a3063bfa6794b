# concurrent.futures: a pool of worker processes runs the calls you submit. Each submit
# gives a Future at once; its result() waits for the call's answer. as_completed hands
# the futures back in the order they finish, map gives the answers in the order asked.
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def cook(dish, minutes):
    time.sleep(minutes)
    return f"{dish} ready after {minutes} min"


if __name__ == '__main__':
    orders = [("noodles", 3), ("dumplings", 1), ("soup", 1), ("rice", 2)]
    with ProcessPoolExecutor(max_workers=2) as kitchen:
        futures = [kitchen.submit(cook, dish, minutes) for dish, minutes in orders]
        for future in as_completed(futures):
            print(future.result())
        print(list(kitchen.map(pow, [2, 3, 4], [10, 2, 0])))
