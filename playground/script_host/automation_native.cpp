// The page's automation API on the desktop: there is no page, so nothing to publish.
#include "automation.hpp"

namespace loopscope::playground::automation {

void install(ScriptHost&) {}

}  // namespace loopscope::playground::automation
