#include "core/corpus/corpusindex.h"

#include "core/link/linker.h"
#include "core/link/namekey.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crossread::core {

namespace {
std::vector<std::int32_t> entityOrder(
    const std::vector<Entity>& entities, const std::vector<std::int32_t>& nameRank, EntityOrder order)
{
    std::vector<std::int32_t> result(entities.size());
    for (size_t e = 0; e < result.size(); ++e)
        result[e] = std::int32_t(e);
    auto byName = [&](std::int32_t a, std::int32_t b) { return nameRank[size_t(a)] < nameRank[size_t(b)]; };
    std::stable_sort(result.begin(), result.end(), [&](std::int32_t a, std::int32_t b) {
        const Entity& x = entities[size_t(a)];
        const Entity& y = entities[size_t(b)];
        switch (order) {
        case EntityOrder::Mentions:
            if (x.mentionCount != y.mentionCount)
                return x.mentionCount > y.mentionCount;
            break;
        case EntityOrder::Articles:
            if (x.articleCount != y.articleCount)
                return x.articleCount > y.articleCount;
            if (x.mentionCount != y.mentionCount)
                return x.mentionCount > y.mentionCount;
            break;
        case EntityOrder::Type:
            if (x.type != y.type)
                return x.type < y.type;
            break;
        case EntityOrder::Name:
            break;
        }
        return byName(a, b);
    });
    return result;
}
} // namespace

CorpusIndex::CorpusIndex(std::vector<AnalysedArticle> articles, Linking linking)
    : m_articles(std::move(articles))
    , m_linking(std::move(linking))
{
    const size_t entityCount = m_linking.entities.size();
    m_linking.entityOfMention.resize(m_articles.size());
    // Counting sort of all mentions by entity: article order and position order are kept.
    m_mentionStart.assign(entityCount + 1, 0);
    for (const auto& perArticle : m_linking.entityOfMention)
        for (std::int32_t e : perArticle)
            m_mentionStart[size_t(e) + 1]++;
    for (size_t e = 0; e < entityCount; ++e)
        m_mentionStart[e + 1] += m_mentionStart[e];
    m_mentionsOfEntity.resize(size_t(m_mentionStart[entityCount]));
    std::vector<std::int32_t> fill(m_mentionStart.begin(), m_mentionStart.end() - 1);
    m_articleEntityStart.assign(m_articles.size() + 1, 0);
    std::vector<std::int32_t> lastArticleOfEntity(entityCount, -1);
    for (size_t a = 0; a < m_articles.size(); ++a) {
        const auto& perArticle = m_linking.entityOfMention[a];
        for (size_t i = 0; i < perArticle.size(); ++i) {
            const auto e = size_t(perArticle[i]);
            m_mentionsOfEntity[size_t(fill[e]++)] = { std::int32_t(a), std::int32_t(i) };
            if (lastArticleOfEntity[e] != std::int32_t(a)) {
                lastArticleOfEntity[e] = std::int32_t(a);
                m_entitiesOfArticle.push_back(std::int32_t(e));
            }
        }
        m_articleEntityStart[a + 1] = std::int32_t(m_entitiesOfArticle.size());
    }
    // Search keys: every word start of every alias key ("aleksandar vucic", "vucic").
    for (size_t e = 0; e < entityCount; ++e) {
        QSet<QString> keys;
        auto addName = [&](const QString& name) {
            const QString key = nameKey(name);
            for (qsizetype i = 0; i < key.size(); ++i)
                if (i == 0 || key[i - 1] == u' ')
                    keys.insert(key.mid(i));
        };
        addName(m_linking.entities[e].name);
        for (const EntityAlias& alias : m_linking.entities[e].aliases)
            addName(alias.text);
        for (const QString& k : keys)
            m_searchKeys.emplace_back(k, std::int32_t(e));
    }
    std::sort(m_searchKeys.begin(), m_searchKeys.end());
    // Name order, folded (so "Vučić" sorts with "Vucic"), computed here, off the GUI thread.
    std::vector<std::pair<QString, std::int32_t>> byName;
    byName.reserve(entityCount);
    for (size_t e = 0; e < entityCount; ++e)
        byName.emplace_back(nameKey(m_linking.entities[e].name), std::int32_t(e));
    std::sort(byName.begin(), byName.end());
    m_nameRank.resize(entityCount);
    for (size_t r = 0; r < byName.size(); ++r)
        m_nameRank[size_t(byName[r].second)] = std::int32_t(r);
    for (const EntityOrder order :
        { EntityOrder::Mentions, EntityOrder::Articles, EntityOrder::Name, EntityOrder::Type })
        m_orders[size_t(order)] = entityOrder(m_linking.entities, m_nameRank, order);
}

const Mention& CorpusIndex::mention(MentionRef ref) const
{
    return m_articles[size_t(ref.article)].mentions[ref.mention];
}

std::int32_t CorpusIndex::entityOf(MentionRef ref) const
{
    return m_linking.entityOfMention[size_t(ref.article)][size_t(ref.mention)];
}

std::int32_t CorpusIndex::articleIndexOf(const QString& path) const
{
    for (size_t a = 0; a < m_articles.size(); ++a)
        if (m_articles[a].article.path == path)
            return std::int32_t(a);
    return -1;
}

std::span<const MentionRef> CorpusIndex::mentionsOf(std::int32_t entity) const
{
    if (entity < 0 || size_t(entity) >= m_linking.entities.size())
        return {};
    return std::span<const MentionRef>(m_mentionsOfEntity)
        .subspan(size_t(m_mentionStart[size_t(entity)]),
            size_t(m_mentionStart[size_t(entity) + 1] - m_mentionStart[size_t(entity)]));
}

