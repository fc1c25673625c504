#include "app/cli/commands.h"

#include "core/compare/comparison.h"
#include "core/corpus/analysis.h"
#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "core/io/standoff.h"
#include "core/ner/trainer.h"
#include "core/text/tokenizer.h"
#include "core/text/unicode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>
#include <sys/resource.h>

namespace crossread::cli {

using namespace crossread::core;

namespace {

QTextStream& errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

// Splits "--name value" options from positional arguments. Returns false on a malformed option.
struct ParsedArgs
{
    QStringList positional;
    QMultiHash<QString, QString> options;
    QString error;
};

ParsedArgs parseArgs(const QStringList& args, const QStringList& valueOptions,
    const QStringList& multiValueOptions = {}, const QStringList& flagOptions = {})
{
    ParsedArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QStringLiteral("--"))) {
            parsed.positional << a;
            continue;
        }
        QString name = a.mid(2), value;
        if (flagOptions.contains(name)) {
            parsed.options.insert(name, QString());
            continue;
        }
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (valueOptions.contains(name) || multiValueOptions.contains(name)) {
            if (i + 1 >= args.size()) {
                parsed.error = QStringLiteral("option --%1 needs a value").arg(name);
                return parsed;
            }
            value = args[++i];
            // A multi-value option takes every following argument up to the next option.
            if (multiValueOptions.contains(name)) {
                parsed.options.insert(name, value);
                while (i + 1 < args.size() && !args[i + 1].startsWith(QStringLiteral("--")))
                    parsed.options.insert(name, args[++i]);
                continue;
            }
        }
        if (!valueOptions.contains(name) && !multiValueOptions.contains(name)) {
            parsed.error = QStringLiteral("unknown option --%1").arg(name);
            return parsed;
        }
        parsed.options.insert(name, value);
    }
    return parsed;
}

std::unique_ptr<Extractor> loadExtractor(const ParsedArgs& parsed)
{
    QString error;
    const QString modelPath = parsed.options.value(QStringLiteral("model"));
    auto extractor
        = modelPath.isEmpty() ? Extractor::loadBuiltIn(&error) : Extractor::loadModelFile(modelPath, &error);
    if (!extractor)
        errStream() << "crossread-cli: " << error << '\n' << Qt::flush;
    return extractor;
}

QString displayName(const QString& file, const QStringList& roots)
{
    for (const QString& root : roots) {
        const QFileInfo info(root);
        if (info.isDir()) {
            const QString base = QDir(info.absoluteFilePath()).absolutePath() + u'/';
            if (file.startsWith(base))
                return file.mid(base.size());
        }
    }
    return QFileInfo(file).fileName();
}

// The articles under the given paths, analysed on every core, linked, corrections replayed.
// Unreadable inputs are named on stderr; `skipped` counts them.
struct LoadedCorpus
{
    CorpusIndex index;
    QStringList documents; // display name per article, parallel to index.articles()
    int skipped = 0;
};

