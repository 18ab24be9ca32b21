print(__name__)
if __name__ == '__main__':
    print('running as main script')
import sys
sys.path.insert(0, 'mods')
import helper
print(helper.__name__ != '__main__')
