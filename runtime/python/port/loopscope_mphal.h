// The MicroPython HAL as the Loopscope engine provides it (port/interp.c): output goes to the
// engine's callbacks; there is no keyboard, no pins, no ticks and no sleeping here (time belongs to
// the event loop).
#pragma once
#include <stddef.h>

static inline void mp_hal_set_interrupt_char(int c) { (void)c; }

// No pin API (keeps py/mphal.h away from extmod/virtpin.h, which the embed tree does not ship).
#define mp_hal_pin_obj_t void*