std::optional<LoadedCorpus> loadCorpus(const QString& command, const ParsedArgs& parsed)
{
    QTextStream& err = errStream();
    if (parsed.options.contains(QStringLiteral("threads"))) {
        bool ok = false;
        const int threads = parsed.options.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1) {
            err << "crossread-cli " << command << ": --threads takes a whole number of 1 or more\n";
            return std::nullopt;
        }
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    }
    const std::unique_ptr<Extractor> extractor = loadExtractor(parsed);
    if (!extractor)
        return std::nullopt;

    LoadedCorpus loaded;
    const ArticleFileList listing = listArticleFiles(parsed.positional);
    for (const ReadError& e : listing.errors) {
        err << "crossread-cli: skipped " << e.path << ": " << e.reason << '\n';
        ++loaded.skipped;
    }
    // Every core of the machine works on the folder; the result keeps the sorted file order.
    const QList<AnalysisResult> results = QtConcurrent::blockingMapped(
        listing.files, [&](const QString& file) { return analyseFile(file, *extractor); });
    std::vector<AnalysedArticle> articles;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString document = displayName(listing.files[i], parsed.positional);
        if (const auto* error = std::get_if<ReadError>(&results[i])) {
            err << "crossread-cli: skipped " << document << ": " << error->reason << '\n';
            ++loaded.skipped;
            continue;
        }
        const auto& analysed = std::get<AnalysedArticle>(results[i]);
        for (const QString& warning : analysed.article.warnings)
            err << "crossread-cli: note: " << document << ": " << warning << '\n';
        loaded.documents << document;
        articles.push_back(analysed);
    }
    // The corrections of the folder given (the first folder among the paths), or of the folder
    // that holds every file given.
    CorrectionSet corrections;
    QString folder;
    for (const QString& path : parsed.positional)
        if (QFileInfo(path).isDir()) {
            folder = QFileInfo(path).absoluteFilePath();
            break;
        }
    if (folder.isEmpty()) {
        QSet<QString> parents;
        for (const QString& path : parsed.positional)
            parents.insert(QFileInfo(path).absolutePath());
        if (parents.size() == 1)
            folder = *parents.begin();
    }
    if (!folder.isEmpty()) {
        CorrectionsLoad load = loadCorrections(folder);
        if (!load.problem.isEmpty())
            err << "crossread-cli: " << load.problem << '\n';
        corrections = std::move(load.corrections);
    }
    loaded.index = buildCorpus(std::move(articles), Linker(), corrections, folder);
    if (loaded.skipped > 0)
        err << "crossread-cli: " << loaded.skipped << " of " << (listing.files.size() + listing.errors.size())
            << " inputs could not be read\n";
    err.flush();
    return loaded;
}

} // namespace

