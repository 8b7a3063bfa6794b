# This file never runs: in a Windows path, "\U" starts an escape of 8 hex digits.
import os

folder = "C:\Users\mpplay\notes"
print(os.path.join(folder, "todo.txt"))
