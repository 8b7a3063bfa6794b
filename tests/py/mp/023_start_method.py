# set_start_method/get_start_method with spawn; freeze_support() is a no-op
import multiprocessing as mp

if __name__ == '__main__':
    mp.freeze_support()
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method())
    print(mp.get_start_method(allow_none=True))
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        mp.set_start_method('nonsense', force=True)
    except ValueError as e:
        print('ValueError:', e)
    print(mp.get_context('spawn').get_start_method())
    print('spawn' in mp.get_all_start_methods())
