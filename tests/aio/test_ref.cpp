// Tests for aio/detail/ref.hpp: counting, adoption, and releasing long chains of owners.
#include <doctest/doctest.h>

#include <aio/aio.hpp>
#include <aio/detail/ref.hpp>

namespace {

struct Node final : aio::detail::RefCounted {
    explicit Node(int& alive) : alive(alive) { ++alive; }
    ~Node() override { --alive; }
    int& alive;
    aio::detail::Ref<Node> next;  // owns the rest of the chain
};

}  // namespace

TEST_CASE("Ref counts owners and deletes with the last one") {
    int alive = 0;
    {
        aio::detail::Ref<Node> a(new Node(alive));
        CHECK(a->ref_count() == 1);
        aio::detail::Ref<Node> b = a;
        CHECK(a->ref_count() == 2);
        a.reset();
        CHECK(alive == 1);
        CHECK(b->ref_count() == 1);
    }
    CHECK(alive == 0);
}

TEST_CASE("Ref::adopt takes over a reference without adding one") {
    int alive = 0;
    Node* raw = new Node(alive);
    raw->add_ref();
    aio::detail::Ref<Node> owner = aio::detail::Ref<Node>::adopt(raw);
    CHECK(owner->ref_count() == 1);
    owner.reset();
    CHECK(alive == 0);
}

TEST_CASE("a chain of a million owners is released without one nested destructor per link") {
    // Recursively, each link would take a few hundred bytes of stack: far past the 8 MB of a
    // thread natively, and past a browser's stack for a wasm build much sooner (a script's
    // gather(gather(...)) chain was such a chain).
    int alive = 0;
    constexpr int kLinks = 1'000'000;
    aio::detail::Ref<Node> head(new Node(alive));
    Node* tail = head.get();
    for (int i = 1; i < kLinks; ++i) {
        tail->next = aio::detail::Ref<Node>(new Node(alive));
        tail = tail->next.get();
    }
    CHECK(alive == kLinks);
    head.reset();
    CHECK(alive == 0);
}

TEST_CASE("objects released by a destructor are all deleted before the outer release returns") {
    int alive = 0;
    {
        aio::detail::Ref<Node> root(new Node(alive));
        root->next = aio::detail::Ref<Node>(new Node(alive));
        root->next->next = aio::detail::Ref<Node>(new Node(alive));
        aio::detail::Ref<Node> middle = root->next;  // kept: only the root goes
        root.reset();
        CHECK(alive == 2);
        middle.reset();
        CHECK(alive == 0);
    }
}
