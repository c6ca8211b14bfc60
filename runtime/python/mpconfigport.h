// MicroPython configuration for Loopscope's embedded interpreter (MicroPython 1.25 embed port).
//
// Policy (see runtime/python/README.md and shared/TOOLCHAIN.md):
//  * one interpreter state per run; the GC heap is split: it starts small and grows in areas up to a
//    per-run cap (MP_PLAT_ALLOC_HEAP refuses past it), then allocation raises MemoryError;
//  * the GC never collects from inside an allocation (auto-collect is switched off at init): the
//    engine collects only at safe points with every object held by C/C++ registered as a root,
//    because a conservative scan cannot see wasm locals;
//  * Python-to-Python calls use the Python stack (PYSTACK + STACKLESS): deep recursion raises a
//    catchable RecursionError at the same depth natively and in wasm;
//  * only py/ is compiled: no extmod module is enabled (the embed port ships none), `asyncio` is
//    Loopscope's own native module.
#pragma once
#include <alloca.h>
#include <stddef.h>
#include <stdint.h>

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Word types (pointer sized).
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;
typedef long mp_off_t;

#define MICROPY_MPHALPORT_H "loopscope_mphal.h"
#define MICROPY_HW_BOARD_NAME "loopscope"
#define MICROPY_HW_MCU_NAME "aio"
#define MICROPY_PY_SYS_PLATFORM "linux"  // what CPython on the conformance oracle says

// Core.
#define MICROPY_ENABLE_COMPILER (1)
#define MICROPY_NLR_SETJMP (1)  // portable (wasm) and ASan-friendly, same natively
#define MICROPY_LONGINT_IMPL (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_ERROR_REPORTING (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_ENABLE_SOURCE_LINE (1)
#define MICROPY_CPYTHON_COMPAT (1)
#define MICROPY_PY_ASYNC_AWAIT (1)
#define MICROPY_PY_FSTRINGS (1)
// Threads (port/thread_port.c, README "Threads"): pthreads with a GIL; each Python thread has its own
// state and Python stack. The VM bounces the GIL every 32 branches; the mutex is fair (thread_port.h).
// The page's no-threads build (LOOPSCOPE_NO_THREADS, preset web-nothreads) has none: port/thread_none.c
// implements threads.h for the one thread there is.
#if defined(LOOPSCOPE_NO_THREADS) && LOOPSCOPE_NO_THREADS
#define MICROPY_PY_THREAD (0)
#else
#define MICROPY_PY_THREAD (1)
#define MICROPY_PY_THREAD_GIL (1)
#define MICROPY_PY_THREAD_GIL_VM_DIVISOR (32)
#define MICROPY_MPTHREADPORT_H "thread_port.h"
#endif
#define MICROPY_HELPER_REPL (0)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (0)
#define MICROPY_KBD_EXCEPTION (0)
#define MICROPY_MODULE_FROZEN_MPY (0)
#define MICROPY_MODULE_FROZEN_STR (0)
#define MICROPY_PERSISTENT_CODE_LOAD (0)
#define MICROPY_READER_VFS (0)
#define MICROPY_ROM_TEXT_COMPRESSION (0)

// Memory: GC with finalisers, split heap growing on demand up to the engine's cap.
#define MICROPY_ENABLE_GC (1)
#define MICROPY_ENABLE_FINALISER (1)
#define MICROPY_GC_SPLIT_HEAP (1)
#define MICROPY_GC_SPLIT_HEAP_AUTO (1)
#define MICROPY_GC_ALLOC_THRESHOLD (1)  // counts allocations (the threshold itself stays off)
void* loopscope_heap_alloc(size_t size);
void loopscope_heap_free(void* ptr);
#define MP_PLAT_ALLOC_HEAP(size) loopscope_heap_alloc(size)
#define MP_PLAT_FREE_HEAP(ptr) loopscope_heap_free(ptr)

// Collections inside the VM, for synchronous code that never reaches one of the engine's safe points
// (a tight loop allocating garbage): at a branch, once the allocations since the last collection pass
// the engine's interval (port/interp.c says when such a collection is sound).
extern size_t lsp_vm_collect_blocks;
void lsp_vm_collect(void);
// (MICROPY_VM_HOOK_LOOP below runs it and the step watchdog.)

