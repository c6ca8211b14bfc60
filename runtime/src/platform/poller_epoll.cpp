// Linux: epoll + eventfd, the default poller there (file descriptors and wake-ups in one wait).
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

#include "aio/errors.hpp"
#include "aio/event_loop.hpp"
#include "aio/poller.hpp"

namespace aio {

namespace {

class EpollPoller final : public Poller {
public:
    EpollPoller() {
        epfd_ = epoll_create1(EPOLL_CLOEXEC);
        wakefd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (epfd_ < 0 || wakefd_ < 0)
            throw RuntimeError(std::string("epoll/eventfd: ") + std::strerror(errno));
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = wakefd_;
        epoll_ctl(epfd_, EPOLL_CTL_ADD, wakefd_, &ev);
    }
    ~EpollPoller() override {
        ::close(epfd_);
        ::close(wakefd_);
    }

    void poll(EventLoop& loop, double timeout) override {
        int ms = timeout < 0 ? -1 : int(timeout * 1000.0 + 0.999);  // round up: never wake early
        epoll_event events[64];
        int n = epoll_wait(epfd_, events, 64, ms);
        if (n < 0) {
            if (errno == EINTR) return;
            throw RuntimeError(std::string("epoll_wait: ") + std::strerror(errno));
        }
        for (int i = 0; i < n; ++i) {
            int fd = events[i].data.fd;
            if (fd == wakefd_) {
                std::uint64_t v;
                while (::read(wakefd_, &v, sizeof v) > 0) {}
                continue;
            }
            auto it = fds_.find(fd);
            if (it == fds_.end()) continue;
            const std::uint32_t e = events[i].events;
            // Errors and hang-ups wake both sides, which then see the condition on their next call.
            if ((e & (EPOLLIN | EPOLLERR | EPOLLHUP)) && it->second.reader) {
                loop.add_ready_callback([this, fd] { dispatch(fd, true); });
            }
            if ((e & (EPOLLOUT | EPOLLERR | EPOLLHUP)) && it->second.writer) {
                loop.add_ready_callback([this, fd] { dispatch(fd, false); });
            }
        }
    }

    void wake() noexcept override {
        std::uint64_t one = 1;
        [[maybe_unused]] auto r = ::write(wakefd_, &one, sizeof one);
    }

    void add_reader(int fd, detail::Function<void()> cb) override { set(fd, true, std::move(cb)); }
    void add_writer(int fd, detail::Function<void()> cb) override { set(fd, false, std::move(cb)); }
    bool remove_reader(int fd) override { return clear(fd, true); }
    bool remove_writer(int fd) override { return clear(fd, false); }
    bool has_fds() const noexcept override { return !fds_.empty(); }

private:
    struct Interest {
        std::shared_ptr<detail::Function<void()>> reader;
        std::shared_ptr<detail::Function<void()>> writer;
    };

    // Runs the callback registered now (it may have been removed or replaced since the event).
    void dispatch(int fd, bool reading) {
        auto it = fds_.find(fd);
        if (it == fds_.end()) return;
        auto cb = reading ? it->second.reader : it->second.writer;
        if (cb) (*cb)();
    }

    void set(int fd, bool reading, detail::Function<void()> cb) {
        auto [it, inserted] = fds_.try_emplace(fd);
        (reading ? it->second.reader : it->second.writer) =
            std::make_shared<detail::Function<void()>>(std::move(cb));
        update(fd, it->second, inserted);
    }
    bool clear(int fd, bool reading) {
        auto it = fds_.find(fd);
        if (it == fds_.end()) return false;
        auto& slot = reading ? it->second.reader : it->second.writer;
        if (!slot) return false;
        slot.reset();
        if (!it->second.reader && !it->second.writer) {
            epoll_ctl(epfd_, EPOLL_CTL_DEL, fd, nullptr);
            fds_.erase(it);
        } else {
            update(fd, it->second, false);
        }
        return true;
    }
    void update(int fd, const Interest& in, bool added) {
        epoll_event ev{};
        ev.events = (in.reader ? EPOLLIN : 0u) | (in.writer ? EPOLLOUT : 0u);
        ev.data.fd = fd;
        if (epoll_ctl(epfd_, added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) < 0)
            throw RuntimeError(std::string("epoll_ctl: ") + std::strerror(errno));
    }

    int epfd_ = -1;
    int wakefd_ = -1;
    std::unordered_map<int, Interest> fds_;
};
}  // namespace

std::unique_ptr<Poller> make_default_poller() { return std::make_unique<EpollPoller>(); }

}  // namespace aio
