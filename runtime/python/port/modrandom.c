// The `random` module: CPython's generator, draw for draw. MT19937 (Matsumoto & Nishimura 1998:
// init_genrand, init_by_array, the twist and the tempering) seeded as CPython seeds it from an int
// (the absolute value's 32-bit words, least significant first, through init_by_array), and CPython
// 3.11's derived functions: random() from two words (53 bits), getrandbits(k) filling 32-bit words
// least significant first, _randbelow by rejection with getrandbits(n.bit_length()), randrange,
// randint, choice, shuffle, sample (the pool or the set method, chosen as CPython does), uniform,
// choices, gauss (its cached second value), normalvariate, expovariate, triangular, randbytes,
// lognormvariate, vonmisesvariate, gammavariate, betavariate, paretovariate, weibullvariate.
//
// The module's functions share one generator, per run: its first use in a run seeds it from the
// engine (`--seed N`, seed 0 under virtual time, else OS entropy). `random.Random(x)` objects have
// their own (seeded from x, or as the module's when x is None).
//
// Sections: The generator · Draws · Functions (module and Random methods) · Random · The module
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "bridge.h"
#include "py/binary.h"
#include "py/objint.h"
#include "py/runtime.h"

#define MT_N 624
#define MT_M 397

// One Mersenne Twister and what CPython keeps next to it (gauss's second value).
typedef struct {
    uint32_t mt[MT_N];
    int index;
    uint64_t run;      // the module's generator: the run whose state this is (0: none)
    bool follows_run;  // the module's generator (reseeded for each run), not a Random object's
    uint32_t salt;     // a run-following generator other than the module's: a third seed word
    bool has_gauss;
    double gauss_next;
} mt_state_t;

// ---- The generator --------------------------------------------------------------------------------

static mt_state_t module_state = {.index = MT_N + 1, .follows_run = true};
// os.urandom, secrets and uuid4's bytes (`random._urandom(n)`): reproducible with the run's seed as
// the module's generator is, but a stream of their own, so that they leave `random`'s draws as
// CPython's OS entropy does (random.seed(444); os.urandom(5); random.randint(...) as in CPython).
static mt_state_t entropy_state = {.index = MT_N + 1, .follows_run = true, .salt = 0x75726e64u};

static void init_genrand(mt_state_t* st, uint32_t s) {
    uint32_t* mt = st->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; ++i) { mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i; }
    st->index = MT_N;
}

static void init_by_array(mt_state_t* st, const uint32_t* key, size_t len) {
    uint32_t* mt = st->mt;
    init_genrand(st, 19650218u);
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
    st->index = MT_N;
}

static void twist(mt_state_t* st) {
    uint32_t* mt = st->mt;
    for (int k = 0; k < MT_N; ++k) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
        uint32_t v = mt[(k + MT_M) % MT_N] ^ (y >> 1);
        if (y & 1u) { v ^= 0x9908b0dfu; }
        mt[k] = v;
    }
    st->index = 0;
}

static void seed_words(mt_state_t* st, const uint32_t* key, size_t len) {
    init_by_array(st, key, len);
    st->has_gauss = false;
    st->run = lsb_run_id();
}

static void seed_u64(mt_state_t* st, uint64_t s) {
    uint32_t key[2] = {(uint32_t)s, (uint32_t)(s >> 32)};
    seed_words(st, key, key[1] ? 2 : 1);
}

static void seed_default(mt_state_t* st) {
    uint64_t s;
    if (!lsb_random_seed(&s)) { s = lsb_random_entropy(); }
    if (st->salt != 0) {
        uint32_t key[3] = {(uint32_t)s, (uint32_t)(s >> 32), st->salt};
        seed_words(st, key, 3);
        return;
    }
    seed_u64(st, s);
}