// Recursion: Python frames live on the Python stack; the C stack is checked against a limit that
// the engine sets after init (without one the first check raises, see TOOLCHAIN.md).
#define MICROPY_ENABLE_PYSTACK (1)
#define MICROPY_STACKLESS (1)
#define MICROPY_STACKLESS_STRICT (1)
#define MICROPY_STACK_CHECK (1)

// Syntax errors: the parser reports the column of the offending token (patches/0002).
void loopscope_note_syntax_error(size_t line, size_t column);
void loopscope_note_syntax_error_end(size_t end_column);
#define MICROPY_PORT_SYNTAX_ERROR_HOOK(line, column) loopscope_note_syntax_error(line, column)
// ... and where the token it stopped at ends (patch 0340: CPython's end_offset and ^^^ range).
#define MICROPY_PORT_SYNTAX_ERROR_END_HOOK(end_column) loopscope_note_syntax_error_end(end_column)
// SyntaxError's msg/lineno/offset/text/... and compile()/exec()/eval() giving them (patch 0340,
// port/syntax_errors.c).
#define MICROPY_PY_SYNTAX_ERROR_DETAILS (1)
// A call alone on its line whose value is a coroutine that never ran warns as CPython (patch 0359)
#define MICROPY_PY_UNAWAITED_WARNING (1)
// `str.upper.__name__`/`__qualname__` and repr as CPython's method descriptor (patch 0343,
// port/reprs.c).
#define MICROPY_PY_METHOD_DESCRIPTOR_NAMES (1)
// int/float comparisons exact, as CPython's (patch 0345).
#define MICROPY_PY_EXACT_INT_FLOAT_COMPARE (1)

// Modules: py/ only. Everything from extmod is off (the embed port compiles none of it).
#define MICROPY_PY_SYS_STDFILES (1)  // port/sys_stdio.c routes them to the run's output
#define MICROPY_PY_SYS_STDIO_BUFFER (0)
#define MICROPY_PY_SYS_EXIT (1)
#define MICROPY_PY_BUILTINS_INPUT (0)
#define MICROPY_PY_BUILTINS_HELP (0)
#define MICROPY_PY_MICROPYTHON_MEM_INFO (0)
#define MICROPY_PY_MICROPYTHON_RINGIO (0)
#define MICROPY_PY_ASYNCIO (0)
#define MICROPY_PY_UCTYPES (0)
#define MICROPY_PY_DEFLATE (0)
#define MICROPY_PY_JSON (0)
#define MICROPY_PY_OS (0)
#define MICROPY_PY_RE (0)
#define MICROPY_PY_RANDOM (0)
#define MICROPY_PY_TIME (0)
#define MICROPY_PY_SELECT (0)
#define MICROPY_PY_HEAPQ (0)
#define MICROPY_PY_HASHLIB (0)
#define MICROPY_PY_BINASCII (0)
#define MICROPY_PY_CRYPTOLIB (0)
#define MICROPY_PY_PLATFORM (0)
#define MICROPY_PY_MACHINE (0)
#define MICROPY_PY_NETWORK (0)
#define MICROPY_PY_SOCKET (0)
#define MICROPY_PY_SSL (0)
#define MICROPY_PY_VFS (0)
#define MICROPY_PY_ERRNO (0)
#define MICROPY_PY_FRAMEBUF (0)
#define MICROPY_PY_BLUETOOTH (0)
#define MICROPY_PY_WEBSOCKET (0)
#define MICROPY_PY_WEBREPL (0)
#define MICROPY_PY_ONEWIRE (0)
#define MICROPY_PY_LWIP (0)
#define MICROPY_PY_BTREE (0)

// `import asyncio.exceptions` / `from asyncio.exceptions import ...`: a module in a builtin
// module's globals is importable as its submodule.
#define MICROPY_MODULE_BUILTIN_SUBPACKAGES (1)

// `__import__` refuses internal modules (`_ls*`) to any code but the shims' (port/shims.c).
#define mp_builtin___import__ lsp_builtin_import

