# Hello from Copper! `make run` starts with this program.
print('Hello from Copper, a tiny Python for microcontrollers!')

name = 'world'
print(f'Nice to meet you, {name}.')

# A small computation: the first primes, found with a simple sieve.
limit = 50
is_prime = [True] * (limit + 1)
is_prime[0] = is_prime[1] = False
for n in range(2, int(limit ** 0.5) + 1):
    if is_prime[n]:
        for k in range(n * n, limit + 1, n):
            is_prime[k] = False
primes = [n for n in range(limit + 1) if is_prime[n]]
print('Primes up to', limit, 'are', primes)
print('Their sum is', sum(primes))

# A loop: count down to lift-off.
for i in range(3, 0, -1):
    print(i, '...')
print('Lift-off!')
