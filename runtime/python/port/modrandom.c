// The `random` module: CPython's generator, draw for draw. MT19937 (Matsumoto & Nishimura 1998:
// init_genrand, init_by_array, the twist and the tempering) seeded as CPython seeds it from an int
// (the absolute value's 32-bit words, least significant first, through init_by_array), and CPython
// 3.11's derived functions: random() from two words (53 bits), getrandbits(k) filling 32-bit words
// least significant first, _randbelow by rejection with getrandbits(n.bit_length()), randrange,
// randint, choice, shuffle, sample (the pool or the set method, chosen as CPython does), uniform.
//
// State is per run: the first use in a run seeds from the engine (`--seed N`, seed 0 under virtual
// time, else OS entropy).
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "bridge.h"
#include "py/binary.h"
#include "py/objint.h"
#include "py/runtime.h"

#define MT_N 624
#define MT_M 397

static uint32_t mt[MT_N];
static int mt_index = MT_N + 1;
static uint64_t mt_run = 0;  // the run whose state this is (0: none)

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < MT_N; ++i) { mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i; }
    mt_index = MT_N;
}

static void init_by_array(const uint32_t* key, size_t len) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = (MT_N > len ? MT_N : len); k > 0; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        ++i;
        ++j;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) { j = 0; }
    }
    for (size_t k = MT_N - 1; k > 0; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        ++i;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    mt_index = MT_N;
}

static void twist(void) {
    for (int k = 0; k < MT_N; ++k) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
        uint32_t v = mt[(k + MT_M) % MT_N] ^ (y >> 1);
        if (y & 1u) { v ^= 0x9908b0dfu; }
        mt[k] = v;
    }
    mt_index = 0;
}

static void seed_words(const uint32_t* key, size_t len) {
    init_by_array(key, len);
    mt_run = lsb_run_id();
}

static void seed_u64(uint64_t s) {
    uint32_t key[2] = {(uint32_t)s, (uint32_t)(s >> 32)};
    seed_words(key, key[1] ? 2 : 1);
}

static void seed_default(void) {
    uint64_t s;
    if (!lsb_random_seed(&s)) { s = lsb_random_entropy(); }
    seed_u64(s);
}

static uint32_t genrand(void) {
    if (mt_run != lsb_run_id()) { seed_default(); }
    if (mt_index >= MT_N) { twist(); }
    uint32_t y = mt[mt_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double random_double(void) {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k >= 0.
static mp_obj_t getrandbits(size_t k) {
    if (k == 0) { return MP_OBJ_NEW_SMALL_INT(0); }
    if (k <= 32) { return mp_obj_new_int_from_uint(genrand() >> (32 - k)); }
    size_t words = (k - 1) / 32 + 1;
    byte* buf = m_new(byte, words * 4);
    for (size_t i = 0; i < words; ++i, k -= 32) {
        uint32_t r = genrand();
        if (k < 32) { r >>= (32 - k); }
        buf[4 * i] = (byte)r;
        buf[4 * i + 1] = (byte)(r >> 8);
        buf[4 * i + 2] = (byte)(r >> 16);
        buf[4 * i + 3] = (byte)(r >> 24);
        if (k < 32) { break; }
    }
    mp_obj_t r = mp_obj_int_from_bytes_impl(false, words * 4, buf);
    m_del(byte, buf, words * 4);
    return r;
}

static bool int_less(mp_obj_t a, mp_obj_t b) { return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b)); }

static size_t bit_length(mp_obj_t n) {
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
        size_t bits = 0;
        while (v > 0) {
            ++bits;
            v >>= 1;
        }
        return bits;
    }
    // A big int (n > 0): shift until it is small (small ints are 31 bits in wasm, 63 natively).
    size_t bits = 0;
    while (!mp_obj_is_small_int(n)) {
        n = mp_binary_op(MP_BINARY_OP_RSHIFT, n, MP_OBJ_NEW_SMALL_INT(16));
        bits += 16;
    }
    return bits + bit_length(n);
}

// A random int in [0, n), n > 0: CPython's _randbelow_with_getrandbits.
static mp_obj_t randbelow(mp_obj_t n) {
    size_t k = bit_length(n);
    if (mp_obj_is_small_int(n) && k <= 32) {
        uint32_t limit = (uint32_t)MP_OBJ_SMALL_INT_VALUE(n);
        uint32_t r = genrand() >> (32 - k);
        while (r >= limit) { r = genrand() >> (32 - k); }
        return mp_obj_new_int_from_uint(r);
    }
    mp_obj_t r = getrandbits(k);
    while (!int_less(r, n)) { r = getrandbits(k); }
    return r;
}