// Builtins CPython 3.11 has and MicroPython lacks (RecursionError comes from patches/0001).
extern const struct _mp_obj_type_t lsp_type_TimeoutError;
extern const struct _mp_obj_type_t lsp_type_BaseExceptionGroup;
extern const struct _mp_obj_type_t lsp_type_ExceptionGroup;
#define MICROPY_PORT_EXTRA_BUILTINS                                                          \
    {MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&lsp_type_TimeoutError)},                 \
        {MP_ROM_QSTR(MP_QSTR_BaseExceptionGroup), MP_ROM_PTR(&lsp_type_BaseExceptionGroup)}, \
        {MP_ROM_QSTR(MP_QSTR_ExceptionGroup), MP_ROM_PTR(&lsp_type_ExceptionGroup)},

// Language features beyond MicroPython's defaults (patches/0004+).
#define MICROPY_PY_EXCEPTION_CHAINING (1)       // raise ... from, __cause__/__context__, notes (0004)
#define MICROPY_PY_ASYNC_GENERATORS (1)         // async generators, async comprehensions, __await__ (0005)
#define MICROPY_PY_COROUTINE_TYPE (1)           // coroutine objects of their own type, `coroutine` (0120)
#define MICROPY_PY_SUBCLASSHOOK (1)             // isinstance() asks a class's __subclasshook__ (0121)
#define MICROPY_PY_IMPORT_ALL_DUNDER_ALL (1)    // `from M import *` follows M.__all__ (0366)
#define MICROPY_PY_EXCEPT_STAR (1)              // except* on ExceptionGroup's split() protocol (0006)
#define MICROPY_PY_STAR_DISPLAYS (1)            // [*a, *b], (*a, b) (0010)
#define MICROPY_PY_PRINT_FLUSH (1)              // print(flush=True) (0011)
#define MICROPY_PY_DICT_INSERTION_ORDER (1)     // dicts iterate in insertion order (0012)
#define MICROPY_PY_FUNCTION_WRITABLE_ATTRS (1)  // f.x = 1, __name__, __qualname__, __dict__ (0041)
#define MICROPY_PY_FUNCTION_QUALNAME (1)        // C.m.__qualname__, f.<locals>.g, f.__doc__ (0216)
#define MICROPY_PY_RECURSIVE_REPR (1)           // a list, tuple or dict inside itself prints [...] (0217)
#define MICROPY_PY_FSTRING_QUOTED_PARTS (1)  // f"{t.strftime('%H:%M')}": quotes and () inside a field (0220)
#define MICROPY_PY_FSTRING_NESTED (1)        // f"{'a' + f'{x:03d}'}": f-strings inside f-strings (0234)
#define MICROPY_PY_FORMAT_FIELD_PATHS (1)    // "{0.name} {d[key]}".format(...) (0223)
#define MICROPY_PY_CLASS_ANNOTATIONS (1)     // __annotations__ of classes, modules, functions (0042, 0228)
#define MICROPY_PY_SYS_EXC_INFO (1)
#define MICROPY_PY_SYS_EXC_INFO_TRACKED (1)     // sys.exc_info() follows enclosing handlers (0043)
#define MICROPY_PY_FORMAT_DUNDER (1)            // __format__ in str.format/f-strings, format() (0044)
#define MICROPY_PY_FSTRING_DEBUG_REPR (1)       // f"{x = }" shows repr(x) with the spaces (0045)
#define MICROPY_OPT_MAP_LOOKUP_CACHE_MIXED (1)  // lookup cache slots independent of qstr numbering (0046)
#define MICROPY_CPYTHON_ERROR_MESSAGES (1)      // ZeroDivisionError, int('x'), NameError texts (0047)
#define MICROPY_PY_BOOL_IS_INT_SUBCLASS (1)     // isinstance(True, int) (0048)
#define MICROPY_PY_BUILTINS_STR_JUSTIFY (1)     // str.ljust/rjust/zfill (0049)
#define MICROPY_PY_STR_EXTENDED_SLICES (1)      // "abc"[::-1], b"ab"[::2] (0200, port/str_slices.c)
#define MICROPY_PY_BUILTINS_311 (1)             // slice(), f.__name__, __mro__, int | str (0202)
#define MICROPY_PY_STR_METHODS_311 (1)          // title, swapcase, removeprefix, translate... (0201)
#define MICROPY_PY_NUMBER_METHODS_311 (1)       // int.bit_length, .real, float.is_integer... (0203)
#define MICROPY_PY_BUILTINS_MEMORYVIEW_ITEMSIZE (1)  // memoryview.itemsize, tolist(), tobytes() (0235)
#define MICROPY_PY_SYS_SETTABLE_STDFILES (1)         // sys.stdout = io.StringIO(); print() follows it (0236)
#define MICROPY_PY_STR_CODECS_MODULE \
    (1)  // str.encode('latin-1'), bytes.decode(errors=...) via shim/codecs.py (0238)
