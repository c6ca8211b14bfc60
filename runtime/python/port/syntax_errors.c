// Syntax errors as CPython 3.11 words them (patch 0062, MICROPY_CPYTHON_SYNTAX_ERRORS).
//
// MicroPython's parser knows only "invalid syntax" at the token where it stopped. CPython first reads
// the rest of the source for tokenizer errors (an unclosed bracket at the end of the file, an
// unterminated string), which win; then its grammar's "invalid_*" rules name the mistake. The lexer
// keeps what these need (patch 0062: the last tokens, the first token of this and the previous
// logical line, each open bracket's place), and the rules below recognise CPython's commonest ones:
//   * "'(' was never closed"                      at the bracket, when the file ends inside it
//   * "unmatched ')'", "closing parenthesis '}' does not match opening parenthesis '[' on line N"
//   * "unterminated string literal (detected at line N)" / "... triple-quoted ..."
//   * IndentationError "expected an indented block after 'if' statement on line N"
//   * "expected ':'"                                  a compound statement's header ends without it
//   * "invalid syntax. Perhaps you forgot a comma?"   two expressions side by side inside brackets
#include "interp.h"
#include "py/lexer.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/parse.h"
#include "py/runtime.h"

#include <stdint.h>
#include <string.h>

#if MICROPY_CPYTHON_SYNTAX_ERRORS

// What CPython calls a compound statement's header in "expected an indented block after ...".
static const char* block_name(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_KW_IF: return "'if' statement";
        case MP_TOKEN_KW_ELIF: return "'elif' statement";
        case MP_TOKEN_KW_ELSE: return "'else' statement";
        case MP_TOKEN_KW_WHILE: return "'while' statement";
        case MP_TOKEN_KW_FOR: return "'for' statement";
        case MP_TOKEN_KW_TRY: return "'try' statement";
        case MP_TOKEN_KW_EXCEPT: return "'except' statement";
        case MP_TOKEN_KW_FINALLY: return "'finally' statement";
        case MP_TOKEN_KW_WITH: return "'with' statement";
        case MP_TOKEN_KW_DEF: return "function definition";
        case MP_TOKEN_KW_CLASS: return "class definition";
#if MICROPY_PY_MATCH_STATEMENT
        case MP_TOKEN_KW_MATCH: return "'match' statement";
        case MP_TOKEN_KW_CASE: return "'case' statement";
#endif
        default: return NULL;
    }
}

static bool starts_expression(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_NAME:
        case MP_TOKEN_INTEGER:
        case MP_TOKEN_FLOAT_OR_IMAG:
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_DEL_PAREN_OPEN:
        case MP_TOKEN_DEL_BRACKET_OPEN:
        case MP_TOKEN_DEL_BRACE_OPEN: return true;
        default: return false;
    }
}

static bool ends_expression(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_NAME:
        case MP_TOKEN_INTEGER:
        case MP_TOKEN_FLOAT_OR_IMAG:
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_DEL_PAREN_CLOSE:
        case MP_TOKEN_DEL_BRACKET_CLOSE:
        case MP_TOKEN_DEL_BRACE_CLOSE: return true;
        default: return false;
    }
}

static mp_obj_t unterminated_string(mp_lexer_t* lex, size_t* line, size_t* column) {
    *line = lex->tok_line;
    *column = lex->tok_column;
    if (lex->lonely_quotes == 3) {
        // found at the end of the file: the lexer's line is past the newline the file ends with
        size_t detected = lex->lonely_line > lex->tok_line ? lex->lonely_line - 1 : lex->lonely_line;
        return mp_obj_new_exception_msg_varg(
            &mp_type_SyntaxError,
            MP_ERROR_TEXT("unterminated triple-quoted string literal (detected at line %u)"),
            (unsigned)detected);
    }
    return mp_obj_new_exception_msg_varg(&mp_type_SyntaxError,
                                         MP_ERROR_TEXT("unterminated string literal (detected at line %u)"),
                                         (unsigned)lex->lonely_line);
}

