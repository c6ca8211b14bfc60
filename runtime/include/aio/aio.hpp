// The whole aio library: asyncio's model as C++20 coroutines.
#pragma once
#include "clock.hpp"
#include "coro.hpp"
#include "errors.hpp"
#include "event_loop.hpp"
#include "future.hpp"
#include "handle.hpp"
#include "poller.hpp"
#include "sleep.hpp"
#include "task.hpp"
#include "trace.hpp"