int runExtract(const QStringList& args)
{
    const ParsedArgs parsed
        = parseArgs(args, { QStringLiteral("format"), QStringLiteral("model"), QStringLiteral("threads") });
    QTextStream& err = errStream();
    if (!parsed.error.isEmpty() || parsed.positional.isEmpty()) {
        err << "crossread-cli extract: "
            << (parsed.error.isEmpty() ? QStringLiteral("no PATH given") : parsed.error)
            << "\nUsage: crossread-cli extract PATH... [--format jsonl|tsv] [--model FILE] [--threads N]\n";
        return 2;
    }
    const QString format = parsed.options.value(QStringLiteral("format"), QStringLiteral("jsonl"));
    if (format != u"jsonl" && format != u"tsv") {
        err << "crossread-cli extract: unknown format '" << format << "' (jsonl or tsv)\n";
        return 2;
    }
    const std::optional<LoadedCorpus> loaded = loadCorpus(QStringLiteral("extract"), parsed);
    if (!loaded)
        return 2;
    const CorpusIndex& index = loaded->index;

    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    for (size_t a = 0; a < index.articles().size(); ++a) {
        const AnalysedArticle& article = index.articles()[a];
        const QString& document = loaded->documents[qsizetype(a)];
        const CodePointMap codePoints(article.article.text);
        for (qsizetype i = 0; i < article.mentions.size(); ++i) {
            const Mention& m = article.mentions[i];
            const QString& entity = index.entity(index.entityOf({ std::int32_t(a), std::int32_t(i) })).key;
            const qsizetype start = codePoints.toCodePoints(m.span.begin);
            const qsizetype end = codePoints.toCodePoints(m.span.end);
            if (format == u"tsv") {
                QString text = m.text;
                text.replace(u'\t', u' ').replace(u'\n', u' ');
                out << document << '\t' << start << '\t' << end << '\t' << text << '\t'
                    << entityTypeName(m.type) << '\t' << entity << '\n';
                continue;
            }
            const QJsonObject line { { QStringLiteral("document"), document },
                { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                { QStringLiteral("text"), m.text }, { QStringLiteral("type"), entityTypeName(m.type) },
                { QStringLiteral("entity"), entity } };
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        }
    }
    out.flush();
    return loaded->skipped > 0 ? 1 : 0;
}

int runEntities(const QStringList& args)
{
    const ParsedArgs parsed
        = parseArgs(args, { QStringLiteral("model"), QStringLiteral("threads"), QStringLiteral("sort") }, {},
            { QStringLiteral("json") });
    QTextStream& err = errStream();
    if (!parsed.error.isEmpty() || parsed.positional.isEmpty()) {
        err << "crossread-cli entities: "
            << (parsed.error.isEmpty() ? QStringLiteral("no FOLDER given") : parsed.error)
            << "\nUsage: crossread-cli entities FOLDER... [--json] [--sort mentions|articles|name|type]\n";
        return 2;
    }
    const QString sort = parsed.options.value(QStringLiteral("sort"), QStringLiteral("mentions"));
    const QHash<QString, EntityOrder> orders { { QStringLiteral("mentions"), EntityOrder::Mentions },
        { QStringLiteral("articles"), EntityOrder::Articles }, { QStringLiteral("name"), EntityOrder::Name },
        { QStringLiteral("type"), EntityOrder::Type } };
    if (!orders.contains(sort)) {
        err << "crossread-cli entities: unknown --sort '" << sort << "' (mentions, articles, name or type)\n";
        return 2;
    }
    const std::optional<LoadedCorpus> loaded = loadCorpus(QStringLiteral("entities"), parsed);
    if (!loaded)
        return 2;
    const CorpusIndex& index = loaded->index;
    const bool json = parsed.options.contains(QStringLiteral("json"));
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (!json)
        out << "TYPE\tMENTIONS\tARTICLES\tNAME\tALIASES\n";
    for (const std::int32_t e : index.sortedEntities(orders.value(sort))) {
        const Entity& entity = index.entity(e);
        if (json) {
            QJsonArray aliases;
            for (const EntityAlias& alias : entity.aliases) {
                QJsonObject a { { QStringLiteral("text"), alias.text },
                    { QStringLiteral("mentions"), alias.mentionCount },
                    { QStringLiteral("reason"), joinReasonText(alias.reason) } };
                if (!alias.joinedTo.isEmpty())
                    a.insert(QStringLiteral("joined_to"), alias.joinedTo);
                aliases.append(a);
            }
            const QJsonObject line { { QStringLiteral("entity"), entity.key },
                { QStringLiteral("name"), entity.name },
                { QStringLiteral("type"), entityTypeName(entity.type) },
                { QStringLiteral("mentions"), entity.mentionCount },
                { QStringLiteral("articles"), entity.articleCount }, { QStringLiteral("aliases"), aliases } };
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        QStringList aliasTexts;
        for (const EntityAlias& alias : entity.aliases)
            aliasTexts << QStringLiteral("%1 (%2)").arg(alias.text).arg(alias.mentionCount);
        out << entityTypeName(entity.type) << '\t' << entity.mentionCount << '\t' << entity.articleCount
            << '\t' << entity.name << '\t' << aliasTexts.join(QStringLiteral("; ")) << '\n';
    }
    out.flush();
    return loaded->skipped > 0 ? 1 : 0;
}

int runMentions(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(
        args, { QStringLiteral("model"), QStringLiteral("threads") }, {}, { QStringLiteral("json") });
    QTextStream& err = errStream();
    if (!parsed.error.isEmpty() || parsed.positional.size() < 2) {
        err << "crossread-cli mentions: "
            << (parsed.error.isEmpty() ? QStringLiteral("FOLDER and NAME are needed") : parsed.error)
            << "\nUsage: crossread-cli mentions FOLDER NAME [--json]\n";
        return 2;
    }
    ParsedArgs corpusArgs = parsed;
    const QString name = corpusArgs.positional.takeLast();
    const std::optional<LoadedCorpus> loaded = loadCorpus(QStringLiteral("mentions"), corpusArgs);
    if (!loaded)
        return 2;
    const CorpusIndex& index = loaded->index;
    const std::int32_t e = index.resolve(name);
    if (e < 0) {
        const std::vector<std::int32_t> hits = index.search(name, 10);
        err << "crossread-cli mentions: no single entity is called '" << name << "'";
        if (!hits.empty()) {
            QStringList names;
            for (std::int32_t h : hits)
                names << index.entity(h).name;
            err << "; did you mean: " << names.join(QStringLiteral(", "));
        }
        err << '\n';
        return 1;
    }
    const Entity& entity = index.entity(e);
    const bool json = parsed.options.contains(QStringLiteral("json"));
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (!json)
        out << entity.name << " (" << entityTypeName(entity.type) << "): " << entity.mentionCount
            << " mentions in " << entity.articleCount << " articles\n";
    for (const MentionRef& ref : index.mentionsOf(e)) {
        const Mention& m = index.mention(ref);
        const QString& document = loaded->documents[ref.article];
        const MentionContext context = index.contextOf(ref);
        const CodePointMap codePoints(index.articles()[size_t(ref.article)].article.text);
        if (json) {
            const QJsonObject line { { QStringLiteral("document"), document },
                { QStringLiteral("start"), codePoints.toCodePoints(m.span.begin) },
                { QStringLiteral("end"), codePoints.toCodePoints(m.span.end) },
                { QStringLiteral("text"), m.text }, { QStringLiteral("type"), entityTypeName(m.type) },
                { QStringLiteral("entity"), entity.key }, { QStringLiteral("left"), context.left },
                { QStringLiteral("right"), context.right } };
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << document << '\t' << context.left << "[" << context.mention << "]" << context.right << '\n';
        }
    }
    out.flush();
    return loaded->skipped > 0 ? 1 : 0;
}

int runCompare(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args,
        { QStringLiteral("model"), QStringLiteral("html"), QStringLiteral("min-similarity") }, {},
        { QStringLiteral("json") });
    QTextStream& err = errStream();
    if (!parsed.error.isEmpty() || parsed.positional.size() != 2) {
        err << "crossread-cli compare: "
            << (parsed.error.isEmpty() ? QStringLiteral("two articles are needed") : parsed.error)
            << "\nUsage: crossread-cli compare A B [--json] [--html REPORT] [--min-similarity 0.3]\n";
        return 2;
    }
    CompareOptions options;
    if (parsed.options.contains(QStringLiteral("min-similarity"))) {
        bool ok = false;
        options.minSimilarity = parsed.options.value(QStringLiteral("min-similarity")).toDouble(&ok);
        if (!ok || options.minSimilarity <= 0 || options.minSimilarity > 1) {
            err << "crossread-cli compare: --min-similarity takes a number in (0, 1]\n";
            return 2;
        }
    }
    for (const QString& path : parsed.positional)
        if (!QFileInfo(path).isFile()) {
            err << "crossread-cli compare: " << path << " is not a file\n";
            return 2;
        }
    // The two articles are linked together, with their folder's corrections when they share one.
    ParsedArgs corpusArgs = parsed;
    const std::optional<LoadedCorpus> loaded = loadCorpus(QStringLiteral("compare"), corpusArgs);
    if (!loaded)
        return 2;
    const CorpusIndex& index = loaded->index;
    const bool sameArticle = QFileInfo(parsed.positional[0]).canonicalFilePath()
        == QFileInfo(parsed.positional[1]).canonicalFilePath();
    if (index.articles().size() != (sameArticle ? 1u : 2u)) {
        err << "crossread-cli compare: both articles must be readable\n";
        return 1;
    }
    auto articleOf = [&](const QString& path) {
        const QString wanted = QFileInfo(path).canonicalFilePath();
        for (size_t a = 0; a < index.articles().size(); ++a)
            if (QFileInfo(index.articles()[a].article.path).canonicalFilePath() == wanted)
                return std::int32_t(a);
        return std::int32_t(-1);
    };
    const std::int32_t left = articleOf(parsed.positional[0]);
    const std::int32_t right = articleOf(parsed.positional[1]);
    if (left < 0 || right < 0) {
        err << "crossread-cli compare: the articles could not be found after reading\n";
        return 1;
    }
    const ArticleComparison c = compareArticles(index, left, right, options);
    const QString html = parsed.options.value(QStringLiteral("html"));
    if (!html.isEmpty()) {
        QSaveFile file(html);
        if (!file.open(QIODevice::WriteOnly) || file.write(comparisonReportHtml(index, c).toUtf8()) < 0
            || !file.commit()) {
            err << "crossread-cli compare: cannot write " << html << ": " << file.errorString() << '\n';
            return 2;
        }
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    auto textOf = [&](std::int32_t article, TextSpan span) {
        return index.articles()[size_t(article)].article.text.mid(span.begin, span.length()).simplified();
    };
    if (parsed.options.contains(QStringLiteral("json"))) {
        QJsonArray entities, passages;
        for (const EntityInBoth& e : c.entities)
            entities.append(QJsonObject { { QStringLiteral("entity"), index.entity(e.entity).key },
                { QStringLiteral("type"), entityTypeName(index.entity(e.entity).type) },
                { QStringLiteral("left"), e.leftMentions }, { QStringLiteral("right"), e.rightMentions } });
        for (const AlignedPassage& p : c.aligned)
            passages.append(
                QJsonObject { { QStringLiteral("similarity"), std::round(p.similarity * 1000) / 1000 },
                    { QStringLiteral("left"), textOf(left, c.leftPassages[size_t(p.left)]) },
                    { QStringLiteral("right"), textOf(right, c.rightPassages[size_t(p.right)]) } });
        const QJsonObject result { { QStringLiteral("left"), loaded->documents[left] },
            { QStringLiteral("right"), loaded->documents[right] },
            { QStringLiteral("aligned_share_left"), c.alignedShareLeft },
            { QStringLiteral("aligned_share_right"), c.alignedShareRight },
            { QStringLiteral("entity_overlap"), c.entityOverlap }, { QStringLiteral("entities"), entities },
            { QStringLiteral("aligned"), passages } };
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return loaded->skipped > 0 ? 1 : 0;
    }
    out << "left:  " << loaded->documents[left] << "\nright: " << loaded->documents[right] << '\n';
    out << "aligned text: " << qRound(c.alignedShareLeft * 100) << "% of left, "
        << qRound(c.alignedShareRight * 100)
        << "% of right; shared entities: " << qRound(c.entityOverlap * 100) << "%\n\n";
    for (const char* section : { "both", "left only", "right only" }) {
        QStringList names;
        for (const EntityInBoth& e : c.entities) {
            const bool both = e.leftMentions && e.rightMentions;
            const bool match = section[0] == 'b' ? both
                : section[0] == 'l'              ? (!both && e.leftMentions)
                                                 : (!both && e.rightMentions);
            if (match)
                names << QStringLiteral("%1 (%2/%3)")
                             .arg(index.entity(e.entity).name)
                             .arg(e.leftMentions)
                             .arg(e.rightMentions);
        }
        out << "entities in " << section << ": "
            << (names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))) << '\n';
    }
    out << "\naligned passages (" << c.aligned.size() << "):\n";
    for (const AlignedPassage& p : c.aligned)
        out << QString::number(p.similarity, 'f', 2)
            << "  L: " << textOf(left, c.leftPassages[size_t(p.left)])
            << "\n      R: " << textOf(right, c.rightPassages[size_t(p.right)]) << "\n";
    return loaded->skipped > 0 ? 1 : 0;
}

