# course example 9 (爬虫 with Pool + callback, c09_pool_crawler.py). The original fetches
# https://movie.douban.com/top250?start=N&filter= for N = 0, 25, ..., 225. mpplay serves those URLs
# from tests/fixtures/movie.douban.com/top250%3Fstart=N&filter=; CPython in the offline sandbox
# cannot reach them, so get_page falls back to fixture_page(), which builds the same bytes as the
# fixture files. The parsed records are appended to 'file' by the callback (in the main process,
# in completion order), then read back and printed sorted by id.
import re
import json
from urllib.request import urlopen
from multiprocessing import Pool


def fixture_page(start):
    items = []
    for k in range(start + 1, start + 4):
        items.append(
            '<li>\n<div class="item">\n  <div class="pic">\n    <em class="">%d</em>\n'
            '    <a href="https://movie.douban.com/subject/%d/"><img width="100" alt="示例电影%d" src="x.jpg" class=""></a>\n'
            '  </div>\n  <div class="info">\n    <div class="hd">\n'
            '      <a href="https://movie.douban.com/subject/%d/" class=""><span class="title">示例电影%d</span>\n'
            '        <span class="title">&nbsp;/&nbsp;Example Movie %d</span></a>\n    </div>\n'
            '    <div class="bd">\n      <div class="star">\n        <span class="rating5-t"></span>\n'
            '        <span class="rating_num" property="v:average">%.1f</span>\n'
            '        <span property="v:best" content="10.0"></span>\n        <span>%d人评价</span>\n'
            '      </div>\n    </div>\n  </div>\n</div>\n</li>\n'
            % (k, 1000 + k, k, 1000 + k, k, k, 9.9 - (k % 40) / 10, 2000000 - 7919 * k))
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>豆瓣电影 Top 250</title></head>\n'
            '<body>\n<ol class="grid_view">\n' + ''.join(items) + '</ol>\n</body>\n</html>\n').encode('utf-8')


def get_page(i):
    url = 'https://movie.douban.com/top250?start=%s&filter='%i
    try:
        ret = urlopen(url).read()
    except OSError:
        ret = fixture_page(i)
    ret = ret.decode('utf-8')
    return ret

def parser_page(s):
    com = re.compile(
        '<div class="item">.*?<div class="pic">.*?<em .*?>(?P<id>\d+).*?<span class="title">(?P<title>.*?)</span>'
        '.*?<span class="rating_num" .*?>(?P<rating_num>.*?)</span>.*?<span>(?P<comment_num>.*?)评价</span>', re.S)

    ret = com.finditer(s)
    with open('file','a',encoding='utf-8') as f:
        for i in ret:
            dic = {
                "id": i.group("id"),
                "title": i.group("title"),
                "rating_num": i.group("rating_num"),
                "comment_num": i.group("comment_num"),
            }
            f.write(json.dumps(dic,ensure_ascii=False)+'\n')

if __name__ == '__main__':
    p = Pool(5)
    count = 0
    for i in range(10):
        p.apply_async(get_page,args=(count,),callback=parser_page)
        count += 25
    p.close()
    p.join()
    with open('file', encoding='utf-8') as f:
        records = [json.loads(line) for line in f]
    for rec in sorted(records, key=lambda r: int(r['id'])):
        print(json.dumps(rec, ensure_ascii=False))
    print(len(records))