static uint32_t genrand(mt_state_t* st) {
    if (st->follows_run && st->run != lsb_run_id()) { seed_default(st); }
    if (st->index >= MT_N) { twist(st); }
    uint32_t y = st->mt[st->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double random_double(mt_state_t* st) {
    uint32_t a = genrand(st) >> 5, b = genrand(st) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// ---- Draws ------------------------------------------------------------------------------------------

// getrandbits(k) for k >= 0.
static mp_obj_t getrandbits(mt_state_t* st, size_t k) {
    if (k == 0) { return MP_OBJ_NEW_SMALL_INT(0); }
    if (k <= 32) { return mp_obj_new_int_from_uint(genrand(st) >> (32 - k)); }
    size_t words = (k - 1) / 32 + 1;
    byte* buf = m_new(byte, words * 4);
    for (size_t i = 0; i < words; ++i, k -= 32) {
        uint32_t r = genrand(st);
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
static mp_obj_t randbelow(mt_state_t* st, mp_obj_t n) {
    size_t k = bit_length(n);
    if (mp_obj_is_small_int(n) && k <= 32) {
        uint32_t limit = (uint32_t)MP_OBJ_SMALL_INT_VALUE(n);
        uint32_t r = genrand(st) >> (32 - k);
        while (r >= limit) { r = genrand(st) >> (32 - k); }
        return mp_obj_new_int_from_uint(r);
    }
    mp_obj_t r = getrandbits(st, k);
    while (!int_less(r, n)) { r = getrandbits(st, k); }
    return r;
}

static size_t randbelow_size(mt_state_t* st, size_t n) {
    return (size_t)mp_obj_get_int(randbelow(st, mp_obj_new_int_from_uint(n)));
}

static mp_obj_t get_index(mp_obj_t o) {
    if (!mp_obj_is_int(o)) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"),
                          mp_obj_get_type_str(o));
    }
    return o;
}

// ---- Functions (module and Random methods) ----------------------------------------------------------
// Each is written once over a generator; RANDOM_FUNCTION makes the module's function (the module's
// generator) and the Random method (the object's) from it. Arguments as CPython names them.

static mp_obj_t seed_impl(mt_state_t* st, mp_obj_t a) {
    if (a == mp_const_none) {
        seed_u64(st, lsb_random_entropy());
        return mp_const_none;
    }
    if (mp_obj_is_str(a) || mp_obj_is_type(a, &mp_type_bytes) || mp_obj_is_type(a, &mp_type_bytearray)) {
        // CPython's version 2: int.from_bytes(data + sha512(data).digest()), data the UTF-8 of a str
        mp_obj_t data = mp_obj_is_str(a) ? mp_call_function_1(mp_load_attr(a, MP_QSTR_encode),
                                                              MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8))
                                         : mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_bytes), a);
        mp_obj_t hashlib = mp_import_name(MP_QSTR_hashlib, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t hasher = mp_call_function_1(mp_load_attr(hashlib, MP_QSTR_sha512), data);
        mp_obj_t digest = mp_call_function_0(mp_load_attr(hasher, MP_QSTR_digest));
        mp_obj_t joined = mp_binary_op(MP_BINARY_OP_ADD, data, digest);
        a = mp_call_function_2(mp_load_attr(MP_OBJ_FROM_PTR(&mp_type_int), MP_QSTR_from_bytes), joined,
                               MP_OBJ_NEW_QSTR(MP_QSTR_big));
    }
#if MICROPY_PY_BUILTINS_FLOAT
    else if (mp_obj_is_float(a)) {
        // CPython seeds from hash(a) for a float, read as an unsigned 64-bit size_t
        a = mp_obj_new_int_from_ll(mp_obj_hash64(a));  // whole: mp_unary_op's has 31 bits in wasm
        if (int_less(a, MP_OBJ_NEW_SMALL_INT(0))) {
            mp_obj_t two64 =
                mp_binary_op(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_NEW_SMALL_INT(64));
            a = mp_binary_op(MP_BINARY_OP_ADD, a, two64);
        }
    }
#endif
    if (!mp_obj_is_int(a)) {
        mp_raise_TypeError(MP_ERROR_TEXT(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
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
    seed_words(st, key, words);
    m_del(uint32_t, key, words);
    return mp_const_none;
}

static mp_obj_t randrange(mt_state_t* st, mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    start = get_index(start);
    if (stop == mp_const_none) {
        if (step != MP_OBJ_NEW_SMALL_INT(1)) {
            mp_raise_TypeError(MP_ERROR_TEXT("Missing a non-None stop argument"));
        }
        if (int_less(zero, start)) { return randbelow(st, start); }
        mp_raise_ValueError(MP_ERROR_TEXT("empty range for randrange()"));
    }
    stop = get_index(stop);
    step = get_index(step);
    mp_obj_t width = mp_binary_op(MP_BINARY_OP_SUBTRACT, stop, start);
    mp_obj_t n;
    if (mp_obj_equal(step, MP_OBJ_NEW_SMALL_INT(1))) {
        if (int_less(zero, width)) { return mp_binary_op(MP_BINARY_OP_ADD, start, randbelow(st, width)); }
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
    return mp_binary_op(MP_BINARY_OP_ADD, start, mp_binary_op(MP_BINARY_OP_MULTIPLY, step, randbelow(st, n)));
}

static mp_obj_t sample_impl(mt_state_t* st, mp_obj_t population, mp_int_t k) {
    if (mp_obj_is_type(population, &mp_type_set) || mp_obj_is_type(population, &mp_type_frozenset) ||
        mp_obj_is_type(population, &mp_type_dict)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(population));
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
            size_t j = randbelow_size(st, n - i);
            out[i] = p[j];
            p[j] = p[n - i - 1];
        }
    } else {
        mp_obj_t selected = mp_obj_new_set(0, NULL);
        for (size_t i = 0; i < (size_t)k; ++i) {
            mp_obj_t j = MP_OBJ_NEW_SMALL_INT(randbelow_size(st, n));
            while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, selected, j))) {
                j = MP_OBJ_NEW_SMALL_INT(randbelow_size(st, n));
            }
            mp_obj_set_store(selected, j);
            out[i] = mp_obj_subscr(population, j, MP_OBJ_SENTINEL);
        }
    }
    return result;
}

