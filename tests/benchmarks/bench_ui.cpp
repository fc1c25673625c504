// Google Benchmark for the reader's models and views at scale (offscreen): 100,000 entities,
// 1,000,000 mentions, one entity with 50,000 of them. Run:
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_ui

#include "core/corpus/corpusindex.h"
#include "core/link/linker.h"
#include "ui/models/entitylistmodel.h"
#include "ui/models/mentionlistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <benchmark/benchmark.h>

using namespace crossread::core;
using namespace crossread::ui;

namespace {

constexpr int kArticles = 20000;
constexpr int kMentionsPerArticle = 50;
constexpr int kNames = 100000;

// Every article names the hot entity 2.5 times on average and 47.5 others drawn from 100,000.
std::shared_ptr<const CorpusIndex> bigIndex()
{
    static const std::shared_ptr<const CorpusIndex> index = [] {
        std::vector<AnalysedArticle> articles(kArticles);
        std::uint64_t state = 42;
        auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        for (int a = 0; a < kArticles; ++a) {
            AnalysedArticle& article = articles[size_t(a)];
            article.article.path = QStringLiteral("/big/%1.txt").arg(a);
            article.article.title = QStringLiteral("Article %1").arg(a);
            QString& text = article.article.text;
            for (int m = 0; m < kMentionsPerArticle; ++m) {
                const bool hot = (a * kMentionsPerArticle + m) % 20 == 0;
                const QString name = hot ? QStringLiteral("Aleksandar Vučić")
                                         : QStringLiteral("Name%1 Family%1").arg(next() % kNames);
                const qsizetype sentence = text.size();
                text += QStringLiteral("On Monday ");
                article.mentions.append({ { text.size(), text.size() + name.size() },
                    hot ? EntityType::Person : EntityType((next() % 3)), name });
                text += name + QStringLiteral(" said the talks would go on. ");
                article.sentences.append({ sentence, text.size() - 1 });
            }
        }
        Linking linking = Linker().link(articles);
        return std::make_shared<const CorpusIndex>(std::move(articles), std::move(linking));
    }();
    return index;
}

void BM_EntityListResetAndSortByMentions(benchmark::State& state)
{
    const auto index = bigIndex();
    EntityListModel model;
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(500, 700);
    view.show();
    for (auto _ : state) {
        model.setIndex(nullptr);
        model.setIndex(index);
        proxy.setIndex(index);
        proxy.sort(EntityListModel::Mentions, Qt::DescendingOrder);
        view.viewport()->repaint();
    }
    state.counters["entities"] = double(index->entities().size());
    state.counters["mentions"] = double(index->totalMentions());
}
BENCHMARK(BM_EntityListResetAndSortByMentions)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_EntityFilterKeystroke(benchmark::State& state)
{
    const auto index = bigIndex();
    EntityListModel model;
    model.setIndex(index);
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setIndex(index);
    proxy.sort(EntityListModel::Mentions, Qt::DescendingOrder);
    int i = 0;
    for (auto _ : state) {
        proxy.setFilterText(i++ % 2 ? QStringLiteral("vuc") : QStringLiteral("name1"));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_EntityFilterKeystroke)->Unit(benchmark::kMillisecond)->Iterations(6);

void BM_MentionsPanelFor50kMentions(benchmark::State& state)
{
    const auto index = bigIndex();
    const std::int32_t hot = index->resolve(u"Aleksandar Vučić");
    MentionListModel model;
    QTreeView view;
    view.setModel(&model);
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.resize(1200, 300);
    view.show();
    for (auto _ : state) {
        model.clear();
        model.showEntity(index, hot);
        view.viewport()->repaint(); // laid out and painted, as the user sees it
    }
    state.counters["mentions"] = double(index->mentionsOf(hot).size());
}
BENCHMARK(BM_MentionsPanelFor50kMentions)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
