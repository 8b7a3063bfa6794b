# textwrap: wrap and fill at several widths, with indents, long words broken or kept,
# hyphenated and em-dashed words, tabs, sentence endings and max_lines; shorten with its
# placeholder; dedent of mixed indentation and blank lines; indent with and without a
# predicate; the errors for a bad width and a placeholder too large.
import textwrap
from textwrap import TextWrapper, dedent, fill, indent, shorten, wrap

text = ("The Python Software Foundation is the organization behind Python. Become a member "
        "of the PSF and help advance the software and our mission. Well-known, state-of-the-art "
        "tools -- such as this one -- wrap text nicely.")
for width in (10, 25, 40, 70):
    print(width, wrap(text, width))
print(fill(text, width=30))
print(fill(text, 36, initial_indent="* ", subsequent_indent="  "))
print(wrap("a supercalifragilisticexpialidocious word", 10))
print(wrap("a supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(wrap("well-known-hyphenated-long-compound-word here", 12))
print(wrap("well-known-hyphenated-long-compound-word here", 12, break_on_hyphens=False))
print(wrap("Hello.  This is\tsome text.\nWith newlines\nand\ttabs.", 15))
print(wrap("col1\tcol2\tcol3", 40, expand_tabs=False), wrap("col1\tcol2", 40, tabsize=4))
print(wrap("keep\n  these   spaces", 40, replace_whitespace=False))
print(wrap("   leading and trailing   ", 10), wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(wrap("Hello there.  How are you? I am fine. Dr. Who is here.", 80, fix_sentence_endings=True))
print(wrap("Hello there.\nHow are you?", 80, fix_sentence_endings=True))
print(wrap(text, 30, max_lines=3))
print(wrap(text, 30, max_lines=2, placeholder=" ..."))
print(wrap("", 10), wrap("   ", 10), wrap("x", 1), wrap("abc def", 2))
print(wrap("The -b option -- or --verbose -- helps; e-mail, x--y, a-b-c.", 12))
print(shorten("Hello  world!", width=12), "|", shorten("Hello  world!", width=11))
print(shorten(text, 50), "|", shorten(text, 40, placeholder="..."))
print(shorten("  lots   of     space   ", 100))

w = TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text[:80]))
w.width = 50
print(w.fill(text[:120]))
print(w.width, w.break_long_words, w.placeholder, w.max_lines, w.tabsize)

code = """
    def f(x):
        return x * 2

    print(f(3))
"""
print(dedent(code))
print(repr(dedent("  a\n    b\n  c\n")), repr(dedent("\ta\n\t\tb")), repr(dedent("  a\n\tb")))
print(repr(dedent("   \n  x\n   \n  y")), repr(dedent("no indent\n  here")), repr(dedent("")))
print(repr(dedent("    same\n    same\n")), repr(dedent("  \t a\n  \t b")))
print(indent("one\ntwo\n\nthree\n", "+ "))
print(repr(indent("a\n  \nb", "> ")), repr(indent("a\nb\n", "# ", lambda line: True)))
print(repr(indent("x\r\ny", "- ")), repr(indent("", "> ")))
print(indent("1\n2\n3", "  ", predicate=lambda line: line.strip() != "2"))

for bad in (0, -1):
    try:
        wrap("some text", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    shorten("some long text here", 3)
except ValueError as e:
    print("ValueError", e)
try:
    TextWrapper(width=5, max_lines=1, placeholder="  [......]").wrap("a b c d e f")
except ValueError as e:
    print("ValueError", e)
print(textwrap.__all__)
