# threading.Barrier: action runs once per round, indices distinct, abort/timeout break it
import threading

rounds = []


def action():
    rounds.append('round')


if __name__ == '__main__':
    b = threading.Barrier(3, action=action)
    idx = []

    def party():
        idx.append(b.wait())
        idx.append(b.wait())

    ts = [threading.Thread(target=party) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(idx), rounds)
    lone = threading.Barrier(2)
    try:
        lone.wait(timeout=0.05)
    except threading.BrokenBarrierError as e:
        print('BrokenBarrierError', repr(str(e)), lone.broken)
    lone.reset()
    print(lone.broken, lone.parties, lone.n_waiting)
    lone.abort()
    try:
        lone.wait()
    except threading.BrokenBarrierError:
        print('aborted')
