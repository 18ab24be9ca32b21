class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f'${self.cents / 100:.2f}'
wallet = [Money(500), Money(125), Money(999), Money(125)]
print(sorted(wallet), min(wallet), max(wallet))
print(Money(1) < Money(2), Money(2) > Money(1), Money(3) == Money(3), Money(3) != Money(4))
