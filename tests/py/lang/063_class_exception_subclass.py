class BankError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available), code=402)
        self.needed = needed
        self.available = available

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amt):
        if amt <= 0:
            raise BankError("invalid amount", 400)
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        return self.balance

acct = Account(100)
for amt in [30, -5, 100, 70, 1]:
    try:
        print("withdrew", amt, "left", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.code, e.needed, e.available)
    except BankError as e:
        print("BankError:", e, e.code, e.args)

class Silent(Exception):
    def __init__(self):
        pass
try:
    raise Silent()
except Silent as e:
    print(repr(str(e)), e.args)

class WithRepr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithRepr("ignored arg")
except WithRepr as e:
    print(str(e), e.args, repr(e))
print(issubclass(InsufficientFunds, Exception))
print([c.__name__ for c in InsufficientFunds.__mro__])
