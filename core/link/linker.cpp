#include "core/link/linker.h"

#include "core/link/namekey.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

namespace crossread::core {

QString joinReasonText(JoinReason reason)
{
    switch (reason) {
    case JoinReason::CanonicalName:
        return QStringLiteral("canonical name");
    case JoinReason::SameName:
        return QStringLiteral("same name up to case, accents or punctuation");
    case JoinReason::AliasTable:
        return QStringLiteral("known alias");
    case JoinReason::AcronymDefinedInText:
        return QStringLiteral("acronym defined in the text");
    case JoinReason::Initials:
        return QStringLiteral("initials of the only matching name");
    case JoinReason::NameVariant:
        return QStringLiteral("same name reordered or without legal suffix");
    case JoinReason::NamePartInArticle:
        return QStringLiteral("part of a full name in the same article");
    case JoinReason::NamePartInFolder:
        return QStringLiteral("part of the only matching full name in the folder");
    case JoinReason::ShortFormInArticle:
        return QStringLiteral("short form of a name in the same article");
    case JoinReason::ShortFormInFolder:
        return QStringLiteral("short form of the only matching name in the folder");
    case JoinReason::UserMerge:
        return QStringLiteral("merged by you");
    case JoinReason::UserMarked:
        return QStringLiteral("marked by you");
    }
    return {};
}

namespace {

// People never join places or organisations; places and organisations may join each other.
int typeClass(EntityType type)
{
    return type == EntityType::Person ? 0 : 1;
}

bool hasNonAscii(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x80; });
}

// "NATO", "U.S.", "SNS": one word written in capitals.
bool looksLikeAcronym(const QString& surface)
{
    int letters = 0;
    for (QChar c : surface) {
        if (c == u'.' || c == u'&' || c == u'-')
            continue;
        if (!c.isLetter() || !c.isUpper())
            return false;
        ++letters;
    }
    return letters >= 2 && letters <= 8;
}

bool isLegalSuffix(QStringView word)
{
    static constexpr const char16_t* kSuffixes[]
        = { u"inc", u"ltd", u"llc", u"lp", u"llp", u"plc", u"corp", u"corporation", u"co", u"ag", u"sa",
              u"gmbh", u"nv", u"bv", u"limited", u"pty", u"spa", u"srl", u"se" };
    for (const char16_t* s : kSuffixes)
        if (word == QStringView(s))
            return true;
    return false;
}

// The name's words without the legal forms that close it ("acme", not "acme inc"); one word
// always stays. `keepCorporation` keeps "corporation", which lends its letter to acronyms
// ("BBC" for "British Broadcasting Corporation").
QStringList withoutLegalSuffixes(QStringList words, bool keepCorporation)
{
    while (words.size() > 1 && isLegalSuffix(words.last())
        && !(keepCorporation && words.last() == u"corporation"))
        words.removeLast();
    return words;
}

// The initials of every word, and of those that are no small word: ("nato", "nato") for "north
// atlantic treaty organization", ("mbs", "ms") for "mohammed bin salman".
std::pair<QString, QString> initialsOf(const QStringList& words, bool (*smallWord)(QStringView))
{
    QString all, withoutSmallWords;
    for (const QString& w : words) {
        all += w[0];
        if (!smallWord(w))
            withoutSmallWords += w[0];
    }
    return { all, withoutSmallWords };
}

// "nato" spells "north atlantic treaty organization"; connectors may be skipped or used.
bool spellsInitials(const QString& acronym, const QStringList& words)
{
    const auto [all, content] = initialsOf(words, isNameConnector);
    return acronym == all || acronym == content;
}

// "jr" of "Robert F. Kennedy Jr.": no initial of its own.
bool isGenerationalSuffix(QStringView word)
{
    return word == u"jr" || word == u"sr" || word == u"ii" || word == u"iii" || word == u"iv";
}

// Particles inside people's names, which initials may skip: "MBS" for "Mohammed bin Salman".
bool isPersonNameParticle(QStringView word)
{
    static constexpr const char16_t* kParticles[] = { u"bin", u"ibn", u"al", u"el", u"van", u"von", u"der",
        u"den", u"de", u"da", u"del", u"della", u"dos", u"das", u"di", u"du", u"le", u"la" };
    for (const char16_t* p : kParticles)
        if (word == QStringView(p))
            return true;
    return false;
}

