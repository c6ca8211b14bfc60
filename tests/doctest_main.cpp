// The one doctest main shared by every test program (compiled once, linked as an object library).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
