// The REPL's line editor (readline.h). Keys, as readline users and
// CircuitPython's REPL expect:
//   Left/Right, Ctrl-B/Ctrl-F   move by a character; Alt-B/Alt-F by a word
//   Home/End, Ctrl-A/Ctrl-E     start/end of the line
//   Backspace, Delete, Ctrl-D   delete before/at the cursor
//   Ctrl-K / Ctrl-U             kill to the end / to the start of the line
//   Ctrl-W, Alt-Backspace       kill the word before the cursor; Alt-D after it
//   Up/Down, Ctrl-P/Ctrl-N      history
//   Tab                         complete a name or attribute (4 spaces after
//                               whitespace, as CircuitPython)
//   Ctrl-L                      clear the screen
//   Ctrl-C                      cancel the line
// Ctrl-A..Ctrl-E on an empty first line are returned to the REPL (raw mode,
// banner, cancel, reboot/exit, paste mode). Output is VT100: the cursor goes
// back with \b (or ESC[nD) and lines are cleared with ESC[K.
#include <string.h>
#include "readline.h"
#include "repl.h"
#include "../hal/hal.h"

#ifndef REPL_HISTORY_BYTES
#define REPL_HISTORY_BYTES 256   // static RAM for past lines (survives soft reboots)
#endif

// --- history: NUL-terminated lines, oldest first ------------------------------

static char hist[REPL_HISTORY_BYTES];
static size_t hist_used;

// The k-th newest line (k = 0 is the last one entered).
static bool hist_get(int k, const char **s, size_t *n) {
    size_t end = hist_used;
    for (int i = 0; end > 0; i++) {
        size_t nul = end - 1, a = nul;
        while (a > 0 && hist[a - 1] != '\0') {
            a--;
        }
        if (i == k) {
            *s = hist + a;
            *n = nul - a;
            return true;
        }
        end = a;
    }
    return false;
}

static void hist_push(const char *s, size_t n) {
    const char *last;
    size_t last_n;
    if (n == 0 || n + 1 > sizeof(hist) || (hist_get(0, &last, &last_n) && last_n == n && memcmp(last, s, n) == 0)) {
        return;
    }
    while (hist_used + n + 1 > sizeof(hist)) {
        size_t first = strlen(hist) + 1;   // drop the oldest line
        memmove(hist, hist + first, hist_used - first);
        hist_used -= first;
    }
    memcpy(hist + hist_used, s, n);
    hist[hist_used + n] = '\0';
    hist_used += n + 1;
}

// --- output --------------------------------------------------------------------

static void out(const char *s, size_t n) {
    if (n > 0) {
        hal_stdout_write(s, n);
    }
}

void readline_puts(const char *s) { out(s, strlen(s)); }

static bool is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

// Screen columns of UTF-8 text (one per code point).
static size_t cols(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        k += !is_cont(s[i]);
    }
    return k;
}

static void out_csi(size_t n, char final) {
    char b[16];
    b[0] = '\x1b';
    b[1] = '[';
    size_t k = 2 + fmt_uint(b + 2, n, 10, false);
    b[k++] = final;
    out(b, k);
}

static void move_left(size_t n) {
    if (n <= 4) {
        out("\b\b\b\b", n);
    } else {
        out_csi(n, 'D');
    }
}

// --- the line being edited ----------------------------------------------------------

typedef struct {
    Vstr *buf;
    size_t start;        // the current line is buf[start..len)
    size_t cursor;       // byte offset in buf
    const char *prompt;
    int hist_pos;        // -1: the new line; k: showing history entry k
    bool indent_added;   // auto-indent inserted spaces and nothing was typed since
    char utf8[4];        // a multi-byte character being received
    uint8_t utf8_have, utf8_need;
} Line;

static char last_nl;     // '\r' or '\n' that ended the previous line ("\r\n" is one Enter)

// Redraws from byte `from` (<= both the old and the new cursor): the
// terminal's cursor is at `old_cursor`. `shrunk`: the line got shorter, so
// what is left of the old one on screen is cleared.
static void redraw(Line *l, size_t from, size_t old_cursor, bool shrunk) {
    move_left(cols(l->buf->buf + from, old_cursor - from));
    out(l->buf->buf + from, l->buf->len - from);
    if (shrunk) {
        out("\x1b[K", 3);
    }
    move_left(cols(l->buf->buf + l->cursor, l->buf->len - l->cursor));
}