int runTrain(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args, { QStringLiteral("out"), QStringLiteral("epochs") },
        { QStringLiteral("train"), QStringLiteral("dev"), QStringLiteral("gazetteers") });
    QTextStream& err = errStream();
    const QStringList trainDirs = parsed.options.values(QStringLiteral("train"));
    const QString outPath = parsed.options.value(QStringLiteral("out"));
    if (!parsed.error.isEmpty() || trainDirs.isEmpty() || outPath.isEmpty()) {
        err << "crossread-cli train: "
            << (parsed.error.isEmpty() ? QStringLiteral("--train and --out are needed") : parsed.error)
            << "\nUsage: crossread-cli train --train DIR... [--dev DIR...] --gazetteers DIR... --out FILE "
               "[--epochs N]\n";
        return 2;
    }
    ner::TrainingOptions options;
    if (parsed.options.contains(QStringLiteral("epochs")))
        options.epochs = std::max(1, parsed.options.value(QStringLiteral("epochs")).toInt());

    const Tokenizer tokenizer;
    ner::Gazetteer gazetteer;
    for (const QString& dir : parsed.options.values(QStringLiteral("gazetteers"))) {
        QDir d(dir);
        for (const QString& name : d.entryList({ QStringLiteral("*.tsv") }, QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                err << "crossread-cli train: cannot read " << f.fileName() << '\n';
                return 2;
            }
            const int bad = gazetteer.addTsv(QString::fromUtf8(f.readAll()), tokenizer);
            err << "gazetteer " << f.fileName()
                << (bad ? QStringLiteral(" (%1 lines not understood)").arg(bad) : QString()) << '\n';
        }
    }
    gazetteer.finalize();

    auto readAll = [&](const QStringList& dirs) {
        std::vector<AnnotatedDocument> docs;
        for (const QString& dir : dirs) {
            QStringList errors;
            auto part = readStandoffFolder(dir, &errors);
            for (const QString& e : errors)
                err << "crossread-cli train: " << e << '\n';
            err << dir << ": " << part.size() << " documents\n";
            std::move(part.begin(), part.end(), std::back_inserter(docs));
        }
        ner::harmonizeConventions(docs, gazetteer);
        return docs;
    };
    const auto training = readAll(trainDirs);
    const auto development = readAll(parsed.options.values(QStringLiteral("dev")));
    err.flush();
    const ner::SequenceModel model
        = ner::trainModel(training, development, gazetteer, options, [&](const QString& line) {
              err << line << '\n';
              err.flush();
          });
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.serialize()) < 0 || !file.commit()) {
        err << "crossread-cli train: cannot write " << outPath << ": " << file.errorString() << '\n';
        return 2;
    }
    err << "wrote " << outPath << '\n';
    return 0;
}

