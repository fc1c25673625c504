#include "core/link/aliastable.h"

#include "core/link/namekey.h"

#include <QFile>

namespace crossread::core {

AliasTable AliasTable::builtIn()
{
    AliasTable table;
    for (const char* name : { ":/crossread/aliases/countries.tsv", ":/crossread/aliases/curated.tsv" }) {
        QFile file(QString::fromLatin1(name));
        if (file.open(QIODevice::ReadOnly))
            table.addTsv(QString::fromUtf8(file.readAll()));
    }
    return table;
}

int AliasTable::addTsv(const QString& tsv)
{
    int bad = 0;
    for (QStringView line : QStringView(tsv).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t', Qt::SkipEmptyParts);
        const std::optional<EntityType> type
            = fields.isEmpty() ? std::nullopt : entityTypeFromName(fields[0]);
        if (!type || fields.size() < 2) {
            ++bad;
            continue;
        }
        // An existing entry that knows any of these names is extended, not duplicated.
        int index = -1;
        for (qsizetype i = 1; i < fields.size() && index < 0; ++i)
            index = find(nameKey(fields[i]));
        if (index < 0) {
            index = int(m_entries.size());
            m_entries.push_back({});
        }
        m_entries[size_t(index)] = { fields[1].toString(), *type };
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString key = nameKey(fields[i]);
            if (!key.isEmpty())
                m_entryOfKey.insert(key, index);
        }
    }
    return bad;
}

} // namespace crossread::core
