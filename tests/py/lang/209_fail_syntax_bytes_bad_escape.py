# This file never runs: a bytes literal's \x escape needs two hex digits.
header = b'\x89PNG'
magic = b'\x4g'
print(header, magic)
