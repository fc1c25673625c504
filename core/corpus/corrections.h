#pragma once

// The user's corrections, kept in FOLDER/.crossread/corrections.json (human-readable, versioned)
// and replayed after every extraction so that no fix is lost when articles are re-analysed.
// Mention corrections (reject, mark) apply before linking; entity corrections (rename, type,
// merge, split) after it, in the order the user made them. Entities are named by a name or
// alias they had when the correction was made, which survives re-analysis.
// Writing is atomic (temporary file, fsync, rename); a damaged file is moved aside, reported,
// and never overwritten.
// THREAD SAFETY: value types and free functions.

#include "core/link/linking.h"
#include "core/types.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace crossread::core {

struct Correction
{
    enum class Kind {
        Rename, // entity -> name
        SetType, // entity -> type
        Merge, // other (an entity) joins entity
        SplitAlias, // the mentions of alias `other` leave entity for an entity of their own
        RejectMention, // article + span (+ text as a check): not an entity
        RejectSurface, // every mention written `text` (up to case and accents): not an entity
        MarkEntity, // every occurrence of `text` is a mention of `type`
    };
    Kind kind = Kind::Rename;
    QString entity; // a name or alias of the entity acted on
    QString other; // Merge: the entity merged in; SplitAlias: the alias split off
    QString name; // Rename: the new name
    QString text; // RejectMention / RejectSurface / MarkEntity: the surface form
    EntityType type = EntityType::Person; // SetType, MarkEntity
    QString article; // RejectMention: path relative to the folder
    qsizetype begin = -1; // RejectMention: UTF-16 offsets into the article's text
    qsizetype end = -1;

    [[nodiscard]] bool isMentionCorrection() const
    {
        return kind == Kind::RejectMention || kind == Kind::RejectSurface || kind == Kind::MarkEntity;
    }
    [[nodiscard]] QString describe() const; // "Rename 'Vucic' to 'Aleksandar Vučić'"
};

struct CorrectionSet
{
    QList<Correction> items; // in the order they were made
    QList<QJsonObject> unknown; // entries of a newer version, kept and written back untouched
};

struct CorrectionsLoad
{
    CorrectionSet corrections;
    QString problem; // empty when the file was fine or absent; else what happened, for the user
};

inline constexpr int kCorrectionsFormatVersion = 1;

[[nodiscard]] QString correctionsFilePath(const QString& folder);
[[nodiscard]] CorrectionsLoad loadCorrections(const QString& folder);
// Returns false and sets `error` when the file could not be written; the old file is then intact.
bool saveCorrections(const QString& folder, const CorrectionSet& corrections, QString* error);

// Applies the mention corrections to freshly extracted articles (paths under `folder`).
void applyMentionCorrections(
    const CorrectionSet& corrections, const QString& folder, std::vector<AnalysedArticle>& articles);
// Applies the entity corrections to a linking of the same articles. A correction whose entity
// no longer exists is skipped.
void applyEntityCorrections(
    const CorrectionSet& corrections, std::vector<AnalysedArticle>& articles, Linking& linking);

} // namespace crossread::core
