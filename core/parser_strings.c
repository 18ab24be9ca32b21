// String literals: adjacent literals joined, their escapes decoded (by the
// lexer's decoder), f-strings split into literal parts and replacement
// fields whose expressions are parsed by a nested parser over the same
// source. Errors follow CPython 3.11's positions and messages.
#include <string.h>
#include "parser.h"
#include "nlr.h"
#include "vm_raise.h"

typedef struct {
    Parser *p;
    const Token *tok;
    const Token *next;    // the token after the string literals
    NodeVec parts;
    Vstr lit;             // pending literal text
    bool has_expr;
} FStr;

// Errors in the literal are reported at the token after the string(s),
// as CPython (which decodes literals after reading that token) does.
static _Noreturn void fstr_error(FStr *f, const char *msg) {
    const Token *at = f->next;
    parse_error_at(f->p, &exc_SyntaxError_type, at->line, (int32_t)at->col, at->end_line, (int32_t)at->end_col,
                   "%s", msg);
}

static void fstr_flush(FStr *f, NodeVec *parts) {
    if (f->lit.len == 0) {
        return;
    }
    Node *c = parse_node(f->p, E_CONST, f->tok->line, f->tok->col);
    c->end_line = f->tok->end_line;
    c->end_col = f->tok->end_col;
    c->v = str_new(f->lit.buf, f->lit.len);
    vec_push(f->p, parts, c);
    f->lit.len = 0;
}

// Line and line start of source offset `pos` inside token t.
static void fstr_locate(const Token *t, const char *src, uint32_t pos, uint32_t *line, uint32_t *ls) {
    *line = t->line;
    *ls = t->start - t->col;
    for (uint32_t i = t->start; i < pos; i++) {
        if (src[i] == '\n') {
            (*line)++;
            *ls = i + 1;
        }
    }
}

// Parses the expression text src[start..end) with a sub-lexer.
static Node *fstr_parse_expr(FStr *f, uint32_t start, uint32_t end) {
    Parser *p = f->p;
    Lexer sub;
    uint32_t line, ls;
    fstr_locate(f->tok, p->src, start, &line, &ls);
    lex_init_sub(&sub, p->src, start, end, line, ls, p->filename);
    Lexer *save_lx = p->lx;
    Token save_tok = p->tok, save_peek = p->peek;
    bool save_has = p->has_peek;
    uint32_t sel = p->prev_end_line, sec = p->prev_end_col;
    uint32_t save_fs = p->fstr_start, save_fe = p->fstr_end;
    p->fstr_start = start;
    p->fstr_end = end;
    p->lx = &sub;
    p->has_peek = false;
    p->fstring++;
    lex_next(&sub, &p->tok);
    Node *e;
    if (p->tok.kind == T_YIELD) {
        e = parse_yield_expr(p);
    } else {
        e = parse_star_named_expressions(p);
    }
    if (p->tok.kind != T_ENDMARKER) {
        parse_syntax_error(p);
    }
    p->fstring--;
    p->fstr_start = save_fs;
    p->fstr_end = save_fe;
    p->lx = save_lx;
    p->tok = save_tok;
    p->peek = save_peek;
    p->has_peek = save_has;
    p->prev_end_line = sel;
    p->prev_end_col = sec;
    return e;
}