// choices(population, weights=None, *, cum_weights=None, k=1): CPython's two methods (floor of
// random() * n without weights; bisect of random() * total in the running sums with them).
static mp_obj_t choices_impl(mt_state_t* st, mp_obj_t population, mp_obj_t weights, mp_obj_t cum,
                             mp_int_t k) {
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(population));
    mp_obj_t result = mp_obj_new_list(k > 0 ? (size_t)k : 0, NULL);
    if (k <= 0) { return result; }
    mp_obj_t* out;
    size_t out_len;
    mp_obj_list_get(result, &out_len, &out);
    if (cum == mp_const_none && weights == mp_const_none) {
        for (mp_int_t i = 0; i < k; ++i) {
            out[i] = mp_obj_subscr(population,
                                   MP_OBJ_NEW_SMALL_INT((mp_int_t)floor(random_double(st) * (double)n)),
                                   MP_OBJ_SENTINEL);
        }
        return result;
    }
    if (cum != mp_const_none && weights != mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot specify both weights and cumulative weights"));
    }
    double* sums = m_new(double, n ? n : 1);
    mp_obj_t source = cum != mp_const_none ? cum : weights;
    if ((size_t)mp_obj_get_int(mp_obj_len(source)) != n) {
        m_del(double, sums, n ? n : 1);
        mp_raise_ValueError(MP_ERROR_TEXT("The number of weights does not match the population"));
    }
    double running = 0;
    for (size_t i = 0; i < n; ++i) {
        double w = mp_obj_get_float(mp_obj_subscr(source, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL));
        running = cum != mp_const_none ? w : running + w;
        sums[i] = running;
    }
    double total = n ? sums[n - 1] : 0.0;
    if (n == 0 || total <= 0.0) {
        m_del(double, sums, n ? n : 1);
        if (n == 0) { mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("list index out of range")); }
        mp_raise_ValueError(MP_ERROR_TEXT("Total of weights must be greater than zero"));
    }
    if (!isfinite(total)) {
        m_del(double, sums, n);
        mp_raise_ValueError(MP_ERROR_TEXT("Total of weights must be finite"));
    }
    for (mp_int_t i = 0; i < k; ++i) {
        double x = random_double(st) * total;
        size_t lo = 0, hi = n - 1;  // bisect_right over sums[0:n-1]
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (x < sums[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out[i] = mp_obj_subscr(population, MP_OBJ_NEW_SMALL_INT(lo), MP_OBJ_SENTINEL);
    }
    m_del(double, sums, n);
    return result;
}

static const double kTwoPi = 2.0 * 3.141592653589793;  // CPython's TWOPI: 2.0 * math.pi

static double gauss_impl(mt_state_t* st, double mu, double sigma) {
    double z;
    if (st->has_gauss) {
        z = st->gauss_next;
        st->has_gauss = false;
    } else {
        double x2pi = random_double(st) * kTwoPi;
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(st)));
        z = cos(x2pi) * g2rad;
        st->gauss_next = sin(x2pi) * g2rad;
        st->has_gauss = true;
    }
    return mu + z * sigma;
}

