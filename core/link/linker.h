#pragma once

// Cross-article entity linking. Joins, in this order, each with its reason kept:
//  1. the same name up to case, accents, periods, possessives (one node per name key);
//  2. known aliases (AliasTable: "US" = "United States");
//  3. acronyms defined in a text ("North Atlantic Treaty Organization (NATO)");
//  4. organisation variants: legal suffixes dropped, words reordered;
//  5. an all-capitals word and the only name in the folder whose initials it spells;
//  6. name parts: a surname or given name alone ("Putin"), or an organisation's short form
//     ("Foreign Ministry"), joins the full name that fits in its own article (the nearest before
//     it when several do), else the only full name that fits in the folder, else stays apart.
// Names are compared word by word, so "Vučić" never joins "Vučević". People never join places
// or organisations; a place and an organisation of the same name do (news writes "Beijing said").
// THREAD SAFETY: immutable after construction; link() may run on any thread.

#include "core/link/aliastable.h"
#include "core/link/linking.h"

#include <QHash>

#include <vector>

namespace crossread::core {

class Linker
{
public:
    explicit Linker(AliasTable aliases = AliasTable::builtIn());

    [[nodiscard]] Linking link(const std::vector<AnalysedArticle>& articles) const;

private:
    AliasTable m_aliases;
};

// Recomputes what follows from the mention -> entity assignment: alias mention counts (aliases
// without mentions dropped, new surface forms added as same-name aliases), mention and article
// counts, entities left without mentions removed, and unique keys. Linker and Corrections call it.
void refreshEntities(const std::vector<AnalysedArticle>& articles, Linking& linking);

// The entity a name stands for: its key or name, else an alias as written, else an alias up to
// case and accents; among several, the one with the most mentions (a lone surname left apart
// from two full names is a smaller entity of its own). -1 when none. `keyMemo` (optional)
// remembers alias name keys across many lookups on one linking.
[[nodiscard]] std::int32_t findEntityNamed(
    const Linking& linking, QStringView name, QHash<QString, QString>* keyMemo = nullptr);

} // namespace crossread::core
