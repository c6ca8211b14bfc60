// The builtins BaseExceptionGroup and ExceptionGroup (exceptiongroup.c), as the C++ side makes them.
#pragma once
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// ExceptionGroup(message, [items]) or, if an item is not an Exception, BaseExceptionGroup; NULL if
// it could not be made.
void* lsp_new_exception_group(const char* message, size_t len, void** items, size_t n);

#ifdef __cplusplus
}
#endif
