# A tiny tokenizer + recursive-descent expression evaluator.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif ch in '+-*/()%^':
            tokens.append(('op', ch))
            i += 1
        else:
            raise SyntaxError(f'bad character {ch!r} at {i}')
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == '^':
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.take()
        if val == '-':
            return -self.unary()
        if val == '(':
            v = self.expr()
            self.take()
            return v
        return val
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + 10 % 3', '7 / 2', '1.5 * 4', '2 * (3 + (4 - 1)) ^ 2', '1 / 0', '3 $ 4']:
    try:
        print(src, '=', Parser(tokenize(src)).expr())
    except ZeroDivisionError as e:
        print(src, '->', type(e).__name__, e)
    except SyntaxError as e:
        print(src, '->', type(e).__name__, e)