// The end of the expression of a replacement field that starts at
// src[start]: the offset of the '}', ':', '!' or '=' after it, its
// brackets and quotes checked. Out of line: only its result is needed
// while the expression is parsed.
static OUT_OF_LINE uint32_t fstr_expr_end(FStr *f, uint32_t start, uint32_t end) {
    const char *s = f->p->src;
    uint32_t i = start;
    int depth = 0;
    char quote = 0;
    bool triple = false;
    // The open brackets, two bits each (an index into "([{"): the frame
    // stays small although the nesting may go to CPython's limit.
    uint8_t opens[(LEX_MAX_PAREN + 3) / 4] = {0};
    for (; i < end; i++) {
        char c = s[i];
        if (c == '\\') {
            fstr_error(f, "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (c == quote && (!triple || (i + 2 < end && s[i + 1] == quote && s[i + 2] == quote))) {
                i += triple ? 2 : 0;
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < end && s[i + 1] == c && s[i + 2] == c;
            i += triple ? 2 : 0;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= LEX_MAX_PAREN) {
                fstr_error(f, "f-string: too many nested parenthesis");
            }
            int kind = c == '(' ? 0 : c == '[' ? 1 : 2, shift = (depth % 4) * 2;
            opens[depth / 4] = (uint8_t)((opens[depth / 4] & ~(3 << shift)) | (kind << shift));
            depth++;
            continue;
        }
        if (c == '#') {
            fstr_error(f, "f-string expression part cannot include '#'");
        }
        if (depth == 0 && (c == '}' || c == ':' || (c == '!' && s[i + 1] != '=') ||
                           (c == '=' && s[i + 1] != '=' && i > start && !strchr("=!<>", s[i - 1])))) {
            break;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                fstr_error(f, c == ')' ? "f-string: unmatched ')'" : c == ']' ? "f-string: unmatched ']'"
                                                                          : "f-string: unmatched '}'");
            }
            depth--;
            int kind = (opens[depth / 4] >> ((depth % 4) * 2)) & 3;
            if (c != ")]}"[kind]) {
                char msg[] = "f-string: closing parenthesis '?' does not match opening parenthesis '?'";
                *strchr(msg, '?') = c;
                *strrchr(msg, '?') = "([{"[kind];
                fstr_error(f, msg);
            }
        }
    }
    if (quote) {
        fstr_error(f, "f-string: unterminated string");
    }
    if (i >= end) {
        fstr_error(f, depth ? "f-string: unmatched '('" : "f-string: expecting '}'");
    }
    return i;
}

static uint32_t fstr_parse(FStr *f, uint32_t i, uint32_t end, int level, NodeVec *parts);

