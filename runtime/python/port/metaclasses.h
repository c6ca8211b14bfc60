// Python metaclasses as the classes' own types (port/metaclasses.c, patch 0206). The functions the
// interpreter calls are declared in py/runtime.h (mp_metaclass_*, mp_obj_class_of).
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Forget the classes recorded in the previous run's heap (lsp_init).
void lsp_metaclasses_init(void);

#ifdef __cplusplus
}
#endif
