# Generates the MicroPython embed tree for Loopscope (run by CMakeLists.txt at configure time):
#   make -f embed.mk MICROPYTHON_TOP=<patched source copy> LOOPSCOPE_PORT=<this dir> CC=<C compiler>
# from the current directory, which holds a copy of mpconfigport.h; output in ./micropython_embed.
# The port's own C files are scanned for qstrs and MP_REGISTER_MODULE like MicroPython's own.
CFLAGS += -I$(LOOPSCOPE_PORT)/port
# -DLOOPSCOPE_NO_THREADS=1 for the page's no-threads build: qstrs are scanned with its config.
CFLAGS += $(LOOPSCOPE_CFLAGS)
SRC_QSTR += $(wildcard $(LOOPSCOPE_PORT)/port/*.c)
include $(MICROPYTHON_TOP)/ports/embed/embed.mk
