// "Did you mean" as CPython 3.11 offers it (patch 0064, MICROPY_CPYTHON_SUGGESTIONS):
//   NameError: name 'prnt' is not defined. Did you mean: 'print'?
//   AttributeError: 'Foo' object has no attribute 'valeu'. Did you mean: 'value'?
// CPython prints the suggestion only in the traceback (str(e) has none) and computes it there from
// the frame (NameError: the globals, then the builtins; the function's locals are not kept here) or
// from dir(obj) (AttributeError). The runtime notes the last such error it raised, with where to look
// (one slot, overwritten by the next); the traceback printer asks lsp_exception_suggestion.
// The distance is CPython's: Levenshtein with a case flip costing half a move, common prefixes and
// suffixes trimmed, at most a third of the characters changed, the first best candidate kept.
#include <stdint.h>
#include <string.h>

#include "py/builtin.h"
#include "py/objstr.h"
#include "py/runtime.h"

#include "interp.h"

#if MICROPY_CPYTHON_SUGGESTIONS

MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_suggest_exc);
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_suggest_where);  // the globals dict, or the object
static qstr suggest_name;
static bool suggest_attribute;

mp_obj_t mp_note_name_error(mp_obj_t exc, mp_obj_dict_t* globals, qstr name) {
    MP_STATE_VM(lsp_suggest_exc) = exc;
    MP_STATE_VM(lsp_suggest_where) = MP_OBJ_FROM_PTR(globals);
    suggest_name = name;
    suggest_attribute = false;
    return exc;
}

mp_obj_t mp_note_attribute_error(mp_obj_t exc, mp_obj_t obj, qstr name) {
    char here;
    if (mp_obj_is_obj(obj) && (char*)MP_OBJ_TO_PTR(obj) >= &here &&
        (char*)MP_OBJ_TO_PTR(obj) < MP_STATE_THREAD(stack_top)) {
        // an object on the C stack (super() makes one): it is gone by the time the traceback prints
        MP_STATE_VM(lsp_suggest_exc) = MP_OBJ_NULL;
        return exc;
    }
    MP_STATE_VM(lsp_suggest_exc) = exc;
    MP_STATE_VM(lsp_suggest_where) = obj;
    suggest_name = name;
    suggest_attribute = true;
    return exc;
}

enum { kMaxCandidates = 750, kMaxStringSize = 40, kMoveCost = 2, kCaseCost = 1 };

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? kCaseCost : kMoveCost;
}

// Edit distance between a and b, or more than max_cost once it must exceed it.
static size_t edit_distance(const char* a, size_t a_size, const char* b, size_t b_size, size_t max_cost) {
    while (a_size && b_size && a[0] == b[0]) { ++a, ++b, --a_size, --b_size; }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) { --a_size, --b_size; }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * kMoveCost;
    if (a_size > kMaxStringSize || b_size > kMaxStringSize) return max_cost + 1;
    if (b_size < a_size) {
        const char* t = a;
        a = b;
        b = t;
        size_t n = a_size;
        a_size = b_size;
        b_size = n;
    }
    if ((b_size - a_size) * kMoveCost > max_cost) return max_cost + 1;
    size_t row[kMaxStringSize];  // cost(b[:i], a[:j + 1]) for the row i being computed
    for (size_t j = 0; j < a_size; ++j) row[j] = (j + 1) * kMoveCost;
    size_t result = 0;
    for (size_t i = 0; i < b_size; ++i) {
        size_t diagonal = result = i * kMoveCost;  // cost(b[:i], a[:0])
        size_t row_min = SIZE_MAX;
        for (size_t j = 0; j < a_size; ++j) {
            size_t substitute = diagonal + substitution_cost(b[i], a[j]);
            diagonal = row[j];
            size_t insert_delete = (result < diagonal ? result : diagonal) + kMoveCost;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[j] = result;
            if (result < row_min) row_min = result;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return result;
}

// The closest of `count` candidate names to `name` (CPython's calculate_suggestions), or NULL.
static const char* closest(const char* name, size_t name_size, const mp_obj_t* candidates, size_t count) {
    if (count >= kMaxCandidates) return NULL;
    const char* best = NULL;
    size_t best_distance = SIZE_MAX;
    for (size_t i = 0; i < count; ++i) {
        if (!mp_obj_is_str(candidates[i])) continue;
        size_t size;
        const char* item = mp_obj_str_get_data(candidates[i], &size);
        if (size == name_size && memcmp(item, name, size) == 0) continue;
        size_t max_distance = (name_size + size + 3) * kMoveCost / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t distance = edit_distance(name, name_size, item, size, max_distance);
        if (distance > max_distance) continue;
        if (best == NULL || distance < best_distance) {
            best = item;
            best_distance = distance;
        }
    }
    return best;
}

// The keys of a dict's map, as a list (the candidates in the dict's order).
static mp_obj_t map_keys(const mp_map_t* map) {
    mp_obj_t keys = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < map->alloc; ++i) {
        if (mp_map_slot_is_filled(map, i)) mp_obj_list_append(keys, map->table[i].key);
    }
    return keys;
}

static const char* suggestion_for_noted(void) {
    size_t name_size;
    const char* name = (const char*)qstr_data(suggest_name, &name_size);
    if (name_size > kMaxStringSize) return NULL;
    size_t count;
    mp_obj_t* items;
    if (suggest_attribute) {
        mp_obj_t dir =
            mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_dir_obj), MP_STATE_VM(lsp_suggest_where));
        mp_obj_t sorted = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_sorted_obj), dir);
        mp_obj_get_array(sorted, &count, &items);
        return closest(name, name_size, items, count);
    }
    mp_obj_t where = MP_STATE_VM(lsp_suggest_where);
    if (where != MP_OBJ_NULL && mp_obj_is_type(where, &mp_type_dict)) {
        mp_obj_get_array(map_keys(mp_obj_dict_get_map(where)), &count, &items);
        const char* found = closest(name, name_size, items, count);
        if (found != NULL) return found;
    }
    mp_obj_get_array(map_keys(&mp_module_builtins_globals.map), &count, &items);
    return closest(name, name_size, items, count);
}

void lsp_exception_suggestion(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    if (exc == NULL || MP_OBJ_FROM_PTR(exc) != MP_STATE_VM(lsp_suggest_exc)) return;
    const char* volatile found = NULL;  // set between nlr_push and nlr_pop
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        found = suggestion_for_noted();  // dir() may run the object's __dir__: it may raise
        nlr_pop();
    }
    if (found == NULL) return;
    const char* before = ". Did you mean: '";
    out(ctx, before, strlen(before));
    out(ctx, found, strlen(found));
    out(ctx, "'?", 2);
}

#else

void lsp_exception_suggestion(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    (void)exc, (void)out, (void)ctx;
}

#endif  // MICROPY_CPYTHON_SUGGESTIONS
