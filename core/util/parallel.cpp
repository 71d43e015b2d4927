#include "parallel.h"

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <thread>

namespace dijkgraaf {

namespace {

std::size_t coresOfTheMachine()
{
    if (const char *v = std::getenv("DIJKGRAAF_THREADS")) {
        char *end = nullptr;
        const unsigned long n = std::strtoul(v, &end, 10);
        if (end != v && *end == '\0' && n >= 1 && n <= 1024)
            return n;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

// Workers wait for batches; a worker takes one part at a time from the oldest batch that has
// parts left. Taking a part and counting it off happen under the lock, so that a batch (on
// its caller's stack) outlives every part taken from it.
class Pool
{
public:
    explicit Pool(std::size_t threads) { start(threads); }
    ~Pool() { stop(); }

    std::size_t threads() const { return m_workers.size() + 1; }

    void restart(std::size_t threads)
    {
        stop();
        start(threads);
    }

    void run(detail::Batch &b)
    {
        {
            std::lock_guard<std::mutex> g(m_lock);
            b.remaining = b.parts;
            b.next = 1;
            if (!m_workers.empty()) {
                m_queue.push_back(&b);
                m_work.notify_all();
            }
        }
        b.call(b.context, 0); // the first part on the calling thread, always
        std::size_t mine = 1;
        for (std::size_t p = b.next++; p < b.parts; p = b.next++) {
            b.call(b.context, p);
            ++mine;
        }
        std::unique_lock<std::mutex> g(m_lock);
        std::erase(m_queue, &b);
        b.remaining -= mine;
        m_done.wait(g, [&] { return b.remaining == 0; });
    }

private:
    void start(std::size_t threads)
    {
        m_stopping = false;
        for (std::size_t i = 1; i < threads; ++i)
            m_workers.emplace_back([this] { work(); });
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> g(m_lock);
            m_stopping = true;
            m_work.notify_all();
        }
        for (auto &t : m_workers)
            t.join();
        m_workers.clear();
    }

    void work()
    {
        std::unique_lock<std::mutex> g(m_lock);
        for (;;) {
            m_work.wait(g, [&] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            detail::Batch *b = m_queue.front();
            const std::size_t p = b->next++;
            if (p >= b->parts) {
                m_queue.pop_front(); // all taken; the caller waits for the rest to end
                continue;
            }
            g.unlock();
            b->call(b->context, p);
            g.lock();
            if (--b->remaining == 0)
                m_done.notify_all();
        }
    }

    std::mutex m_lock;
    std::condition_variable m_work, m_done;
    std::deque<detail::Batch *> m_queue;
    std::vector<std::thread> m_workers;
    bool m_stopping = false;
};

Pool &pool()
{
    static Pool p(coresOfTheMachine());
    return p;
}

} // namespace

std::size_t workerCount()
{
    return pool().threads();
}

void setWorkerCount(std::size_t n)
{
    pool().restart(std::max<std::size_t>(1, n));
}

void detail::runBatch(Batch &batch)
{
    pool().run(batch);
}

} // namespace dijkgraaf