static void insert(Line *l, const char *s, size_t n) {
    Vstr *b = l->buf;
    vstr_add_bytes(b, s, n);   // grow, then open the gap at the cursor
    memmove(b->buf + l->cursor + n, b->buf + l->cursor, b->len - n - l->cursor);
    memcpy(b->buf + l->cursor, s, n);
    size_t old = l->cursor;
    l->cursor += n;
    redraw(l, old, old, false);
}

// Deletes buf[a..b) and leaves the cursor at a.
static void cut(Line *l, size_t a, size_t b) {
    if (a >= b) {
        return;
    }
    Vstr *v = l->buf;
    size_t old = l->cursor;
    memmove(v->buf + a, v->buf + b, v->len - b);
    v->len -= b - a;
    l->cursor = a;
    redraw(l, a < old ? a : old, old, true);
}

static void set_cursor(Line *l, size_t pos) {
    if (pos < l->cursor) {
        move_left(cols(l->buf->buf + pos, l->cursor - pos));
    } else {
        out(l->buf->buf + l->cursor, pos - l->cursor);
    }
    l->cursor = pos;
}

static size_t char_left(Line *l, size_t pos) {
    if (pos > l->start) {
        pos--;
        while (pos > l->start && is_cont(l->buf->buf[pos])) {
            pos--;
        }
    }
    return pos;
}

static size_t char_right(Line *l, size_t pos) {
    if (pos < l->buf->len) {
        pos++;
        while (pos < l->buf->len && is_cont(l->buf->buf[pos])) {
            pos++;
        }
    }
    return pos;
}

static bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           ((unsigned char)c & 0x80);
}

static size_t word_left(Line *l, size_t pos) {
    const char *s = l->buf->buf;
    while (pos > l->start && !is_word(s[pos - 1])) {
        pos--;
    }
    while (pos > l->start && is_word(s[pos - 1])) {
        pos--;
    }
    return pos;
}

static size_t word_right(Line *l, size_t pos) {
    const char *s = l->buf->buf;
    while (pos < l->buf->len && !is_word(s[pos])) {
        pos++;
    }
    while (pos < l->buf->len && is_word(s[pos])) {
        pos++;
    }
    return pos;
}

// Replaces the line with history entry k (-1: an empty new line).
static void show_history(Line *l, int k) {
    const char *s = "";
    size_t n = 0;
    if (k >= 0 && !hist_get(k, &s, &n)) {
        return;
    }
    l->hist_pos = k;
    size_t old = l->cursor;
    l->buf->len = l->start;
    vstr_add_bytes(l->buf, s, n);
    l->cursor = l->buf->len;
    redraw(l, l->start, old, true);
}

static void complete(Line *l) {
    const char *s = l->buf->buf;
    if (l->cursor > 0 && (s[l->cursor - 1] == ' ' || s[l->cursor - 1] == '\t' || s[l->cursor - 1] == '\n')) {
        insert(l, "    ", 4);
        return;
    }
    Vstr ext, listing;
    vstr_init(&ext, 16);
    vstr_init(&listing, 0);
    size_t n = repl_complete(s + l->start, l->cursor - l->start, &ext, &listing);
    if (ext.len > 0) {
        insert(l, ext.buf, ext.len);
    } else if (n > 1) {
        // Several matches: list them under the line, then draw it again.
        out("\r\n", 2);
        out(listing.buf, listing.len);
        readline_puts(l->prompt);
        size_t end = l->buf->len;
        out(l->buf->buf + l->start, end - l->start);
        move_left(cols(l->buf->buf + l->cursor, end - l->cursor));
    }
}

// The indent a continuation line starts with: the previous line's, four
// more after a ':'. None when input is already waiting (pasted text brings
// its own indentation).
static void auto_indent(Line *l) {
    const char *s = l->buf->buf;
    size_t e = l->start;
    if (e == 0 || s[e - 1] != '\n' || hal_stdin_bytes_available() > 0) {
        return;
    }
    e--;
    size_t a = e;
    while (a > 0 && s[a - 1] != '\n') {
        a--;
    }
    size_t ind = 0;
    while (a + ind < e && s[a + ind] == ' ') {
        ind++;
    }
    size_t t = e;
    while (t > a && (s[t - 1] == ' ' || s[t - 1] == '\t' || s[t - 1] == '\r')) {
        t--;
    }
    if (t > a && s[t - 1] == ':') {
        ind += 4;
    }
    while (ind-- > 0) {
        vstr_add_byte(l->buf, ' ');
    }
    l->cursor = l->buf->len;
    out(l->buf->buf + l->start, l->cursor - l->start);
    l->indent_added = l->cursor > l->start;
}

