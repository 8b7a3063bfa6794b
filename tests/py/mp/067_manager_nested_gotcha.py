# a plain list stored in a dict proxy is a copy: mutating it in place is lost; reassign instead
from multiprocessing import Manager

if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        d['items'] = []
        d['items'].append(1)
        print('after in-place append:', d['items'])
        tmp = d['items']
        tmp.append(1)
        d['items'] = tmp
        print('after reassign:', d['items'])
        inner = m.list()
        d['proxy'] = inner
        d['proxy'].append('shared')
        print('nested proxy:', list(d['proxy']))