mp_obj_t mp_parse_syntax_error_cpython(mp_lexer_t* lex, size_t* line, size_t* column) {
    // What the parser saw, before reading on.
    mp_token_kind_t kind = lex->tok_kind;
    mp_token_kind_t prev = lex->prev_tok_kind;
    size_t tok_line = lex->tok_line;
    mp_token_kind_t line_first = lex->line_first_kind;
    mp_token_kind_t header = lex->header_kind;
    size_t header_line = lex->header_line;
    bool in_brackets = lex->nested_bracket_level > 0;
    bool was_newline_colon = prev == MP_TOKEN_NEWLINE && lex->prev2_tok_kind == MP_TOKEN_DEL_COLON;
    size_t prev_line = lex->prev_tok_line;
    size_t token_end = lex->column;  // the lexer stands just after the token it stopped at
    mp_int_t lex_level = lex->nested_bracket_level;
    size_t item_line = in_brackets && lex_level <= MP_LEXER_MAX_BRACKET_LEVEL ? lex->item_line[lex_level] : 0;
    size_t item_column =
        in_brackets && lex_level <= MP_LEXER_MAX_BRACKET_LEVEL ? lex->item_column[lex_level] : 0;

    // Tokenizer errors win: read to the end of the file (each token checked by the step watchdog's
    // lexer as when compiling).
    while (lex->tok_kind != MP_TOKEN_END) {
        if (lex->tok_kind == MP_TOKEN_LONELY_STRING_OPEN) return unterminated_string(lex, line, column);
        mp_lexer_to_next(lex);
    }
    if (lex->bracket_error_line != 0) {
        *line = lex->bracket_error_line;
        *column = lex->bracket_error_column;
        char close = lex->bracket_error_close, open = lex->bracket_error_open;
        if (open == 0) {
            return mp_obj_new_exception_msg_varg(&mp_type_SyntaxError, MP_ERROR_TEXT("unmatched '%c'"),
                                                 close);
        }
        if (lex->bracket_error_open_line != lex->bracket_error_line) {
            return mp_obj_new_exception_msg_varg(
                &mp_type_SyntaxError,
                MP_ERROR_TEXT("closing parenthesis '%c' does not match opening parenthesis '%c' on line %u"),
                close, open, (unsigned)lex->bracket_error_open_line);
        }
        return mp_obj_new_exception_msg_varg(
            &mp_type_SyntaxError,
            MP_ERROR_TEXT("closing parenthesis '%c' does not match opening parenthesis '%c'"), close, open);
    }
    // A bracket the file ends inside, when the parser stopped at the end or on a line after the
    // bracket's (CPython's parser reports "invalid syntax" at a token on the bracket's own line).
    if (lex->nested_bracket_level > 0 && lex->nested_bracket_level <= MP_LEXER_MAX_BRACKET_LEVEL &&
        (kind == MP_TOKEN_END || tok_line > lex->bracket_line[lex->nested_bracket_level - 1])) {
        size_t open = lex->nested_bracket_level - 1;
        *line = lex->bracket_line[open];
        *column = lex->bracket_column[open];
        return mp_obj_new_exception_msg_varg(&mp_type_SyntaxError, MP_ERROR_TEXT("'%c' was never closed"),
                                             lex->bracket_char[open]);
    }

    // A header and its ':' then a line that is not indented.
    const char* block = block_name(header);
    if (was_newline_colon && kind != MP_TOKEN_INDENT && block != NULL) {
        *line = tok_line;
        return mp_obj_new_exception_msg_varg(&mp_type_IndentationError,
                                             MP_ERROR_TEXT("expected an indented block after %s on line %u"),
                                             block, (unsigned)header_line);
    }
    // A header whose line ends without its ':' ("async def"/"async for"/"async with" included).
    if (kind == MP_TOKEN_NEWLINE && !in_brackets &&
        (block_name(line_first) != NULL || line_first == MP_TOKEN_KW_ASYNC)) {
        *line = tok_line;
        return mp_obj_new_exception_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("expected ':'"));
    }
    // Two expressions side by side inside brackets: "f(a b)", "[1 2]" (not a name then a string,
    // CPython's rule leaves those to other messages).
    if (in_brackets && ends_expression(prev) && starts_expression(kind) &&
        !(prev == MP_TOKEN_NAME && (kind == MP_TOKEN_STRING || kind == MP_TOKEN_BYTES))) {
        // CPython points at the start of the first expression: the bracket item's first token
        mp_int_t level = lex_level;
        *line = level <= MP_LEXER_MAX_BRACKET_LEVEL ? item_line : prev_line;
        *column = level <= MP_LEXER_MAX_BRACKET_LEVEL ? item_column : *column;
        // ... and underlines up to the end of the second expression's first token, or to the end of
        // the line when the first expression began on a line before
        loopscope_note_syntax_error_end(*line == tok_line ? token_end : SIZE_MAX);
        return mp_obj_new_exception_msg(&mp_type_SyntaxError,
                                        MP_ERROR_TEXT("invalid syntax. Perhaps you forgot a comma?"));
    }
    return MP_OBJ_NULL;
}

