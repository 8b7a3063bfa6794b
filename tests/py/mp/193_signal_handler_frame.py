# A signal handler gets the frame the signal interrupted: the caller of raise_signal or
# os.kill for a signal a process sends itself, and the function a child was sleeping in
# when terminate() sent SIGTERM (after the handler, the sleep goes on, as PEP 475 says).
import signal, os, time, multiprocessing, sys
def h(signum, frame):
    print('handler', signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name, frame.f_back is not None)
def work():
    signal.raise_signal(signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGUSR1)
def child():
    signal.signal(signal.SIGTERM, h)
    print('child ready', flush=True)
    def waiting():
        time.sleep(2)
    waiting()
    print('child done')
if __name__ == '__main__':
    signal.signal(signal.SIGUSR1, h)
    work()
    p = multiprocessing.Process(target=child); p.start()
    time.sleep(0.5); p.terminate(); p.join()
    print(p.exitcode)
