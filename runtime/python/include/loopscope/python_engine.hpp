// The Python engine: umbrella header.
#pragma once
#include "python/engine.hpp"
#include "python/run_result.hpp"
