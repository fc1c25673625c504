#pragma once

// One query API over an analysed, linked folder, for the reader and the CLI: entities in any
// order, the mentions of an entity with their sentence, the entities of an article, entities
// that occur together, and entity search by prefix (case and accents folded).
// Built once per analysis; queries never allocate more than their answer. Mentions of an entity
// are one contiguous slice of a flat array (CSR layout), so listing 50,000 of them is a copy.
// THREAD SAFETY: immutable after construction; queries may run on any thread.

#include "core/link/linking.h"
#include "core/types.h"

#include <QString>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace crossread::core {

struct MentionRef
{
    std::int32_t article = 0;
    std::int32_t mention = 0; // index into that article's mentions
    auto operator<=>(const MentionRef&) const = default;
};

// One keyword-in-context line.
struct MentionContext
{
    QString left, mention, right;
};

struct CoOccurrence
{
    std::int32_t entity = 0;
    int articles = 0; // articles where both occur
    int sentences = 0; // sentences where both occur
};

enum class EntityOrder { Mentions, Articles, Name, Type };

class CorpusIndex
{
public:
    CorpusIndex() = default;
    CorpusIndex(std::vector<AnalysedArticle> articles, Linking linking);

    [[nodiscard]] const std::vector<AnalysedArticle>& articles() const { return m_articles; }
    [[nodiscard]] const std::vector<Entity>& entities() const { return m_linking.entities; }
    [[nodiscard]] const Entity& entity(std::int32_t index) const { return m_linking.entities[size_t(index)]; }
    [[nodiscard]] const Mention& mention(MentionRef ref) const;
    [[nodiscard]] std::int32_t entityOf(MentionRef ref) const;
    [[nodiscard]] std::int32_t articleIndexOf(const QString& path) const; // -1 when unknown
    [[nodiscard]] qsizetype totalMentions() const { return qsizetype(m_mentionsOfEntity.size()); }

    // Entity indices, best first (most mentions / articles, name A-Z, type then name); computed
    // once with the index (off the GUI thread), so a view sorts 100,000 entities for free.
    [[nodiscard]] const std::vector<std::int32_t>& sortedEntities(EntityOrder order) const
    {
        return m_orders[size_t(order)];
    }
    // Every mention of an entity, by article then position.
    [[nodiscard]] std::span<const MentionRef> mentionsOf(std::int32_t entity) const;
    // The mention of `ref`'s article in reading order: its index in the article's mention list.
    [[nodiscard]] std::span<const std::int32_t> entitiesOfArticle(std::int32_t article) const;
    [[nodiscard]] TextSpan sentenceOf(MentionRef ref) const;
    // The sentence around a mention, cut to about `width` characters on each side.
    [[nodiscard]] MentionContext contextOf(MentionRef ref, int width = 60) const;
    // The same for any span of an article (a search hit).
    [[nodiscard]] MentionContext contextOf(std::int32_t article, TextSpan span, int width = 60) const;
    // The sentence of an article that holds `position`.
    [[nodiscard]] TextSpan sentenceAt(std::int32_t article, qsizetype position) const;
    // Entities found with this one, most shared articles first.
    [[nodiscard]] std::vector<CoOccurrence> coOccurring(std::int32_t entity) const;
    // Entities having a name or alias with a word starting with `prefix` (folded), most mentions first.
    [[nodiscard]] std::vector<std::int32_t> search(QStringView prefix, std::size_t limit = 50) const;
    // The same as a membership table over all entities (for filtering views), unlimited.
    [[nodiscard]] std::vector<bool> matching(QStringView prefix) const;
    // The entity a user's NAME means: a key, a name or alias (any spelling), else the only search
    // hit; -1 when none or ambiguous.
    [[nodiscard]] std::int32_t resolve(QStringView name) const;

private:
    std::vector<AnalysedArticle> m_articles;
    Linking m_linking;
    std::vector<std::int32_t> m_mentionStart; // CSR offsets per entity, size entities + 1
    std::vector<MentionRef> m_mentionsOfEntity;
    std::vector<std::int32_t> m_articleEntityStart; // CSR offsets per article
    std::vector<std::int32_t> m_entitiesOfArticle; // distinct, by first mention
    std::vector<std::pair<QString, std::int32_t>> m_searchKeys; // folded name words -> entity, sorted
    std::vector<std::int32_t> m_nameRank;
    std::array<std::vector<std::int32_t>, 4> m_orders; // by EntityOrder
};

} // namespace crossread::core
