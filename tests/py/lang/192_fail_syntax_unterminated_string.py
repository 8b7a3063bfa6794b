# This file never runs: a string literal is not terminated.
greeting = "hello"
name = 'world'
print(greeting, name)

def shout(s):
    return s.upper() + "!"

print(shout(greeting))
parts = ["a", "b", "c"]
print("-".join(parts))
message = "this string never ends
print(message)
print("end")
x = 1
