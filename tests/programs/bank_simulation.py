class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f'{self.owner}: need {amt}, have {self.balance}')
        self.balance -= amt
        self.history.append(('wd', amt))
    def __repr__(self):
        return f'<Account #{self.id} {self.owner} {self.balance}>'
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amt):
        self.accounts[src].withdraw(amt)
        self.accounts[dst].deposit(amt)
bank = Bank()
a = bank.open('ann', 100)
b = bank.open('bob')
bank.transfer(a.id, b.id, 40)
for args in [(b.id, a.id, 100), (a.id, b.id, -5), (a.id, 99, 1)]:
    try:
        bank.transfer(*args)
    except InsufficientFunds as e:
        print('InsufficientFunds', e)
    except ValueError as e:
        print('ValueError', e)
    except KeyError as e:
        print('KeyError', e)
print(list(bank.accounts.values()), a.history, b.history)
print(sum(acc.balance for acc in bank.accounts.values()))
