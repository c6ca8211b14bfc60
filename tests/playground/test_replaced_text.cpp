// playground/app/replaced_text.hpp: the user's text kept when an example replaces it.
#include <doctest/doctest.h>

#include "replaced_text.hpp"

using namespace loopscope::app;

TEST_CASE("the user's own text is kept; blank text and an unedited example are not") {
    const std::vector<std::string_view> examples = {"print('a')\n", "print('b')\n"};
    ReplacedText kept;
    CHECK_FALSE(kept.keep("", "Hello", examples));
    CHECK_FALSE(kept.keep(" \n\t\n", "Hello", examples));
    CHECK_FALSE(kept.keep("print('b')\n", "Hello", examples));
    CHECK_FALSE(kept.has());
    CHECK(kept.keep("print('b')\n# mine\n", "Hello", examples));  // an edited example is the user's
    CHECK(kept.has());
    CHECK(kept.text() == "print('b')\n# mine\n");
    CHECK(kept.replaced_by() == "Hello");
    // Replacing an example by another keeps the older text of the user's.
    CHECK_FALSE(kept.keep("print('a')\n", "Gather", examples));
    CHECK(kept.text() == "print('b')\n# mine\n");
    CHECK(kept.keep("x = 1\n", "Gather", examples));
    CHECK(kept.text() == "x = 1\n");
    CHECK(kept.replaced_by() == "Gather");
    kept.forget();
    CHECK_FALSE(kept.has());
    CHECK(kept.serialize().empty());
}

TEST_CASE("the kept text survives its stored form, and bad stored text keeps nothing") {
    ReplacedText kept;
    REQUIRE(kept.keep("line 1\n\nline 3 with é\n", "A title", {}));
    ReplacedText back;
    REQUIRE(back.parse(kept.serialize()));
    CHECK(back.text() == "line 1\n\nline 3 with é\n");
    CHECK(back.replaced_by() == "A title");
    CHECK_FALSE(back.parse(""));
    CHECK_FALSE(back.has());
    CHECK_FALSE(back.parse("print('not ours')\n"));
    CHECK_FALSE(back.parse("loopscope-replaced-text 1\nno newline after the title"));
    CHECK_FALSE(back.parse("loopscope-replaced-text 1\ntitle\n  \n"));
    CHECK_FALSE(back.has());
}
