// Run-time half of PEP 448 list/tuple displays (patches/0010): `[a, *b, c]` compiles to
// display_list(a, star(b), c); the star wrapper tells the items to unpack from the plain ones.
#include "py/runtime.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t iterable;
} display_star_t;

static MP_DEFINE_CONST_OBJ_TYPE(display_star_type, MP_QSTR__Star, MP_TYPE_FLAG_NONE);

static mp_obj_t display_star(mp_obj_t iterable) {
    display_star_t* s = mp_obj_malloc(display_star_t, &display_star_type);
    s->iterable = iterable;
    return MP_OBJ_FROM_PTR(s);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_display_star_obj, display_star);

static mp_obj_t display_list(size_t n_args, const mp_obj_t* args) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < n_args; ++i) {
        if (mp_obj_is_type(args[i], &display_star_type)) {
            mp_obj_t iterable = ((display_star_t*)MP_OBJ_TO_PTR(args[i]))->iterable;
            mp_obj_t iter;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                iter = mp_getiter(iterable, NULL);
                nlr_pop();
            } else {
                if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t*)nlr.ret_val)->type),
                                            MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
                    mp_raise_msg_varg(&mp_type_TypeError,
                                      MP_ERROR_TEXT("Value after * must be an iterable, not %s"),
                                      mp_obj_get_type_str(iterable));
                }
                nlr_jump(nlr.ret_val);
            }
            mp_obj_t item;
            while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) { mp_obj_list_append(list, item); }
        } else {
            mp_obj_list_append(list, args[i]);
        }
    }
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_display_list_obj, 0, display_list);

static mp_obj_t display_tuple(size_t n_args, const mp_obj_t* args) {
    mp_obj_t list = display_list(n_args, args);
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(list, &n, &items);
    return mp_obj_new_tuple(n, items);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_display_tuple_obj, 0, display_tuple);

#if MICROPY_PY_SET_STAR_DISPLAYS
// `{*a, b}` (patches/0068): display_set(star(a), b). A non-iterable after * is CPython's plain
// "'int' object is not iterable" here (its set displays update the set from each iterable).
static mp_obj_t display_set(size_t n_args, const mp_obj_t* args) {
    mp_obj_t set = mp_obj_new_set(0, NULL);
    for (size_t i = 0; i < n_args; ++i) {
        if (mp_obj_is_type(args[i], &display_star_type)) {
            mp_obj_t iter = mp_getiter(((display_star_t*)MP_OBJ_TO_PTR(args[i]))->iterable, NULL);
            mp_obj_t item;
            while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) { mp_obj_set_store(set, item); }
        } else {
            mp_obj_set_store(set, args[i]);
        }
    }
    return set;
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_display_set_obj, 0, display_set);
#endif

// `{k: v, **m}` (patches/0013): display_dict(k, v, star(m), None) - a (key, value) pair per entry,
// inserted in order (a later key wins, its first position stays, as in CPython).
static mp_obj_t display_dict(size_t n_args, const mp_obj_t* args) {
    mp_obj_t dict = mp_obj_new_dict(0);
    for (size_t i = 0; i + 1 < n_args; i += 2) {
        if (!mp_obj_is_type(args[i], &display_star_type)) {
            mp_obj_dict_store(dict, args[i], args[i + 1]);
            continue;
        }
        mp_obj_t mapping = ((display_star_t*)MP_OBJ_TO_PTR(args[i]))->iterable;
        if (mp_obj_is_dict_or_ordereddict(mapping)) {
            mp_map_t* map = mp_obj_dict_get_map(mapping);
            for (size_t j = 0; j < map->alloc; ++j) {
                if (mp_map_slot_is_filled(map, j)) {
                    mp_obj_dict_store(dict, map->table[j].key, map->table[j].value);
                }
            }
            continue;
        }
        // any other mapping: keys() and [] as CPython
        mp_obj_t keys_method[2];
        mp_load_method_maybe(mapping, MP_QSTR_keys, keys_method);
        if (keys_method[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not a mapping"),
                              mp_obj_get_type_str(mapping));
        }
        mp_obj_t keys = mp_call_method_n_kw(0, 0, keys_method);
        mp_obj_iter_buf_t buf;
        mp_obj_t it = mp_getiter(keys, &buf);
        mp_obj_t key;
        while ((key = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_dict_store(dict, key, mp_obj_subscr(mapping, key, MP_OBJ_SENTINEL));
        }
    }
    return dict;
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_display_dict_obj, 0, display_dict);
