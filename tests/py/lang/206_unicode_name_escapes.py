# \N{...} escapes: plain names, any case, Hangul syllables composed from their jamo, and
# names that spell their code point (CJK ideographs, Nushu).
print('\N{BULLET}', '\N{latin small letter a}', '\N{Em Dash}')
print('\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE A}')
print('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}')
print(ascii('\N{NUSHU CHARACTER-1B170}\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))
print(b'\N{BULLET}')
print(len('\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA}'), '\N{SNOWMAN}' == '\u2603')
