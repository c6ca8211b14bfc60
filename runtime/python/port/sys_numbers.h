// sys.float_info and sys.int_info: port/sys_numbers.c.
#pragma once

// (the objects are declared in mpconfigport.h, which lists them in sys)