#endif  // MICROPY_CPYTHON_SYNTAX_ERRORS

#if MICROPY_PY_SYNTAX_ERROR_DETAILS
// ---- A SyntaxError's details (patch 0340) ---------------------------------------------------------
//
// CPython's SyntaxError keeps msg, filename, lineno, offset, text, end_lineno and end_offset; made by
// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) they are its arguments'.
// Here they are always read from the arguments, and compile()/exec()/eval() of bad source give the
// error those arguments (mp_syntax_error_add_details): offsets count characters from 1, as CPython's.

// The details tuple of SyntaxError(msg, details), or NULL.
static mp_obj_tuple_t* details_of(mp_obj_t args_in) {
    mp_obj_tuple_t* args = MP_OBJ_TO_PTR(args_in);
    if (args->len != 2 || !mp_obj_is_type(args->items[1], &mp_type_tuple)) return NULL;
    mp_obj_tuple_t* details = MP_OBJ_TO_PTR(args->items[1]);
    return details->len >= 4 && details->len <= 6 ? details : NULL;
}

bool mp_syntax_error_attr(mp_obj_t args_in, qstr attr, mp_obj_t* dest) {
    static const qstr names[] = {MP_QSTR_filename, MP_QSTR_lineno,     MP_QSTR_offset,
                                 MP_QSTR_text,     MP_QSTR_end_lineno, MP_QSTR_end_offset};
    mp_obj_tuple_t* args = MP_OBJ_TO_PTR(args_in);
    if (attr == MP_QSTR_msg) {
        dest[0] = args->len >= 1 ? args->items[0] : mp_const_none;
        return true;
    }
    if (attr == MP_QSTR_print_file_and_line) {
        dest[0] = mp_const_none;
        return true;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); ++i) {
        if (attr == names[i]) {
            mp_obj_tuple_t* details = details_of(args_in);
            dest[0] = details != NULL && i < details->len ? details->items[i] : mp_const_none;
            return true;
        }
    }
    return false;
}

void mp_syntax_error_print_str(const mp_print_t* print, mp_obj_t args_in) {
    mp_obj_tuple_t* args = MP_OBJ_TO_PTR(args_in);
    mp_obj_tuple_t* details = details_of(args_in);
    mp_obj_print_helper(print, args->items[0], PRINT_STR);
    if (details == NULL) return;
    // CPython: "msg (file.py, line 3)", the file name without its directories
    mp_obj_t filename = details->items[0], lineno = details->items[1];
    bool have_file = mp_obj_is_str(filename);
    bool have_line = mp_obj_is_int(lineno) && !mp_obj_is_bool(lineno);
    if (!have_file && !have_line) return;
    mp_print_str(print, " (");
    if (have_file) {
        size_t len;
        const char* name = mp_obj_str_get_data(filename, &len);
        const char* slash = NULL;
        for (size_t i = 0; i < len; ++i)
            if (name[i] == '/') slash = name + i;
        if (slash != NULL) {
            len -= (size_t)(slash + 1 - name);
            name = slash + 1;
        }
        mp_print_strn(print, name, len, 0, 0, 0);
        if (have_line) mp_print_str(print, ", ");
    }
    if (have_line) {
        mp_print_str(print, "line ");
        mp_obj_print_helper(print, lineno, PRINT_STR);
    }
    mp_print_str(print, ")");
}

// Characters (not bytes) in the first `bytes` bytes of `s`.
static size_t chars_in(const char* s, size_t bytes) {
    size_t n = 0;
    for (size_t i = 0; i < bytes; ++i)
        if (((unsigned char)s[i] & 0xc0) != 0x80) ++n;
    return n;
}

