#pragma once

// The result of cross-article linking: entities, each with a canonical name, a type and its
// aliases — every surface form, with why it was joined — and, for every mention of every
// article, the entity it belongs to.

#include "core/types.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace crossread::core {

enum class JoinReason : std::uint8_t {
    CanonicalName, // the name the entity is known by
    SameName, // the same name up to case, accents, periods or a possessive ending
    AliasTable, // a known alias (resources/aliases)
    AcronymDefinedInText, // "North Atlantic Treaty Organization (NATO)"
    Initials, // "EU" spells the initials of "European Union", the only fitting name
    NameVariant, // the same words reordered, or without a legal suffix ("Bloomberg L.P.")
    NamePartInArticle, // "Putin" after "Vladimir Putin" in the same article
    NamePartInFolder, // "Putin" where the folder knows one full name it fits
    ShortFormInArticle, // "Foreign Ministry" after "Chinese Foreign Ministry"
    ShortFormInFolder,
    UserMerge, // corrections
    UserMarked,
};
[[nodiscard]] QString joinReasonText(JoinReason reason); // one phrase for tooltips and the CLI

struct EntityAlias
{
    QString text; // as written in an article
    int mentionCount = 0;
    JoinReason reason = JoinReason::CanonicalName;
    QString joinedTo; // the alias it was joined to; empty for the canonical name
};

struct Entity
{
    QString key; // unique in the folder, stable for an unchanged folder: the export's "entity"
    QString name;
    EntityType type = EntityType::Person;
    QList<EntityAlias> aliases; // most mentioned first
    int mentionCount = 0;
    int articleCount = 0;
};

struct Linking
{
    std::vector<Entity> entities;
    // entityOfMention[article][mention]: index into entities, for every mention of every article.
    std::vector<std::vector<std::int32_t>> entityOfMention;
};

} // namespace crossread::core
