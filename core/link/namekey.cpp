#include "core/link/namekey.h"

#include "core/text/unicode.h"

namespace crossread::core {

QString nameKey(QStringView surface)
{
    QString folded = fold(surface);
    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (c == u'.')
            continue;
        // Hyphens and dashes join words as spaces do ("Budapest-Belgrade" keeps two words).
        if (c.isSpace() || isDash(c.unicode())) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key += u' ';
            pendingSpace = false;
        }
        key += isApostrophe(c.unicode()) ? QChar(u'\'') : c;
    }
    // Possessive endings are not part of the name ("Xi’s", "Reuters'").
    if (key.endsWith(QLatin1String("'s")))
        key.chop(2);
    else if (key.endsWith(u'\''))
        key.chop(1);
    if (key.startsWith(QLatin1String("the ")) && key.size() > 4)
        key.remove(0, 4);
    return key.trimmed();
}

QStringList nameKeyWords(const QString& key)
{
    return key.split(u' ', Qt::SkipEmptyParts);
}

bool isNameConnector(QStringView word)
{
    static constexpr const char16_t* kConnectors[]
        = { u"of", u"for", u"and", u"the", u"on", u"in", u"de", u"du", u"des", u"la", u"le", u"&" };
    for (const char16_t* c : kConnectors)
        if (word == QStringView(c))
            return true;
    return false;
}

} // namespace crossread::core
