import sys
sys.path.insert(0, 'mods')
try:
    import raises_on_import
except ValueError as e:
    print('ValueError', e)
print('raises_on_import' in sys.modules)
