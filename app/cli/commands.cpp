#include "app/cli/commands.h"

#include "core/compare/comparison.h"
#include "core/corpus/analysis.h"
#include "core/corpus/analysiscache.h"
#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "core/io/standoff.h"
#include "core/ner/trainer.h"
#include "core/text/tokenizer.h"
#include "core/text/unicode.h"
#include "core/util/memory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

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

// Reads the number option `name` into `value` when it is given. A value that is no number of the
// option's kind or lies outside [min, max] is a usage error: one message naming the option and
// what it takes, and false, so that "--runs abc" never silently means a default.
template <typename Number>
bool readNumberOption(const ParsedArgs& parsed, const QString& command, const QString& name, Number min,
    Number max, Number& value)
{
    if (!parsed.options.contains(name))
        return true;
    const QString text = parsed.options.value(name).trimmed();
    bool ok = false;
    if constexpr (std::is_floating_point_v<Number>) {
        const double read = text.toDouble(&ok);
        if (ok && std::isfinite(read) && read >= double(min) && read <= double(max)) {
            value = Number(read);
            return true;
        }
    } else {
        const qlonglong read = text.toLongLong(&ok);
        if (ok && read >= qlonglong(min) && read <= qlonglong(max)) {
            value = Number(read);
            return true;
        }
    }
    const QString kind
        = std::is_floating_point_v<Number> ? QStringLiteral("a number") : QStringLiteral("a whole number");
    const QString range = std::is_same_v<Number, int> && max == std::numeric_limits<Number>::max()
        ? QStringLiteral("of %1 or more").arg(min)
        : QStringLiteral("from %1 to %2").arg(min).arg(max);
    errStream() << "crossread-cli " << command << ": --" << name << " takes " << kind << ' ' << range
                << ", not '" << parsed.options.value(name) << "'\n";
    return false;
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
    int threads = QThreadPool::globalInstance()->maxThreadCount();
    if (!readNumberOption(
            parsed, command, QStringLiteral("threads"), 1, std::numeric_limits<int>::max(), threads))
        return std::nullopt;
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
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
    if (!readNumberOption(parsed, QStringLiteral("compare"), QStringLiteral("min-similarity"), 0.01, 1.0,
            options.minSimilarity))
        return 2;
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

int runMakeCorpus(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(
        args, { QStringLiteral("articles"), QStringLiteral("words") }, { QStringLiteral("source") });
    QTextStream& err = errStream();
    int articles = 1000, words = 500;
    if (!readNumberOption(
            parsed, QStringLiteral("make-corpus"), QStringLiteral("articles"), 1, 1000000, articles)
        || !readNumberOption(
            parsed, QStringLiteral("make-corpus"), QStringLiteral("words"), 20, 1000000, words))
        return 2;
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        err << "crossread-cli make-corpus: "
            << (parsed.error.isEmpty() ? QStringLiteral("one OUT folder is needed") : parsed.error)
            << "\nUsage: crossread-cli make-corpus OUT [--articles 1000] [--words 500] [--source DIR...]\n";
        return 2;
    }
    QStringList sources = parsed.options.values(QStringLiteral("source"));
    if (sources.isEmpty())
        sources = { QStringLiteral(CROSSREAD_SOURCE_DIR "/../shared/data/uner-en-ewt/standoff"),
            QStringLiteral(CROSSREAD_SOURCE_DIR "/../shared/data/gum-open/standoff"),
            QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples") };
    // Every non-empty line of every source text, document by document.
    std::vector<QStringList> documents;
    const ArticleFileList listing = listArticleFiles(sources);
    for (const QString& file : listing.files) {
        ReadResult r = readArticle(file);
        if (const auto* a = std::get_if<Article>(&r)) {
            QStringList lines;
            for (const QString& line : a->text.split(u'\n'))
                if (!line.trimmed().isEmpty())
                    lines << line.trimmed();
            if (!lines.isEmpty())
                documents.push_back(lines);
        }
    }
    if (documents.empty()) {
        err << "crossread-cli make-corpus: no source texts under " << sources.join(QStringLiteral(", "))
            << " (../shared/data is needed, or --source)\n";
        return 2;
    }
    const QDir out(parsed.positional.front());
    if (!QDir().mkpath(out.path())) {
        err << "crossread-cli make-corpus: cannot create " << out.path() << '\n';
        return 2;
    }
    // Deterministic: the same command makes the same folder, so figures can be compared.
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    qint64 totalWords = 0;
    for (int n = 0; n < articles; ++n) {
        // Consecutive lines of a few documents: real entity density, a story's shape.
        QString text;
        int count = 0;
        while (count < words) {
            const QStringList& doc = documents[size_t(next() % documents.size())];
            const qsizetype start = qsizetype(next() % quint64(doc.size()));
            for (qsizetype i = start; i < doc.size() && count < words; ++i) {
                if (text.isEmpty())
                    text = doc[i] + u"\n\n";
                else
                    text += doc[i] + u"\n\n";
                count += int(doc[i].count(u' ') + 1);
            }
        }
        totalWords += count;
        const QString dir = out.filePath(QStringLiteral("part-%1").arg(n / 1000, 3, 10, QLatin1Char('0')));
        QDir().mkpath(dir);
        QFile file(QDir(dir).filePath(QStringLiteral("article-%1.txt").arg(n, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            err << "crossread-cli make-corpus: cannot write " << file.fileName() << '\n';
            return 2;
        }
    }
    QFile notice(out.filePath(QStringLiteral("NOTICE")));
    if (notice.open(QIODevice::WriteOnly))
        notice.write(
            "Benchmark corpus made by crossread-cli make-corpus from openly licensed texts: Universal NER "
            "English EWT (CC BY-SA 4.0), GUM open genres (CC BY 2.5 / 4.0 / BY-SA 3.0, see "
            "../shared/data/gum-open/NOTES.md) and Crossread's own sample articles (CC0). Lines are "
            "recombined; do not redistribute without those licences.\n");
    QTextStream(stdout) << "wrote " << articles << " articles, " << totalWords << " words, to " << out.path()
                        << '\n';
    return 0;
}

int runBenchFolder(const QStringList& args)
{
    const ParsedArgs parsed
        = parseArgs(args, { QStringLiteral("cache"), QStringLiteral("model"), QStringLiteral("threads") });
    QTextStream& err = errStream();
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1
        || !QFileInfo(parsed.positional.front()).isDir()) {
        err << "crossread-cli bench-folder: "
            << (parsed.error.isEmpty() ? QStringLiteral("one FOLDER is needed") : parsed.error)
            << "\nUsage: crossread-cli bench-folder FOLDER [--cache FILE] [--threads N]\n";
        return 2;
    }
    int threads = QThreadPool::globalInstance()->maxThreadCount();
    if (!readNumberOption(parsed, QStringLiteral("bench-folder"), QStringLiteral("threads"), 1,
            std::numeric_limits<int>::max(), threads))
        return 2;
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QTemporaryDir scratch;
    const QString cachePath
        = parsed.options.value(QStringLiteral("cache"), scratch.filePath(QStringLiteral("cache.sqlite")));
    QFile::remove(cachePath);
    QFile::remove(cachePath + QStringLiteral("-wal"));
    QFile::remove(cachePath + QStringLiteral("-shm"));
    const std::unique_ptr<Extractor> extractor = loadExtractor(parsed);
    if (!extractor)
        return 2;
    const QString folder = QFileInfo(parsed.positional.front()).canonicalFilePath();
    QTextStream out(stdout);
    out << "folder: " << folder << ", " << QThreadPool::globalInstance()->maxThreadCount() << " threads\n";

    auto seconds
        = [](const QElapsedTimer& t) { return QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 2); };
    const Linker linker;
    // One opening of the folder, as the reader does it: list, read + extract (or take from the
    // cache) on every core, store what is new, link, index.
    auto openFolder = [&](const char* label) {
        QElapsedTimer total;
        total.start();
        AnalysisCache cache(extractor->fingerprint(), cachePath);
        const CacheSnapshot snapshot = cache.lookupFolder(folder);
        const double lookupS = double(total.nsecsElapsed()) / 1e9;
        const QStringList files = listArticleFiles({ folder }).files;
        std::atomic<qint64> firstReady { 0 };
        const QList<FileAnalysis> results = QtConcurrent::blockingMapped(files, [&](const QString& file) {
            FileAnalysis r = analyseFileWithCache(file, *extractor, &snapshot);
            qint64 expected = 0;
            firstReady.compare_exchange_strong(expected, total.nsecsElapsed());
            return r;
        });
        const double analysedS = double(total.nsecsElapsed()) / 1e9;
        std::vector<AnalysisCache::Row> rows;
        std::vector<AnalysedArticle> articles;
        int fromCache = 0;
        qint64 words = 0;
        for (const FileAnalysis& r : results) {
            if (const auto* a = std::get_if<AnalysedArticle>(&r.result)) {
                fromCache += r.fromCache ? 1 : 0;
                if (!r.fromCache)
                    rows.push_back({ a->article.path, { r.stamp, r.contentHash, serializeAnalysis(*a) } });
                words += a->article.text.count(u' ') + 1;
                articles.push_back(*a);
            }
        }
        cache.store(rows);
        const double storedS = double(total.nsecsElapsed()) / 1e9;
        auto index = std::make_unique<CorpusIndex>(buildCorpus(std::move(articles), linker, {}, folder));
        const double linkedS = double(total.nsecsElapsed()) / 1e9;
        out << label << ": " << files.size() << " articles (~" << words << " words), " << fromCache
            << " from the cache; first article ready " << QString::number(double(firstReady) / 1e6, 'f', 0)
            << " ms; cache lookup " << QString::number(lookupS, 'f', 2) << " s; read+extract done "
            << QString::number(analysedS, 'f', 2) << " s; cache written " << QString::number(storedS, 'f', 2)
            << " s; linked and indexed " << QString::number(linkedS, 'f', 2) << " s = total "
            << seconds(total) << " s; " << index->entities().size() << " entities, " << index->totalMentions()
            << " mentions\n";
        if (!cache.problem().isEmpty())
            out << "  cache: " << cache.problem() << '\n';
        out.flush();
        return index;
    };
    openFolder("first opening (no cache)");
    const std::unique_ptr<CorpusIndex> index = openFolder("reopening (unchanged)");
    // The entity with the most mentions, listed with its keyword-in-context lines.
    std::int32_t biggest = -1;
    for (size_t e = 0; e < index->entities().size(); ++e)
        if (biggest < 0 || index->entity(std::int32_t(e)).mentionCount > index->entity(biggest).mentionCount)
            biggest = std::int32_t(e);
    if (biggest >= 0) {
        QElapsedTimer t;
        t.start();
        qsizetype chars = 0;
        for (const MentionRef& ref : index->mentionsOf(biggest)) {
            const MentionContext c = index->contextOf(ref);
            chars += c.left.size() + c.right.size();
        }
        out << "mentions of '" << index->entity(biggest).name << "': " << index->entity(biggest).mentionCount
            << " listed with context in " << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1)
            << " ms\n";
    }
    out << "peak resident: " << QString::number(peakResidentMegabytes(), 'f', 0) << " MB\n";
    return 0;
}

