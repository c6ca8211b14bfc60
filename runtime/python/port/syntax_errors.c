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
#include "py/lexer.h"
#include "py/parse.h"
#include "py/runtime.h"

#include <stdint.h>

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
    if (lex->nested_bracket_level > 0 && lex->nested_bracket_level <= MP_LEXER_MAX_BRACKET_LEVEL) {
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
