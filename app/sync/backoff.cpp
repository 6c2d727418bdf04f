#include "backoff.h"

#include <algorithm>

Backoff::Backoff(std::chrono::milliseconds first, std::chrono::milliseconds ceiling, QRandomGenerator *random)
    : m_first(first)
    , m_ceiling(ceiling)
    , m_random(random)
{ }

std::chrono::milliseconds Backoff::next()
{
    // Capped before doubling overflows.
    const int doublings = std::min(m_failures, 30);
    const qint64 full = std::min<qint64>(m_first.count() << doublings, m_ceiling.count());
    ++m_failures;
    const qint64 half = full / 2;
    return std::chrono::milliseconds(half + qint64(m_random->bounded(quint64(full - half + 1))));
}