// Every *.tsv of the folders, in name order; false (with a message) when one cannot be read.
bool readGazetteers(const QStringList& dirs, const char* command, QTextStream& err, ner::Gazetteer& gazetteer)
{
    const Tokenizer tokenizer;
    for (const QString& dir : dirs) {
        QDir d(dir);
        for (const QString& name : d.entryList({ QStringLiteral("*.tsv") }, QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                err << "crossread-cli " << command << ": cannot read " << f.fileName() << '\n';
                return false;
            }
            const int bad = gazetteer.addTsv(QString::fromUtf8(f.readAll()), tokenizer);
            err << "gazetteer " << f.fileName()
                << (bad ? QStringLiteral(" (%1 lines not understood)").arg(bad) : QString()) << '\n';
        }
    }
    gazetteer.finalize();
    return true;
}

int runTrain(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args,
        { QStringLiteral("out"), QStringLiteral("epochs"), QStringLiteral("min-feature-count"),
            QStringLiteral("clusters"), QStringLiteral("seed"), QStringLiteral("runs"),
            QStringLiteral("prune-below"), QStringLiteral("bootstrap") },
        { QStringLiteral("train"), QStringLiteral("dev"), QStringLiteral("gazetteers") });
    QTextStream& err = errStream();
    const QStringList trainDirs = parsed.options.values(QStringLiteral("train"));
    const QString outPath = parsed.options.value(QStringLiteral("out"));
    if (!parsed.error.isEmpty() || trainDirs.isEmpty() || outPath.isEmpty()) {
        err << "crossread-cli train: "
            << (parsed.error.isEmpty() ? QStringLiteral("--train and --out are needed") : parsed.error)
            << "\nUsage: crossread-cli train --train DIR... [--dev DIR...] --gazetteers DIR... "
               "[--clusters FILE] --out FILE [--epochs N]\n";
        return 2;
    }
    ner::TrainingOptions options;
    const QString train = QStringLiteral("train");
    constexpr int kAny = std::numeric_limits<int>::max();
    if (!readNumberOption(parsed, train, QStringLiteral("epochs"), 1, kAny, options.epochs)
        || !readNumberOption(
            parsed, train, QStringLiteral("min-feature-count"), 1, kAny, options.minFeatureCount)
        || !readNumberOption(
            parsed, train, QStringLiteral("seed"), 0u, std::numeric_limits<unsigned>::max(), options.seed)
        || !readNumberOption(parsed, train, QStringLiteral("prune-below"), 0.0f, 1000.0f, options.pruneBelow)
        || !readNumberOption(parsed, train, QStringLiteral("runs"), 1, 1000, options.runs)
        || !readNumberOption(parsed, train, QStringLiteral("bootstrap"), 0.0f, 1.0f, options.bootstrap))
        return 2;

    ner::Gazetteer gazetteer;
    if (!readGazetteers(parsed.options.values(QStringLiteral("gazetteers")), "train", err, gazetteer))
        return 2;
    ner::WordClusters wordClusters;
    if (parsed.options.contains(QStringLiteral("clusters"))) {
        QFile f(parsed.options.value(QStringLiteral("clusters")));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "crossread-cli train: cannot read " << f.fileName() << '\n';
            return 2;
        }
        const int bad = wordClusters.addTsv(QString::fromUtf8(f.readAll()));
        err << "word classes " << f.fileName()
            << (bad ? QStringLiteral(" (%1 lines not understood)").arg(bad) : QString()) << '\n';
        wordClusters.finalize();
    }

    // A folder without a single annotated document is a mistyped path, not a smaller corpus: the
    // run stops before it writes a model learnt from nothing over --out. A bad file inside a
    // folder is skipped and named, and the exit code says so.
    bool someSkipped = false, someFolderEmpty = false;
    auto readAll = [&](const QStringList& dirs) {
        std::vector<AnnotatedDocument> docs;
        for (const QString& dir : dirs) {
            QStringList errors;
            auto part = readStandoffFolder(dir, &errors);
            for (const QString& e : errors)
                err << "crossread-cli train: " << e << '\n';
            someSkipped = someSkipped || !errors.isEmpty();
            if (part.empty()) {
                err << "crossread-cli train: " << dir
                    << " holds no annotated documents (NAME.txt with NAME.json)\n";
                someFolderEmpty = true;
                continue;
            }
            err << dir << ": " << part.size() << " documents\n";
            std::move(part.begin(), part.end(), std::back_inserter(docs));
        }
        ner::harmonizeConventions(docs, gazetteer);
        return docs;
    };
    const auto training = readAll(trainDirs);
    const auto development = readAll(parsed.options.values(QStringLiteral("dev")));
    err.flush();
    if (someFolderEmpty)
        return 2;
    const ner::SequenceModel model
        = ner::trainModel(training, development, gazetteer, wordClusters, options, [&](const QString& line) {
              err << line << '\n';
              err.flush();
          });
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.serialize()) < 0 || !file.commit()) {
        err << "crossread-cli train: cannot write " << outPath << ": " << file.errorString() << '\n';
        return 2;
    }
    err << "wrote " << outPath << '\n';
    return someSkipped ? 1 : 0;
}

