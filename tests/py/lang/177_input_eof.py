print("about to call input()")
try:
    line = input()
    print("got a line", repr(line))
except EOFError as e:
    print(type(e).__name__)
    print(repr(str(e)))
print("after first input")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("with prompt:", type(e).__name__, isinstance(e, Exception))
def ask(default):
    try:
        return input()
    except EOFError:
        return default
print(ask("default answer"))
answers = []
for i in range(3):
    try:
        answers.append(input())
    except EOFError:
        answers.append(None)
print(answers)
print(issubclass(EOFError, Exception))
print("done")
