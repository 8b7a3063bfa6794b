# a file written by the parent is read by a child, and a file written by the child by the parent
import os
from multiprocessing import Process


def child(src, dst):
    with open(src) as f:
        text = f.read()
    with open(dst, 'w') as f:
        f.write(text.upper())


if __name__ == '__main__':
    with open('in.txt', 'w') as f:
        f.write('hello from the parent\n')
    p = Process(target=child, args=('in.txt', 'out.txt'))
    p.start()
    p.join()
    with open('out.txt') as f:
        print(f.read(), end='')
    print(sorted(n for n in os.listdir('.') if n.endswith('.txt')))
