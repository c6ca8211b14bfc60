// The C helpers every asyncio unit uses (see binding.h).
#include "asyncio/binding.h"

#include "py/runtime.h"

NORETURN void lsp_raise_error(const lsb_error_t* e) { nlr_raise(lsp_exception_from_error(e)); }

void lsp_check(lsb_error_t e) {
    if (e.kind != LSB_OK) { lsp_raise_error(&e); }
}
