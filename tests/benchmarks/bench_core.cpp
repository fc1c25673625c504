// Google Benchmark programs for the core's hot paths. Run:
//   build/tests/benchmarks/bench_core --benchmark_counters_tabular=true
// Extraction reads our own sample articles (resources/samples), so it runs on a fresh clone.

#include "core/corpus/analysis.h"
#include "core/corpus/corpusindex.h"
#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "core/link/linker.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace crossread::core;

namespace {

const Extractor& extractor()
{
    static const std::unique_ptr<Extractor> loaded = [] {
        QString error;
        auto e = Extractor::loadBuiltIn(&error);
        if (!e)
            qFatal("%s", qPrintable(error));
        return e;
    }();
    return *loaded;
}

QStringList sampleTexts()
{
    QStringList texts;
    for (const QString& file :
        listArticleFiles({ QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples") }).files) {
        const ReadResult read = readArticle(file);
        if (const auto* a = std::get_if<Article>(&read))
            texts << a->text;
    }
    return texts;
}

void BM_ExtractSampleArticles(benchmark::State& state)
{
    const QStringList texts = sampleTexts();
    ExtractorScratch scratch;
    qint64 characters = 0;
    for (auto _ : state)
        for (const QString& t : texts) {
            benchmark::DoNotOptimize(extractor().extract(t, scratch));
            characters += t.size();
        }
    state.SetBytesProcessed(characters * 2);
}
BENCHMARK(BM_ExtractSampleArticles)->Unit(benchmark::kMillisecond);

// A long text without line breaks, full of one-word names no list knows (each is checked for a
// line of its own): the time must grow with the text, not with the text times the names.
void BM_ExtractOneLongLine(benchmark::State& state)
{
    QString text;
    const QString consonants = QStringLiteral("BDFGKLMNPRSTVZ");
    const QString vowels = QStringLiteral("aeiou");
    for (int i = 0; i < state.range(0); ++i) {
        QString name;
        for (int k = 0, n = i; k < 4; ++k, n /= 5)
            name += (k == 0 ? consonants[n % consonants.size()] : QChar(u'r'))
                + vowels[(n + k) % vowels.size()];
        text += QStringLiteral("Our team moved the billing data to %1 last spring. %1 crashed twice. ")
                    .arg(name);
    }
    ExtractorScratch scratch;
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor().extract(text, scratch));
    state.SetComplexityN(state.range(0));
    state.SetBytesProcessed(state.iterations() * text.size() * 2);
}
BENCHMARK(BM_ExtractOneLongLine)
    ->RangeMultiplier(4)
    ->Range(1 << 10, 1 << 14)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

// A folder of `articles` synthetic articles, each naming one hot entity `perArticle` times
// among a few others: the shape of a long-running story.
std::vector<AnalysedArticle> syntheticFolder(int articles, int perArticle)
{
    std::vector<AnalysedArticle> folder;
    const QString sentence
        = QStringLiteral("President Aleksandar Vučić met officials in Belgrade on Monday. ");
    for (int a = 0; a < articles; ++a) {
        AnalysedArticle article;
        article.article.path = QStringLiteral("/bench/%1.txt").arg(a);
        for (int i = 0; i < perArticle; ++i) {
            const qsizetype base = article.article.text.size();
            article.article.text += sentence;
            article.mentions.append(
                { { base + 10, base + 26 }, EntityType::Person, QStringLiteral("Aleksandar Vučić") });
            article.mentions.append(
                { { base + 44, base + 52 }, EntityType::Location, QStringLiteral("Belgrade") });
            article.sentences.append({ base, base + sentence.size() - 1 });
        }
        folder.push_back(std::move(article));
    }
    return folder;
}

void BM_ListMentionsWithContext(benchmark::State& state)
{
    // 1,000 articles x 50 = 50,000 mentions of one entity.
    const CorpusIndex index(syntheticFolder(1000, 50), Linker().link(syntheticFolder(1000, 50)));
    const std::int32_t entity = index.resolve(u"Vučić");
    for (auto _ : state) {
        int listed = 0;
        for (const MentionRef& ref : index.mentionsOf(entity)) {
            benchmark::DoNotOptimize(index.contextOf(ref));
            ++listed;
        }
        benchmark::DoNotOptimize(listed);
    }
    state.counters["mentions"] = double(index.mentionsOf(entity).size());
}
BENCHMARK(BM_ListMentionsWithContext)->Unit(benchmark::kMillisecond);

void BM_MentionsOfEntity(benchmark::State& state)
{
    const CorpusIndex index(syntheticFolder(1000, 50), Linker().link(syntheticFolder(1000, 50)));
    const std::int32_t entity = index.resolve(u"Vučić");
    for (auto _ : state)
        benchmark::DoNotOptimize(index.mentionsOf(entity).size());
}
BENCHMARK(BM_MentionsOfEntity)->Unit(benchmark::kMicrosecond);

void BM_LinkFolder(benchmark::State& state)
{
    const auto folder = syntheticFolder(int(state.range(0)), 20);
    const Linker linker;
    for (auto _ : state)
        benchmark::DoNotOptimize(linker.link(folder));
    state.counters["mentions"] = double(state.range(0) * 40);
}
BENCHMARK(BM_LinkFolder)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_SearchPrefix(benchmark::State& state)
{
    const CorpusIndex index(syntheticFolder(100, 5), Linker().link(syntheticFolder(100, 5)));
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(u"vuc"));
}
BENCHMARK(BM_SearchPrefix)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the built-in model is a Qt resource
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