#define MICROPY_PY_BUILTINS_RANGE_BINOP (1)   // range == range, and `x in range` by arithmetic (0237)
#define MICROPY_PY_STR_REPR_PRINTABLE (1)     // repr("é") shows the letter, as CPython (0204)
#define MICROPY_PY_MATH_EXTENSIBLE (1)        // shim/math.py adds gcd, lcm, isqrt, prod, fsum... (0090)
#define MICROPY_PY_SYS_VERSION_FROM_PORT (1)  // sys.version_info is 3.11's (0091, port/sys_version.c)
// What the port adds to sys (patch 0218): getrecursionlimit / setrecursionlimit
// (port/sys_recursion.c), float_info / int_info (port/sys_numbers.c), getsizeof (port/sys_sizes.c),
// getdefaultencoding / getfilesystemencoding / getfilesystemencodeerrors (port/sys_encodings.c).
extern const struct _mp_obj_fun_builtin_fixed_t lsp_sys_getrecursionlimit_obj, lsp_sys_setrecursionlimit_obj;
extern const struct _mp_obj_fun_builtin_fixed_t lsp_sys_getdefaultencoding_obj,
    lsp_sys_getfilesystemencoding_obj, lsp_sys_getfilesystemencodeerrors_obj;
extern const struct _mp_obj_fun_builtin_var_t lsp_sys_getsizeof_obj;
extern const struct _mp_rom_obj_tuple_t lsp_sys_float_info_obj, lsp_sys_int_info_obj;
#define LSP_SYS_ENCODING_ENTRIES                                                                      \
    {MP_ROM_QSTR(MP_QSTR_getdefaultencoding), MP_ROM_PTR(&lsp_sys_getdefaultencoding_obj)},           \
        {MP_ROM_QSTR(MP_QSTR_getfilesystemencoding), MP_ROM_PTR(&lsp_sys_getfilesystemencoding_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_getfilesystemencodeerrors),                                              \
         MP_ROM_PTR(&lsp_sys_getfilesystemencodeerrors_obj)},
#define MICROPY_PY_SYS_PORT_ENTRIES                                                                       \
    {MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&lsp_sys_getrecursionlimit_obj)},                 \
        {MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&lsp_sys_setrecursionlimit_obj)},             \
        {MP_ROM_QSTR(MP_QSTR_float_info), MP_ROM_PTR(&lsp_sys_float_info_obj)},                           \
        {MP_ROM_QSTR(MP_QSTR_int_info), MP_ROM_PTR(&lsp_sys_int_info_obj)},                               \
        {MP_ROM_QSTR(MP_QSTR_getsizeof), MP_ROM_PTR(&lsp_sys_getsizeof_obj)},                             \
        {MP_ROM_QSTR(MP_QSTR_executable), MP_ROM_QSTR(MP_QSTR_)}, /* no interpreter file: CPython's "" */ \
        LSP_SYS_ENCODING_ENTRIES
