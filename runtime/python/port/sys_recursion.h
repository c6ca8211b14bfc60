// sys.getrecursionlimit / sys.setrecursionlimit: port/sys_recursion.c.
#pragma once

// (the function objects are declared in mpconfigport.h, which lists them in sys)

// Each run starts with CPython's default limit.
void lsp_sys_recursion_init(void);
