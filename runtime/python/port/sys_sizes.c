// sys.getsizeof(obj[, default]): the sizes CPython 3.11 reports on a 64-bit Linux build, from
// the object's length and contents, since lessons print them to compare a list with a generator
// ("85176 bytes against 200"). Lists are sized as CPython grows them by append (what a
// comprehension builds), dicts as insertion grows their key table, sets by their hash table
// (patch 0230 keeps CPython's table sizes). What CPython's size cannot be told from the object
// (generators, classes, modules...) reports the object's own size on this interpreter's heap
// plus CPython's GC header, and says nothing more precise than that.
#include "py/gc.h"
#include "py/objlist.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/objtype.h"
#include "py/runtime.h"

enum { kGcHeader = 16, kPointer = 8 };

// The capacity CPython's list has after `len` appends (list_resize's growth pattern).
static size_t list_capacity(size_t len) {
    size_t allocated = 0;
    for (size_t size = 1; size <= len; ++size) {
        if (size <= allocated) { continue; }
        size_t grown = (size + (size >> 3) + 6) & ~(size_t)3;
        if (1 > grown - size) { grown = (size + 3) & ~(size_t)3; }
        allocated = grown;
    }
    return allocated;
}

// A dict of `len` items inserted one by one: its key table's size (8, then next power of two of
// three times the items when full) and CPython's bytes for it.
static size_t dict_size(size_t len, bool str_keys) {
    if (len == 0) { return 64; }
    size_t table = 8;
    while (len > (table << 1) / 3) {
        size_t wanted = ((table << 1) / 3) * 3;
        while (table < wanted) { table <<= 1; }
    }
    size_t index_width = table <= 128 ? 1 : table <= 0x8000 ? 2 : table <= 0x80000000u ? 4 : 8;
    size_t entry = str_keys ? 16 : 24;
    return 64 + 32 + table * index_width + ((table << 1) / 3) * entry;
}

static bool all_keys_are_str(mp_map_t* map) {
    for (size_t i = 0; i < map->alloc; ++i) {
        if (mp_map_slot_is_filled(map, i) && !mp_obj_is_str(map->table[i].key)) { return false; }
    }
    return true;
}

// 28 bytes for |n| < 2**30, 4 more per further 30-bit digit.
static mp_int_t int_size(mp_obj_t n) {
    mp_obj_t dest[2];
    mp_load_method(n, MP_QSTR_bit_length, dest);
    mp_int_t bits = mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
    mp_int_t digits = bits <= 30 ? 1 : (bits + 29) / 30;
    return 24 + 4 * digits;
}

// CPython's compact strings: 1 byte per character up to U+00FF (49 bytes of header if all ASCII,
// 73 otherwise), 2 up to U+FFFF (74), else 4 (76).
static mp_int_t str_size(mp_obj_t s) {
    size_t len;
    const byte* data = (const byte*)mp_obj_str_get_data(s, &len);
    const byte* end = data + len;
    unichar widest = 0;
    size_t chars = 0;
    while (data < end) {
        unichar c = utf8_get_char(data);
        data = utf8_next_char(data);
        if (c > widest) { widest = c; }
        ++chars;
    }
    if (widest < 0x80) { return 49 + chars; }
    if (widest < 0x100) { return 73 + chars; }
    if (widest < 0x10000) { return 74 + 2 * chars; }
    return 76 + 4 * chars;
}

static mp_int_t heap_size(mp_obj_t o) {
    size_t n = mp_obj_is_obj(o) ? gc_nbytes(MP_OBJ_TO_PTR(o)) : 0;
    return (mp_int_t)(n ? n : sizeof(mp_obj_base_t)) + kGcHeader;
}

static mp_int_t size_of(mp_obj_t o) {
    if (o == mp_const_none || o == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj) ||
        o == MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj)) {
        return 16;
    }
    if (mp_obj_is_bool(o)) { return 28; }
    if (mp_obj_is_int(o)) { return int_size(o); }
    if (mp_obj_is_float(o)) { return 24; }
    if (mp_obj_is_str(o)) { return str_size(o); }
    const mp_obj_type_t* type = mp_obj_get_type(o);
    if (type == &mp_type_bytes) { return 33 + (mp_int_t)mp_obj_get_int(mp_obj_len(o)); }
    if (type == &mp_type_bytearray) {
        mp_int_t len = mp_obj_get_int(mp_obj_len(o));
        return 56 + (len ? len + 1 : 0);
    }
    if (type == &mp_type_complex) { return 32; }
    if (type == &mp_type_tuple) { return 40 + kPointer * (mp_int_t)((mp_obj_tuple_t*)MP_OBJ_TO_PTR(o))->len; }
    if (type == &mp_type_list) {
        return 56 + kPointer * (mp_int_t)list_capacity(((mp_obj_list_t*)MP_OBJ_TO_PTR(o))->len);
    }
    if (type == &mp_type_dict || mp_obj_is_dict_or_ordereddict(o)) {
        mp_map_t* map = mp_obj_dict_get_map(o);
        return (mp_int_t)dict_size(map->used, all_keys_are_str(map));
    }
    if (type == &mp_type_set || type == &mp_type_frozenset) {
        // (the layout of objset.c's mp_obj_set_t: the base, then the table)
        const mp_set_t* table = (const mp_set_t*)((const mp_obj_base_t*)MP_OBJ_TO_PTR(o) + 1);
        return 216 + (table->alloc > 8 ? 16 * (mp_int_t)table->alloc : 0);
    }
    if (type == &mp_type_range) { return 48; }
    if (mp_obj_is_instance_type(type)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___sizeof__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t n = mp_call_method_n_kw(0, 0, dest);
            if (!mp_obj_is_int(n)) { mp_raise_TypeError(MP_ERROR_TEXT("an integer is required")); }
            mp_int_t value = mp_obj_get_int(n);
            if (value < 0) { mp_raise_ValueError(MP_ERROR_TEXT("__sizeof__() should return >= 0")); }
            return value + 2 * kGcHeader;  // the GC header and the managed dict's
        }
        if (mp_obj_is_native_exception_instance(o)) { return 88; }
        return 56;
    }
    if (mp_obj_is_exception_instance(o)) { return 88; }
    if (type == &mp_type_fun_bc || type->name == MP_QSTR_closure) { return 152; }  // CPython: function
    if (type == &mp_type_fun_builtin_0 || type == &mp_type_fun_builtin_1 || type == &mp_type_fun_builtin_2 ||
        type == &mp_type_fun_builtin_3 || type == &mp_type_fun_builtin_var) {
        return 72;
    }
    return heap_size(o);
}

static mp_obj_t sys_getsizeof(size_t n_args, const mp_obj_t* args) {
    if (n_args == 2) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t size = MP_OBJ_NEW_SMALL_INT(size_of(args[0]));
            nlr_pop();
            return size;
        }
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t*)nlr.ret_val)->type),
                                     MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
            nlr_jump(nlr.ret_val);
        }
        return args[1];
    }
    return MP_OBJ_NEW_SMALL_INT(size_of(args[0]));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lsp_sys_getsizeof_obj, 1, 2, sys_getsizeof);
