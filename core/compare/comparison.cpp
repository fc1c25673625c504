#include "core/compare/comparison.h"

#include "core/text/unicode.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace crossread::core {

namespace {

bool isStopword(QStringView w)
{
    // Function words and reporting verbs: they say nothing about what a sentence is about.
    static const QSet<QString> kStopwords = [] {
        QSet<QString> set;
        for (const char* w : { "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
                 "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
                 "had", "do", "does", "did", "it", "its", "this", "that", "these", "those", "there", "their",
                 "they", "them", "he", "she", "his", "her", "him", "we", "our", "us", "you", "your", "i",
                 "my", "me", "not", "no", "will", "would", "can", "could", "should", "may", "might", "also",
                 "than", "then", "which", "who", "whom", "whose", "what", "when", "where", "while", "about",
                 "into", "over", "after", "before", "between", "during", "more", "most", "such", "said",
                 "says", "say", "according", "s", "t", "said", "told", "just", "so", "if", "all", "some",
                 "any", "other", "one", "two", "up", "out", "new", "mr", "ms" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return kStopwords.contains(w.toString());
}

// A crude English stem: enough for "visiting"/"visit", "sanctions"/"sanction", "killed"/"kill".
QString stem(QString w)
{
    for (const char* suffix : { "ing", "ed", "es", "s", "ly" }) {
        const auto len = qsizetype(std::strlen(suffix));
        if (w.size() > len + 3 && w.endsWith(QLatin1String(suffix))) {
            w.chop(len);
            break;
        }
    }
    return w;
}

struct Bag
{
    QHash<QString, double> weights; // term -> count, later count * idf
    double total = 0;
    int contentWords = 0;
};

std::vector<TextSpan> passagesOf(const AnalysedArticle& a)
{
    std::vector<TextSpan> passages;
    passages.reserve(size_t(a.sentences.size()));
    for (const TextSpan& s : a.sentences)
        passages.push_back(s);
    return passages;
}

std::vector<Bag> bagsOf(const CorpusIndex& index, std::int32_t article, const std::vector<TextSpan>& passages)
{
    const AnalysedArticle& a = index.articles()[size_t(article)];
    const QString folded = fold(a.article.text);
    std::vector<Bag> bags(passages.size());
    qsizetype mention = 0;
    for (size_t p = 0; p < passages.size(); ++p) {
        Bag& bag = bags[p];
        qsizetype i = passages[p].begin;
        while (i < passages[p].end) {
            // Entities count as one term each, whatever the spelling.
            while (mention < a.mentions.size() && a.mentions[mention].span.end <= i)
                ++mention;
            if (mention < a.mentions.size() && a.mentions[mention].span.begin <= i) {
                const std::int32_t e = index.entityOf({ article, std::int32_t(mention) });
                bag.weights[QStringLiteral("#%1").arg(e)] += 1;
                bag.contentWords++;
                i = a.mentions[mention].span.end;
                continue;
            }
            if (!folded[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < passages[p].end && folded[end].isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(folded).mid(i, end - i);
            if (!isStopword(word)) {
                bag.weights[stem(word.toString())] += 1;
                bag.contentWords++;
            }
            i = end;
        }
    }
    return bags;
}

double dice(const Bag& a, const Bag& b)
{
    if (a.total <= 0 || b.total <= 0)
        return 0;
    const Bag& small = a.weights.size() < b.weights.size() ? a : b;
    const Bag& large = &small == &a ? b : a;
    double shared = 0;
    for (auto it = small.weights.begin(); it != small.weights.end(); ++it) {
        const auto other = large.weights.constFind(it.key());
        if (other != large.weights.constEnd())
            shared += std::min(it.value(), other.value());
    }
    return 2 * shared / (a.total + b.total);
}

} // namespace

std::int32_t ArticleComparison::passageAt(bool left, qsizetype position) const
{
    const auto& passages = left ? leftPassages : rightPassages;
    auto it = std::upper_bound(passages.begin(), passages.end(), position,
        [](qsizetype pos, const TextSpan& s) { return pos < s.begin; });
    if (it == passages.begin())
        return -1;
    --it;
    return position < it->end ? std::int32_t(it - passages.begin()) : -1;
}

ArticleComparison compareArticles(
    const CorpusIndex& index, std::int32_t left, std::int32_t right, const CompareOptions& options)
{
    ArticleComparison c;
    c.leftArticle = left;
    c.rightArticle = right;
    c.leftPassages = passagesOf(index.articles()[size_t(left)]);
    c.rightPassages = passagesOf(index.articles()[size_t(right)]);
    c.partnerOfLeft.assign(c.leftPassages.size(), -1);
    c.partnerOfRight.assign(c.rightPassages.size(), -1);

    std::vector<Bag> leftBags = bagsOf(index, left, c.leftPassages);
    std::vector<Bag> rightBags = bagsOf(index, right, c.rightPassages);
    // Rarity over the sentences of both articles: words every sentence uses weigh little.
    QHash<QString, int> documentFrequency;
    for (const auto* bags : { &leftBags, &rightBags })
        for (const Bag& bag : *bags)
            for (auto it = bag.weights.begin(); it != bag.weights.end(); ++it)
                documentFrequency[it.key()]++;
    const double sentences = double(leftBags.size() + rightBags.size());
    for (auto* bags : { &leftBags, &rightBags })
        for (Bag& bag : *bags) {
            for (auto it = bag.weights.begin(); it != bag.weights.end(); ++it) {
                it.value() *= std::log((sentences + 1) / (documentFrequency.value(it.key()) + 0.5));
                bag.total += it.value();
            }
        }

    std::vector<AlignedPassage> candidates;
    // The same words in the same order align whatever their length (datelines, short quotes).
    auto normalised = [&](std::int32_t article, TextSpan span) {
        return fold(
            QStringView(index.articles()[size_t(article)].article.text).mid(span.begin, span.length()))
            .simplified();
    };
    QMultiHash<QString, std::int32_t> rightOfText;
    for (size_t r = 0; r < c.rightPassages.size(); ++r)
        if (rightBags[r].contentWords > 0)
            rightOfText.insert(normalised(right, c.rightPassages[r]), std::int32_t(r));
    std::vector<bool> identical(leftBags.size() * rightBags.size(), false);
    for (size_t l = 0; l < c.leftPassages.size(); ++l) {
        if (leftBags[l].contentWords == 0)
            continue;
        const QString text = normalised(left, c.leftPassages[l]);
        for (auto it = rightOfText.constFind(text); it != rightOfText.constEnd() && it.key() == text; ++it) {
            candidates.push_back({ std::int32_t(l), *it, 1.0 });
            identical[l * rightBags.size() + size_t(*it)] = true;
        }
    }
    for (size_t l = 0; l < leftBags.size(); ++l) {
        if (leftBags[l].contentWords < options.minContentWords)
            continue;
        for (size_t r = 0; r < rightBags.size(); ++r) {
            if (rightBags[r].contentWords < options.minContentWords)
                continue;
            if (identical[l * rightBags.size() + r])
                continue;
            const double similarity = dice(leftBags[l], rightBags[r]);
            if (similarity >= options.minSimilarity)
                candidates.push_back({ std::int32_t(l), std::int32_t(r), similarity });
        }
    }
    // Best pairs first, each passage once: robust to reordering, unlike a diff's monotone alignment.
    std::sort(candidates.begin(), candidates.end(), [](const AlignedPassage& a, const AlignedPassage& b) {
        return std::tie(b.similarity, a.left, a.right) < std::tie(a.similarity, b.left, b.right);
    });
    // A pair is kept while one of its passages has no partner yet, so that a sentence rewritten as
    // two (or two merged into one) aligns with both; each passage's partner is its best one.
    for (const AlignedPassage& p : candidates) {
        std::int32_t& leftPartner = c.partnerOfLeft[size_t(p.left)];
        std::int32_t& rightPartner = c.partnerOfRight[size_t(p.right)];
        if (leftPartner >= 0 && rightPartner >= 0)
            continue;
        if (leftPartner < 0)
            leftPartner = p.right;
        if (rightPartner < 0)
            rightPartner = p.left;
        c.aligned.push_back(p);
    }
    std::sort(c.aligned.begin(), c.aligned.end(),
        [](const AlignedPassage& a, const AlignedPassage& b) { return a.left < b.left; });

    auto share = [](const std::vector<TextSpan>& passages, const std::vector<std::int32_t>& partners) {
        qsizetype all = 0, aligned = 0;
        for (size_t p = 0; p < passages.size(); ++p) {
            all += passages[p].length();
            aligned += partners[p] >= 0 ? passages[p].length() : 0;
        }
        return all > 0 ? double(aligned) / double(all) : 0.0;
    };
    c.alignedShareLeft = share(c.leftPassages, c.partnerOfLeft);
    c.alignedShareRight = share(c.rightPassages, c.partnerOfRight);

    QHash<std::int32_t, EntityInBoth> entities;
    for (const bool isLeft : { true, false }) {
        const std::int32_t article = isLeft ? left : right;
        const auto& mentions = index.articles()[size_t(article)].mentions;
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            const std::int32_t e = index.entityOf({ article, std::int32_t(m) });
            EntityInBoth& entry = entities[e];
            entry.entity = e;
            (isLeft ? entry.leftMentions : entry.rightMentions)++;
        }
    }
    int shared = 0;
    for (const EntityInBoth& e : entities) {
        c.entities.push_back(e);
        shared += (e.leftMentions > 0 && e.rightMentions > 0) ? 1 : 0;
    }
    std::sort(c.entities.begin(), c.entities.end(), [](const EntityInBoth& a, const EntityInBoth& b) {
        return std::make_tuple(b.leftMentions + b.rightMentions, a.entity)
            < std::make_tuple(a.leftMentions + a.rightMentions, b.entity);
    });
    c.entityOverlap = entities.isEmpty() ? 0 : double(shared) / double(entities.size());
    return c;
}

namespace {

QString typeClass(EntityType type)
{
    return entityTypeName(type).toLower();
}

// A passage as HTML with its mentions marked.
QString passageHtml(const CorpusIndex& index, std::int32_t article, TextSpan span)
{
    const AnalysedArticle& a = index.articles()[size_t(article)];
    QString html;
    qsizetype at = span.begin;
    for (const Mention& m : a.mentions) {
        if (m.span.end <= span.begin || m.span.begin >= span.end)
            continue;
        const qsizetype begin = std::max(m.span.begin, span.begin);
        const qsizetype end = std::min(m.span.end, span.end);
        html += a.article.text.mid(at, begin - at).toHtmlEscaped();
        html += QStringLiteral("<mark class=\"%1\">%2</mark>")
                    .arg(typeClass(m.type), a.article.text.mid(begin, end - begin).toHtmlEscaped());
        at = end;
    }
    html += a.article.text.mid(at, span.end - at).toHtmlEscaped();
    return html;
}

} // namespace

QString comparisonReportHtml(const CorpusIndex& index, const ArticleComparison& c)
{
    const Article& left = index.articles()[size_t(c.leftArticle)].article;
    const Article& right = index.articles()[size_t(c.rightArticle)].article;
    auto title = [](const Article& a) {
        return (a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title).toHtmlEscaped();
    };
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Crossread "
        "comparison</title>\n"
        "<style>body{font:15px/1.5 "
        "sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}"
        "td,th{vertical-align:top;padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left}"
        "td.unique{background:#fff6dc}td.aligned{background:#eef4ff}td.empty{background:#fafafa}"
        "mark.person{background:#ffd59e}mark.location{background:#b8e6c4}mark.organization{background:#"
        "c4d7ff}"
        ".num{text-align:right}.figures span{margin-right:2em}</style></head><body>\n");
    html += QStringLiteral("<h1>%1 <small>vs</small> %2</h1>\n").arg(title(left), title(right));
    html += QStringLiteral("<p>%1<br>%2</p>\n").arg(left.path.toHtmlEscaped(), right.path.toHtmlEscaped());
    html += QStringLiteral("<p class=\"figures\"><span>Aligned text: %1% of the left, %2% of the right</span>"
                           "<span>Shared entities: %3%</span><span>Aligned passages: %4</span></p>\n")
                .arg(qRound(c.alignedShareLeft * 100))
                .arg(qRound(c.alignedShareRight * 100))
                .arg(qRound(c.entityOverlap * 100))
                .arg(c.aligned.size());
    html += QStringLiteral(
        "<h2>Entities</h2>\n<table><tr><th>Entity</th><th>Type</th><th class=\"num\">Left</th>"
        "<th class=\"num\">Right</th><th>Where</th></tr>\n");
    for (const EntityInBoth& e : c.entities) {
        const Entity& entity = index.entity(e.entity);
        const QString where = (e.leftMentions && e.rightMentions) ? QStringLiteral("both")
            : e.leftMentions                                      ? QStringLiteral("left only")
                                                                  : QStringLiteral("right only");
        html += QStringLiteral("<tr><td><mark class=\"%1\">%2</mark></td><td>%3</td><td class=\"num\">%4</td>"
                               "<td class=\"num\">%5</td><td>%6</td></tr>\n")
                    .arg(typeClass(entity.type), entity.name.toHtmlEscaped(), entityTypeName(entity.type))
                    .arg(e.leftMentions)
                    .arg(e.rightMentions)
                    .arg(where);
    }
    html += QStringLiteral("</table>\n<h2>Passages</h2>\n<table><tr><th>Left</th><th>Right</th></tr>\n");
    // Left passages in order, each with its partner; right passages without a partner after the
    // left passage that precedes them, so both texts read in order.
    size_t nextRight = 0;
    auto emitUnmatchedRightUpTo = [&](size_t limit) {
        for (; nextRight < limit && nextRight < c.rightPassages.size(); ++nextRight)
            if (c.partnerOfRight[nextRight] < 0)
                html += QStringLiteral("<tr><td class=\"empty\"></td><td class=\"unique\">%1</td></tr>\n")
                            .arg(passageHtml(index, c.rightArticle, c.rightPassages[nextRight]));
    };
    for (size_t l = 0; l < c.leftPassages.size(); ++l) {
        const std::int32_t partner = c.partnerOfLeft[l];
        if (partner >= 0) {
            emitUnmatchedRightUpTo(size_t(partner));
            html += QStringLiteral("<tr><td class=\"aligned\">%1</td><td class=\"aligned\">%2</td></tr>\n")
                        .arg(passageHtml(index, c.leftArticle, c.leftPassages[l]),
                            passageHtml(index, c.rightArticle, c.rightPassages[size_t(partner)]));
        } else {
            html += QStringLiteral("<tr><td class=\"unique\">%1</td><td class=\"empty\"></td></tr>\n")
                        .arg(passageHtml(index, c.leftArticle, c.leftPassages[l]));
        }
    }
    emitUnmatchedRightUpTo(c.rightPassages.size());
    html += QStringLiteral("</table>\n<p><small>Made by Crossread %1.</small></p>\n</body></html>\n")
                .arg(QStringLiteral(CROSSREAD_VERSION));
    return html;
}

} // namespace crossread::core
