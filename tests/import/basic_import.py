import sys
sys.path.insert(0, 'mods')
import helper
print(helper.VALUE, helper.items, helper.greet('you'), helper.Widget(3))
print(helper.__name__, type(helper).__name__)
import helper
print('second import did not print again')
print(sys.modules['helper'] is helper)
