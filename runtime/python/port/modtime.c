// The `time` module on the run's clock: under virtual time, time(), monotonic() and perf_counter()
// (and the _ns forms) all read the virtual clock the loops share, and sleep(s) advances it at once
// (the loop shows as blocked); in real time they read the wall / monotonic clocks and sleep blocks.
#include <math.h>

#include "bridge.h"
#include "threads.h"
#include "watchdog.h"
#include "py/runtime.h"

static mp_obj_t seconds(int kind) { return mp_obj_new_float((mp_float_t)lsb_clock_now(kind)); }

static mp_obj_t nanoseconds(int kind) {
    return mp_obj_new_int_from_ll((long long)llround(lsb_clock_now(kind) * 1e9));
}

static mp_obj_t time_time(void) { return seconds(0); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_obj, time_time);

static mp_obj_t time_monotonic(void) { return seconds(1); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_obj, time_monotonic);

static mp_obj_t time_perf_counter(void) { return seconds(2); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_perf_counter_obj, time_perf_counter);

static mp_obj_t time_time_ns(void) { return nanoseconds(0); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_ns_obj, time_time_ns);

static mp_obj_t time_monotonic_ns(void) { return nanoseconds(1); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_ns_obj, time_monotonic_ns);

static mp_obj_t time_perf_counter_ns(void) { return nanoseconds(2); }
static MP_DEFINE_CONST_FUN_OBJ_0(time_perf_counter_ns_obj, time_perf_counter_ns);

extern const mp_obj_fun_builtin_fixed_t lsp_time_sleep_obj;

static mp_obj_t time_sleep(mp_obj_t secs_in) {
    mp_float_t secs = mp_obj_get_float(secs_in);
    if (secs < 0) { mp_raise_ValueError(MP_ERROR_TEXT("sleep length must be non-negative")); }
    if (!lsp_thread_is_main()) {
        // Another thread sleeps for real (also under virtual time, as vtime.py does) and only
        // itself: the GIL is released meanwhile.
        lsp_thread_sleep((double)secs, &lsp_time_sleep_obj);
        return mp_const_none;
    }
    double start = lsp_watchdog_now();
    lsb_blocking_sleep((double)secs);
    lsp_watchdog_exclude(lsp_watchdog_now() - start);  // blocked, not running: not a runaway step
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_time_sleep_obj, time_sleep);

static const mp_rom_map_elem_t time_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time)},
    {MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj)},
    {MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&time_monotonic_obj)},
    {MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&time_perf_counter_obj)},
    {MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&time_monotonic_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&time_perf_counter_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&lsp_time_sleep_obj)},
};
static MP_DEFINE_CONST_DICT(time_globals, time_globals_table);

const mp_obj_module_t lsp_module_time = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&time_globals,
};

// Extensible: shim/time.py adds the calendar functions (strftime, localtime, struct_time...) and
// reaches this module as `utime`.
MP_REGISTER_EXTENSIBLE_MODULE(MP_QSTR_time, lsp_module_time);
