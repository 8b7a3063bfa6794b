# cpu_count() is a positive int and equals os.cpu_count()
import os
import multiprocessing
from multiprocessing import cpu_count

if __name__ == '__main__':
    n = cpu_count()
    print(type(n).__name__, n >= 1, n == os.cpu_count(), multiprocessing.cpu_count() == n)
