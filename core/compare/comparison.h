#pragma once

// Two articles compared as stories, not as lines: which entities both name and which only one
// does, and which sentences of one say what a sentence of the other says, in other words or in
// another order. Sentences are bags of content-word stems and linked entities (so "Vucic" and
// "Aleksandar Vučić" count as the same word), weighted by rarity in the two articles; two
// sentences align when their weighted overlap (Dice) is high enough, best pairs first, a pair
// kept while one of its sentences is still alone (a sentence split in two aligns with both).
// THREAD SAFETY: pure functions over an immutable CorpusIndex.

#include "core/corpus/corpusindex.h"

#include <QString>

#include <vector>

namespace crossread::core {

struct CompareOptions
{
    double minSimilarity = 0.3; // weighted Dice of two sentences, 0..1
    int minContentWords = 3; // shorter lines (datelines, bylines) are not aligned
};

struct AlignedPassage
{
    std::int32_t left = 0; // passage indices
    std::int32_t right = 0;
    double similarity = 0;
};

struct EntityInBoth
{
    std::int32_t entity = 0;
    int leftMentions = 0;
    int rightMentions = 0;
};

struct ArticleComparison
{
    std::int32_t leftArticle = -1, rightArticle = -1;
    std::vector<TextSpan> leftPassages, rightPassages; // the sentences of each article
    // Each passage's best partner on the other side, or -1 when it has none (unique to its side).
    std::vector<std::int32_t> partnerOfLeft, partnerOfRight;
    std::vector<AlignedPassage> aligned; // every aligned pair, in the left article's order
    std::vector<EntityInBoth> entities; // every entity of either side; 0 mentions = not on that side
    double alignedShareLeft = 0; // share of the left text (characters of passages) that is aligned
    double alignedShareRight = 0;
    double entityOverlap = 0; // shared entities / entities of either (Jaccard)

    [[nodiscard]] double textSimilarity() const { return (alignedShareLeft + alignedShareRight) / 2; }
    [[nodiscard]] std::int32_t passageAt(bool left, qsizetype position) const; // -1 outside passages
};

[[nodiscard]] ArticleComparison compareArticles(
    const CorpusIndex& index, std::int32_t left, std::int32_t right, const CompareOptions& options = {});

// A self-contained HTML report (inline CSS, no scripts, no external files): figures, the entity
// summary, and both texts side by side with aligned passages on one row and highlights by type.
[[nodiscard]] QString comparisonReportHtml(const CorpusIndex& index, const ArticleComparison& comparison);

} // namespace crossread::core
