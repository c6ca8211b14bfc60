// The run-time half of `except*` (PEP 654; the compiler half is patches/0006). The compiled code
// calls begin(exc) once, match(state, T) per clause, raised(state, exc) when a clause raises, and
// end(state) last, which raises what is left as CPython does:
//  * a naked exception is wrapped as ExceptionGroup("", (exc,)) for matching, and re-raised naked
//    when no clause matches it (a clause's bare `raise` raises the wrapper);
//  * each clause gets rest.split(T)[0] and the rest goes on; the unmatched rest and the groups
//    clauses re-raised (bare `raise` or `raise eg`) keep the original group's nesting;
//  * exceptions raised by clauses are combined with that: one alone is raised as it is, several
//    as ExceptionGroup("", [...]).
// The group types are found by name (builtins, or a script's own), through their documented
// protocol: `split`, `exceptions`, and the constructor (message, exceptions).
#include "py/objexcept.h"
#include "py/builtin.h"
#include "py/runtime.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t orig;      // the exception caught
    mp_obj_t rest;      // what no clause matched yet (a group) or None
    mp_obj_t match;     // the current clause's match or None
    mp_obj_t raised;    // list: exceptions clauses raised
    mp_obj_t reraised;  // list: matches clauses re-raised
    bool naked;         // orig is not a group
} except_star_t;

static MP_DEFINE_CONST_OBJ_TYPE(except_star_type, MP_QSTR_except_star, MP_TYPE_FLAG_NONE);

// The global or builtin named `name`, or MP_OBJ_NULL.
static mp_obj_t lookup_name(qstr name) {
    mp_map_elem_t* elem = mp_map_lookup(&mp_globals_get()->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    if (elem == NULL) {
        elem =
            mp_map_lookup((mp_map_t*)&mp_module_builtins_globals.map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    }
#if MICROPY_CAN_OVERRIDE_BUILTINS
    if (elem == NULL && MP_STATE_VM(mp_module_builtins_override_dict) != NULL) {
        elem = mp_map_lookup(&MP_STATE_VM(mp_module_builtins_override_dict)->map, MP_OBJ_NEW_QSTR(name),
                             MP_MAP_LOOKUP);
    }
#endif
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

static mp_obj_t group_base_type(void) {
    mp_obj_t t = lookup_name(MP_QSTR_BaseExceptionGroup);
    return t != MP_OBJ_NULL ? t : lookup_name(MP_QSTR_ExceptionGroup);
}

static bool is_group(mp_obj_t exc) {
    mp_obj_t base = group_base_type();
    return base != MP_OBJ_NULL && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), base);
}

// ExceptionGroup("", excs), or BaseExceptionGroup when one of them is not an Exception.
static mp_obj_t make_group(mp_obj_t excs) {
    size_t n;
    mp_obj_t* items;
    mp_obj_get_array(excs, &n, &items);
    bool all_exceptions = true;
    for (size_t i = 0; i < n; ++i) {
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(items[i])),
                                     MP_OBJ_FROM_PTR(&mp_type_Exception))) {
            all_exceptions = false;
        }
    }
    mp_obj_t type =
        all_exceptions ? lookup_name(MP_QSTR_ExceptionGroup) : lookup_name(MP_QSTR_BaseExceptionGroup);
    if (type == MP_OBJ_NULL) { type = group_base_type(); }
    if (type == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_NameError, MP_ERROR_TEXT("except* needs ExceptionGroup"));
    }
    mp_obj_t args[2] = {MP_OBJ_NEW_QSTR(MP_QSTR_), excs};
    return mp_call_function_n_kw(type, 2, 0, args);
}

static mp_obj_t except_star_begin(mp_obj_t exc) {
    except_star_t* st = mp_obj_malloc(except_star_t, &except_star_type);
    st->orig = exc;
    st->match = mp_const_none;
    st->raised = mp_obj_new_list(0, NULL);
    st->reraised = mp_obj_new_list(0, NULL);
    st->naked = !is_group(exc);
    if (st->naked) {
        mp_obj_t one = mp_obj_new_tuple(1, &exc);  // CPython's wrapper: ExceptionGroup('', (exc,))
        st->rest = make_group(one);
    } else {
        st->rest = exc;
    }
    return MP_OBJ_FROM_PTR(st);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_except_star_begin_obj, except_star_begin);

static void check_clause_type(mp_obj_t type) {
    if (mp_obj_is_type(type, &mp_type_tuple)) {
        size_t n;
        mp_obj_t* items;
        mp_obj_tuple_get(type, &n, &items);
        for (size_t i = 0; i < n; ++i) { check_clause_type(items[i]); }
        return;
    }
    if (!mp_obj_is_exception_type(type)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("catching classes that do not inherit from BaseException is not allowed"));
    }
    mp_obj_t base = group_base_type();
    if (base != MP_OBJ_NULL && mp_obj_is_subclass_fast(type, base)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
}

