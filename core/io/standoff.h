#pragma once

// Annotated documents in the standoff format of ../shared (a .txt with a .json of mentions whose
// offsets count code points, end exclusive). Used to train the tagger and to evaluate it.
// THREAD SAFETY: free functions without shared state.

#include "core/types.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crossread::core {

struct AnnotatedDocument
{
    QString name; // the .txt file name
    QString text;
    QList<Mention> mentions; // UTF-16 spans, sorted; "optional" gold mentions are left out
};

// Reads every <doc>.json + <doc>.txt pair of a folder. Unreadable pairs are named in `errors`.
[[nodiscard]] std::vector<AnnotatedDocument> readStandoffFolder(const QString& folder, QStringList* errors);

} // namespace crossread::core