static bool starts_with(const char* s, size_t len, const char* prefix) {
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

static bool ends_with(const char* s, size_t len, const char* suffix) {
    size_t n = strlen(suffix);
    return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

NORETURN void mp_syntax_error_add_details(mp_obj_t exc, qstr filename, const char* src, size_t src_len,
                                          mp_parse_input_kind_t kind) {
    mp_obj_exception_t* native =
        mp_obj_is_exception_instance(exc) ? mp_obj_exception_native_or_null(exc) : NULL;
    size_t n_tb = 0;
    size_t* tb = NULL;
    if (native != NULL) mp_obj_exception_get_traceback(exc, &n_tb, &tb);
    if (native == NULL || n_tb < 3 || native->args->len != 1 || !mp_obj_is_str(native->args->items[0]) ||
        !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native->base.type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError))) {
        nlr_jump(MP_OBJ_TO_PTR(exc));  // not the compiler's error (a MemoryError, a RecursionError, ...)
    }
    size_t lineno = tb[1];  // the first entry: where the parser or the compiler stopped
    size_t msg_len;
    const char* msg = mp_obj_str_get_data(native->args->items[0], &msg_len);

    // That line of the source, and whether a line break ends it.
    const char* line = src;
    const char* src_end = src + src_len;
    for (size_t i = 1; i < lineno && line < src_end; ++i) {
        const char* nl = memchr(line, '\n', (size_t)(src_end - line));
        line = nl != NULL ? nl + 1 : src_end;
    }
    const char* nl = memchr(line, '\n', (size_t)(src_end - line));
    size_t line_len = nl != NULL ? (size_t)(nl - line) : (size_t)(src_end - line);
    bool has_break = nl != NULL;
    size_t body_len = line_len;
    if (body_len > 0 && line[body_len - 1] == '\r') --body_len;

    size_t at_line = 0, at_column = 0;
    lsp_syntax_error_position(&at_line, &at_column);
    mp_int_t offset, end_offset;
    mp_obj_t text;
    if (at_line == lineno && at_column > 0) {
        // The parser's or the lexer's error: CPython shows the line (the tokenizer of a file adds a
        // line break to the last one, except where it stopped within the line)
        bool in_line = starts_with(msg, msg_len, "unmatched ") ||
                       starts_with(msg, msg_len, "closing parenthesis ") ||
                       starts_with(msg, msg_len, "unterminated ");
        if (in_line) {
            text = mp_obj_new_str(line, line_len);  // no line break, as the tokenizer stopped before it
        } else if (!has_break && kind != MP_PARSE_EVAL_INPUT) {
            vstr_t vstr;
            vstr_init(&vstr, line_len + 1);
            vstr_add_strn(&vstr, line, line_len);
            vstr_add_char(&vstr, '\n');
            text = mp_obj_new_str_from_vstr(&vstr);
        } else {
            text = mp_obj_new_str(line, line_len + (has_break ? 1 : 0));
        }
        size_t column_bytes = at_column - 1 <= line_len ? at_column - 1 : line_len;
        offset = (mp_int_t)chars_in(line, column_bytes) + 1;
        size_t end = lsp_syntax_error_end_column();
        if (end == SIZE_MAX) {
            end_offset = (mp_int_t)chars_in(line, body_len) + 1;
        } else if (end > at_column) {
            end_offset = (mp_int_t)chars_in(line, end - 1 <= line_len ? end - 1 : line_len) + 1;
        } else {
            end_offset = offset;
        }
        if (in_line) {
            end_offset = offset;
        } else if (native->base.type == &mp_type_IndentationError &&
                   starts_with(msg, msg_len, "unexpected indent")) {
            if (offset > 1) --offset;  // at the indent's last space
            end_offset = -1;
        } else if (native->base.type == &mp_type_IndentationError && starts_with(msg, msg_len, "unindent ")) {
            end_offset = -1;
        } else if (ends_with(msg, msg_len, "was never closed")) {
            end_offset = 0;
        }
    } else {
        // The compiler's error: CPython has no text for source that is not a file, and spans the
        // statement (here: its line from its first character)
        text = mp_const_none;
        size_t indent = 0;
        while (indent < body_len && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
        offset = (mp_int_t)chars_in(line, indent) + 1;
        end_offset = (mp_int_t)chars_in(line, body_len) + 1;
    }
    mp_obj_t details[6] = {
        MP_OBJ_NEW_QSTR(filename),    MP_OBJ_NEW_SMALL_INT(lineno),     MP_OBJ_NEW_SMALL_INT(offset), text,
        MP_OBJ_NEW_SMALL_INT(lineno), MP_OBJ_NEW_SMALL_INT(end_offset),
    };
    mp_obj_t args[2] = {native->args->items[0], mp_obj_new_tuple(6, details)};
    native->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(2, args));
    nlr_jump(MP_OBJ_TO_PTR(exc));
}
#endif  // MICROPY_PY_SYNTAX_ERROR_DETAILS