// exc.__traceback__, sys.exc_info()[2], f.__code__: traceback and code objects (0229,
// port/frame_objects.c)
void* lsp_traceback_object(void* exc);
void* lsp_function_code(void* function);
#define MICROPY_PY_EXCEPTION_TRACEBACK_OBJECT(exc) ((mp_obj_t)lsp_traceback_object((void*)(exc)))
#define MICROPY_PY_FUNCTION_CODE_OBJECT(function) ((mp_obj_t)lsp_function_code((void*)(function)))
#define MICROPY_PY_FUNCTION_INTROSPECTION (1)           // __defaults__, __annotations__, __closure__ (0229)
#define MICROPY_PY_BUILTINS_ZIP_STRICT (1)              // zip(..., strict=True) (0229)
#define MICROPY_PY_BUILTIN_FUNCTION_TYPE_NAME (1)       // type(print) is builtin_function_or_method (0229)
#define MICROPY_PY_SINGLETON_TYPE_NAMES (1)             // type(...) is ellipsis (0229)
#define MICROPY_PY_DICT_VIEW_TYPE_NAMES (1)             // type(d.items()) is dict_items (0229)
#define MICROPY_PY_SET_CPYTHON_ORDER (1)                // sets print in CPython's order (0230)
#define MICROPY_PY_DICT_VIEW_SET_OPS (1)                // len(d.keys()), d.keys() & s, ... (0261)
#define MICROPY_PY_BUILTIN_KEYWORD_PARAMS (1)           // s.split(maxsplit=1), int(x, base=16) ... (0262)
#define MICROPY_PY_BUILTIN_ITER_SENTINEL (1)            // iter(callable, sentinel) (0263)
#define MICROPY_PY_ARRAY_DELETE_INSERT (1)              // del bytearray[:n], bytearray.insert (0263)
#define MICROPY_PY_MRO_ENTRIES (1)                      // __mro_entries__ bases (0270)
#define MICROPY_PY_ARRAY_CPYTHON_ATTRS (1)              // array.typecode, tolist... (0271)
#define MICROPY_PY_PROPERTY_ATTRS (1)                   // property.fget/fset/fdel/__doc__ (0263)
#define MICROPY_PY_SLOTS_MEMBER_DESCRIPTORS (1)         // C.x is <member 'x' of 'C' objects> (0263)
#define MICROPY_PY_SLOTS (1)                            // __slots__ limits instances' attributes (0232)
#define MICROPY_PY_REFLECTED_OPERANDS (1)               // "a" + S("b"), 1 < V() tries V.__gt__ (0281)
#define MICROPY_PY_EXCEPTION_TRACEBACK_OBJECT_KEEP (1)  // except* re-raises keep one entry (0231)
#define MICROPY_PY_PRINT_TO_OBJECT (1)                  // print(file=obj) calls obj.write(str) (0092)
#define MICROPY_COMP_ALLOW_TOP_LEVEL_AWAIT (1)  // the module body may await, when the engine asks (0051)
#define MICROPY_FLOAT_LIBC_TEXT (1)             // floats to/from text via strtod/snprintf (0060)
#define MICROPY_CPYTHON_SYNTAX_ERRORS (1)       // "'(' was never closed", "expected ':'", ... (0062)
#define MICROPY_PY_CPYTHON_REPRS (1)            // <class '__main__.A'>, instances, bound methods (0063)
#define MICROPY_CPYTHON_SUGGESTIONS (1)         // "Did you mean" for NameError/AttributeError (0064)
#define MICROPY_PY_CPYTHON_BUILTIN_METHODS (1)  // metaclass=, __init_subclass__, set.union(*a) (0065)
#define MICROPY_PY_GENERIC_ALIAS (1)            // list[str], cls[T], int | None at run time (0066)
#define MICROPY_PY_METACLASSES (1)              // a metaclass is the class's type; its methods apply (0206)
#define MICROPY_PY_POSITIONAL_ONLY_PARAMS (1)   // def f(a, /, b) (0067; enforced: 0291)
#define MICROPY_PY_CPYTHON_HASH (1)             // CPython 3.11 hashes of numbers and tuples (0292)
#define MICROPY_PY_OSERROR_ERRNO_CPYTHON (1)    // OSError("message").errno is None (0323)
#define MICROPY_PY_LIST_EXTENDED_SLICES (1)     // del x[::2], x[::-1] = seq on lists (0326)
#define MICROPY_PY_ITERATOR_TYPE_NAMES (1)      // list_iterator, dict_keyiterator, ... (0294)
#define MICROPY_ENABLE_DOC_STRING (1)           // class and module docstrings; C.__doc__ is C's own (0210)
#define MICROPY_PY_SET_STAR_DISPLAYS (1)        // {*a, *b} (0068)
#define MICROPY_VM_SWITCH_CASE_RANGES (1)       // LOAD_FAST_n & co. as jump-table entries (0190)
#define MICROPY_VM_SMALL_INT_FAST_PATHS (1)     // small-int compare/add/sub without a call (0190)
#define MICROPY_VM_REENTER (1)                  // a long invocation re-enters the VM now and then (0239)
#define MICROPY_PY_MATCH_STATEMENT (1)          // match/case, PEP 634 (0130, port/pattern_matching.c)
// In wasm the dispatch loop runs in a function of its own, apart from the nlr block's setjmp
// (0322): calls made where setjmp is called carry wasm's longjmp unwind edges, and V8 ran the
// loop at about half speed there. Natively one function is faster.
#ifdef __EMSCRIPTEN__
#define MICROPY_VM_DISPATCH_APART (1)
#endif

