// crossread-cli: batch use of the Crossread core, JSON Lines out.

#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr char kUsage[] = R"(Usage: crossread-cli COMMAND [OPTIONS]

Commands:
  extract PATH... [--format jsonl|tsv] [--model FILE] [--threads N]
        Print every PERSON, LOCATION and ORGANIZATION mention of the articles under PATH
        (folders are read recursively; .txt, .md, .html, .htm). One JSON object per line:
        document, start, end (Unicode code points, end exclusive), text, type, and entity:
        the key of the linked cross-article entity.
  entities FOLDER... [--json] [--sort mentions|articles|name|type]
        List the linked entities: type, mention and article counts, name, aliases (with the
        reason each alias was joined, in --json).
  mentions FOLDER NAME [--json]
        Every mention of the entity NAME stands for (any alias, any spelling), with its
        article and context.
  compare A B [--json] [--html REPORT] [--min-similarity 0.3]
        Compare two articles: entities in both or in one only, passages of one that say what
        a passage of the other says (paraphrase and reordering allowed), overall similarity;
        --html writes a self-contained report.
  make-corpus OUT [--articles 1000] [--words 500] [--source DIR...]
        Make a benchmark folder of articles recombined from openly licensed texts
        (../shared/data and our samples). Deterministic; never committed.
  bench-folder FOLDER [--cache FILE] [--threads N]
        Measure opening FOLDER as the reader does (all cores), first without a cache and then
        again with it: first article ready, extraction, linking, peak memory.
  The corrections saved in FOLDER/.crossread/corrections.json apply to every command.
  train --train DIR... [--dev DIR...] --gazetteers DIR [--clusters FILE] --out FILE [--epochs N]
        [--min-feature-count 2] [--runs 1] [--seed N] [--prune-below 0.001] [--bootstrap F]
        Train the tagger on standoff-annotated folders (DIR/*.txt + DIR/*.json), with the
        gazetteers and word classes (resources/clusters) stored in the model. --runs N averages
        N perceptrons shuffled with seeds --seed, --seed + 1, ... (each picks its epoch on --dev);
        --bootstrap F lets each learn from a random share F of the sentences (bagging).
  refresh-gazetteers MODEL --gazetteers DIR... --out FILE
        Write MODEL with the gazetteers of DIR stored in place of its own, weights and word
        classes unchanged: corrected lists without the draw of a retraining.
  bench [PATH...] [--min-mb N] [--model FILE]
        Measure extraction speed on one thread, model load time and peak memory.
        Without PATH it reads ../shared/corpus/seeds beside the source tree.

Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit status: 0 all input read, 1 some input skipped (named on stderr), 2 bad usage.
)";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crossread-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << kUsage;
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out << kUsage;
        return 0;
    }
    if (command == u"-v" || command == u"--version") {
        out << "crossread-cli " << CROSSREAD_VERSION << '\n';
        return 0;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    if (command == u"extract")
        return crossread::cli::runExtract(args);
    if (command == u"entities")
        return crossread::cli::runEntities(args);
    if (command == u"mentions")
        return crossread::cli::runMentions(args);
    if (command == u"compare")
        return crossread::cli::runCompare(args);
    if (command == u"make-corpus")
        return crossread::cli::runMakeCorpus(args);
    if (command == u"bench-folder")
        return crossread::cli::runBenchFolder(args);
    if (command == u"train")
        return crossread::cli::runTrain(args);
    if (command == u"refresh-gazetteers")
        return crossread::cli::runRefreshGazetteers(args);
    if (command == u"bench")
        return crossread::cli::runBench(args);
    err << "crossread-cli: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