// Parses one replacement field whose '{' is at src[i-1]; returns the offset after its '}'.
static uint32_t fstr_field(FStr *f, uint32_t i, uint32_t end, int level, NodeVec *parts) {
    const char *s = f->p->src;
    if (level >= 2) {
        fstr_error(f, "f-string: expressions nested too deeply");
    }
    uint32_t start = i;
    i = fstr_expr_end(f, start, end);
    uint32_t expr_end = i;
    bool blank = true;
    for (uint32_t k = start; k < expr_end; k++) {
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\f') {
            blank = false;
        }
    }
    if (blank) {
        fstr_error(f, "f-string: empty expression not allowed");
    }
    Node *fv = parse_node(f->p, E_FORMATTED, f->tok->line, f->tok->col);
    fv->fmt.value = fstr_parse_expr(f, start, expr_end);
    bool debug = false;
    if (s[i] == '=') {
        debug = true;
        i++;
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
            i++;
        }
        vstr_add_bytes(&f->lit, s + start, i - start);
    }
    fstr_flush(f, parts);
    int conv = 0;
    if (i < end && s[i] == '!') {
        i++;
        char c = i < end ? s[i] : 0;
        if (c == 's') {
            conv = 1;
        } else if (c == 'r') {
            conv = 2;
        } else if (c == 'a') {
            conv = 3;
        } else {
            fstr_error(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        i++;
    }
    if (i < end && s[i] == ':') {
        i++;
        NodeVec spec;
        vec_init(&spec);
        i = fstr_parse(f, i, end, level + 1, &spec);
        Node *js = parse_node(f->p, E_JOINEDSTR, f->tok->line, f->tok->col);
        js->seq.elts = vec_finish(f->p, &spec);
        fv->fmt.spec = js;
    }
    if (i >= end || s[i] != '}') {
        fstr_error(f, "f-string: expecting '}'");
    }
    i++;
    if (debug && conv == 0 && fv->fmt.spec == NULL) {
        conv = 2;
    }
    fv->op = (uint8_t)conv;
    fv->end_line = f->tok->end_line;
    fv->end_col = f->tok->end_col;
    vec_push(f->p, parts, fv);
    f->has_expr = true;
    return i;
}

// Literal text and fields of src[i..end) at nesting `level` (0: the string,
// 1: a format spec, which ends at an unmatched '}').
static uint32_t fstr_parse(FStr *f, uint32_t i, uint32_t end, int level, NodeVec *parts) {
    const char *s = f->p->src;
    bool raw = (f->tok->flags & STRF_RAW) != 0;
    while (i < end) {
        uint32_t j = i;
        while (j < end && s[j] != '{' && s[j] != '}') {
            if (s[j] == '\\' && !raw && j + 1 < end) {
                if (s[j + 1] == 'N' && j + 2 < end && s[j + 2] == '{') {
                    // \N{...} is one escape; let the decoder report it.
                    while (j < end && s[j] != '}') {
                        j++;
                    }
                    j++;
                    continue;
                }
                j += s[j + 1] == '{' || s[j + 1] == '}' ? 1 : 2;
                continue;
            }
            j++;
        }
        if (j > end) {
            j = end;
        }
        if (j > i) {
            lex_decode_range(f->p->lx, f->tok, i, j, &f->lit);
        }
        if (j >= end) {
            return end;
        }
        char c = s[j];
        if (level == 0 && j + 1 < end && s[j + 1] == c) {
            vstr_add_byte(&f->lit, c);
            i = j + 2;
            continue;
        }
        if (c == '}') {
            if (level == 0) {
                fstr_error(f, "f-string: single '}' is not allowed");
            }
            fstr_flush(f, parts);
            return j;
        }
        i = fstr_field(f, j + 1, end, level, parts);
    }
    // A format spec ends here; top-level text may continue in the next
    // literal, so parse_strings flushes it.
    if (level > 0) {
        fstr_flush(f, parts);
    }
    return i;
}

static void decode_strings(Parser *p, FStr *f, Token *toks, uint32_t ntok, const Token *next, int *bytes);

Node *parse_strings(Parser *p) {
    Node *n = parse_node_tok(p, E_CONST);
    // Collect the adjacent literals first: errors point after them.
    Token inline_toks[2];
    Token *toks = inline_toks;
    uint32_t ntok = 0, cap = 2;
    while (p->tok.kind == T_STRING) {
        if (ntok == cap) {
            Token *nt = arena_alloc(&p->arena, sizeof(Token) * cap * 2);
            memcpy(nt, toks, sizeof(Token) * ntok);
            toks = nt;
            cap *= 2;
        }
        toks[ntok++] = p->tok;
        parse_advance(p);
    }
    parse_finish(p, n);
    Token next = p->tok;
    FStr f;
    f.p = p;
    f.next = &next;
    vec_init(&f.parts);
    vstr_init(&f.lit, 16);
    f.has_expr = false;
    int bytes = -1;
    const Token *save_err = p->lx->err_at;
    p->lx->err_at = &next;
    decode_strings(p, &f, toks, ntok, &next, &bytes);
    p->lx->err_at = save_err;
    if (bytes == 1) {
        n->v = bytes_new((const uint8_t *)f.lit.buf, f.lit.len);
        return n;
    }
    if (!f.has_expr) {
        n->v = str_new(f.lit.buf, f.lit.len);
        return n;
    }
    f.tok = &toks[0];
    fstr_flush(&f, &f.parts);
    n->kind = E_JOINEDSTR;
    n->seq.elts = vec_finish(p, &f.parts);
    return n;
}

static void decode_strings_raw(Parser *p, FStr *f, Token *toks, uint32_t ntok, const Token *next, int *bytes) {
    for (uint32_t i = 0; i < ntok; i++) {
        Token *t = &toks[i];
        int b = (t->flags & STRF_BYTES) != 0;
        if (*bytes >= 0 && b != *bytes) {
            parse_error_at(p, &exc_SyntaxError_type, next->line, (int32_t)next->col, next->line,
                           (int32_t)next->col, "cannot mix bytes and nonbytes literals");
        }
        *bytes = b;
        f->tok = t;
        if (t->flags & STRF_FSTRING) {
            fstr_parse(f, t->body, t->body_end, 0, &f->parts);
        } else {
            lex_decode_range(p->lx, t, t->body, t->body_end, &f->lit);
        }
    }
}

// Decoding errors raised by the tokenizer's decoder give way to tokenizer
// errors later in the input, as with parser errors.
static void decode_strings(Parser *p, FStr *f, Token *toks, uint32_t ntok, const Token *next, int *bytes) {
    Lexer *lx = p->lx;
    p->parser_raised = false;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        decode_strings_raw(p, f, toks, ntok, next, bytes);
        nlr_pop();
        return;
    }
    if (p->parser_raised || p->lx != lx || p->fstring || !obj_isinstance(nb.exc, &exc_SyntaxError_type)) {
        nlr_jump(nb.exc);
    }
    parse_check_rest(p);
    nlr_jump(nb.exc);
}
