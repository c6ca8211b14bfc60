// cls.__mro__ (patch 0202, MICROPY_PY_BUILTINS_311): the C3 linearization CPython computes, from
// the bases MicroPython keeps (a class without bases has object). [].__class__.__mro__ is
// (<class 'list'>, <class 'object'>). MicroPython's own attribute lookup still goes depth-first.
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_BUILTINS_311

// A tuple's items from `pos` on, as C3 merges them.
typedef struct {
    mp_obj_t tuple;  // keeps the tuple alive: the collector does not follow `items` (inside it)
    const mp_obj_t* items;
    size_t len;
    size_t pos;
} sequence_t;

// type.__bases__ as the core gives it (object for a class with none)
static mp_obj_t type_bases(const mp_obj_type_t* type) {
    return mp_load_attr(MP_OBJ_FROM_PTR(type), MP_QSTR___bases__);
}

static bool in_tail(const sequence_t* seqs, size_t n, mp_obj_t candidate) {
    for (size_t s = 0; s < n; ++s) {
        for (size_t i = seqs[s].pos + 1; i < seqs[s].len; ++i) {
            if (seqs[s].items[i] == candidate) return true;
        }
    }
    return false;
}

static mp_obj_t mro_of(const mp_obj_type_t* type, int depth) {
    if (type == &mp_type_object) {
        mp_obj_t self = MP_OBJ_FROM_PTR(type);
        return mp_obj_new_tuple(1, &self);
    }
    if (depth > 64) mp_raise_msg(&mp_type_RecursionError, MP_ERROR_TEXT("maximum recursion depth exceeded"));
    size_t n_bases;
    mp_obj_t* bases;
    mp_obj_t bases_tuple = type_bases(type);
    mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
    // the bases' MROs, then the bases themselves
    sequence_t* seqs = m_new(sequence_t, n_bases + 1);
    for (size_t b = 0; b < n_bases; ++b) {
        size_t len;
        mp_obj_t* items;
        mp_obj_t mro = mro_of(MP_OBJ_TO_PTR(bases[b]), depth + 1);
        mp_obj_tuple_get(mro, &len, &items);
        seqs[b] = (sequence_t){mro, items, len, 0};
    }
    seqs[n_bases] = (sequence_t){bases_tuple, bases, n_bases, 0};
    mp_obj_t out = mp_obj_new_list(0, NULL);
    mp_obj_list_append(out, MP_OBJ_FROM_PTR(type));
    for (;;) {
        mp_obj_t chosen = MP_OBJ_NULL;
        bool any_left = false;
        for (size_t s = 0; s <= n_bases && chosen == MP_OBJ_NULL; ++s) {
            if (seqs[s].pos >= seqs[s].len) continue;
            any_left = true;
            mp_obj_t head = seqs[s].items[seqs[s].pos];
            if (!in_tail(seqs, n_bases + 1, head)) chosen = head;
        }
        if (!any_left) break;
        if (chosen == MP_OBJ_NULL) {
            m_del(sequence_t, seqs, n_bases + 1);
            mp_raise_TypeError(MP_ERROR_TEXT("Cannot create a consistent method resolution order (MRO)"));
        }
        mp_obj_list_append(out, chosen);
        for (size_t s = 0; s <= n_bases; ++s) {
            if (seqs[s].pos < seqs[s].len && seqs[s].items[seqs[s].pos] == chosen) ++seqs[s].pos;
        }
    }
    m_del(sequence_t, seqs, n_bases + 1);
    size_t len;
    mp_obj_t* items;
    mp_obj_list_get(out, &len, &items);
    return mp_obj_new_tuple(len, items);
}

mp_obj_t mp_type_mro(const mp_obj_type_t* type) { return mro_of(type, 0); }

#endif
