# close() then join() waits for queued tasks; join while running and submit after close are errors
from multiprocessing import Pool

results = []


def twice(x):
    return 2 * x


if __name__ == '__main__':
    p = Pool(2)
    for i in range(6):
        p.apply_async(twice, (i,), callback=results.append)
    try:
        p.join()
    except ValueError as e:
        print('join before close: ValueError:', e)
    p.close()
    try:
        p.apply_async(twice, (1,))
    except ValueError as e:
        print('apply_async after close: ValueError:', e)
    p.join()
    print(sorted(results))
    try:
        Pool(0)
    except ValueError as e:
        print('Pool(0): ValueError:', e)