static size_t randbelow_size(size_t n) {
    return (size_t)mp_obj_get_int(randbelow(mp_obj_new_int_from_uint(n)));
}

static mp_obj_t get_index(mp_obj_t o) {
    if (!mp_obj_is_int(o)) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"),
                          mp_obj_get_type_str(o));
    }
    return o;
}

// ---- Module functions -----------------------------------------------------------------------------

static mp_obj_t random_seed(size_t n_args, const mp_obj_t* args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        seed_u64(lsb_random_entropy());
        return mp_const_none;
    }
    mp_obj_t a = args[0];
    if (!mp_obj_is_int(a)) {
        mp_raise_TypeError(MP_ERROR_TEXT("The only supported seed types are: None, int"));
    }
    if (int_less(a, MP_OBJ_NEW_SMALL_INT(0))) { a = mp_unary_op(MP_UNARY_OP_NEGATIVE, a); }
    size_t words = (bit_length(a) + 31) / 32;
    if (words == 0) {
        words = 1;  // seed(0): one zero word
    }
    uint32_t* key = m_new(uint32_t, words);
    mp_obj_t mask = mp_obj_new_int_from_uint(0xffffffffu);
    for (size_t i = 0; i < words; ++i) {
        key[i] = (uint32_t)mp_obj_int_get_truncated(mp_binary_op(MP_BINARY_OP_AND, a, mask));
        a = mp_binary_op(MP_BINARY_OP_RSHIFT, a, MP_OBJ_NEW_SMALL_INT(32));
    }
    seed_words(key, words);
    m_del(uint32_t, key, words);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_seed_obj, 0, 1, random_seed);

static mp_obj_t random_random(void) { return mp_obj_new_float(random_double()); }
static MP_DEFINE_CONST_FUN_OBJ_0(random_random_obj, random_random);

static mp_obj_t random_uniform(mp_obj_t a_in, mp_obj_t b_in) {
    mp_float_t a = mp_obj_get_float(a_in), b = mp_obj_get_float(b_in);
    return mp_obj_new_float(a + (b - a) * random_double());
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_uniform_obj, random_uniform);

static mp_obj_t random_getrandbits(mp_obj_t k_in) {
    mp_int_t k = mp_obj_get_int(k_in);
    if (k < 0) { mp_raise_ValueError(MP_ERROR_TEXT("number of bits must be non-negative")); }
    return getrandbits((size_t)k);
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_getrandbits_obj, random_getrandbits);

static mp_obj_t randrange(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    start = get_index(start);
    if (stop == mp_const_none) {
        if (step != MP_OBJ_NEW_SMALL_INT(1)) {
            mp_raise_TypeError(MP_ERROR_TEXT("Missing a non-None stop argument"));
        }
        if (int_less(zero, start)) { return randbelow(start); }
        mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()"));
    }
    stop = get_index(stop);
    step = get_index(step);
    mp_obj_t width = mp_binary_op(MP_BINARY_OP_SUBTRACT, stop, start);
    mp_obj_t n;
    if (mp_obj_equal(step, MP_OBJ_NEW_SMALL_INT(1))) {
        if (int_less(zero, width)) { return mp_binary_op(MP_BINARY_OP_ADD, start, randbelow(width)); }
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("empty range for randrange() (%d, %d, %d)"),
                          (int)mp_obj_get_int_truncated(start), (int)mp_obj_get_int_truncated(stop),
                          (int)mp_obj_get_int_truncated(width));
    }
    if (int_less(zero, step)) {
        n = mp_binary_op(MP_BINARY_OP_ADD, width,
                         mp_binary_op(MP_BINARY_OP_SUBTRACT, step, MP_OBJ_NEW_SMALL_INT(1)));
    } else if (int_less(step, zero)) {
        n = mp_binary_op(MP_BINARY_OP_ADD, width,
                         mp_binary_op(MP_BINARY_OP_ADD, step, MP_OBJ_NEW_SMALL_INT(1)));
    } else {
        mp_raise_ValueError(MP_ERROR_TEXT("zero step for randrange()"));
    }
    n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, n, step);
    if (!int_less(zero, n)) { mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()")); }
    return mp_binary_op(MP_BINARY_OP_ADD, start, mp_binary_op(MP_BINARY_OP_MULTIPLY, step, randbelow(n)));
}