int runRefreshGazetteers(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args, { QStringLiteral("out") }, { QStringLiteral("gazetteers") });
    QTextStream& err = errStream();
    const QString outPath = parsed.options.value(QStringLiteral("out"));
    const QStringList dirs = parsed.options.values(QStringLiteral("gazetteers"));
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1 || outPath.isEmpty() || dirs.isEmpty()) {
        err << "crossread-cli refresh-gazetteers: "
            << (parsed.error.isEmpty() ? QStringLiteral("one MODEL, --gazetteers and --out are needed")
                                       : parsed.error)
            << "\nUsage: crossread-cli refresh-gazetteers MODEL --gazetteers DIR... --out FILE\n";
        return 2;
    }
    QFile in(parsed.positional.first());
    if (!in.open(QIODevice::ReadOnly)) {
        err << "crossread-cli refresh-gazetteers: cannot read " << in.fileName() << ": " << in.errorString()
            << '\n';
        return 2;
    }
    ner::SequenceModel model;
    QString error;
    if (!model.deserialize(in.readAll(), &error)) {
        err << "crossread-cli refresh-gazetteers: " << in.fileName() << ": " << error << '\n';
        return 2;
    }
    ner::Gazetteer gazetteer;
    if (!readGazetteers(dirs, "refresh-gazetteers", err, gazetteer))
        return 2;
    const auto before = model.gazetteer().size();
    model.setGazetteer(std::move(gazetteer));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.serialize()) < 0 || !file.commit()) {
        err << "crossread-cli refresh-gazetteers: cannot write " << outPath << ": " << file.errorString()
            << '\n';
        return 2;
    }
    err << "wrote " << outPath << ": the weights of " << in.fileName() << ", " << model.gazetteer().size()
        << " gazetteer entries (were " << before << ")\n";
    return 0;
}

int runBench(const QStringList& args)
{
    const ParsedArgs parsed = parseArgs(args, { QStringLiteral("min-mb"), QStringLiteral("model") });
    QTextStream& err = errStream();
    QTextStream out(stdout);
    if (!parsed.error.isEmpty()) {
        err << "crossread-cli bench: " << parsed.error << '\n';
        return 2;
    }
    double minMb = 5;
    if (!readNumberOption(parsed, QStringLiteral("bench"), QStringLiteral("min-mb"), 0.0, 100000.0, minMb))
        return 2;
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
        << " feature rows, " << extractor->gazetteerSize() << " gazetteer entries, "
        << extractor->wordClassCount() << " words with classes)\n";
    out << "model resident:    " << QString::number(afterLoad - baseline, 'f', 1)
        << " MB (peak RSS growth at load)\n";
    out << "peak resident:     " << QString::number(peakResidentMegabytes(), 'f', 1) << " MB\n";
    return 0;
}

} // namespace crossread::cli
