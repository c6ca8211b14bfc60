// Traceback, frame and code objects (exc.__traceback__, sys.exc_info()[2], f.__code__):
// port/frame_objects.c.
#pragma once

// (lsp_traceback_object and lsp_function_code are declared in mpconfigport.h, which hands them to
// the interpreter)
