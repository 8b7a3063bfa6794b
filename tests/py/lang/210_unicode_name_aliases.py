# \N{...} also takes the characters' aliases: abbreviations, control names, corrections of
# misspelt names, alternates and figments, in any case.
print(ascii('\N{NBSP}\N{nbsp}\N{LINE FEED}\N{LF}\N{NULL}\N{NUL}\N{BOM}\N{BYTE ORDER MARK}'))
print(ascii('\N{ZWJ}\N{ZWNJ}\N{SHY}\N{ESC}\N{DEL}\N{PADDING CHARACTER}\N{VS1}\N{VS256}'))
print('\N{LATIN CAPITAL LETTER GHA}' == '\u01a2', '\N{latin small letter gha}' == '\u01a3')
print('\N{CARRIAGE RETURN}\N{CHARACTER TABULATION}' == '\r\t', b'\N{NBSP}')
