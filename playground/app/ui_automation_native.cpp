// window.loopscope.ui on the desktop: there is no page, so nothing to publish.
#include "ui_automation.hpp"

namespace loopscope::app::ui_automation {

void install(AppUi&) {}

}  // namespace loopscope::app::ui_automation