// Kinderman and Monahan's ratio method, as CPython's normalvariate.
static double normalvariate_impl(mt_state_t* st, double mu, double sigma) {
    const double magic = 4.0 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(st);
        double u2 = 1.0 - random_double(st);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) { break; }
    }
    return mu + z * sigma;
}

static double triangular_impl(mt_state_t* st, double low, double high, mp_obj_t mode_in) {
    double u = random_double(st);
    double c = 0.5;
    if (mode_in != mp_const_none) {
        double mode = mp_obj_get_float(mode_in);
        if (high == low) { return low; }
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return low + (high - low) * sqrt(u * c);
}

// Python's float %: the result takes the divisor's sign.
static double python_mod(double x, double y) {
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) { m += y; }
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

// The von Mises distribution: Best and Fisher's method, as CPython's vonmisesvariate.
static double vonmisesvariate_impl(mt_state_t* st, double mu, double kappa) {
    if (kappa <= 1e-6) { return kTwoPi * random_double(st); }
    double s = 0.5 / kappa;
    double r = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = random_double(st);
        z = cos(3.141592653589793 * u1);
        double d = z / (r + z);
        double u2 = random_double(st);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) { break; }
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random_double(st);
    return u3 > 0.5 ? python_mod(mu + acos(f), kTwoPi) : python_mod(mu - acos(f), kTwoPi);
}

// The gamma distribution as CPython's gammavariate: Cheng's rejection method for alpha > 1, an
// exponential for alpha == 1, Kennedy and Gentle's algorithm GS below 1.
static double gammavariate_impl(mt_state_t* st, double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) {
        mp_raise_ValueError(MP_ERROR_TEXT("gammavariate: alpha and beta must be > 0.0"));
    }
    if (alpha > 1.0) {
        const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = random_double(st);
            if (!(1e-7 < u1 && u1 < 0.9999999)) { continue; }
            double u2 = 1.0 - random_double(st);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + sg_magic - 4.5 * z >= 0.0 || r >= log(z)) { return x * beta; }
        }
    }
    if (alpha == 1.0) { return -log(1.0 - random_double(st)) * beta; }
    const double e = 2.718281828459045;
    double x;
    for (;;) {
        double u = random_double(st);
        double b = (e + alpha) / e;
        double p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = random_double(st);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) { break; }
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return x * beta;
}

// One entry point for every function: `which` picks it; st is the module's or the object's.
typedef enum {
    FN_SEED,
    FN_RANDOM,
    FN_UNIFORM,
    FN_GETRANDBITS,
    FN_RANDRANGE,
    FN_RANDINT,
    FN_CHOICE,
    FN_SHUFFLE,
    FN_SAMPLE,
    FN_CHOICES,
    FN_GAUSS,
    FN_NORMALVARIATE,
    FN_EXPOVARIATE,
    FN_TRIANGULAR,
    FN_RANDBYTES,
    FN_LOGNORMVARIATE,
    FN_VONMISESVARIATE,
    FN_GAMMAVARIATE,
    FN_BETAVARIATE,
    FN_PARETOVARIATE,
    FN_WEIBULLVARIATE,
    FN_GETSTATE,
    FN_SETSTATE,
} random_fn_t;

// CPython's state: (3, (624 words, then the position), gauss's cached value or None)
static mp_obj_t getstate_impl(mt_state_t* st) {
    if (st->follows_run && st->run != lsb_run_id()) { seed_default(st); }
    mp_obj_tuple_t* words = MP_OBJ_TO_PTR(mp_obj_new_tuple(MT_N + 1, NULL));
    for (size_t i = 0; i < MT_N; ++i) { words->items[i] = mp_obj_new_int_from_uint(st->mt[i]); }
    words->items[MT_N] = MP_OBJ_NEW_SMALL_INT(st->index > MT_N ? MT_N : st->index);
    mp_obj_t items[3] = {MP_OBJ_NEW_SMALL_INT(3), MP_OBJ_FROM_PTR(words),
                         st->has_gauss ? mp_obj_new_float(st->gauss_next) : mp_const_none};
    return mp_obj_new_tuple(3, items);
}

