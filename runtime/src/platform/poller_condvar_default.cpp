// Platforms without epoll (the browser, other systems): the default poller is the condition
// variable (no file descriptors; the browser host brings its own poller for the page).
#include "aio/poller.hpp"

namespace aio {

std::unique_ptr<Poller> make_default_poller() { return make_condvar_poller(); }

}  // namespace aio