static int read_plain(Vstr *buf, size_t start) {
    for (;;) {
        int c = hal_stdin_read_byte();
        if (c == -2) {
            hal_interrupt_pending();
            buf->len = start;
            return RL_CTRL_C;
        }
        if (c < 0) {
            return buf->len > start ? RL_LINE : RL_EOF;
        }
        if (c == '\n') {
            if (buf->len > start && buf->buf[buf->len - 1] == '\r') {
                buf->len--;
            }
            return RL_LINE;
        }
        vstr_add_byte(buf, (char)c);
    }
}

// Escape sequences: ESC [ x, ESC [ n ~, ESC O x, ESC x.
enum { ESC_NONE, ESC_ESC, ESC_CSI, ESC_CSI_NUM, ESC_SS3 };

int readline_read(Vstr *buf, const char *prompt, unsigned flags) {
    readline_puts(prompt);
    if (!(flags & RL_EDIT)) {
        return read_plain(buf, buf->len);
    }
    Line line = {buf, buf->len, buf->len, prompt, -1, false, {0}, 0, 0};
    Line *l = &line;
    if (flags & RL_CONT) {
        auto_indent(l);
    }
    int esc = ESC_NONE;
    unsigned esc_num = 0;
    for (;;) {
        int c = hal_stdin_read_byte();
        if (c == -2) {
            hal_interrupt_pending();
            c = RL_CTRL_C;
        }
        if (c == -1) {
            if (buf->len > l->start && !l->indent_added) {
                return RL_LINE;
            }
            buf->len = l->start;
            return RL_EOF;
        }
        bool was_nl = last_nl != 0;
        char prev_nl = last_nl;
        last_nl = 0;
        if (esc != ESC_NONE) {
            int key = 0;   // a key the sequence stands for: 'A'..'D', 'H', 'F', '3' (Delete)
            if (esc == ESC_ESC) {
                esc = ESC_NONE;
                if (c == '[') {
                    esc = ESC_CSI;
                    esc_num = 0;
                } else if (c == 'O') {
                    esc = ESC_SS3;
                } else if (c == 'b' || c == 'B') {
                    set_cursor(l, word_left(l, l->cursor));
                } else if (c == 'f' || c == 'F') {
                    set_cursor(l, word_right(l, l->cursor));
                } else if (c == 'd' || c == 'D') {
                    size_t old = l->cursor;
                    cut(l, old, word_right(l, old));
                } else if (c == 127 || c == 8) {
                    cut(l, word_left(l, l->cursor), l->cursor);
                }
                continue;
            }
            if (esc == ESC_CSI && c >= '0' && c <= '9') {
                esc = ESC_CSI_NUM;
                esc_num = (unsigned)(c - '0');
                continue;
            }
            if (esc == ESC_CSI_NUM) {
                if (c >= '0' && c <= '9') {
                    esc_num = esc_num * 10 + (unsigned)(c - '0');
                    continue;
                }
                if (c == ';') {
                    continue;   // modifiers (ESC[1;5C): treat as the plain key
                }
                if (c == '~') {
                    key = esc_num == 1 || esc_num == 7 ? 'H' : esc_num == 4 || esc_num == 8 ? 'F' : esc_num == 3 ? '3' : 0;
                } else {
                    key = c;
                }
            } else {
                key = c;   // ESC [ x or ESC O x
            }
            esc = ESC_NONE;
            switch (key) {
                case 'A':
                    show_history(l, l->hist_pos + 1);
                    break;
                case 'B':
                    if (l->hist_pos >= 0) {
                        show_history(l, l->hist_pos - 1);
                    }
                    break;
                case 'C':
                    set_cursor(l, char_right(l, l->cursor));
                    break;
                case 'D':
                    set_cursor(l, char_left(l, l->cursor));
                    break;
                case 'H':
                    set_cursor(l, l->start);
                    break;
                case 'F':
                    set_cursor(l, buf->len);
                    break;
                case '3':
                    cut(l, l->cursor, char_right(l, l->cursor));
                    break;
                default:
                    break;
            }
            continue;
        }
        bool empty = buf->len == l->start || l->indent_added;
        if (c >= RL_CTRL_A && c <= RL_CTRL_E && empty &&
            (!(flags & RL_CONT) || c == RL_CTRL_C || c == RL_CTRL_D)) {
            buf->len = l->start;
            return c;
        }
        if ((c > ' ' && c != 127) || c == 8 || c == 127) {
            l->indent_added = false;   // typed text or Backspace: the indent is the user's now
        }
        switch (c) {
            case RL_CTRL_A:
                set_cursor(l, l->start);
                break;
            case RL_CTRL_B:
                set_cursor(l, char_left(l, l->cursor));
                break;
            case RL_CTRL_C:
                buf->len = l->start;
                return RL_CTRL_C;
            case RL_CTRL_D:
                cut(l, l->cursor, char_right(l, l->cursor));
                break;
            case RL_CTRL_E:
                set_cursor(l, buf->len);
                break;
            case 6:   // Ctrl-F
                set_cursor(l, char_right(l, l->cursor));
                break;
            case 11:   // Ctrl-K
                cut(l, l->cursor, buf->len);
                break;
            case 12:   // Ctrl-L
                out("\x1b[;H\x1b[2J", 8);
                readline_puts(prompt);
                out(buf->buf + l->start, buf->len - l->start);
                move_left(cols(buf->buf + l->cursor, buf->len - l->cursor));
                break;
            case 14:   // Ctrl-N
                if (l->hist_pos >= 0) {
                    show_history(l, l->hist_pos - 1);
                }
                break;
            case 16:   // Ctrl-P
                show_history(l, l->hist_pos + 1);
                break;
            case 21:   // Ctrl-U
                cut(l, l->start, l->cursor);
                break;
            case 23: {   // Ctrl-W: the whitespace-delimited word before the cursor
                size_t p = l->cursor;
                while (p > l->start && buf->buf[p - 1] == ' ') {
                    p--;
                }
                while (p > l->start && buf->buf[p - 1] != ' ') {
                    p--;
                }
                cut(l, p, l->cursor);
                break;
            }
            case 27:
                esc = ESC_ESC;
                break;
            case 8:
            case 127: {
                if (l->cursor == l->start) {
                    break;
                }
                // In leading spaces, Backspace removes one indent level.
                size_t p = l->start;
                while (p < l->cursor && buf->buf[p] == ' ') {
                    p++;
                }
                size_t n = p == l->cursor && p - l->start >= 4 ? 4 : 0;
                cut(l, n ? l->cursor - n : char_left(l, l->cursor), l->cursor);
                break;
            }
            case '\t':
                if (l->indent_added) {
                    l->indent_added = false;   // keep the indent as it is
                } else {
                    complete(l);
                }
                break;
            case '\r':
            case '\n':
                if (was_nl && prev_nl != c) {
                    break;   // the second half of "\r\n"
                }
                last_nl = (char)c;
                set_cursor(l, buf->len);
                out("\r\n", 2);
                for (size_t i = l->start; i < buf->len; i++) {
                    if (buf->buf[i] != ' ' && buf->buf[i] != '\t') {
                        hist_push(buf->buf + l->start, buf->len - l->start);
                        return RL_LINE;
                    }
                }
                buf->len = l->start;   // only spaces (an auto-indent): an empty line
                return RL_LINE;
            default:
                if (c == ' ' && l->indent_added) {
                    // Typing the indent by hand after an auto-indent: keep
                    // one level's worth as a single space (CircuitPython).
                    l->indent_added = false;
                    size_t n = buf->len - l->start < 3 ? buf->len - l->start : 3;
                    cut(l, buf->len - n, buf->len);
                    break;
                }
                if (c < 32) {
                    break;   // other control characters are ignored
                }
                if (c < 0x80) {
                    char ch = (char)c;
                    insert(l, &ch, 1);
                } else if (c >= 0xC0) {
                    l->utf8[0] = (char)c;
                    l->utf8_have = 1;
                    l->utf8_need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                } else if (l->utf8_have > 0 && l->utf8_have < l->utf8_need) {
                    l->utf8[l->utf8_have++] = (char)c;
                    if (l->utf8_have == l->utf8_need) {
                        insert(l, l->utf8, l->utf8_need);
                        l->utf8_have = 0;
                    }
                }
                break;
        }
    }
}
