#pragma once

// The crossread-cli subcommands. Each returns the process exit status:
// 0 success, 1 some input skipped or a target missed, 2 bad usage or an unusable model.

#include <QStringList>

namespace crossread::cli {

int runExtract(const QStringList& args);
int runEntities(const QStringList& args);
int runMentions(const QStringList& args);
int runCompare(const QStringList& args);
int runMakeCorpus(const QStringList& args);
int runBenchFolder(const QStringList& args);
int runTrain(const QStringList& args);
int runRefreshGazetteers(const QStringList& args);
int runBench(const QStringList& args);

} // namespace crossread::cli
