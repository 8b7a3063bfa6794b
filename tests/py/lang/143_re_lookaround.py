import re

print(re.findall(r"\w+(?=!)", "hi! there wow!"))
print(re.findall(r"\d+(?!\d|px)", "10px 20em 30"))
print(re.findall(r"(?<=\$)\d+", "cost $10 and $200 but 5"))
print(re.findall(r"(?<!\$)\b\d+", "cost $10 and $200 but 5"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"a.*b", "a1b a2b"), re.findall(r"a.*?b", "a1b a2b"))
print(re.findall(r"a+?", "aaa"), re.findall(r"a{2,3}?", "aaaaa"), re.findall(r"a??b", "ab b"))
print(re.match(r"<(.+)>", "<a><b>").group(1), re.match(r"<(.+?)>", "<a><b>").group(1))
print(re.search(r"(?=.*\d)(?=.*[a-z]).{6,}", "abc123").group())
print(re.search(r"(?=.*\d)(?=.*[a-z]).{6,}", "abcdef"))
pw = ["Passw0rd", "password", "PASSWORD1", "Pa1"]
for p in pw:
    ok = re.fullmatch(r"(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{8,}", p) is not None
    print(p, ok)
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test ok"))
print(re.sub(r"(?P<w>\b\w+\b)(\s+(?P=w)\b)+", r"\g<w>", "the the the cat sat sat"))
print(re.findall(r"q(?!u)", "qatar quit qi"))
print(re.findall(r"(?<=-)\w+", "one-two-three"))
print(re.split(r"(?<=[.!?]) ", "Hi. How are you? Fine!"))
print(re.findall(r"[a-z]+(?=\d)", "abc1 def ghi2"))
print(re.search(r"(?<=a)b", "ab").span(), re.search(r"(?<!a)b", "abcb").span())
print(re.findall(r"\d+?", "123"), re.findall(r"\d*?x", "12x"))
