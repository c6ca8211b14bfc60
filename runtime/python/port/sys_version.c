// sys.version and sys.version_info say Python 3.11, the language the engine follows (patch 0091 lets
// the port provide them). version_info is a tuple (comparisons with tuples, indexing, slicing and
// unpacking are the tuple's own) whose fields also read by name, printed as CPython's struct sequence:
// sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0).
#include "py/obj.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/runtime.h"

MP_DEFINE_STR_OBJ(mp_sys_version_obj, "3.11.7 (main, MicroPython 1.25.0) [Loopscope]");

static const qstr version_info_fields[] = {MP_QSTR_major, MP_QSTR_minor, MP_QSTR_micro, MP_QSTR_releaselevel,
                                           MP_QSTR_serial};

static void version_info_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_tuple_t* self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "sys.version_info(");
    for (size_t i = 0; i < self->len; ++i) {
        mp_printf(print, "%s%q=", i ? ", " : "", version_info_fields[i]);
        mp_obj_print_helper(print, self->items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

static void version_info_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) { return; }  // read-only, as CPython's
    mp_obj_tuple_t* self = MP_OBJ_TO_PTR(self_in);
    for (size_t i = 0; i < self->len; ++i) {
        if (version_info_fields[i] == attr) {
            dest[0] = self->items[i];
            return;
        }
    }
    dest[1] = MP_OBJ_SENTINEL;  // tuple's methods (count, index)
}

static MP_DEFINE_CONST_OBJ_TYPE(lsp_type_version_info, MP_QSTR_version_info, MP_TYPE_FLAG_ITER_IS_GETITER,
                                print, version_info_print, attr, version_info_attr, unary_op,
                                mp_obj_tuple_unary_op, binary_op, mp_obj_tuple_binary_op, subscr,
                                mp_obj_tuple_subscr, iter, mp_obj_tuple_getiter, parent, &mp_type_tuple);

const mp_rom_obj_tuple_t mp_sys_version_info_obj = {
    {&lsp_type_version_info},
    5,
    {MP_ROM_INT(3), MP_ROM_INT(11), MP_ROM_INT(7), MP_ROM_QSTR(MP_QSTR_final), MP_ROM_INT(0)}};