std::span<const std::int32_t> CorpusIndex::entitiesOfArticle(std::int32_t article) const
{
    if (article < 0 || size_t(article) >= m_articles.size())
        return {};
    return std::span<const std::int32_t>(m_entitiesOfArticle)
        .subspan(size_t(m_articleEntityStart[size_t(article)]),
            size_t(m_articleEntityStart[size_t(article) + 1] - m_articleEntityStart[size_t(article)]));
}

TextSpan CorpusIndex::sentenceAt(std::int32_t article, qsizetype position) const
{
    const AnalysedArticle& a = m_articles[size_t(article)];
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), position,
        [](qsizetype pos, const TextSpan& s) { return pos < s.begin; });
    if (it == a.sentences.begin())
        return { position, position };
    --it;
    return *it;
}

TextSpan CorpusIndex::sentenceOf(MentionRef ref) const
{
    const TextSpan span = mention(ref).span;
    const TextSpan sentence = sentenceAt(ref.article, span.begin);
    return { std::min(sentence.begin, span.begin), std::max(sentence.end, span.end) };
}

MentionContext CorpusIndex::contextOf(MentionRef ref, int width) const
{
    return contextOf(ref.article, mention(ref).span, width);
}

MentionContext CorpusIndex::contextOf(std::int32_t article, TextSpan span, int width) const
{
    const QString& text = m_articles[size_t(article)].article.text;
    TextSpan sentence = sentenceAt(article, span.begin);
    sentence = { std::min(sentence.begin, span.begin), std::max(sentence.end, span.end) };
    qsizetype left = std::max(sentence.begin, span.begin - width);
    qsizetype right = std::min(sentence.end, span.end + width);
    // Cut at word boundaries so that no word is shown in part.
    if (left > sentence.begin)
        while (left < span.begin && !text[left - 1].isSpace())
            ++left;
    if (right < sentence.end)
        while (right > span.end && !text[right].isSpace())
            --right;
    auto clean = [](QString s) { return s.replace(u'\n', u' '); };
    MentionContext context;
    context.left = clean(text.mid(left, span.begin - left));
    context.mention = text.mid(span.begin, span.length());
    context.right = clean(text.mid(span.end, right - span.end));
    if (left > sentence.begin)
        context.left.prepend(u'…');
    if (right < sentence.end)
        context.right.append(u'…');
    return context;
}

std::vector<CoOccurrence> CorpusIndex::coOccurring(std::int32_t entity) const
{
    QHash<std::int32_t, CoOccurrence> found;
    std::int32_t lastArticle = -1;
    QSet<std::pair<std::int32_t, qsizetype>> countedSentences; // (entity, sentence start)
    for (const MentionRef& ref : mentionsOf(entity)) {
        if (ref.article != lastArticle) {
            lastArticle = ref.article;
            for (std::int32_t other : entitiesOfArticle(ref.article))
                if (other != entity)
                    found[other].articles++;
        }
        const TextSpan sentence = sentenceOf(ref);
        const auto& mentions = m_articles[size_t(ref.article)].mentions;
        const auto& owners = m_linking.entityOfMention[size_t(ref.article)];
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const std::int32_t other = owners[size_t(i)];
            if (other == entity || !sentence.contains(mentions[i].span))
                continue;
            // One count per sentence and entity, however often either is named in it.
            const auto mark = std::make_pair(other, qsizetype(ref.article) << 32 | sentence.begin);
            if (!countedSentences.contains(mark)) {
                countedSentences.insert(mark);
                found[other].sentences++;
            }
        }
    }
    std::vector<CoOccurrence> result;
    result.reserve(size_t(found.size()));
    for (auto it = found.begin(); it != found.end(); ++it)
        result.push_back({ it.key(), it->articles, it->sentences });
    std::sort(result.begin(), result.end(), [&](const CoOccurrence& a, const CoOccurrence& b) {
        return std::tie(b.articles, b.sentences, a.entity) < std::tie(a.articles, a.sentences, b.entity);
    });
    return result;
}

std::vector<std::int32_t> CorpusIndex::search(QStringView prefix, std::size_t limit) const
{
    const QString key = nameKey(prefix);
    std::vector<std::int32_t> hits;
    if (key.isEmpty())
        return hits;
    QSet<std::int32_t> seen;
    auto it = std::lower_bound(m_searchKeys.begin(), m_searchKeys.end(), key,
        [](const std::pair<QString, std::int32_t>& entry, const QString& k) { return entry.first < k; });
    for (; it != m_searchKeys.end() && it->first.startsWith(key); ++it)
        if (!seen.contains(it->second)) {
            seen.insert(it->second);
            hits.push_back(it->second);
        }
    std::stable_sort(hits.begin(), hits.end(),
        [&](std::int32_t a, std::int32_t b) { return entity(a).mentionCount > entity(b).mentionCount; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

std::vector<bool> CorpusIndex::matching(QStringView prefix) const
{
    std::vector<bool> accepted(m_linking.entities.size(), false);
    const QString key = nameKey(prefix);
    auto it = std::lower_bound(m_searchKeys.begin(), m_searchKeys.end(), key,
        [](const std::pair<QString, std::int32_t>& entry, const QString& k) { return entry.first < k; });
    for (; it != m_searchKeys.end() && it->first.startsWith(key); ++it)
        accepted[size_t(it->second)] = true;
    return accepted;
}

std::int32_t CorpusIndex::resolve(QStringView name) const
{
    const std::int32_t named = findEntityNamed(m_linking, name);
    if (named >= 0)
        return named;
    const std::vector<std::int32_t> hits = search(name, 2);
    return hits.size() == 1 ? hits.front() : -1;
}

} // namespace crossread::core
