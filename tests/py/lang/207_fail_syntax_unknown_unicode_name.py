# This file never runs: a \N{...} escape names no character.
greeting = "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
print(greeting)
label = 'Café, caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{NOT A REAL NAME}'
print(label)
