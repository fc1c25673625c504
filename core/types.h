#pragma once

// The value types that cross the core's public boundary. Offsets everywhere in the core are
// half-open [begin, end) ranges of UTF-16 code units into the article's QString, the unit
// QTextCursor and u32regex over utf16() use. Code points are produced only on export
// (see text/offsets.h), because the scorer and the gold counts code points.

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <cstdint>
#include <optional>

namespace crossread::core {

enum class EntityType : std::uint8_t { Person = 0, Location = 1, Organization = 2 };
inline constexpr int kEntityTypeCount = 3;

[[nodiscard]] QString entityTypeName(EntityType type); // "PERSON", "LOCATION", "ORGANIZATION"
[[nodiscard]] std::optional<EntityType> entityTypeFromName(QStringView name); // also "PER", "LOC", "ORG"

struct TextSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype length() const { return end - begin; }
    [[nodiscard]] bool isEmpty() const { return end <= begin; }
    [[nodiscard]] bool overlaps(TextSpan other) const { return begin < other.end && other.begin < end; }
    [[nodiscard]] bool contains(TextSpan other) const { return begin <= other.begin && other.end <= end; }
    auto operator<=>(const TextSpan&) const = default;
};

struct Mention
{
    TextSpan span;
    EntityType type = EntityType::Person;
    QString text; // the surface form, exactly as in the article

    bool operator==(const Mention&) const = default;
    // Reading order: by position, then type.
    std::strong_ordering operator<=>(const Mention& other) const
    {
        if (const auto c = span <=> other.span; c != 0)
            return c;
        return type <=> other.type;
    }
};

// One readable document. `text` is what the reader shows; every offset refers to it.
struct Article
{
    QString path; // absolute
    QString title;
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", ...
    QStringList warnings; // things the user should know, e.g. a legacy encoding guess
};

// An article with what extraction found in it. `sentences` give the context lines of mentions.
struct AnalysedArticle
{
    Article article;
    QList<Mention> mentions; // by position, never overlapping
    QList<TextSpan> sentences;
};

} // namespace crossread::core
