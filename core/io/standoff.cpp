#include "core/io/standoff.h"

#include "core/text/unicode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossread::core {

std::vector<AnnotatedDocument> readStandoffFolder(const QString& folder, QStringList* errors)
{
    std::vector<AnnotatedDocument> documents;
    const QDir dir(folder);
    if (!dir.exists()) {
        if (errors)
            errors->append(QStringLiteral("%1: no such folder").arg(folder));
        return documents;
    }
    for (const QString& jsonName : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile jsonFile(dir.filePath(jsonName));
        if (!jsonFile.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(QStringLiteral("%1: cannot be read").arg(jsonFile.fileName()));
            continue;
        }
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            if (errors)
                errors->append(QStringLiteral("%1: %2").arg(jsonFile.fileName(), parseError.errorString()));
            continue;
        }
        const QString textName = QFileInfo(root.value(u"document").toString()).fileName();
        QFile textFile(
            dir.filePath(textName.isEmpty() ? QFileInfo(jsonName).completeBaseName() + u".txt" : textName));
        if (!textFile.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(QStringLiteral("%1: cannot be read").arg(textFile.fileName()));
            continue;
        }
        AnnotatedDocument doc;
        doc.name = QFileInfo(textFile.fileName()).fileName();
        doc.text = QString::fromUtf8(textFile.readAll());
        const CodePointMap map(doc.text);
        for (const QJsonValue& value : root.value(u"mentions").toArray()) {
            const QJsonObject m = value.toObject();
            if (m.value(u"optional").toBool(false))
                continue;
            const auto type = entityTypeFromName(m.value(u"type").toString());
            if (!type)
                continue;
            const qsizetype begin = map.toUtf16(m.value(u"start").toInteger());
            const qsizetype end = map.toUtf16(m.value(u"end").toInteger());
            if (begin < 0 || end > doc.text.size() || end <= begin)
                continue;
            doc.mentions.append({ { begin, end }, *type, doc.text.mid(begin, end - begin) });
        }
        std::sort(doc.mentions.begin(), doc.mentions.end());
        documents.push_back(std::move(doc));
    }
    return documents;
}

} // namespace crossread::core