struct Node
{
    QString key;
    QStringList words;
    int typeClass = 0;
    std::array<int, kEntityTypeCount> typeVotes {};
    QHash<QString, int> surfaces; // as written -> mentions
    int aliasEntry = -1;
    bool acronym = false;
    int mentions = 0;

    EntityType majorityType() const
    {
        return EntityType(std::max_element(typeVotes.begin(), typeVotes.end()) - typeVotes.begin());
    }
    // The initials a person's acronym stands for ("ksm" of "KSM", "rfk" of "RFK Jr."), or empty.
    QString personAcronym() const
    {
        QStringList rest = words;
        while (rest.size() > 1 && isGenerationalSuffix(rest.last()))
            rest.removeLast();
        if (typeClass != 0 || rest.size() != 1 || rest.first().size() < 2 || rest.first().size() > 6)
            return {};
        for (auto it = surfaces.begin(); it != surfaces.end(); ++it)
            if (looksLikeAcronym(it.key().section(u' ', 0, 0)))
                return rest.first();
        return {};
    }
    // The initials of a person's full name, with its particles and without: "mbs" and "ms".
    QStringList personInitials() const
    {
        QStringList named = words;
        named.removeIf([](const QString& w) { return isGenerationalSuffix(w); });
        const auto [all, withoutParticles] = initialsOf(named, isPersonNameParticle);
        if (typeClass != 0 || all.size() < 2)
            return {};
        return all == withoutParticles ? QStringList { all } : QStringList { all, withoutParticles };
    }
    // The spelling to show: accented forms are the careful ones, then the most frequent.
    QString bestSurface() const
    {
        QString best;
        int bestCount = -1;
        bool bestAccented = false;
        for (auto it = surfaces.begin(); it != surfaces.end(); ++it) {
            const bool accented = hasNonAscii(it.key());
            if (std::tie(accented, it.value()) > std::tie(bestAccented, bestCount)
                || (accented == bestAccented && it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
                bestAccented = accented;
            }
        }
        return best;
    }
};

class UnionFind
{
public:
    explicit UnionFind(std::size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    bool unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        m_parent[size_t(std::max(a, b))] = std::min(a, b);
        return true;
    }

private:
    std::vector<int> m_parent;
};

struct Edge
{
    int a, b;
    JoinReason reason;
};

struct MentionAssignment
{
    int node = -1;
    int group = -1; // the node group it finally belongs to
    JoinReason reason = JoinReason::SameName; // only for name parts and short forms
    bool dependent = false;
};

} // namespace

Linker::Linker(AliasTable aliases)
    : m_aliases(std::move(aliases))
{ }

