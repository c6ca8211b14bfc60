// `_lsweb`: what the simulated web (shim/loopscope.web.py) needs from the engine: the run's seed,
// so that every host's latency jitter is reproducible with the run (`--seed N`; 0 under virtual
// time, as `random`; an unseeded real-time run draws 64 bits from the OS, as `random` does).
// The simulated web keeps its own generator: drawing from `random` would shift the script's own
// random numbers.
#include "bridge.h"
#include "py/runtime.h"

static mp_obj_t web_seed(void) {
    uint64_t seed;
    if (!lsb_random_seed(&seed)) { seed = lsb_random_entropy(); }
    return mp_obj_new_int_from_ull(seed);
}
static MP_DEFINE_CONST_FUN_OBJ_0(web_seed_obj, web_seed);

static const mp_rom_map_elem_t web_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsweb)},
    {MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&web_seed_obj)},
};
static MP_DEFINE_CONST_DICT(web_globals, web_globals_table);

const mp_obj_module_t lsp_module_lsweb = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&web_globals,
};
MP_REGISTER_MODULE(MP_QSTR__lsweb, lsp_module_lsweb);