static mp_obj_t random_randrange(size_t n_args, const mp_obj_t* args) {
    return randrange(args[0], n_args > 1 ? args[1] : mp_const_none,
                     n_args > 2 ? args[2] : MP_OBJ_NEW_SMALL_INT(1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_randrange_obj, 1, 3, random_randrange);

static mp_obj_t random_randint(mp_obj_t a, mp_obj_t b) {
    return randrange(a, mp_binary_op(MP_BINARY_OP_ADD, get_index(b), MP_OBJ_NEW_SMALL_INT(1)),
                     MP_OBJ_NEW_SMALL_INT(1));
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_randint_obj, random_randint);

static mp_obj_t random_choice(mp_obj_t seq) {
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(seq));
    if (n == 0) { mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("Cannot choose from an empty sequence")); }
    return mp_obj_subscr(seq, mp_obj_new_int_from_uint(randbelow_size(n)), MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_choice_obj, random_choice);

static mp_obj_t random_shuffle(mp_obj_t x) {
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(x));
    for (size_t i = n; i-- > 1;) {
        mp_obj_t oi = MP_OBJ_NEW_SMALL_INT(i);
        mp_obj_t oj = MP_OBJ_NEW_SMALL_INT(randbelow_size(i + 1));
        mp_obj_t a = mp_obj_subscr(x, oi, MP_OBJ_SENTINEL);
        mp_obj_t b = mp_obj_subscr(x, oj, MP_OBJ_SENTINEL);
        mp_obj_subscr(x, oi, b);
        mp_obj_subscr(x, oj, a);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_shuffle_obj, random_shuffle);

static mp_obj_t random_sample(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    if (kw != NULL && kw->used != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("sample() counts= is not supported"));
    }
    mp_obj_t population = pos[0];
    if (mp_obj_is_type(population, &mp_type_set) || mp_obj_is_type(population, &mp_type_frozenset) ||
        mp_obj_is_type(population, &mp_type_dict)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(population));
    mp_int_t k = mp_obj_get_int(pos[1]);
    if (k < 0 || (size_t)k > n) {
        mp_raise_ValueError(MP_ERROR_TEXT("Sample larger than population or is negative"));
    }
    mp_obj_t result = mp_obj_new_list((size_t)k, NULL);
    mp_obj_t* out;
    size_t out_len;
    mp_obj_list_get(result, &out_len, &out);
    double setsize = 21;
    if (k > 5) { setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0))); }
    if ((double)n <= setsize) {
        mp_obj_t pool = mp_obj_new_list(0, NULL);
        mp_obj_t iter = mp_getiter(population, NULL);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) { mp_obj_list_append(pool, item); }
        mp_obj_t* p;
        size_t plen;
        mp_obj_list_get(pool, &plen, &p);
        for (size_t i = 0; i < (size_t)k; ++i) {
            size_t j = randbelow_size(n - i);
            out[i] = p[j];
            p[j] = p[n - i - 1];
        }
    } else {
        mp_obj_t selected = mp_obj_new_set(0, NULL);
        for (size_t i = 0; i < (size_t)k; ++i) {
            mp_obj_t j = MP_OBJ_NEW_SMALL_INT(randbelow_size(n));
            while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, selected, j))) {
                j = MP_OBJ_NEW_SMALL_INT(randbelow_size(n));
            }
            mp_obj_set_store(selected, j);
            out[i] = mp_obj_subscr(population, j, MP_OBJ_SENTINEL);
        }
    }
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(random_sample_obj, 2, random_sample);

static const mp_rom_map_elem_t random_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random)},
    {MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_seed_obj)},
    {MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_random_obj)},
    {MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_uniform_obj)},
    {MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_getrandbits_obj)},
    {MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_randrange_obj)},
    {MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_randint_obj)},
    {MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_choice_obj)},
    {MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_shuffle_obj)},
    {MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_sample_obj)},
};
static MP_DEFINE_CONST_DICT(random_globals, random_globals_table);

const mp_obj_module_t lsp_module_random = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&random_globals,
};

MP_REGISTER_MODULE(MP_QSTR_random, lsp_module_random);