Linking Linker::link(const std::vector<AnalysedArticle>& articles) const
{
    // 1. One node per (name key, type class).
    std::vector<Node> nodes;
    QHash<QString, int> nodeOfKey[2];
    std::vector<std::vector<MentionAssignment>> assignment(articles.size());
    for (size_t a = 0; a < articles.size(); ++a) {
        const auto& mentions = articles[a].mentions;
        assignment[a].resize(size_t(mentions.size()));
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const Mention& m = mentions[i];
            QString key = nameKey(m.text);
            if (key.isEmpty())
                key = m.text.toLower();
            const int cls = typeClass(m.type);
            auto it = nodeOfKey[cls].find(key);
            if (it == nodeOfKey[cls].end()) {
                it = nodeOfKey[cls].insert(key, int(nodes.size()));
                Node node;
                node.key = key;
                node.words = nameKeyWords(key);
                node.typeClass = cls;
                if (cls == 1) {
                    node.aliasEntry = m_aliases.find(key);
                    if (node.aliasEntry >= 0 && typeClass(m_aliases.entry(node.aliasEntry).type) != cls)
                        node.aliasEntry = -1;
                }
                nodes.push_back(std::move(node));
            }
            Node& node = nodes[size_t(*it)];
            node.typeVotes[size_t(m.type)]++;
            node.surfaces[m.text]++;
            node.mentions++;
            node.acronym = node.acronym || (node.words.size() == 1 && looksLikeAcronym(m.text));
            assignment[a][size_t(i)].node = *it;
        }
    }

    UnionFind groups(nodes.size());
    std::vector<Edge> edges;
    auto join = [&](int a, int b, JoinReason reason) {
        if (groups.unite(a, b))
            edges.push_back({ a, b, reason });
    };

    // 2. Known aliases.
    {
        QHash<int, int> anchorOfEntry;
        for (size_t n = 0; n < nodes.size(); ++n) {
            if (nodes[n].aliasEntry < 0)
                continue;
            const auto it = anchorOfEntry.constFind(nodes[n].aliasEntry);
            if (it == anchorOfEntry.constEnd())
                anchorOfEntry.insert(nodes[n].aliasEntry, int(n));
            else
                join(*it, int(n), JoinReason::AliasTable);
        }
    }

    // 3. Acronyms defined in a text: "Long Name (LN)" or "LN (Long Name)". An acronym defined
    //    differently in two articles is left alone.
    {
        QHash<int, QSet<int>> longFormsOfAcronym;
        for (size_t a = 0; a < articles.size(); ++a) {
            const QString& text = articles[a].article.text;
            const auto& mentions = articles[a].mentions;
            for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
                const Mention& first = mentions[i];
                const Mention& second = mentions[i + 1];
                // The acronym may be quoted: "Islamic Resistance Movement (\"Hamas\")".
                QString between
                    = QStringView(text).mid(first.span.end, second.span.begin - first.span.end).toString();
                between.remove(u' ').remove(u'"').remove(u'\u201C');
                if (between != u"(")
                    continue;
                qsizetype after = second.span.end;
                while (after < text.size()
                    && (text[after].isSpace() || text[after] == u'"' || text[after] == u'\u201D'))
                    ++after;
                if (after >= text.size() || text[after] != u')')
                    continue;
                const int firstNode = assignment[a][size_t(i)].node;
                const int secondNode = assignment[a][size_t(i + 1)].node;
                const Node& f = nodes[size_t(firstNode)];
                const Node& s = nodes[size_t(secondNode)];
                if (f.typeClass != 1 || s.typeClass != 1)
                    continue;
                // A name the alias table knows keeps its meaning ("the U.S. (Playhouse Square Center)").
                if (f.aliasEntry >= 0 && s.aliasEntry >= 0 ? f.aliasEntry != s.aliasEntry
                                                           : (f.aliasEntry >= 0 || s.aliasEntry >= 0))
                    continue;
                // "Long Name (LN)" is how acronyms are defined, also in another language's initials
                // ("Serbian Progressive Party (SNS)"); "LN (Long Name)" must spell the initials.
                if (s.acronym && f.words.size() >= 2)
                    longFormsOfAcronym[secondNode].insert(firstNode);
                else if (f.acronym && s.words.size() >= 2 && spellsInitials(f.key, s.words))
                    longFormsOfAcronym[firstNode].insert(secondNode);
            }
        }
        for (auto it = longFormsOfAcronym.begin(); it != longFormsOfAcronym.end(); ++it) {
            QSet<int> distinct;
            for (int n : it.value())
                distinct.insert(groups.find(n));
            if (distinct.size() == 1)
                join(*it.value().begin(), it.key(), JoinReason::AcronymDefinedInText);
        }
    }

    // 4. Organisation variants: "Bloomberg L.P." = "Bloomberg"; "Center for China Analysis" =
    //    "China Analysis Center" (the same content words, at least three, or two around a connector).
    {
        QHash<QString, int> firstOfStripped;
        struct Bag
        {
            QList<int> nodes;
            bool distinctive = false;
        };
        QHash<QString, Bag> nodesOfBag;
        for (size_t n = 0; n < nodes.size(); ++n) {
            const Node& node = nodes[n];
            if (node.typeClass != 1)
                continue;
            const QStringList words = withoutLegalSuffixes(node.words, false);
            // A name read as a place is no company's short name: "in Antofagasta" is the city,
            // "Antofagasta plc" the miner.
            if (node.majorityType() != EntityType::Location) {
                const QString stripped = words.join(u' ');
                const auto existing = firstOfStripped.constFind(stripped);
                if (existing != firstOfStripped.constEnd())
                    join(*existing, int(n), JoinReason::NameVariant);
                else
                    firstOfStripped.insert(stripped, int(n));
            }
            QStringList content;
            for (const QString& w : words)
                if (!isNameConnector(w))
                    content << w;
            if (content.size() >= 2) {
                const bool distinctive = content.size() >= 3 || content.size() < words.size();
                content.sort();
                auto& bag = nodesOfBag[content.join(u' ')];
                bag.nodes.append(int(n));
                bag.distinctive = bag.distinctive || distinctive;
            }
        }
        // The bare stripped forms ("bloomberg") join their own node too (not a place's name).
        for (size_t n = 0; n < nodes.size(); ++n) {
            if (nodes[n].typeClass != 1 || nodes[n].majorityType() == EntityType::Location)
                continue;
            const auto it = firstOfStripped.constFind(nodes[n].key);
            if (it != firstOfStripped.constEnd())
                join(*it, int(n), JoinReason::NameVariant);
        }
        for (auto it = nodesOfBag.begin(); it != nodesOfBag.end(); ++it) {
            // Two words alone in another order are too often two names ("China Bank", "Bank
            // China"); a connector ("University of Oxford") or a third word makes it one.
            if (!it->distinctive)
                continue;
            for (qsizetype i = 1; i < it->nodes.size(); ++i)
                join(it->nodes[0], it->nodes[i], JoinReason::NameVariant);
        }
    }

    // 5. Initials: "EU" and "European Union", when no other name in the folder fits.
    {
        std::vector<int> groupSize(nodes.size(), 0);
        for (size_t n = 0; n < nodes.size(); ++n)
            groupSize[size_t(groups.find(int(n)))]++;
        QHash<QString, QSet<int>> groupsOfInitials;
        QHash<QString, int> nodeOfInitials;
        for (size_t n = 0; n < nodes.size(); ++n) {
            const Node& node = nodes[n];
            if (node.typeClass != 1)
                continue;
            // A legal form has no letter in the acronym ("AP" is no "Antofagasta plc"), except a
            // corporation: "BBC", "CNOOC".
            const QStringList words = withoutLegalSuffixes(node.words, true);
            if (words.size() < 2)
                continue;
            const auto [all, content] = initialsOf(words, isNameConnector);
            // An acronym coined before the name grew a last "and ..." keeps its old letters: "CDC"
            // for "Centers for Disease Control and Prevention".
            const qsizetype count = words.size();
            const QString beforeLastAnd = count >= 4 && words[count - 2] == u"and"
                ? initialsOf(words.mid(0, count - 2), isNameConnector).second
                : QString();
            for (const QString& initials : { content, all, beforeLastAnd }) {
                if (initials.size() < 2)
                    continue;
                groupsOfInitials[initials].insert(groups.find(int(n)));
                nodeOfInitials.insert(initials, int(n));
            }
        }
        for (size_t n = 0; n < nodes.size(); ++n) {
            const Node& node = nodes[n];
            if (node.typeClass != 1 || !node.acronym || groupSize[size_t(groups.find(int(n)))] > 1)
                continue;
            const auto it = groupsOfInitials.constFind(node.key);
            if (it != groupsOfInitials.constEnd() && it->size() == 1)
                join(nodeOfInitials.value(node.key), int(n), JoinReason::Initials);
        }
    }

    // 6. Name parts and short forms, resolved mention by mention.
    QHash<QString, QList<int>> fullNamesOfPart; // person name key -> nodes of longer names
    QHash<QString, QList<int>> longFormsOfShort; // organisation key -> longer names ending so
    QHash<QString, QList<int>> fullNamesOfInitials; // "aoc" -> "Alexandria Ocasio-Cortez"
    for (size_t n = 0; n < nodes.size(); ++n) {
        const Node& node = nodes[n];
        const qsizetype count = node.words.size();
        if (node.typeClass == 0) {
            for (qsizetype k = 1; k < count; ++k) {
                fullNamesOfPart[node.words.mid(0, k).join(u' ')].append(int(n));
                fullNamesOfPart[node.words.mid(count - k).join(u' ')].append(int(n));
            }
            if (count >= 2)
                for (const QString& initials : node.personInitials())
                    fullNamesOfInitials[initials].append(int(n));
        } else if (node.majorityType() == EntityType::Organization) {
            // "Foreign Ministry" is short for "Chinese Foreign Ministry": one or two words dropped
            // from the front, at least two left.
            for (qsizetype drop = 1; drop <= 2 && count - drop >= 2; ++drop)
                longFormsOfShort[node.words.mid(drop).join(u' ')].append(int(n));
        }
    }
    std::vector<QList<int>> candidateGroups(nodes.size());
    std::vector<bool> byInitials(nodes.size(), false);
    for (size_t n = 0; n < nodes.size(); ++n) {
        const Node& node = nodes[n];
        QList<int> candidates;
        if (node.typeClass == 0) {
            candidates = fullNamesOfPart.value(node.key);
            if (const QString acronym = node.personAcronym(); !acronym.isEmpty()) {
                const QList<int> spelled = fullNamesOfInitials.value(acronym);
                candidates += spelled;
                byInitials[n] = !spelled.isEmpty();
            }
        } else if (node.aliasEntry < 0 && node.majorityType() == EntityType::Organization)
            candidates = longFormsOfShort.value(node.key);
        QList<int> distinct;
        const int own = groups.find(int(n));
        for (int c : candidates) {
            const int g = groups.find(c);
            if (g != own && !distinct.contains(g))
                distinct.append(g);
        }
        candidateGroups[n] = distinct;
    }
    for (size_t a = 0; a < articles.size(); ++a) {
        auto& here = assignment[a];
        for (MentionAssignment& m : here)
            m.group = groups.find(m.node);
        for (size_t i = 0; i < here.size(); ++i) {
            const QList<int>& candidates = candidateGroups[size_t(here[i].node)];
            if (candidates.isEmpty())
                continue;
            const bool person = nodes[size_t(here[i].node)].typeClass == 0;
            // The full names of this article that fit, nearest before the mention first.
            int chosen = -1;
            QSet<int> inArticle;
            for (size_t j = 0; j < here.size(); ++j)
                if (candidateGroups[size_t(here[j].node)].isEmpty() && candidates.contains(here[j].group))
                    inArticle.insert(here[j].group);
            if (inArticle.size() == 1) {
                chosen = *inArticle.begin();
            } else if (inArticle.size() > 1) {
                for (size_t j = i; j-- > 0 && chosen < 0;)
                    if (candidateGroups[size_t(here[j].node)].isEmpty() && inArticle.contains(here[j].group))
                        chosen = here[j].group;
                for (size_t j = i + 1; j < here.size() && chosen < 0; ++j)
                    if (candidateGroups[size_t(here[j].node)].isEmpty() && inArticle.contains(here[j].group))
                        chosen = here[j].group;
            }
            const bool initials = byInitials[size_t(here[i].node)];
            if (chosen >= 0) {
                here[i] = { here[i].node, chosen,
                    initials ? JoinReason::Initials
                             : (person ? JoinReason::NamePartInArticle : JoinReason::ShortFormInArticle),
                    true };
            } else if (candidates.size() == 1) {
                here[i] = { here[i].node, candidates.first(),
                    initials ? JoinReason::Initials
                             : (person ? JoinReason::NamePartInFolder : JoinReason::ShortFormInFolder),
                    true };
            }
        }
        // An organisation's first word after its full name in the article is that organisation:
        // "Meridian Shipping Group ... Meridian, which is based in Singapore". Only when one
        // organisation of the article starts with it and the full name came first ("Amazon ...
        // Amazon Web Services" names the parent first).
        QHash<QString, QSet<int>> groupsByFirstWord;
        for (const MentionAssignment& m : here) {
            const Node& node = nodes[size_t(m.node)];
            if (node.typeClass == 1 && node.words.size() >= 2
                && node.majorityType() == EntityType::Organization)
                groupsByFirstWord[node.words.first()].insert(m.group);
        }
        QSet<int> seenGroups;
        QSet<int> shortFormsSeenFirst; // nodes mentioned before any full name they could stand for
        for (size_t i = 0; i < here.size(); ++i) {
            const Node& node = nodes[size_t(here[i].node)];
            const bool shortForm = !here[i].dependent && node.typeClass == 1 && node.words.size() == 1
                && node.aliasEntry < 0 && node.majorityType() == EntityType::Organization;
            const auto it = shortForm ? groupsByFirstWord.constFind(node.key) : groupsByFirstWord.constEnd();
            if (it != groupsByFirstWord.constEnd() && it->size() == 1
                && !shortFormsSeenFirst.contains(here[i].node) && seenGroups.contains(*it->begin())
                && *it->begin() != here[i].group)
                here[i] = { here[i].node, *it->begin(), JoinReason::ShortFormInArticle, true };
            else if (shortForm)
                shortFormsSeenFirst.insert(here[i].node);
            seenGroups.insert(here[i].group);
        }
    }

    // 7. Entities: one per group that kept a mention, named by the alias table or its fullest name.
    Linking linking;
    linking.entityOfMention.resize(articles.size());
    QHash<int, int> entityOfGroup;
    std::vector<int> rootNodeOfEntity;
    for (size_t a = 0; a < articles.size(); ++a) {
        for (const MentionAssignment& m : assignment[a]) {
            if (!entityOfGroup.contains(m.group)) {
                entityOfGroup.insert(m.group, int(linking.entities.size()));
                linking.entities.emplace_back();
                rootNodeOfEntity.push_back(-1);
            }
            linking.entityOfMention[a].push_back(entityOfGroup.value(m.group));
        }
    }
    std::vector<QList<int>> nodesOfEntity(linking.entities.size());
    for (size_t n = 0; n < nodes.size(); ++n) {
        const auto it = entityOfGroup.constFind(groups.find(int(n)));
        if (it != entityOfGroup.constEnd())
            nodesOfEntity[size_t(*it)].append(int(n));
    }
    QHash<int, QList<Edge>> edgesOfNode;
    for (const Edge& e : edges) {
        edgesOfNode[e.a].append(e);
        edgesOfNode[e.b].append(e);
    }
    for (size_t e = 0; e < linking.entities.size(); ++e) {
        Entity& entity = linking.entities[e];
        const QList<int>& members = nodesOfEntity[e];
        if (members.isEmpty())
            continue;
        // Only nodes whose own mentions belong here (a name part may live elsewhere entirely).
        int root = members.first();
        int aliasEntry = -1;
        for (int n : members) {
            const Node& node = nodes[size_t(n)];
            if (node.aliasEntry >= 0 && aliasEntry < 0) {
                aliasEntry = node.aliasEntry;
                root = n;
            }
        }
        if (aliasEntry < 0) {
            auto rank = [&](int n) {
                const Node& node = nodes[size_t(n)];
                QStringList content = node.words;
                content.removeIf([](const QString& w) { return isNameConnector(w); });
                return std::make_tuple(node.acronym ? 0 : 1, content.size(), node.mentions);
            };
            for (int n : members)
                if (rank(n) > rank(root))
                    root = n;
        }
        std::array<int, kEntityTypeCount> votes {};
        for (int n : members)
            for (int t = 0; t < kEntityTypeCount; ++t)
                votes[size_t(t)] += nodes[size_t(n)].typeVotes[size_t(t)];
        entity.type = EntityType(std::max_element(votes.begin(), votes.end()) - votes.begin());
        if (aliasEntry >= 0) {
            entity.name = m_aliases.entry(aliasEntry).canonicalName;
            entity.type = m_aliases.entry(aliasEntry).type;
            // The node spelled like the canonical name explains the others best.
            const QString canonicalKey = nameKey(entity.name);
            for (int n : members)
                if (nodes[size_t(n)].key == canonicalKey)
                    root = n;
        } else {
            entity.name = nodes[size_t(root)].bestSurface();
        }
        // Why each node is here: the join that first reaches it from the root.
        QHash<int, std::pair<JoinReason, int>> reached; // node -> (reason, from node)
        reached.insert(root, { JoinReason::CanonicalName, -1 });
        QList<int> queue { root };
        for (qsizetype q = 0; q < queue.size(); ++q) {
            const int n = queue[q];
            for (const Edge& edge : edgesOfNode.value(n)) {
                const int other = edge.a == n ? edge.b : edge.a;
                if (!reached.contains(other)) {
                    reached.insert(other, { edge.reason, n });
                    queue.append(other);
                }
            }
        }
        const QString nameKeyOfEntity = nameKey(entity.name);
        for (int n : members) {
            const Node& node = nodes[size_t(n)];
            const auto [reason, from] = reached.value(n, { JoinReason::SameName, root });
            const QString nodeName = n == root ? entity.name : node.bestSurface();
            for (auto s = node.surfaces.begin(); s != node.surfaces.end(); ++s) {
                EntityAlias alias;
                alias.text = s.key();
                if (s.key() == entity.name) {
                    alias.reason = JoinReason::CanonicalName;
                } else if (s.key() != nodeName || n == root) {
                    alias.reason = (n == root && aliasEntry >= 0 && node.key != nameKeyOfEntity)
                        ? JoinReason::AliasTable
                        : JoinReason::SameName;
                    alias.joinedTo = nodeName == s.key() ? entity.name : nodeName;
                } else {
                    alias.reason = reason;
                    alias.joinedTo = from >= 0 ? nodes[size_t(from)].bestSurface() : entity.name;
                    if (reason == JoinReason::AliasTable)
                        alias.joinedTo = entity.name;
                }
                entity.aliases.append(alias);
            }
        }
    }
    // A name seen without accents takes them from its parts written with them ("Aleksandar Vucic"
    // and "Vučić" -> "Aleksandar Vučić"): the accented spelling is the careful one.
    {
        std::vector<QHash<QString, QString>> accentedWords(linking.entities.size()); // key -> spelling
        for (size_t a = 0; a < articles.size(); ++a)
            for (size_t i = 0; i < linking.entityOfMention[a].size(); ++i) {
                const QString& text = articles[a].mentions[qsizetype(i)].text;
                if (!text.contains(u' ') && hasNonAscii(text))
                    accentedWords[size_t(linking.entityOfMention[a][i])].insert(nameKey(text), text);
            }
        for (size_t e = 0; e < linking.entities.size(); ++e) {
            Entity& entity = linking.entities[e];
            if (entity.type != EntityType::Person || accentedWords[e].isEmpty()
                || !entity.name.contains(u' '))
                continue;
            QStringList words = entity.name.split(u' ');
            for (QString& word : words)
                if (!hasNonAscii(word))
                    word = accentedWords[e].value(nameKey(word), word);
            entity.name = words.join(u' ');
            for (EntityAlias& alias : entity.aliases)
                if (alias.reason == JoinReason::CanonicalName && alias.text != entity.name)
                    alias = { alias.text, 0, JoinReason::SameName, entity.name };
        }
    }
    // Name parts and short forms explain themselves by the full name they joined.
    for (size_t a = 0; a < articles.size(); ++a) {
        for (size_t i = 0; i < assignment[a].size(); ++i) {
            const MentionAssignment& m = assignment[a][i];
            if (!m.dependent)
                continue;
            Entity& entity = linking.entities[size_t(linking.entityOfMention[a][i])];
            const QString& text = articles[a].mentions[qsizetype(i)].text;
            auto found = std::find_if(entity.aliases.begin(), entity.aliases.end(),
                [&](const EntityAlias& alias) { return alias.text == text; });
            if (found == entity.aliases.end())
                entity.aliases.append({ text, 0, m.reason, entity.name });
            else if (found->reason == JoinReason::CanonicalName || found->reason == JoinReason::SameName)
                *found = { text, 0, m.reason, entity.name };
        }
    }
    refreshEntities(articles, linking);
    return linking;
}

