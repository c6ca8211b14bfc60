# Generates the MicroPython embed tree for Loopscope (run by CMakeLists.txt at configure time):
#   make -f embed.mk MICROPYTHON_TOP=<patched source copy> LOOPSCOPE_PORT=<this dir> CC=<C compiler>
# from the current directory, which holds a copy of mpconfigport.h; output in ./micropython_embed.
# The port's own C files (port/, asyncio/) are scanned for qstrs and MP_REGISTER_MODULE like
# MicroPython's own; asyncio/module.c includes the generated asyncio_units.h (LOOPSCOPE_GENERATED).
CFLAGS += -I$(LOOPSCOPE_PORT) -I$(LOOPSCOPE_PORT)/port -I$(LOOPSCOPE_GENERATED)
# -DLOOPSCOPE_NO_THREADS=1 for the page's no-threads build: qstrs are scanned with its config.
CFLAGS += $(LOOPSCOPE_CFLAGS)
SRC_QSTR += $(wildcard $(LOOPSCOPE_PORT)/port/*.c) $(wildcard $(LOOPSCOPE_PORT)/asyncio/*.c)
include $(MICROPYTHON_TOP)/ports/embed/embed.mk