namespace {
double peakResidentMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}
} // namespace

int runBench(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args, { QStringLiteral("min-mb"), QStringLiteral("model") });
    QTextStream& err = errStream();
    QTextStream out(stdout);
    if (!parsed.error.isEmpty()) {
        err << "crossread-cli bench: " << parsed.error << '\n';
        return 2;
    }
    const double baseline = peakResidentMegabytes();
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Extractor> extractor = loadExtractor(parsed);
    if (!extractor)
        return 2;
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const double afterLoad = peakResidentMegabytes();

    QStringList paths = parsed.positional;
    if (paths.isEmpty())
        paths << QStringLiteral(CROSSREAD_SOURCE_DIR "/../shared/corpus/seeds");
    const ArticleFileList listing = listArticleFiles(paths);
    QStringList texts;
    qsizetype bytes = 0;
    for (const QString& file : listing.files) {
        ReadResult r = readArticle(file);
        if (auto* a = std::get_if<Article>(&r)) {
            bytes += a->text.toUtf8().size();
            texts << a->text;
        }
    }
    if (texts.isEmpty()) {
        err << "crossread-cli bench: no readable articles under " << paths.join(u' ') << '\n';
        return 2;
    }
    const double minMb = parsed.options.value(QStringLiteral("min-mb"), QStringLiteral("5")).toDouble();
    // Repeat the articles until the corpus is at least min-mb megabytes of UTF-8.
    const qsizetype repeats = std::max<qsizetype>(1, qsizetype(std::ceil(minMb * 1e6 / double(bytes))));
    const Tokenizer tokenizer;
    qsizetype words = 0;
    for (const QString& t : texts)
        for (const Token& tok : tokenizer.tokenize(t).tokens)
            words += isWordChar(codePointAt(t, tok.begin)) ? 1 : 0;
    words *= repeats;

    ExtractorScratch scratch;
    qsizetype mentions = 0;
    timer.restart();
    for (qsizetype r = 0; r < repeats; ++r)
        for (const QString& t : texts)
            mentions += extractor->extract(t, scratch).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << "corpus:            " << texts.size() << " articles x " << repeats << " = "
        << QString::number(double(bytes * repeats) / 1e6, 'f', 1) << " MB, " << words << " words\n";
    out << "extraction:        " << QString::number(double(words) / seconds, 'f', 0)
        << " words/s on one thread (" << QString::number(seconds, 'f', 2) << " s, " << mentions
        << " mentions)\n";
    out << "model load:        " << QString::number(loadMs, 'f', 1) << " ms (" << extractor->featureCount()
        << " feature rows, " << extractor->gazetteerSize() << " gazetteer entries)\n";
    out << "model resident:    " << QString::number(afterLoad - baseline, 'f', 1)
        << " MB (peak RSS growth at load)\n";
    out << "peak resident:     " << QString::number(peakResidentMegabytes(), 'f', 1) << " MB\n";
    return 0;
}

} // namespace crossread::cli
