TRANSITIONS = {
    ('idle', 'start'): 'running',
    ('running', 'pause'): 'paused',
    ('paused', 'resume'): 'running',
    ('running', 'stop'): 'idle',
    ('paused', 'stop'): 'idle',
}
class Machine:
    def __init__(self):
        self.state = 'idle'
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f'invalid event {event!r} in state {self.state!r}')
        self.log.append(f'{self.state} --{event}--> {TRANSITIONS[key]}')
        self.state = TRANSITIONS[key]
m = Machine()
for ev in ['start', 'pause', 'pause', 'resume', 'stop', 'resume']:
    try:
        m.fire(ev)
    except ValueError as e:
        print('error:', e)
print('\n'.join(m.log))
print('final', m.state)
