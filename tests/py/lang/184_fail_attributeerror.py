class User:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hello, " + self.name

users = [User("ann"), User("bob")]
for u in users:
    print(u.greet())
print(users[0].name.upper())
data = {"users": users}
print(len(data["users"]))
print(users[1].email)
print("not reached")