// [1].__len__(), int.__add__, super().__len__(): built-ins' special methods as attributes (0332)
#define MICROPY_PY_NATIVE_DUNDERS (1)

// `import asyncio.tasks`: a built-in package's __getattr__ makes the submodule (0355)
#define MICROPY_MODULE_BUILTIN_SUBPACKAGE_GETATTR (1)
// the parser's node chunk doubles as it grows: a long script parses in linear time (0357)
#define MICROPY_PARSE_CHUNK_GROWS_GEOMETRICALLY (1)

// Step watchdog (port/watchdog.c): the VM counts branches; every few thousand the hook checks how long
// the current step has run.
extern unsigned lsp_watchdog_countdown;
void lsp_watchdog_tick(void);
// The VM's branch hook: the collections inside the VM above, then the watchdog, which now and then
// asks the VM to re-enter (patches/0239).
// A collection is long next to a branch: the watchdog looks at the clock right after one (a loop
// that only allocates, a memory bomb, would otherwise take thousands of collections to be seen).
#define MICROPY_VM_HOOK_LOOP                                      \
    if (MP_STATE_MEM(gc_alloc_amount) >= lsp_vm_collect_blocks) { \
        lsp_vm_collect();                                         \
        lsp_watchdog_countdown = 1;                               \
    }                                                             \
    if (--lsp_watchdog_countdown == 0) {                          \
        lsp_watchdog_tick();                                      \
        MP_VM_REENTER_IF_ASKED();                                 \
    }

// Preemption (patches/0140, port/preemption.c): only the main thread's steps are ever preempted (a
// worker thread's VM may see the flag the main thread's watchdog raised).
#include <stdbool.h>
bool lsp_thread_is_main(void);
#define MICROPY_VM_MAY_PREEMPT() lsp_thread_is_main()

// Argument errors name the function, as CPython's (patches/0241, port/builtin_function_attrs.c).
#include <stddef.h>
size_t lsp_arg_error_function_name(bool takes_kw);  // a qstr
#define MICROPY_ARG_ERROR_FUNCTION_NAME(takes_kw) lsp_arg_error_function_name(takes_kw)
// A builtin of one argument words its error as CPython's METH_O functions (patches/0298).
bool lsp_arg_error_one_argument(void);
#define MICROPY_ARG_ERROR_ONE_ARGUMENT() lsp_arg_error_one_argument()

// Long native work (patches/0019: the parser, the compiler, big-number multiplication, division and
// conversion) counts against the watchdog as branches do; once it fired, its StepLimitExceeded is
// raised from inside the operation (a 200k-line source or 3**10**8 ends at the step limit).
void mp_long_work_tick(void);
#define MICROPY_LONG_WORK_TICK() lsp_watchdog_tick()
#define MICROPY_LONG_WORK(units)                         \
    do {                                                 \
        unsigned lsp_work_units_ = (unsigned)(units);    \
        if (lsp_watchdog_countdown <= lsp_work_units_) { \
            mp_long_work_tick();                         \
        } else {                                         \
            lsp_watchdog_countdown -= lsp_work_units_;   \
        }                                                \
    } while (0)

