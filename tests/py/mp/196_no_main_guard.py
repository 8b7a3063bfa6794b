# A program without the `if __name__ == '__main__':` guard: the child, importing the main
# module, starts a process of its own, which spawn forbids (RuntimeError, exit code 1),
# instead of each child starting another without end.
import multiprocessing as mp
def f(): print('child')
p = mp.Process(target=f)
p.start()
p.join()
print('done', p.exitcode)
