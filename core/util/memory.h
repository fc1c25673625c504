#pragma once

// The process's peak resident memory, for the benchmark commands.

#include <sys/resource.h>

namespace crossread::core {

[[nodiscard]] inline double peakResidentMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

} // namespace crossread::core