static mp_obj_t setstate_impl(mt_state_t* st, mp_obj_t state) {
    mp_obj_t version = mp_obj_subscr(state, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
    if (version != MP_OBJ_NEW_SMALL_INT(3) && version != MP_OBJ_NEW_SMALL_INT(2)) {
        mp_obj_t text = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), version);
        mp_raise_msg_varg(&mp_type_ValueError,
                          MP_ERROR_TEXT("state with version %s passed to Random.setstate() of version 3"),
                          mp_obj_str_get_str(text));
    }
    mp_obj_t parts[3] = {version, mp_obj_subscr(state, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_SENTINEL),
                         mp_obj_subscr(state, MP_OBJ_NEW_SMALL_INT(2), MP_OBJ_SENTINEL)};
    size_t count;
    mp_obj_t* words;
    if (!mp_obj_is_type(parts[1], &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("state vector must be a tuple"));
    }
    mp_obj_get_array(parts[1], &count, &words);
    if (count != MT_N + 1) { mp_raise_ValueError(MP_ERROR_TEXT("state vector is the wrong size")); }
    mp_int_t index = mp_obj_get_int(words[MT_N]);
    if (index < 0 || index > MT_N) { mp_raise_ValueError(MP_ERROR_TEXT("invalid state")); }
    for (size_t i = 0; i < MT_N; ++i) { st->mt[i] = (uint32_t)mp_obj_int_get_truncated(words[i]); }
    st->index = (int)index;
    st->run = lsb_run_id();
    st->has_gauss = parts[2] != mp_const_none;
    if (st->has_gauss) { st->gauss_next = mp_obj_get_float(parts[2]); }
    return mp_const_none;
}