void refreshEntities(const std::vector<AnalysedArticle>& articles, Linking& linking)
{
    const size_t entityCount = linking.entities.size();
    std::vector<QHash<QString, int>> surfaceCounts(entityCount);
    std::vector<int> mentionCounts(entityCount, 0), articleCounts(entityCount, 0),
        lastArticle(entityCount, -1);
    for (size_t a = 0; a < articles.size() && a < linking.entityOfMention.size(); ++a) {
        for (size_t i = 0; i < linking.entityOfMention[a].size(); ++i) {
            const auto e = size_t(linking.entityOfMention[a][i]);
            surfaceCounts[e][articles[a].mentions[qsizetype(i)].text]++;
            mentionCounts[e]++;
            if (lastArticle[e] != int(a)) {
                lastArticle[e] = int(a);
                articleCounts[e]++;
            }
        }
    }
    // Drop entities without mentions, keeping the order of the rest.
    std::vector<std::int32_t> newIndex(entityCount, -1);
    std::vector<Entity> kept;
    kept.reserve(entityCount);
    for (size_t e = 0; e < entityCount; ++e) {
        if (mentionCounts[e] == 0)
            continue;
        Entity entity = std::move(linking.entities[e]);
        entity.mentionCount = mentionCounts[e];
        entity.articleCount = articleCounts[e];
        QHash<QString, int> counts = surfaceCounts[e];
        QList<EntityAlias> aliases;
        QSet<QString> seen;
        for (EntityAlias& alias : entity.aliases) {
            if (!counts.contains(alias.text) || seen.contains(alias.text))
                continue;
            alias.mentionCount = counts.value(alias.text);
            seen.insert(alias.text);
            aliases.append(alias);
        }
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (!seen.contains(it.key()))
                aliases.append({ it.key(), it.value(),
                    it.key() == entity.name ? JoinReason::CanonicalName : JoinReason::SameName,
                    it.key() == entity.name ? QString() : entity.name });
        std::sort(aliases.begin(), aliases.end(), [](const EntityAlias& x, const EntityAlias& y) {
            return std::tie(y.mentionCount, x.text) < std::tie(x.mentionCount, y.text);
        });
        entity.aliases = std::move(aliases);
        newIndex[e] = std::int32_t(kept.size());
        kept.push_back(std::move(entity));
    }
    linking.entities = std::move(kept);
    for (auto& perArticle : linking.entityOfMention)
        for (auto& e : perArticle)
            e = newIndex[size_t(e)];
    // Keys: the name, with the type added when two entities share a name, then a number.
    QHash<QString, int> nameUse;
    for (const Entity& entity : linking.entities)
        nameUse[entity.name]++;
    QSet<QString> taken;
    for (Entity& entity : linking.entities) {
        QString key = entity.name;
        if (nameUse.value(entity.name) > 1)
            key += QStringLiteral(" [%1]").arg(entityTypeName(entity.type));
        const QString base = key;
        for (int n = 2; taken.contains(key); ++n)
            key = QStringLiteral("%1 #%2").arg(base).arg(n);
        taken.insert(key);
        entity.key = key;
    }
}

std::int32_t findEntityNamed(const Linking& linking, QStringView name, QHash<QString, QString>* keyMemo)
{
    QHash<QString, QString> localMemo;
    QHash<QString, QString>& keys = keyMemo ? *keyMemo : localMemo;
    auto keyOf = [&keys](const QString& text) -> const QString& {
        auto it = keys.find(text);
        if (it == keys.end())
            it = keys.insert(text, nameKey(text));
        return *it;
    };
    const QString nameAsKey = nameKey(name);
    for (int pass = 0; pass < 3; ++pass) {
        std::int32_t best = -1;
        for (size_t e = 0; e < linking.entities.size(); ++e) {
            const Entity& entity = linking.entities[e];
            bool match = false;
            if (pass == 0)
                match = entity.name == name || entity.key == name;
            else
                for (const EntityAlias& alias : entity.aliases)
                    match = match || (pass == 1 ? alias.text == name : keyOf(alias.text) == nameAsKey);
            if (match && (best < 0 || entity.mentionCount > linking.entities[size_t(best)].mentionCount))
                best = std::int32_t(e);
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

} // namespace crossread::core