// The collector's mark stack (MicroPython's default is 64 entries). When an object has more unmarked
// children than fit, the collector rescans the whole heap for what it could not follow, once per
// stack's worth: a list of 10k tasks cost ~150 full-heap rescans per collection, and a script filling
// the heap with large objects spent minutes collecting instead of reaching MemoryError.
#define MICROPY_ALLOC_GC_STACK_SIZE (4096)

// Builtins the language additions bring (MicroPython's other builtins hook, so the asyncio ones stay
// in MICROPY_PORT_EXTRA_BUILTINS): the ConnectionError family (port/builtin_errors.c), aiter/anext
// (port/asyncgen.c).
extern const struct _mp_obj_type_t lsp_type_ConnectionError, lsp_type_BrokenPipeError,
    lsp_type_ConnectionAbortedError, lsp_type_ConnectionRefusedError,
    lsp_type_ConnectionResetError;                                      // port/builtin_errors.c
extern const struct _mp_obj_fun_builtin_fixed_t lsp_builtin_aiter_obj;  // port/asyncgen.c
extern const struct _mp_obj_fun_builtin_var_t lsp_builtin_anext_obj;
// The file-system errors of the in-memory file system (port/builtin_errors.c, shim/_lsfs.py).
extern const struct _mp_obj_type_t lsp_type_FileNotFoundError, lsp_type_FileExistsError,
    lsp_type_IsADirectoryError, lsp_type_NotADirectoryError, lsp_type_PermissionError,
    lsp_type_ProcessLookupError, lsp_type_ChildProcessError;
// OSError(errno, text) is the errno's subclass (port/builtin_errors.c, patch 0227).
const struct _mp_obj_type_t* lsp_oserror_subclass(mp_int_t errno_value);
#define MICROPY_PY_OSERROR_SUBCLASS(errno_value) lsp_oserror_subclass(errno_value)
// BaseExceptionGroup(message, exceptions) checks its arguments and picks its class as CPython's
// (port/exceptiongroup.c, patch 0295).
extern const struct _mp_obj_type_t lsp_type_BaseExceptionGroup, lsp_type_ExceptionGroup;
const struct _mp_obj_type_t* lsp_exception_group_new_type(const struct _mp_obj_type_t* type, size_t n_args,
                                                          void* const* args);
#define MICROPY_PY_EXCEPTION_NEW_CHECK(type, n_args, args)                          \
    (((type) == &lsp_type_BaseExceptionGroup || (type) == &lsp_type_ExceptionGroup) \
         ? lsp_exception_group_new_type((type), (n_args), (args))                   \
         : (type))
// What a missing module raises (port/builtin_errors.c, patch 0219).
extern const struct _mp_obj_type_t lsp_type_ModuleNotFoundError;
#define MICROPY_PY_MODULE_NOT_FOUND_ERROR (&lsp_type_ModuleNotFoundError)
// A local read before it is assigned: UnboundLocalError naming it (port/builtin_errors.c, patch 0262).
extern const struct _mp_obj_type_t lsp_type_UnboundLocalError;
#define MICROPY_PY_UNBOUND_LOCAL_NAMES (1)
#define MICROPY_PY_UNBOUND_LOCAL_ERROR (&lsp_type_UnboundLocalError)
// The codec errors (port/builtin_errors.c, shim/codecs.py).
extern const struct _mp_obj_type_t lsp_type_UnicodeEncodeError, lsp_type_UnicodeDecodeError,
    lsp_type_UnicodeTranslateError;
// What non-blocking sockets raise (port/builtin_errors.c, shim/socket.py).
extern const struct _mp_obj_type_t lsp_type_BlockingIOError, lsp_type_InterruptedError;
// ascii, vars, input, exit, quit, breakpoint (port/builtins_311.c).
extern const struct _mp_obj_fun_builtin_fixed_t lsp_builtin_ascii_obj;
extern const struct _mp_obj_fun_builtin_var_t lsp_builtin_vars_obj, lsp_builtin_input_obj,
    lsp_builtin_breakpoint_obj;
