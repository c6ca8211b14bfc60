// sys.stdin / sys.stdout / sys.stderr (MICROPY_PY_SYS_STDFILES): text streams routed to the run's
// output (lsb_write: stream 0 stdout, 1 stderr), so print(..., file=sys.stderr),
// sys.stdout.write(s) and flush() behave as in CPython. stdin is always at end of file.
#include <string.h>

#include "bridge.h"
#include "py/runtime.h"
#include "py/stream.h"

typedef struct {
    mp_obj_base_t base;
    int stream;  // -1 stdin, 0 stdout, 1 stderr
} sys_stdio_obj_t;

static mp_uint_t stdio_read(mp_obj_t self_in, void* buf, mp_uint_t size, int* errcode) {
    (void)self_in;
    (void)buf;
    (void)size;
    (void)errcode;
    return 0;  // end of file: a script has no input
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void* buf, mp_uint_t size, int* errcode) {
    sys_stdio_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->stream < 0) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    lsb_write(self->stream, buf, size);
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int* errcode) {
    (void)self_in;
    (void)arg;
    if (request == MP_STREAM_FLUSH || request == MP_STREAM_CLOSE) {
        return 0;  // output goes straight to the run's buffers
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

// write(s) returns the number of characters written, as CPython's text streams do.
static mp_obj_t stdio_write_method(mp_obj_t self_in, mp_obj_t text) {
    if (!mp_obj_is_str(text)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("write() argument must be str, not %s"),
                          mp_obj_get_type_str(text));
    }
    size_t len;
    const char* data = mp_obj_str_get_data(text, &len);
    int errcode = 0;
    if (stdio_write(self_in, data, len, &errcode) == MP_STREAM_ERROR) { mp_raise_OSError(errcode); }
    return mp_obj_len(text);
}
static MP_DEFINE_CONST_FUN_OBJ_2(stdio_write_obj, stdio_write_method);

static mp_obj_t stdio_writelines(mp_obj_t self_in, mp_obj_t lines) {
    mp_obj_iter_buf_t iter_buf;
    mp_obj_t iter = mp_getiter(lines, &iter_buf);
    mp_obj_t line;
    while ((line = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) { stdio_write_method(self_in, line); }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(stdio_writelines_obj, stdio_writelines);

static mp_obj_t stdio_noop(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_flush_obj, stdio_noop);

static mp_obj_t stdio_false(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_isatty_obj, stdio_false);

static mp_obj_t stdio_writable(mp_obj_t self_in) {
    return mp_obj_new_bool(((sys_stdio_obj_t*)MP_OBJ_TO_PTR(self_in))->stream >= 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_writable_obj, stdio_writable);

static const mp_rom_map_elem_t stdio_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&stdio_write_obj)},
    {MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&stdio_writelines_obj)},
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&stdio_flush_obj)},
    {MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&stdio_isatty_obj)},
    {MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&stdio_writable_obj)},
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    {MP_ROM_QSTR(MP_QSTR_encoding), MP_ROM_QSTR(MP_QSTR_utf_hyphen_8)},
};
static MP_DEFINE_CONST_DICT(stdio_locals, stdio_locals_table);

static const mp_stream_p_t stdio_stream_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = true,
};

static MP_DEFINE_CONST_OBJ_TYPE(sys_stdio_type, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_ITER_IS_STREAM, protocol,
                                &stdio_stream_p, locals_dict, &stdio_locals);

const sys_stdio_obj_t mp_sys_stdin_obj = {{&sys_stdio_type}, -1};
const sys_stdio_obj_t mp_sys_stdout_obj = {{&sys_stdio_type}, 0};
const sys_stdio_obj_t mp_sys_stderr_obj = {{&sys_stdio_type}, 1};