static mp_obj_t except_star_match(mp_obj_t st_in, mp_obj_t type) {
    except_star_t* st = MP_OBJ_TO_PTR(st_in);
    check_clause_type(type);
    st->match = mp_const_none;
    if (st->rest == mp_const_none) { return mp_const_none; }
    mp_obj_t dest[3];
    mp_load_method(st->rest, MP_QSTR_split, dest);
    dest[2] = type;
    mp_obj_t pair = mp_call_method_n_kw(1, 0, dest);
    mp_obj_t* parts;
    mp_obj_get_array_fixed_n(pair, 2, &parts);
    st->match = parts[0];
    st->rest = parts[1];
    return st->match;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_except_star_match_obj, except_star_match);

static mp_obj_t except_star_raised(mp_obj_t st_in, mp_obj_t exc) {
    except_star_t* st = MP_OBJ_TO_PTR(st_in);
    if (exc == st->match || exc == st->orig) {
        // `raise eg` or a bare `raise` (which finds the caught exception): the match goes on
        if (st->match != mp_const_none) { mp_obj_list_append(st->reraised, st->match); }
    } else {
#if MICROPY_PY_EXCEPTION_CHAINING
        // CPython's clause handles its match: that, not the exception caught, is the new one's context
        mp_obj_exception_t* native = mp_obj_exception_native_or_null(exc);
        if (native != NULL && native->context == st->orig && st->match != mp_const_none) {
            native->context = st->match;
        }
#endif
        mp_obj_list_append(st->raised, exc);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_except_star_raised_obj, except_star_raised);

// The leaf exceptions of `exc` (itself, or the leaves of its .exceptions) appended to `leaves`.
static void collect_leaves(mp_obj_t exc, mp_obj_t leaves, int depth) {
    if (depth < 100 && is_group(exc)) {
        mp_obj_t members = mp_load_attr(exc, MP_QSTR_exceptions);
        mp_obj_iter_buf_t iter_buf;
        mp_obj_t iter = mp_getiter(members, &iter_buf);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            collect_leaves(item, leaves, depth + 1);
        }
    } else {
        mp_obj_list_append(leaves, exc);
    }
}

// split()'s predicate: is the leaf one of `leaves` (by identity)?
static mp_obj_t leaf_kept(mp_obj_t leaves, mp_obj_t exc) {
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(leaves, &n, &items);
    for (size_t i = 0; i < n; ++i) {
        if (items[i] == exc) { return mp_const_true; }
    }
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_2(leaf_kept_obj, leaf_kept);

// The original group cut down to the `keep` parts, keeping its nesting (CPython projects the
// re-raised leaves onto the original). Falls back to a flat group if split(predicate) fails.
static mp_obj_t project(except_star_t* st, mp_obj_t keep) {
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(keep, &n, &items);
    if (n == 1 && (items[0] == st->rest || items[0] == st->orig)) { return items[0]; }
    mp_obj_t leaves = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; ++i) { collect_leaves(items[i], leaves, 0); }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[3];
        mp_load_method(st->naked ? st->rest : st->orig, MP_QSTR_split, dest);
        dest[2] = mp_obj_new_bound_meth(MP_OBJ_FROM_PTR(&leaf_kept_obj), leaves);
        mp_obj_t pair = mp_call_method_n_kw(1, 0, dest);
        mp_obj_t* parts;
        mp_obj_get_array_fixed_n(pair, 2, &parts);
        nlr_pop();
        if (parts[0] != mp_const_none) { return parts[0]; }
    }
    return make_group(keep);
}

// An exception this frame caught (a clause raised it, or the original goes on unmatched) already has
// this frame's traceback entry, at the line it was raised: raising it again from here must not add
// a second one (patch 0231).
static void keep_this_frame(mp_obj_t exc) {
    mp_obj_exception_t* native = mp_obj_exception_native_or_null(exc);
    if (native != NULL && native->traceback_len >= 3) { native->keep_traceback_once = true; }
}

static mp_obj_t except_star_end(mp_obj_t st_in) {
    except_star_t* st = MP_OBJ_TO_PTR(st_in);
    mp_obj_t keep = mp_obj_new_list(0, NULL);
    size_t n_reraised;
    mp_obj_t* reraised;
    mp_obj_list_get(st->reraised, &n_reraised, &reraised);
    for (size_t i = 0; i < n_reraised; ++i) { mp_obj_list_append(keep, reraised[i]); }
    if (st->rest != mp_const_none) { mp_obj_list_append(keep, st->rest); }
    size_t n_keep = mp_obj_get_int(mp_obj_len(keep));
    size_t n_raised = mp_obj_get_int(mp_obj_len(st->raised));
    if (n_keep == 0 && n_raised == 0) { return mp_const_none; }
    mp_obj_t kept = mp_const_none;
    if (n_keep > 0) {
        // a naked exception no clause matched goes on naked; one a clause re-raised is its wrapper
        kept = !st->naked ? project(st, keep) : n_reraised > 0 ? reraised[0] : st->orig;
    }
    if (n_raised == 0) {
        if (kept == st->orig) { keep_this_frame(kept); }
        nlr_raise(kept);
    }
    if (kept != mp_const_none) {
        mp_obj_list_append(st->raised, kept);
        ++n_raised;
    }
    if (n_raised == 1) {
        mp_obj_t exc = mp_obj_subscr(st->raised, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
        keep_this_frame(exc);  // a clause raised it (kept is None: no clause raised is the case above)
        nlr_raise(exc);
    }
    nlr_raise(make_group(st->raised));
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_except_star_end_obj, except_star_end);
