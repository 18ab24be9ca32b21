# A pystone-style synthetic benchmark (written for Copper, in the spirit of
# the classic Dhrystone/pystone: records, procedure calls, enumerations,
# array and string operations, integer arithmetic and branches).
IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, link=None, discr=0, enum_comp=0, int_comp=0, str_comp=''):
        self.link = link
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.link, self.discr, self.enum_comp, self.int_comp, self.str_comp)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = '\0'
        self.char2 = '\0'
        self.arr1 = [0] * 51
        self.arr2 = [[0] * 51 for _ in range(51)]
        self.ptr_glob = None


def func1(ch1, ch2):
    ch_loc1 = ch1
    ch_loc2 = ch_loc1
    if ch_loc2 != ch2:
        return IDENT_1
    return IDENT_2


def func2(s1, s2, st):
    int_loc = 1
    ch_loc = 'A'
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == IDENT_1:
            ch_loc = 'A'
            int_loc += 1
    if 'W' <= ch_loc <= 'Z':
        int_loc = 7
    if ch_loc == 'X':
        return True
    if s1 > s2:
        int_loc += 7
        st.int_glob = int_loc
        return True
    return False


def func3(enum_par):
    return enum_par == IDENT_3


def proc6(enum_par, st):
    enum_loc = enum_par
    if not func3(enum_par):
        enum_loc = IDENT_4
    if enum_par == IDENT_1:
        enum_loc = IDENT_1
    elif enum_par == IDENT_2:
        enum_loc = IDENT_1 if st.int_glob > 100 else IDENT_4
    elif enum_par == IDENT_3:
        enum_loc = IDENT_2
    elif enum_par == IDENT_5:
        enum_loc = IDENT_3
    return enum_loc


def proc7(a, b):
    return b + a + 2


def proc8(arr1, arr2, a, b, st):
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        arr2[loc][idx] = loc
    arr2[loc][loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    st.int_glob = 5


def proc3(ptr, st):
    if st.ptr_glob is not None:
        ptr = st.ptr_glob.link
    else:
        st.int_glob = 100
    st.ptr_glob.int_comp = proc7(10, st.int_glob)
    return ptr


def proc1(ptr, st):
    nxt = ptr.link = st.ptr_glob.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.link = ptr.link
    nxt.link = proc3(nxt.link, st)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr.enum_comp, st)
        nxt.link = st.ptr_glob.link
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    return ptr


def proc2(v, st):
    loc = v + 10
    while True:
        if st.char1 == 'A':
            loc -= 1
            v = loc - st.int_glob
            return v


def proc4(st):
    st.bool_glob = (st.char1 == 'A') or st.bool_glob
    st.char2 = 'B'


def proc5(st):
    st.char1 = 'A'
    st.bool_glob = False


def run(loops):
    st = State()
    st.ptr_glob = Record()
    st.ptr_glob.link = Record()
    st.ptr_glob.discr = IDENT_1
    st.ptr_glob.enum_comp = IDENT_3
    st.ptr_glob.int_comp = 40
    st.ptr_glob.str_comp = 'DHRYSTONE PROGRAM, SOME STRING'
    s1 = 'DHRYSTONE PROGRAM, 1ST STRING'
    check = 0
    for _ in range(loops):
        proc5(st)
        proc4(st)
        a, b = 2, 3
        s2 = "DHRYSTONE PROGRAM, 2ND STRING"
        enum_loc = IDENT_2
        st.bool_glob = not func2(s1, s2, st)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a += 1
        proc8(st.arr1, st.arr2, a, c, st)
        st.ptr_glob = proc1(st.ptr_glob, st)
        ch = 'A'
        while ch <= st.char2:
            if enum_loc == func1(ch, 'C'):
                enum_loc = proc6(IDENT_1, st)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        c = 7 * (c - b) - a
        a = proc2(a, st)
        check += a + b + c + st.int_glob
    return check


print(run(250000))
