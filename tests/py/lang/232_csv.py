# csv: reader over lists, io.StringIO and files opened with newline='' (quoted fields with
# delimiters, quotes and newlines, blank lines, skipinitialspace, escapechar, strict and
# QUOTE_NONNUMERIC), writer quoting rules and return values, dialects by name and class,
# DictReader and DictWriter, and the errors CPython raises, in its words.
import csv
import io

rows = list(csv.reader(['name,age,city', 'Ann,31,"New York, NY"', '"Bob ""B"" Jr",42,', '', 'x']))
print(rows)
print(list(csv.reader(io.StringIO('a,"multi\nline",c\r\n1,2,3\r\n'))))
print(list(csv.reader(['a; b;  c'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\"d'], escapechar='\\', quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,"two",3.5,-4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\t"c\td"'], dialect='excel-tab')), list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['"unterminated, field'])), list(csv.reader(["'q',x"], quotechar="'")))
r = csv.reader(['h1,h2', '1,2', '3,4'])
print(next(r), r.line_num, list(r), r.line_num, r.dialect.delimiter, repr(r.dialect.lineterminator))

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'multi\nline', '', None, 3, 2.5, True]))
w.writerows([[1, 2], [], [''], ('tuple', 'row')])
print(repr(buf.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    b = io.StringIO()
    csv.writer(b, quoting=quoting, lineterminator='\n').writerow(['a', 1, 2.0, None, 'b c'])
    print(quoting, repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
csv.writer(b, doublequote=False, escapechar='\\').writerow(['say "hi"'])
csv.writer(b, delimiter='|', quotechar="'").writerow(["it's", 'a|b', 'c'])
print(repr(b.getvalue()))

with open('people.csv', 'w', newline='') as f:
    writer = csv.DictWriter(f, fieldnames=['name', 'age', 'note'])
    print(writer.writeheader())
    writer.writerow({'name': 'Ann', 'age': 31, 'note': 'likes, commas'})
    writer.writerows([{'name': 'Bob', 'age': 42}, {'name': 'Cy', 'note': 'line\nbreak'}])
with open('people.csv', newline='') as f:
    print(repr(f.read()))
with open('people.csv', newline='') as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        print(reader.line_num, row)
with open('people.csv', newline='') as f:
    print([row['name'] for row in csv.DictReader(f)])

extra = csv.DictReader(['a,b', '1,2,3,4', '5'], restkey='rest', restval='?')
print(list(extra))
named = csv.DictReader(['1,2', '', '3,4'], fieldnames=['x', 'y'])
print(list(named), named.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, ['a', 'b'], restval='-', extrasaction='ignore', lineterminator='\n')
dw.writerow({'a': 1, 'zzz': 9})
print(repr(out.getvalue()))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
b = io.StringIO()
csv.writer(b, 'pipes').writerow(['x', 1])
print(repr(b.getvalue()), list(csv.reader(['"x"|"1"'], 'pipes')), 'pipes' in csv.list_dialects())
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.doublequote, d.escapechar, d.skipinitialspace, d.strict)
csv.unregister_dialect('pipes')


class Semicolons(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


b = io.StringIO()
csv.writer(b, Semicolons).writerow(['a;b', 'c'])
print(repr(b.getvalue()), list(csv.reader(b.getvalue().splitlines(), Semicolons)))
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)


def attempt(f):
    try:
        print(f())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(lambda: list(csv.reader(['a,"b"c'], strict=True)))
attempt(lambda: list(csv.reader(['"open'], strict=True)))
attempt(lambda: list(csv.reader(['a,b\rc,d'])))
attempt(lambda: list(csv.reader([b'a,b'])))
attempt(lambda: list(csv.reader(['x,y'], quoting=csv.QUOTE_NONNUMERIC)))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
attempt(lambda: csv.writer(io.StringIO()).writerow(5))
attempt(lambda: csv.writer(io.StringIO(), delimiter='::'))
attempt(lambda: csv.writer(io.StringIO(), delimiter=0))
attempt(lambda: csv.writer(io.StringIO(), quoting=7))
attempt(lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
attempt(lambda: csv.writer(io.StringIO(), 'no-such-dialect'))
attempt(lambda: csv.get_dialect('nope'))
attempt(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2}))
attempt(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip'))
attempt(lambda: csv.writer(42))
print(issubclass(csv.Error, Exception), csv.Error.__module__)
