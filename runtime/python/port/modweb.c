// `_lsweb`: what the simulated web (shim/loopscope.web.py) needs from the engine: the run's seed,
// so that every host's latency jitter is reproducible with the run (`--seed N`; 0 under virtual
// time, as `random`; an unseeded real-time run draws 64 bits from the OS, as `random` does).
// The simulated web keeps its own generator: drawing from `random` would shift the script's own
// random numbers. It also carries the playground's changes to the host table into the run
// (`hosts_config()`) and tells the host how each request ended (`report(host, outcome)`), for the
// page's Network panel (playground/README.md "Network panel").
#include "bridge.h"
#include "py/runtime.h"
#include "web_bridge.h"

static mp_obj_t web_seed(void) {
    uint64_t seed;
    if (!lsb_random_seed(&seed)) { seed = lsb_random_entropy(); }
    return mp_obj_new_int_from_ull(seed);
}
static MP_DEFINE_CONST_FUN_OBJ_0(web_seed_obj, web_seed);

// The run's changes to the table, JSON text for loopscope.web.configure ("" when none).
static mp_obj_t web_hosts_config(void) {
    size_t len = 0;
    const char* text = lsb_web_hosts(&len);
    return mp_obj_new_str(text, len);
}
static MP_DEFINE_CONST_FUN_OBJ_0(web_hosts_config_obj, web_hosts_config);

static mp_obj_t web_report(mp_obj_t host, mp_obj_t outcome) {
    size_t host_len = 0, outcome_len = 0;
    const char* host_text = mp_obj_str_get_data(host, &host_len);
    const char* outcome_text = mp_obj_str_get_data(outcome, &outcome_len);
    lsb_web_request(host_text, host_len, outcome_text, outcome_len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(web_report_obj, web_report);

static const mp_rom_map_elem_t web_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsweb)},
    {MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&web_seed_obj)},
    {MP_ROM_QSTR(MP_QSTR_hosts_config), MP_ROM_PTR(&web_hosts_config_obj)},
    {MP_ROM_QSTR(MP_QSTR_report), MP_ROM_PTR(&web_report_obj)},
};
static MP_DEFINE_CONST_DICT(web_globals, web_globals_table);

const mp_obj_module_t lsp_module_lsweb = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&web_globals,
};
MP_REGISTER_MODULE(MP_QSTR__lsweb, lsp_module_lsweb);