extern const struct _lsp_quitter_t lsp_builtin_exit_obj, lsp_builtin_quit_obj;
#define LSP_BUILTINS_311                                                            \
    {MP_ROM_QSTR(MP_QSTR_ascii), MP_ROM_PTR(&lsp_builtin_ascii_obj)},               \
        {MP_ROM_QSTR(MP_QSTR_vars), MP_ROM_PTR(&lsp_builtin_vars_obj)},             \
        {MP_ROM_QSTR(MP_QSTR_input), MP_ROM_PTR(&lsp_builtin_input_obj)},           \
        {MP_ROM_QSTR(MP_QSTR_breakpoint), MP_ROM_PTR(&lsp_builtin_breakpoint_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&lsp_builtin_exit_obj)},             \
        {MP_ROM_QSTR(MP_QSTR_quit), MP_ROM_PTR(&lsp_builtin_quit_obj)},
#define MICROPY_PORT_BUILTINS                                                                        \
    {MP_ROM_QSTR(MP_QSTR_ConnectionError), MP_ROM_PTR(&lsp_type_ConnectionError)},                   \
        {MP_ROM_QSTR(MP_QSTR_BrokenPipeError), MP_ROM_PTR(&lsp_type_BrokenPipeError)},               \
        {MP_ROM_QSTR(MP_QSTR_ConnectionAbortedError), MP_ROM_PTR(&lsp_type_ConnectionAbortedError)}, \
        {MP_ROM_QSTR(MP_QSTR_ConnectionRefusedError), MP_ROM_PTR(&lsp_type_ConnectionRefusedError)}, \
        {MP_ROM_QSTR(MP_QSTR_ConnectionResetError), MP_ROM_PTR(&lsp_type_ConnectionResetError)},     \
        {MP_ROM_QSTR(MP_QSTR_FileNotFoundError), MP_ROM_PTR(&lsp_type_FileNotFoundError)},           \
        {MP_ROM_QSTR(MP_QSTR_FileExistsError), MP_ROM_PTR(&lsp_type_FileExistsError)},               \
        {MP_ROM_QSTR(MP_QSTR_IsADirectoryError), MP_ROM_PTR(&lsp_type_IsADirectoryError)},           \
        {MP_ROM_QSTR(MP_QSTR_NotADirectoryError), MP_ROM_PTR(&lsp_type_NotADirectoryError)},         \
        {MP_ROM_QSTR(MP_QSTR_PermissionError), MP_ROM_PTR(&lsp_type_PermissionError)},               \
        {MP_ROM_QSTR(MP_QSTR_ProcessLookupError), MP_ROM_PTR(&lsp_type_ProcessLookupError)},         \
        {MP_ROM_QSTR(MP_QSTR_ChildProcessError), MP_ROM_PTR(&lsp_type_ChildProcessError)},           \
        {MP_ROM_QSTR(MP_QSTR_BlockingIOError), MP_ROM_PTR(&lsp_type_BlockingIOError)},               \
        {MP_ROM_QSTR(MP_QSTR_InterruptedError), MP_ROM_PTR(&lsp_type_InterruptedError)},             \
        {MP_ROM_QSTR(MP_QSTR_ModuleNotFoundError), MP_ROM_PTR(&lsp_type_ModuleNotFoundError)},       \
        {MP_ROM_QSTR(MP_QSTR_UnboundLocalError), MP_ROM_PTR(&lsp_type_UnboundLocalError)},           \
        {MP_ROM_QSTR(MP_QSTR_UnicodeEncodeError), MP_ROM_PTR(&lsp_type_UnicodeEncodeError)},         \
        {MP_ROM_QSTR(MP_QSTR_UnicodeDecodeError), MP_ROM_PTR(&lsp_type_UnicodeDecodeError)},         \
        {MP_ROM_QSTR(MP_QSTR_UnicodeTranslateError), MP_ROM_PTR(&lsp_type_UnicodeTranslateError)},   \
        {MP_ROM_QSTR(MP_QSTR_aiter), MP_ROM_PTR(&lsp_builtin_aiter_obj)},                            \
        {MP_ROM_QSTR(MP_QSTR_anext), MP_ROM_PTR(&lsp_builtin_anext_obj)}, LSP_BUILTINS_311
