#pragma once

#include <QRandomGenerator>

#include <chrono>

/// Exponential backoff with jitter: each failure doubles the wait up to a
/// ceiling, and a random part of it is dropped, so clients that lost the
/// same server do not all come back at the same moment.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds first, std::chrono::milliseconds ceiling,
            QRandomGenerator *random = QRandomGenerator::global());

    /// The wait before the next attempt: between half and all of first × 2^failures, at most the ceiling.
    std::chrono::milliseconds next();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_ceiling;
    QRandomGenerator *m_random;
    int m_failures = 0;
};