static mp_obj_t call_fn(random_fn_t which, mt_state_t* st, size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    mp_arg_val_t v[5];
    switch (which) {
        case FN_GETSTATE: mp_arg_check_num(n_args, kw->used, 0, 0, false); return getstate_impl(st);
        case FN_SETSTATE: mp_arg_check_num(n_args, kw->used, 1, 1, false); return setstate_impl(st, pos[0]);
        case FN_SEED: {
            static const mp_arg_t allowed[] = {{MP_QSTR_a, MP_ARG_OBJ, {.u_obj = mp_const_none}}};
            mp_arg_parse_all(n_args, pos, kw, 1, allowed, v);
            return seed_impl(st, v[0].u_obj);
        }
        case FN_RANDOM:
            mp_arg_check_num(n_args, kw->used, 0, 0, false);
            return mp_obj_new_float(random_double(st));
        case FN_UNIFORM: {
            static const mp_arg_t allowed[] = {{MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                                               {MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            mp_arg_parse_all(n_args, pos, kw, 2, allowed, v);
            mp_float_t a = mp_obj_get_float(v[0].u_obj), b = mp_obj_get_float(v[1].u_obj);
            return mp_obj_new_float(a + (b - a) * random_double(st));
        }
        case FN_GETRANDBITS: {
            mp_arg_check_num(n_args, kw->used, 1, 1, false);
            mp_int_t k = mp_obj_get_int(pos[0]);
            if (k < 0) { mp_raise_ValueError(MP_ERROR_TEXT("number of bits must be non-negative")); }
            return getrandbits(st, (size_t)k);
        }
        case FN_RANDRANGE: {
            static const mp_arg_t allowed[] = {
                {MP_QSTR_start, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                {MP_QSTR_stop, MP_ARG_OBJ, {.u_obj = mp_const_none}},
                {MP_QSTR_step, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}}};
            mp_arg_parse_all(n_args, pos, kw, 3, allowed, v);
            return randrange(st, v[0].u_obj, v[1].u_obj, v[2].u_obj);
        }
        case FN_RANDINT: {
            static const mp_arg_t allowed[] = {{MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                                               {MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            mp_arg_parse_all(n_args, pos, kw, 2, allowed, v);
            return randrange(st, v[0].u_obj,
                             mp_binary_op(MP_BINARY_OP_ADD, get_index(v[1].u_obj), MP_OBJ_NEW_SMALL_INT(1)),
                             MP_OBJ_NEW_SMALL_INT(1));
        }
        case FN_CHOICE: {
            mp_arg_check_num(n_args, kw->used, 1, 1, false);
            size_t n = (size_t)mp_obj_get_int(mp_obj_len(pos[0]));
            if (n == 0) {
                mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("Cannot choose from an empty sequence"));
            }
            return mp_obj_subscr(pos[0], mp_obj_new_int_from_uint(randbelow_size(st, n)), MP_OBJ_SENTINEL);
        }
        case FN_SHUFFLE: {
            mp_arg_check_num(n_args, kw->used, 1, 1, false);
            mp_obj_t x = pos[0];
            size_t n = (size_t)mp_obj_get_int(mp_obj_len(x));
            for (size_t i = n; i-- > 1;) {
                mp_obj_t oi = MP_OBJ_NEW_SMALL_INT(i);
                mp_obj_t oj = MP_OBJ_NEW_SMALL_INT(randbelow_size(st, i + 1));
                mp_obj_t a = mp_obj_subscr(x, oi, MP_OBJ_SENTINEL);
                mp_obj_t b = mp_obj_subscr(x, oj, MP_OBJ_SENTINEL);
                mp_obj_subscr(x, oi, b);
                mp_obj_subscr(x, oj, a);
            }
            return mp_const_none;
        }
        case FN_SAMPLE: {
            static const mp_arg_t allowed[] = {
                {MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                {MP_QSTR_k, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                {MP_QSTR_counts, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none}}};
            mp_arg_parse_all(n_args, pos, kw, 3, allowed, v);
            if (v[2].u_obj != mp_const_none) {
                mp_raise_TypeError(MP_ERROR_TEXT("sample() counts= is not supported"));
            }
            return sample_impl(st, v[0].u_obj, mp_obj_get_int(v[1].u_obj));
        }
        case FN_CHOICES: {
            static const mp_arg_t allowed[] = {
                {MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                {MP_QSTR_weights, MP_ARG_OBJ, {.u_obj = mp_const_none}},
                {MP_QSTR_cum_weights, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none}},
                {MP_QSTR_k, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1}}};
            mp_arg_parse_all(n_args, pos, kw, 4, allowed, v);
            return choices_impl(st, v[0].u_obj, v[1].u_obj, v[2].u_obj, v[3].u_int);
        }
        case FN_GAUSS:
        case FN_NORMALVARIATE: {
            static const mp_arg_t allowed[] = {
                {MP_QSTR_mu, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(0)}},
                {MP_QSTR_sigma, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}}};
            mp_arg_parse_all(n_args, pos, kw, 2, allowed, v);
            double mu = mp_obj_get_float(v[0].u_obj), sigma = mp_obj_get_float(v[1].u_obj);
            return mp_obj_new_float(which == FN_GAUSS ? gauss_impl(st, mu, sigma)
                                                      : normalvariate_impl(st, mu, sigma));
        }
        case FN_EXPOVARIATE: {
            static const mp_arg_t allowed[] = {
                {MP_QSTR_lambd, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}}};
            mp_arg_parse_all(n_args, pos, kw, 1, allowed, v);
            double lambd = mp_obj_get_float(v[0].u_obj);
            if (lambd == 0.0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, MP_ERROR_TEXT("float division by zero"));
            }
            return mp_obj_new_float(-log(1.0 - random_double(st)) / lambd);
        }
        case FN_LOGNORMVARIATE:
        case FN_VONMISESVARIATE:
        case FN_GAMMAVARIATE:
        case FN_BETAVARIATE:
        case FN_WEIBULLVARIATE: {
            // (two required arguments, named as CPython names them)
            static const mp_arg_t mu_sigma[] = {{MP_QSTR_mu, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                                                {MP_QSTR_sigma, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            static const mp_arg_t mu_kappa[] = {{MP_QSTR_mu, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                                                {MP_QSTR_kappa, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            static const mp_arg_t alpha_beta[] = {{MP_QSTR_alpha, MP_ARG_REQUIRED | MP_ARG_OBJ, {}},
                                                  {MP_QSTR_beta, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            const mp_arg_t* allowed = which == FN_LOGNORMVARIATE    ? mu_sigma
                                      : which == FN_VONMISESVARIATE ? mu_kappa
                                                                    : alpha_beta;
            mp_arg_parse_all(n_args, pos, kw, 2, allowed, v);
            double a = mp_obj_get_float(v[0].u_obj), b = mp_obj_get_float(v[1].u_obj);
            switch (which) {
                case FN_LOGNORMVARIATE: return mp_obj_new_float(exp(normalvariate_impl(st, a, b)));
                case FN_VONMISESVARIATE: return mp_obj_new_float(vonmisesvariate_impl(st, a, b));
                case FN_GAMMAVARIATE: return mp_obj_new_float(gammavariate_impl(st, a, b));
                case FN_BETAVARIATE: {
                    double y = gammavariate_impl(st, a, 1.0);
                    return mp_obj_new_float(y != 0.0 ? y / (y + gammavariate_impl(st, b, 1.0)) : 0.0);
                }
                default: {  // weibullvariate
                    double u = 1.0 - random_double(st);
                    return mp_obj_new_float(a * pow(-log(u), 1.0 / b));
                }
            }
        }
        case FN_PARETOVARIATE: {
            static const mp_arg_t allowed[] = {{MP_QSTR_alpha, MP_ARG_REQUIRED | MP_ARG_OBJ, {}}};
            mp_arg_parse_all(n_args, pos, kw, 1, allowed, v);
            double alpha = mp_obj_get_float(v[0].u_obj);
            double u = 1.0 - random_double(st);
            return mp_obj_new_float(pow(u, -1.0 / alpha));
        }
        case FN_TRIANGULAR: {
            static const mp_arg_t allowed[] = {{MP_QSTR_low, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(0)}},
                                               {MP_QSTR_high, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}},
                                               {MP_QSTR_mode, MP_ARG_OBJ, {.u_obj = mp_const_none}}};
            mp_arg_parse_all(n_args, pos, kw, 3, allowed, v);
            return mp_obj_new_float(
                triangular_impl(st, mp_obj_get_float(v[0].u_obj), mp_obj_get_float(v[1].u_obj), v[2].u_obj));
        }
        case FN_RANDBYTES: {
            mp_arg_check_num(n_args, kw->used, 1, 1, false);
            mp_int_t n = mp_obj_get_int(pos[0]);
            if (n < 0) { mp_raise_ValueError(MP_ERROR_TEXT("negative argument not allowed")); }
            // CPython: getrandbits(n * 8).to_bytes(n, 'little')
            vstr_t out;
            vstr_init_len(&out, (size_t)n);
            for (mp_int_t i = 0; i < n; i += 4) {
                uint32_t r = genrand(st);
                mp_int_t left = n - i;
                if (left < 4) { r >>= 8 * (4 - left); }
                for (mp_int_t j = 0; j < 4 && i + j < n; ++j) { out.buf[i + j] = (char)(r >> (8 * j)); }
            }
            return mp_obj_new_bytes_from_vstr(&out);
        }
    }
    return mp_const_none;
}

// ---- Random -------------------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    mt_state_t state;
} random_obj_t;

static const mp_obj_type_t random_type;

static mt_state_t* object_state(mp_obj_t self) {
    if (!mp_obj_is_type(self, &random_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor requires a 'random.Random' object"));
    }
    return &((random_obj_t*)MP_OBJ_TO_PTR(self))->state;
}

static mp_obj_t random_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    random_obj_t* self = mp_obj_malloc(random_obj_t, type);
    memset(&self->state, 0, sizeof(self->state));
    self->state.index = MT_N + 1;
    if (n_args == 0 || args[0] == mp_const_none) {
        seed_default(&self->state);  // as the module's: reproducible under virtual time or --seed
    } else {
        seed_impl(&self->state, args[0]);
    }
    return MP_OBJ_FROM_PTR(self);
}

// The module's function and the Random method for each entry point.
#define RANDOM_FUNCTION(name, which)                                                   \
    static mp_obj_t module_##name(size_t n_args, const mp_obj_t* args, mp_map_t* kw) { \
        return call_fn(which, &module_state, n_args, args, kw);                        \
    }                                                                                  \
    static MP_DEFINE_CONST_FUN_OBJ_KW(module_##name##_obj, 0, module_##name);          \
    static mp_obj_t method_##name(size_t n_args, const mp_obj_t* args, mp_map_t* kw) { \
        return call_fn(which, object_state(args[0]), n_args - 1, args + 1, kw);        \
    }                                                                                  \
    static MP_DEFINE_CONST_FUN_OBJ_KW(method_##name##_obj, 1, method_##name);

RANDOM_FUNCTION(seed, FN_SEED)
RANDOM_FUNCTION(random, FN_RANDOM)
RANDOM_FUNCTION(uniform, FN_UNIFORM)
RANDOM_FUNCTION(getrandbits, FN_GETRANDBITS)
RANDOM_FUNCTION(randrange, FN_RANDRANGE)
RANDOM_FUNCTION(randint, FN_RANDINT)
RANDOM_FUNCTION(choice, FN_CHOICE)
RANDOM_FUNCTION(shuffle, FN_SHUFFLE)
RANDOM_FUNCTION(sample, FN_SAMPLE)
RANDOM_FUNCTION(choices, FN_CHOICES)
RANDOM_FUNCTION(gauss, FN_GAUSS)
RANDOM_FUNCTION(normalvariate, FN_NORMALVARIATE)
RANDOM_FUNCTION(expovariate, FN_EXPOVARIATE)
RANDOM_FUNCTION(triangular, FN_TRIANGULAR)
RANDOM_FUNCTION(randbytes, FN_RANDBYTES)
RANDOM_FUNCTION(lognormvariate, FN_LOGNORMVARIATE)
RANDOM_FUNCTION(vonmisesvariate, FN_VONMISESVARIATE)
RANDOM_FUNCTION(gammavariate, FN_GAMMAVARIATE)
RANDOM_FUNCTION(betavariate, FN_BETAVARIATE)
RANDOM_FUNCTION(paretovariate, FN_PARETOVARIATE)
RANDOM_FUNCTION(weibullvariate, FN_WEIBULLVARIATE)
RANDOM_FUNCTION(getstate, FN_GETSTATE)
RANDOM_FUNCTION(setstate, FN_SETSTATE)

#define RANDOM_ENTRY(prefix, name) \
    { MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&prefix##_##name##_obj) }
#define RANDOM_ENTRIES(prefix)                                                                             \
    RANDOM_ENTRY(prefix, seed), RANDOM_ENTRY(prefix, random), RANDOM_ENTRY(prefix, uniform),               \
        RANDOM_ENTRY(prefix, getrandbits), RANDOM_ENTRY(prefix, randrange), RANDOM_ENTRY(prefix, randint), \
        RANDOM_ENTRY(prefix, choice), RANDOM_ENTRY(prefix, shuffle), RANDOM_ENTRY(prefix, sample),         \
        RANDOM_ENTRY(prefix, choices), RANDOM_ENTRY(prefix, gauss), RANDOM_ENTRY(prefix, normalvariate),   \
        RANDOM_ENTRY(prefix, expovariate), RANDOM_ENTRY(prefix, triangular),                               \
        RANDOM_ENTRY(prefix, randbytes), RANDOM_ENTRY(prefix, lognormvariate),                             \
        RANDOM_ENTRY(prefix, vonmisesvariate), RANDOM_ENTRY(prefix, gammavariate),                         \
        RANDOM_ENTRY(prefix, betavariate), RANDOM_ENTRY(prefix, paretovariate),                            \
        RANDOM_ENTRY(prefix, weibullvariate), RANDOM_ENTRY(prefix, getstate), RANDOM_ENTRY(prefix, setstate)

static const mp_rom_map_elem_t random_locals_table[] = {RANDOM_ENTRIES(method)};
static MP_DEFINE_CONST_DICT(random_locals, random_locals_table);

static void random_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<random.Random object at %p>", MP_OBJ_TO_PTR(self_in));
}

static MP_DEFINE_CONST_OBJ_TYPE(random_type, MP_QSTR_Random, MP_TYPE_FLAG_NONE, make_new, random_make_new,
                                print, random_print, locals_dict, &random_locals);

// ---- The module ---------------------------------------------------------------------------------------

static mp_obj_t module__urandom(mp_obj_t n) {
    mp_map_t no_kw;
    mp_map_init(&no_kw, 0);
    return call_fn(FN_RANDBYTES, &entropy_state, 1, &n, &no_kw);
}
static MP_DEFINE_CONST_FUN_OBJ_1(module__urandom_obj, module__urandom);

static const mp_rom_map_elem_t random_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random)},
    {MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&random_type)},
    {MP_ROM_QSTR(MP_QSTR__urandom), MP_ROM_PTR(&module__urandom_obj)},
    RANDOM_ENTRIES(module),
};
static MP_DEFINE_CONST_DICT(random_globals, random_globals_table);

const mp_obj_module_t lsp_module_random = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&random_globals,
};

MP_REGISTER_MODULE(MP_QSTR_random, lsp_module_random);
