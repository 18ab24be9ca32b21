import sys
def main():
    try:
        print('main running')
        sys.exit(4)
    finally:
        print('cleanup in finally')
main()
