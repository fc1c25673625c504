#include "core/ner/mentionrules.h"

#include "core/text/capitalisedruns.h"
#include "core/text/unicode.h"

#include <boost/regex/icu.hpp>

#include <algorithm>
#include <bitset>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace crossread::core::ner {

namespace {

using Category = GazetteerCategory;

// Countries, regions and cities: the gazetteer's towns and lands, not its other places (WordNet's
// seas, mountains, landmarks).
constexpr CategoryMask kTownNames
    = maskOf(Category::Country) | maskOf(Category::Region) | maskOf(Category::City);

// The longest known organisation's name, in tokens: longer than the gazetteer's phrases, as a
// name spelled out in full runs long ("Organization for Security and Co-operation in Europe" is
// nine).
constexpr std::int32_t kLongestKnownName = 12;

// What a word of a person's name the lists do not know is not: a dictionary word, a head word, a
// title, a nationality, a place or an organisation.
constexpr CategoryMask kNotAPersonsWord = maskOf(Category::Common) | maskOf(Category::OrgKeyword)
    | maskOf(Category::LocKeyword) | maskOf(Category::Title) | maskOf(Category::NonEntity)
    | maskOf(Category::Demonym) | kLocationMask | maskOf(Category::Organization);

bool has(CategoryMask mask, Category c)
{
    return (mask & maskOf(c)) != 0;
}

// The document's first gazetteer match that starts at or after `token` (matches are in order of
// their first token: computeFacts emits them so).
std::vector<GazetteerMatch>::const_iterator matchesFrom(const DocumentFacts& facts, std::int32_t token)
{
    return std::lower_bound(facts.matches.begin(), facts.matches.end(), token,
        [](const GazetteerMatch& m, std::int32_t t) { return m.firstToken < t; });
}

// Categories of the phrase spanning exactly [first, end), from the document's gazetteer matches.
CategoryMask phraseCategories(const DocumentFacts& facts, std::int32_t first, std::int32_t end)
{
    if (end - first == 1)
        return facts.tokens[size_t(first)].gazUnit;
    CategoryMask mask = 0;
    auto it = matchesFrom(facts, first);
    for (; it != facts.matches.end() && it->firstToken == first; ++it)
        if (it->endToken == end)
            mask |= it->categories;
    return mask;
}

QString escapeForRegex(const QString& phrase)
{
    QString out;
    for (QChar c : phrase) {
        if (QStringView(u"\\^$.|?*+()[]{}-").contains(c))
            out += u'\\';
        if (c == u' ') {
            out += QStringLiteral("[ \\t]+");
            continue;
        }
        out += c;
    }
    // "President" and "president" both introduce a name in news copy.
    if (!out.isEmpty() && out[0].isUpper())
        out = u'[' + out[0] + out[0].toLower() + u']' + out.mid(1);
    return out;
}

boost::u32regex compile(const QString& pattern)
{
    return boost::make_u32regex(reinterpret_cast<const UChar*>(pattern.utf16()),
        reinterpret_cast<const UChar*>(pattern.utf16()) + pattern.size(), boost::regex::perl);
}

// Boost refuses unpaired surrogates (damaged text): they become U+FFFD, one unit for one, so
// every offset stays valid.
QString withoutLoneSurrogates(QStringView text)
{
    QString clean = text.toString();
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (clean[i].isHighSurrogate() && i + 1 < clean.size() && clean[i + 1].isLowSurrogate())
            ++i;
        else if (clean[i].isSurrogate())
            clean[i] = QChar::ReplacementCharacter;
    }
    return clean;
}

using Utf32Iterator = boost::u16_to_u32_iterator<const UChar*, UChar32>;

// Runs `re` anchored at each candidate position (UTF-16 offsets, ascending) and visits every match
// that does not start inside the previous one — what a u32regex_iterator over the whole text
// would report for matches starting at those positions, at a fraction of the cost: the patterns
// below can only start where a title, a capitalised word or a bracket is, which the tokenizer and
// the gazetteer already found. The candidates are token starts, so no word runs on before them;
// the patterns' lookbehinds are moot (Boost reads them from the candidate on, match_prev_avail or
// not).
template <typename Visit>
void forEachMatchAt(
    const boost::u32regex& re, QStringView text, const std::vector<qsizetype>& candidates, Visit&& visit)
{
    const UChar* begin = reinterpret_cast<const UChar*>(text.utf16());
    const UChar* end = begin + text.size();
    const Utf32Iterator last(end, begin, end);
    boost::match_results<Utf32Iterator> match;
    qsizetype consumedUntil = 0;
    for (const qsizetype position : candidates) {
        if (position < consumedUntil)
            continue;
        try {
            const Utf32Iterator first(begin + position, begin, end);
            if (!boost::regex_search(
                    first, last, match, re, boost::match_continuous | boost::match_prev_avail))
                continue;
        } catch (const std::exception&) {
            // Pathological input (a match too complex for Boost's limits): this rule adds
            // nothing here rather than failing the article.
            continue;
        }
        consumedUntil = match[0].second.base() - begin;
        visit(match, begin);
    }
}

// UTF-16 offset of a sub-match's start and end.
inline qsizetype startOf(const boost::sub_match<Utf32Iterator>& m, const UChar* base)
{
    return m.first.base() - base;
}
inline qsizetype endOf(const boost::sub_match<Utf32Iterator>& m, const UChar* base)
{
    return m.second.base() - base;
}

// The tokens lying inside [begin, end) of the text.
std::pair<std::int32_t, std::int32_t> tokensWithin(
    const TokenizedText& tokenized, qsizetype begin, qsizetype end)
{
    const auto& tokens = tokenized.tokens;
    auto first = std::lower_bound(
        tokens.begin(), tokens.end(), begin, [](const Token& t, qsizetype pos) { return t.begin < pos; });
    auto last = first;
    while (last != tokens.end() && last->end <= end)
        ++last;
    return { std::int32_t(first - tokens.begin()), std::int32_t(last - tokens.begin()) };
}

bool isConnector(QStringView word)
{
    static constexpr const char16_t* kConnectors[] = { u"of", u"for", u"and", u"on", u"the", u"de", u"du",
        u"des", u"di", u"del", u"la", u"le", u"für", u"&" };
    if (word.isEmpty() || word.size() > 3 || word[0].isUpper())
        return false; // most words: no comparisons
    for (const char16_t* c : kConnectors)
        if (word == QStringView(c))
            return true;
    return false;
}

// "Islamic", "Socialist", "Bolivarian": capitalised adjectives that are not names of their own.
// Whether `word` ("Jinping", "Xuexiang", "Qiang", "He") is one or two syllables of Hanyu Pinyin
// without tone marks, capitalised: a Chinese given name as English-language news writes it.
bool isPinyinGivenName(QStringView word)
{
    static constexpr std::u16string_view kInitials[] = { u"zh", u"ch", u"sh", u"b", u"p", u"m", u"f", u"d",
        u"t", u"n", u"l", u"g", u"k", u"h", u"j", u"q", u"x", u"r", u"z", u"c", u"s", u"y", u"w", u"" };
    static constexpr std::u16string_view kFinals[] = { u"iang", u"iong", u"uang", u"ueng", u"ang", u"eng",
        u"ong", u"iao", u"ian", u"ing", u"uai", u"uan", u"ai", u"ei", u"ao", u"ou", u"an", u"en", u"er",
        u"ia", u"ie", u"iu", u"in", u"ua", u"uo", u"ui", u"un", u"ue", u"a", u"o", u"e", u"i", u"u" };
    if (word.size() < 2 || word.size() > 10 || !word[0].isUpper())
        return false;
    QString lower = word.toString().toLower();
    for (QChar c : lower)
        if (c < u'a' || c > u'z')
            return false;
    // Whether a syllable starting at `at` ends where `accept` agrees; every split is tried, so
    // "xuexiang" is found as "xue" + "xiang" although "xu" is a syllable too.
    auto syllableEnds = [&](qsizetype at, auto&& accept) {
        for (std::u16string_view initial : kInitials) {
            if (!QStringView(lower).mid(at).startsWith(
                    QStringView(initial.data(), qsizetype(initial.size()))))
                continue;
            const qsizetype afterInitial = at + qsizetype(initial.size());
            for (std::u16string_view final : kFinals)
                if (QStringView(lower)
                        .mid(afterInitial)
                        .startsWith(QStringView(final.data(), qsizetype(final.size())))
                    && accept(afterInitial + qsizetype(final.size())))
                    return true;
        }
        return false;
    };
    const qsizetype n = lower.size();
    return syllableEnds(0, [&](qsizetype end) {
        return end == n || syllableEnds(end, [&](qsizetype second) { return second == n; });
    });
}

bool looksAdjectival(QStringView word)
{
    for (const char16_t* ending : { u"ic", u"ian", u"ist", u"ese", u"ish" })
        if (word.size() > 4 && word.endsWith(QStringView(ending)))
            return true;
    return false;
}

// The possessive token: "'s", "’s".
bool isPossessive(QStringView word)
{
    return word.size() == 2 && isApostrophe(word[0].unicode()) && (word[1] == u's' || word[1] == u'S');
}

// The dictionary lists most plurals, not those in "-ies" ("Liberties", "Industries").
bool looksLikePlural(QStringView word)
{
    return word.size() > 5 && word.endsWith(u"ies");
}

// A generational suffix closing a person's name: "Robert F. Kennedy Jr.", "Charles III".
bool isNameSuffix(QStringView word)
{
    return word == u"Jr." || word == u"Jr" || word == u"Sr." || word == u"Sr" || word == u"II"
        || word == u"III" || word == u"IV";
}

// One to three digits: an age in "Maria Lopez, 34, of Caldwell" (not a year).
bool isShortNumber(QStringView word)
{
    return !word.isEmpty() && word.size() <= 3
        && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// Letters after a name that say what the person is: "Murray Rosen KC", "Tom Brown MP".
bool isPostNominal(QStringView word)
{
    for (const QStringView letters :
        { u"KC", u"QC", u"MP", u"MEP", u"MSP", u"OBE", u"MBE", u"CBE", u"KBE", u"DBE", u"PhD" })
        if (word == letters)
            return true;
    return false;
}

// "Shares", "Employees", not "Press", "Status" or "Analysis".
bool endsLikePlural(QStringView word)
{
    return word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us")
        && !word.endsWith(u"is");
}

bool isIrregularPlural(QStringView word)
{
    static constexpr const char16_t* kPlurals[] = { u"People", u"Children", u"Women", u"Men" };
    for (const char16_t* p : kPlurals)
        if (word == QStringView(p))
            return true;
    // "Longshoremen's Association", "Fishermen's Federation" (not "Yemen's", "Bremen's").
    return word.size() >= 7 && word.endsWith(u"men") && word[0].isUpper();
}

bool isNameParticle(QStringView word)
{
    if (word.size() < 2 || word.size() > 5 || !word[0].isLower())
        return false;
    static constexpr const char16_t* kParticles[]
        = { u"von", u"van", u"der", u"den", u"ten", u"ter", u"de", u"da", u"del", u"della", u"dela", u"dos",
              u"das", u"bin", u"ibn", u"al", u"el", u"di", u"du", u"des", u"le" };
    for (const char16_t* p : kParticles)
        if (word == QStringView(p))
            return true;
    return false;
}

// Headlines and section labels: no closing period, capitalised dictionary words and no long
// lowercase one ("Russia’s Chilling Warning to France", "Weekly Best Articles").
std::vector<bool> findHeadlines(QStringView text, const TokenizedText& tokenized, const DocumentFacts& facts)
{
    std::vector<bool> headline(tokenized.sentences.size(), false);
    for (size_t si = 0; si < tokenized.sentences.size(); ++si) {
        const Sentence& sentence = tokenized.sentences[si];
        int capitalisedWords = 0, lowercaseWords = 0;
        for (std::int32_t t = sentence.firstToken + 1; t < sentence.endToken; ++t) {
            const TokenFacts& f = facts.tokens[size_t(t)];
            if (!has(f.gazUnit, GazetteerCategory::Common))
                continue;
            if (f.flags & (Capitalized | AllCaps))
                ++capitalisedWords;
            else if (f.length >= 4)
                ++lowercaseWords;
        }
        const Token& last = tokenized.tokens[size_t(sentence.endToken - 1)];
        const bool closedByPeriod = text.mid(last.begin, last.length()) == u".";
        const bool shortLine = sentence.endToken - sentence.firstToken <= 4;
        headline[si] = !closedByPeriod && lowercaseWords == 0
            && (capitalisedWords >= 2 || (shortLine && capitalisedWords >= 1));
    }
    return headline;
}

class SpanSet
{
public:
    explicit SpanSet(std::vector<TokenSpan>& spans, std::size_t tokenCount)
        : m_spans(spans)
        , m_owner(tokenCount, -1)
    {
        reindex();
    }
    void reindex()
    {
        std::erase_if(m_spans, [](const TokenSpan& s) { return s.endToken <= s.firstToken; });
        std::sort(m_spans.begin(), m_spans.end());
        std::fill(m_owner.begin(), m_owner.end(), -1);
        for (size_t s = 0; s < m_spans.size(); ++s)
            for (std::int32_t t = m_spans[s].firstToken; t < m_spans[s].endToken; ++t)
                m_owner[size_t(t)] = int(s);
    }
    [[nodiscard]] bool isFree(std::int32_t first, std::int32_t end) const
    {
        for (std::int32_t t = first; t < end; ++t)
            if (m_owner[size_t(t)] >= 0)
                return false;
        return true;
    }
    [[nodiscard]] int ownerOf(std::int32_t token) const { return m_owner[size_t(token)]; }
    // Adds a span, replacing every span it overlaps. The replaced ones are left empty (and
    // dropped by the next reindex()), so that no rule pays for a sort per name it finds.
    void replaceOverlapping(TokenSpan span)
    {
        for (std::int32_t t = span.firstToken; t < span.endToken; ++t)
            if (const int owner = m_owner[size_t(t)]; owner >= 0)
                remove(owner);
        add(span);
    }
    // Empties a span (dropped by the next reindex()).
    void remove(int index)
    {
        TokenSpan& old = m_spans[size_t(index)];
        for (std::int32_t t = old.firstToken; t < old.endToken; ++t)
            m_owner[size_t(t)] = -1;
        old.endToken = old.firstToken;
    }
    // Adds a span over free tokens; only its own tokens change owner, nothing is re-sorted.
    void add(TokenSpan span)
    {
        m_spans.push_back(span);
        for (std::int32_t t = span.firstToken; t < span.endToken; ++t)
            m_owner[size_t(t)] = int(m_spans.size() - 1);
    }
    std::vector<TokenSpan>& spans() { return m_spans; }

private:
    std::vector<TokenSpan>& m_spans;
    std::vector<int> m_owner;
};

} // namespace

struct MentionRules::Patterns
{
    boost::u32regex titleThenName;
    boost::u32regex acronymDefinition;
    boost::u32regex dateline;
    // Sorted token keys of the capitalised words some rules look for (folded, so the rules also
    // check the capital).
    // What a shop, a restaurant or a workshop calls itself after its owner's name: "Ray's Pizza".
    std::vector<std::uint64_t> shopWords;
    // Lower-case words for a river, a lake or a landform after its name: "the Zambezi river".
    std::vector<std::uint64_t> landforms, landformsPlural, regionWordsPlural, regionAdjectives,
        placePrepositions;
    // Places named in the plural: "Eureka Springs", "Beverly Hills" (no sports team's nickname;
    // with landformsPlural).
    std::vector<std::uint64_t> placePlurals;
    std::vector<std::uint64_t> staffWords; // "analysts" (at Jefferies)
    std::vector<std::uint64_t> leaderWords; // "director" (of the Brennan Center)
    std::vector<std::uint64_t> cabinetTitles; // "Minister" (after a portfolio)
    std::vector<std::uint64_t> siteWords; // (at Balogun) "market"
    std::vector<std::uint64_t> sitePlurals; // "clinics" (in Ava, Cassville and Bolivar)
    std::vector<std::uint64_t> settlementWords; // "village" (of Novodmytrivka)
    std::vector<std::uint64_t>
        settlementPlurals; // "towns" (including Varnavas), "suburbs" (known as Dahiyeh)
    std::vector<std::uint64_t> shopPlurals; // (Ingles and Harris Teeter) "stores"
    std::vector<std::uint64_t> businessUnitWords; // (its Daihatsu) "unit"
    std::vector<std::uint64_t> organisationKinds; // "chains" (including Ralphs and Fred Meyer)
    std::vector<std::uint64_t> publicationWords; // "published" (in Nature), "a study" (in The BMJ)
    std::vector<std::uint64_t> companyHeads; // (Skydance) "Media"
    std::vector<std::uint64_t> countriesByOldName; // "Turkey"
    std::vector<std::uint64_t> sharesPrepositions; // "Shares" ("of", "in", "on") Samsung
    std::vector<std::uint64_t> mediaWords; // (RAI) "television", (Sirio-Libanes) "hospital"
    std::vector<std::uint64_t> placePrefixes; // "Mount Etna", "Ft. Worth"
    std::vector<std::uint64_t> regionWords; // (Shan) "state", (Saratov) "region"
    std::vector<std::uint64_t> compassWords; // "northern" (Shan state)
    std::vector<std::uint64_t> regionCompassWords; // "West" (Texas)
    std::vector<std::uint64_t> namedFacilityHeads; // (Steve Jobs) "Theater"
    std::vector<std::uint64_t> copulas; // "is" (a town), "was" (a company)
    // What companies do, after a known company's name that is also a word: "Apple bought".
    std::vector<std::uint64_t> companyVerbs;
    // Peoples and faiths the gazetteer's demonyms lack (rules only: as tagger features they would
    // need a retrained model): "Rohingya refugees".
    std::vector<std::uint64_t> peoples;
    std::vector<std::uint64_t> pronouns;
    std::vector<std::uint64_t> givenNameFollowers; // what follows a person's given name opening a sentence
    std::vector<std::uint64_t> officeWords; // job titles that are no form of address
    std::vector<std::uint64_t> givenNameWords; // function words that are also common given names
    std::vector<std::uint64_t> placeOfNouns; // "residents" (of Coron), "north" (of Kyiv)
    std::vector<std::uint64_t> placeInNouns; // "officials" (in Wajima)
    std::vector<std::uint64_t> residentNouns; // (a Camarillo) "resident"
    std::vector<std::uint64_t> councilNouns; // (Camden) "council"
    std::vector<std::uint64_t> saintWords; // "St." (Peter's Square)
    std::vector<std::uint64_t> royalWords; // "King" ('s College London)
    std::vector<std::uint64_t> romanceSaintWords; // "San" (Candido), "Santa" (Ana): towns
    std::vector<std::uint64_t> sportsRoles; // (Dortmund) "coach" (Edin Terzic)
    std::vector<std::uint64_t> tableStandings; // "leaders" (Liverpool)
    std::vector<std::uint64_t> riverWords; // "Rio Negro"
    // Lower-case nouns that say a name is an organisation: "regional airline Voepass", "Synnovis,
    // a pathology company", "the aviation agency, ANAC,".
    std::vector<std::uint64_t> organisationNouns;
    std::vector<std::uint64_t> firmAgentNouns; // of those, the agent nouns no person is: "lender"
    std::vector<std::uint64_t> armedForces; // "army", "militias": "the Congolese army, known as FARDC"
    // What may follow such a noun when it closes the description: "a company that ...".
    std::vector<std::uint64_t> descriptionEnds;
    // After a name: "the Morena party", "the National People's Power alliance".
    std::vector<std::uint64_t> groupWordsAfter;
    std::vector<std::uint64_t> followerWords; // of those, what a person has too: "coalition"
    std::vector<std::uint64_t> leadingDescriptors; // "Former" (Bank of Canada governor)
    std::vector<std::uint64_t> ruleTitleWords; // first words of the titles only the rules know
    // Things, not names: "the Starliner capsule", "the film Oppenheimer".
    std::vector<std::uint64_t> productNouns, productNounsBefore, diseaseNouns;
    std::vector<std::uint64_t> sentenceAdverbs; // "Meanwhile" (Google, the search company, ...)
    std::vector<std::uint64_t> countryInitials; // "UK" (the lists file it as a place)
    std::vector<std::uint64_t> sectionLabels; // "Analysis" (: ...)
    std::vector<std::uint64_t> quotedWorkNouns; // (the) "single" ("Tom Collins")
    std::vector<std::uint64_t> eponymousDiseases; // "Alzheimer" ('s disease)
    std::vector<std::uint64_t> describingParticiples; // "based" (Pittsburgh-based U.S. Steel)
    // Ships and spacecraft: "the tanker Sounion" (also a place), "Space Shuttle Columbia", "USS
    // Gerald R. Ford".
    std::vector<std::uint64_t> vesselNouns, vesselPrefixes;
    // "the Delta variant", "the Ames strain"; the Greek letters that name variants.
    std::vector<std::uint64_t> variantNouns, greekLetters;
    // What shows that a name no list knows is a person's (rule 9): words before it ("daughter",
    // "designer"; titles come from the gazetteer), verbs of saying beside it, greetings, and the
    // family words after its possessive ("Blount's nephew").
    std::vector<std::uint64_t> personWordsBefore, sayingVerbs, greetings, familyWordsAfter;
    // The words of an e-mail's closing formula: "Thanks again", "Best regards", "Take care".
    std::vector<std::uint64_t> closingFormulaStarts, closingFormulaWords;
    // What a company has and a place or a word has not, after a known company's name: "Amazon
    // shares rose".
    std::vector<std::uint64_t> companyFigures;
    // Participles that open a sentence before a name: "Born Frederick Russell Jones in Pittsburgh".
    std::vector<std::uint64_t> openingParticiples;
    std::vector<std::uint64_t> spokesWords, worksAfter,
        aidesAfter; // "spokesman" (for), "paintings", "office"
    bool namesListed = true;
    // Head words no person's name ends in, for institutions and for places.
    std::vector<std::uint64_t> institutionHeads, venueHeads;
    std::vector<std::uint64_t> thingHeads; // "Telescope", "Act": after a person's name, a thing's
    // Awards: "the Nobel Prize", "a Pulitzer Prize", "Nobel laureate".
    std::vector<std::uint64_t> awardWords, awardWordsLower;
    // National bodies named by their field and their country: "Parks Canada", "Cricket Australia".
    std::vector<std::uint64_t> nationalBodyFields, nationalBodyModifiers;
    std::vector<std::uint64_t> sportsBodyCountries, sportsBodyFields; // "USA Gymnastics"
    // Prefixes of compound adjectives: "Franco-Italian", "Sino-Japanese".
    std::vector<std::uint64_t> compoundPrefixes;
    // All the words above that the description rules look for, and the comma: the rules visit
    // only the tokens that are one of them.
    std::vector<std::uint64_t> descriptionCues;
    std::bitset<4096> descriptionCueBits; // by key: most words are ruled out by one bit
    // Phrase keys of names of weather patterns, no entities: "El Niño".
    std::unordered_set<std::uint64_t> weatherPatterns;
    // Head words of organisation names that only the rules use: as a tagger feature,
    // "Administration" pulled "Biden" of "the Biden Administration" into an organisation.
    std::vector<std::uint64_t> ruleHeadWords;
    std::vector<std::uint64_t> firmFirstWords; // of those, what opens a firm's name: "Banco" (Santander)
    std::vector<std::uint64_t> venueWords; // what a centre that is a place is for: "Convention Center"
    std::vector<std::uint64_t> venueChains; // "Theatres" (AMC), "Hotels" (Marriott): head words in the lists
    std::vector<std::uint64_t> naturalFeatures; // "island" of "Jeju island": part of the name
    std::vector<std::uint64_t> ruleLocHeads; // and of places: "Second Thomas Shoal"
    std::vector<std::uint64_t> zoneKinds; // "Trade" (Zone), "Economic" (Zone)
    std::vector<std::uint64_t> naturalLocHeads; // of those, the ones that name only nature
    std::vector<std::uint64_t> companyCuesAfter; // (Moncler) "chairman", "shares"
    std::vector<std::uint64_t> ownershipVerbs; // "owns" (Louis Vuitton, Christian Dior ...)
    std::vector<std::uint64_t> stakeWords; // "shares" (in Kering), "stake" (in Moncler)
    std::vector<std::uint64_t> peerages; // "Duke" of "the Duke of Sussex"
    std::vector<std::uint64_t> chineseSurnames; // the commonest, in pinyin: "Wang", "Xi"
    std::vector<std::uint64_t> stormWords, officials, clubWordsAfter, clubWordsBefore, stateAbbreviations;
    // After a city, club words only where the two are no place the gazetteer knows:
    // "Manchester City", "Ipswich Town", but "Mexico City", "Cape Town".
    std::vector<std::uint64_t> clubWordsAfterCity;
    // A sports result: "beat", "a 2-0 win over"; and the words between it and the loser.
    std::vector<std::uint64_t> resultWords, resultLinks;
    std::vector<std::uint64_t> marginUnits, numberWords; // "by eight wickets"
    std::vector<std::uint64_t> gameVerbs; // what teams do in a game besides winning: "led", "host"
    std::vector<std::uint64_t> competitionPlurals;
    // Titles that in lower case are adjectives or verbs: "major Hamas leaders", "the premier League",
    // "miss Brazil"; before a dictionary word they name things: "Miss Universe".
    std::vector<std::uint64_t> adjectiveTitles;
    // Legal forms that close a company's full name: "Nikola Corp", "Broadcom Inc.".
    std::vector<std::uint64_t> legalForms;
    std::vector<std::uint64_t> verbsBetweenNames; // "owns": never inside a name
    std::vector<std::uint64_t> commaLegalForms; // "Google, Inc." (not "SA", "Co": "Basel, SA")
    std::vector<std::uint64_t> featureKindsBeforeName; // "River" (Taff)
    std::vector<std::uint64_t> governmentSeats; // "Washington" (said)
    std::vector<std::uint64_t> pluralsWithPossessive; // "Women" ('s Tennis Association)
    std::vector<std::uint64_t> postingWords; // "post" (on X)
    std::vector<std::uint64_t> sellingVerbs; // "sold" (as Zepbound)
    std::vector<std::uint64_t> documentHeads; // "Act", "Treaty": the last word of a law's or pact's name
    std::vector<std::uint64_t> publicationKinds; // "magazine", "tabloid" (after a publication's name)
    std::vector<std::uint64_t> missionWords; // "flight", "crew" (after "Artemis II")
    std::vector<std::uint64_t> divisionHeads; // "County", "Province": a division named by its head word
    std::vector<std::uint64_t> beingSomewhere, goingSomewhere; // "in", "near"; "to", "from"
    std::vector<std::uint64_t> beforeShopPossessive;
    std::vector<std::uint64_t> afterShopPossessive;
    std::vector<std::uint64_t> titleFirstWords; // sorted token keys of each title's first word
    // English closed-class words (the dictionary lists content words only): capitalised at the
    // start of a line they look like unknown names ("And Jen", "From Bill").
    std::vector<std::uint64_t> functionWords;
    // Function words that are nothing else anywhere, in a shouted line too ("ORAL ARGUMENT OF GEN.
    // ..." gave a town in Turkey); "IN", "OR" and "ME" are states, so they are not among them.
    std::vector<std::uint64_t> neverNames;
    // Days and months, written out or cut short: no towns ("In September, China ...") and no
    // places in a timetable ("Mon - Fri", "Sun. Sept. 24").
    std::vector<std::uint64_t> calendarWords;
    // Time zones after a clock time: "6:00 MT", "8 p.m. ET" (not Montana or Connecticut).
    std::vector<std::uint64_t> timeZones;
    std::uint64_t governmentWord = tokenKey(u"Government");
    std::uint64_t crudeWord = tokenKey(u"crude"); // "Brent crude"
    std::uint64_t knownWord = tokenKey(u"known"); // "known as"
    std::uint64_t billWord = tokenKey(u"Bill"), modelWord = tokenKey(u"Model"),
                  grandWord = tokenKey(u"Grand"),
                  prixWord = tokenKey(u"Prix"); // "House Bill 18", "Model S", "Grand Prix"
    std::uint64_t theWord = tokenKey(u"the");
    // Phrase keys of the known organisations, and the sorted keys of their first words (a word
    // that starts none is not looked at further).
    std::unordered_set<std::uint64_t> knownOrganisations;
    std::vector<std::uint64_t> knownOrganisationStarts;
    std::int32_t longestKnownOrganisation = 0; // tokens
    std::vector<int> placeWordClasses; // sorted
};

MentionRules::MentionRules(const QStringList& titles, const QStringList& knownOrganisations,
    std::vector<int> placeWordClasses, bool namesListed)
    : m_patterns(std::make_unique<Patterns>())
{
    m_patterns->namesListed = namesListed;
    std::sort(placeWordClasses.begin(), placeWordClasses.end());
    m_patterns->placeWordClasses = std::move(placeWordClasses);
    {
        const Tokenizer tokenizer;
        TokenizedText tokenized;
        for (const QString& name : knownOrganisations) {
            tokenizer.tokenize(name, tokenized);
            const auto n = std::int32_t(tokenized.tokens.size());
            if (n == 0 || n > kLongestKnownName)
                continue;
            std::uint64_t keys[kLongestKnownName];
            for (std::int32_t k = 0; k < n; ++k)
                keys[k] = tokenKey(QStringView(name).mid(
                    tokenized.tokens[size_t(k)].begin, tokenized.tokens[size_t(k)].length()));
            m_patterns->knownOrganisations.insert(phraseKey(keys, n));
            m_patterns->knownOrganisationStarts.push_back(keys[0]);
            m_patterns->longestKnownOrganisation = std::max(m_patterns->longestKnownOrganisation, n);
        }
        auto& starts = m_patterns->knownOrganisationStarts;
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    }
    // Police ranks, council, county, sports and religious titles that only the title pattern uses: as tagger
    // features they would need a retrained model.
    QStringList sorted = titles;
    for (const char16_t* title :
        { u"Detective Chief Superintendent", u"Detective Chief Inspector", u"Detective Superintendent",
            u"Detective Inspector", u"Detective Sergeant", u"Detective Constable", u"Deputy Chief Constable",
            u"Assistant Chief Constable", u"Chief Constable", u"Chief Superintendent", u"Chief Inspector",
            u"Superintendent", u"Inspector", u"Constable", u"Detective", u"Alderman", u"Alderwoman",
            u"Councillor", u"Grand Imam", u"Grand Mufti", u"Mufti", u"Chief Rabbi", u"County Executive",
            u"County Commissioner", u"County Clerk", u"County Judge", u"Goalkeeper", u"Striker",
            u"Midfielder", u"Defender", u"Winger" })
        if (!sorted.contains(QString::fromUtf16(title))) {
            sorted << QString::fromUtf16(title);
            m_patterns->ruleTitleWords.push_back(
                tokenKey(QStringView(title).left(QStringView(title).indexOf(u' '))));
        }
    std::sort(m_patterns->ruleTitleWords.begin(), m_patterns->ruleTitleWords.end());
    std::sort(
        sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString& t : sorted) {
        alternatives << escapeForRegex(t);
        qsizetype wordEnd = 0;
        while (wordEnd < t.size() && (t[wordEnd].isLetterOrNumber() || t[wordEnd] == u'.'))
            ++wordEnd;
        m_patterns->titleFirstWords.push_back(tokenKey(QStringView(t).left(wordEnd)));
    }
    std::sort(m_patterns->titleFirstWords.begin(), m_patterns->titleFirstWords.end());
    auto keysOf = [](std::initializer_list<const char16_t*> words) {
        std::vector<std::uint64_t> keys;
        for (const char16_t* w : words)
            keys.push_back(tokenKey(QStringView(w)));
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    m_patterns->calendarWords = keysOf({ u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday",
        u"Saturday", u"Sunday", u"Mon", u"Tue", u"Tues", u"Wed", u"Thu", u"Thur", u"Thurs", u"Fri", u"Sat",
        u"Sun", u"January", u"February", u"March", u"April", u"June", u"July", u"August", u"September",
        u"October", u"November", u"December", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug", u"Sep",
        u"Sept", u"Oct", u"Nov", u"Dec" });
    m_patterns->timeZones = keysOf({ u"ET", u"CT", u"MT", u"PT", u"EST", u"CST", u"MST", u"PST", u"EDT",
        u"CDT", u"MDT", u"PDT", u"GMT", u"UTC", u"BST", u"CET", u"CEST" });
    m_patterns->neverNames = keysOf({ u"of", u"the", u"and", u"for", u"from", u"with", u"than", u"into" });
    m_patterns->functionWords = keysOf({ u"a", u"an", u"the", u"and", u"or", u"but", u"nor", u"of", u"to",
        u"in", u"on", u"at", u"for", u"from", u"by", u"with", u"as", u"into", u"onto", u"upon", u"than", u"i",
        u"you", u"he", u"she", u"it", u"we", u"they", u"me", u"him", u"her", u"us", u"them", u"my", u"your",
        u"his", u"its", u"our", u"their", u"this", u"that", u"these", u"those", u"who", u"whom", u"whose",
        u"which", u"what", u"when", u"where", u"why", u"how", u"if", u"so", u"yet", u"because", u"although",
        u"though", u"unless", u"whether", u"while", u"is", u"are", u"was", u"were", u"am", u"be", u"been",
        u"has", u"have", u"had", u"do", u"does", u"did", u"will", u"would", u"shall", u"should", u"can",
        u"could", u"may", u"might", u"must", u"not", u"no", u"yes", u"hi", u"hey", u"hello", u"dear",
        u"thanks", u"thank", u"please", u"ok", u"okay", u"oh", u"cc", u"re", u"fw", u"fwd", u"via", u"per",
        u"vs", u"about", u"after", u"before", u"since", u"until", u"without", u"within", u"during",
        u"against", u"among", u"between", u"through", u"under", u"over" });
    m_patterns->adjectiveTitles = keysOf({ u"General", u"Major", u"Premier", u"Miss" });
    m_patterns->legalForms = keysOf({ u"Inc", u"Corp", u"Co", u"Cos", u"Ltd", u"LLC", u"plc", u"AG", u"SA",
        u"SE", u"NV", u"GmbH", u"Limited", u"Incorporated", u"Corporation" });
    m_patterns->verbsBetweenNames = keysOf({ u"is", u"was", u"are", u"were", u"has", u"had", u"have", u"will",
        u"would", u"said", u"says", u"owns", u"owned", u"bought", u"buys", u"told", u"tells", u"met",
        u"meets", u"beat", u"beats", u"joined", u"joins", u"sued", u"sues", u"acquired", u"acquires",
        u"visited", u"visits", u"called", u"defeated", u"defeats", u"signed", u"signs", u"host", u"hosts",
        u"hosted", u"face", u"faces", u"play", u"plays", u"played" });
    // (with Arabic place words: "Beit Lahiya", "Wadi Rum")
    m_patterns->featureKindsBeforeName
        = keysOf({ u"River", u"Lake", u"Mount", u"Loch", u"Lough", u"Beit", u"Kafr", u"Deir", u"Wadi" });
    m_patterns->sellingVerbs = keysOf({ u"sold", u"marketed", u"branded", u"sells", u"markets" });
    m_patterns->postingWords = keysOf({ u"post", u"posts", u"posted", u"posting", u"wrote", u"writes",
        u"tweeted", u"message", u"video", u"account" });
    m_patterns->pluralsWithPossessive = keysOf({ u"Women", u"Men", u"Children", u"People" });
    // (the capitals news uses for governments whose names are also people's)
    m_patterns->governmentSeats
        = keysOf({ u"Washington", u"Jordan", u"Israel", u"London", u"Paris", u"Berlin" });
    m_patterns->commaLegalForms = keysOf({ u"Inc", u"Incorporated", u"Corp", u"Corporation", u"Ltd",
        u"Limited", u"LLC", u"LLP", u"plc", u"GmbH" });
    m_patterns->beforeShopPossessive = keysOf({ u"at", u"to", u"from", u"near", u"outside", u"inside",
        u"into", u"visit", u"visiting", u"visited", u"towards", u"toward" });
    m_patterns->afterShopPossessive = keysOf({ u"for", u"in", u"on", u"at", u"with", u"near", u"last",
        u"tonight", u"tomorrow", u"today", u"yesterday", u"again", u"instead", u"and", u"or", u"but",
        u"around", u"before", u"after", u"this", u"every", u"since", u"until", u"because", u"where", u"when",
        u"which", u"is", u"was", u"has", u"had", u"are", u"were" });
    m_patterns->documentHeads = keysOf({ u"Act", u"Acts", u"Accord", u"Accords", u"Agreement", u"Agreements",
        u"Treaty", u"Protocol", u"Amendment", u"Pact" });
    m_patterns->publicationKinds = keysOf({ u"magazine", u"newspaper", u"tabloid", u"weekly", u"daily",
        u"news", u"broadcaster", u"newsletter", u"journal" });
    m_patterns->missionWords = keysOf({ u"crewed", u"uncrewed", u"crew", u"mission", u"missions", u"flight",
        u"landing", u"launch", u"rocket", u"spacecraft", u"probe", u"rover", u"capsule", u"astronauts" });
    m_patterns->divisionHeads = keysOf({ u"County", u"Parish", u"Province", u"Prefecture", u"Governorate",
        u"Oblast", u"Krai", u"District", u"Region" });
    m_patterns->stormWords = keysOf({ u"Hurricane", u"Typhoon", u"Cyclone", u"Storm", u"Superstorm" });
    m_patterns->officials = keysOf({ u"Sheriff", u"Attorney", u"Coroner", u"Examiner", u"Marshal", u"Clerk",
        u"Assessor", u"Auditor", u"Treasurer", u"Comptroller", u"Governor", u"Mayor", u"Prosecutor",
        u"Commissioner", u"Defender", u"Inspector", u"General" });
    m_patterns->shopWords = keysOf({ u"Pizza", u"Pizzeria", u"Cafe", u"Café", u"Coffee", u"Bakery", u"Bar",
        u"Grill", u"Pub", u"Tavern", u"Diner", u"Deli", u"Restaurant", u"Bistro", u"Kitchen", u"Steakhouse",
        u"Steak", u"Chicken", u"Burgers", u"Burger", u"Shack", u"BBQ", u"Barbecue", u"Smokehouse", u"Bagels",
        u"Donuts", u"Tacos", u"Seafood", u"Wings", u"Creamery", u"Lounge", u"Saloon", u"Cantina",
        u"Trattoria", u"Karate", u"Auto", u"Garage", u"Salon", u"Barbershop", u"Spa", u"Boutique", u"Books",
        u"Bookstore", u"Hardware", u"Market", u"Pharmacy", u"Cleaners", u"Florist", u"Jewelers", u"Jewellers",
        u"Furniture", u"Tires", u"Repair", u"Grocery", u"Liquors", u"Liquor", u"Wines", u"Catering",
        u"Fitness", u"Gym" });
    m_patterns->naturalFeatures = keysOf({ u"river", u"delta", u"lake", u"sea", u"strait", u"canal", u"gulf",
        u"valley", u"desert", u"peninsula", u"glacier", u"basin", u"estuary", u"archipelago", u"island",
        u"gorge", u"plateau", u"bay" });
    // Landforms also take the features whose word stays out of the name ("Ngurah Rai airport").
    m_patterns->landforms = m_patterns->naturalFeatures;
    for (const std::uint64_t key : keysOf({ u"reservoir", u"dam", u"airport", u"rainforest", u"jungle",
             u"volcano", u"coast", u"crossing" }))
        m_patterns->landforms.push_back(key);
    std::sort(m_patterns->landforms.begin(), m_patterns->landforms.end());
    // Spanish and Portuguese firms keep their own words in English news: "Compañía Minera
    // Candelaria", "Grupo Televisa", "Petróleos Mexicanos", "Sociedad Química y Minera".
    m_patterns->firmFirstWords
        = keysOf({ u"Compañía", u"Compania", u"Companhia", u"Empresa", u"Empresas", u"Sociedad", u"Sociedade",
            u"Grupo", u"Banco", u"Corporación", u"Minera", u"Petróleos", u"Aerolíneas", u"Industrias" });
    m_patterns->ruleHeadWords = m_patterns->firmFirstWords;
    for (const std::uint64_t key : keysOf({ u"Administration", u"Guild" }))
        m_patterns->ruleHeadWords.push_back(key);
    std::sort(m_patterns->ruleHeadWords.begin(), m_patterns->ruleHeadWords.end());
    m_patterns->venueChains = keysOf({ u"Theatres", u"Theaters", u"Cinemas", u"Hotels", u"Resorts" });
    m_patterns->venueWords = keysOf(
        { u"Medical", u"Trade", u"Convention", u"Community", u"Science", u"Space", u"Launch", u"Civic",
            u"Shopping", u"Visitor", u"Visitors", u"Sports", u"Aquatic", u"Conference", u"Exhibition",
            u"Performing", u"Arts", u"Art", u"Cultural", u"Recreation", u"Fitness", u"Transit", u"Garden" });
    m_patterns->zoneKinds = keysOf({ u"Trade", u"Economic", u"Industrial", u"Processing", u"Development",
        u"Enterprise", u"Demilitarized", u"Demilitarised", u"Exclusion", u"Export", u"Canal" });
    m_patterns->ruleLocHeads = keysOf({ u"Shoal", u"Shoals", u"Reef", u"Reefs", u"Atoll", u"Cay", u"Mosque",
        u"Cathedral", u"Basilica", u"Temple", u"Synagogue", u"Shrine", u"Abbey", u"Palace", u"Lagoon",
        u"Lagoons", u"Fjord", u"Geyser" });
    // Of those and of the lists' place head words, the ones that name only nature, never an
    // institution ("Buckingham Palace said"): they also settle what the tagger typed otherwise
    // ("the Blue Lagoon", "the Tiger Leaping Gorge").
    m_patterns->naturalLocHeads = keysOf({ u"Shoal", u"Shoals", u"Reef", u"Reefs", u"Atoll", u"Cay",
        u"Lagoon", u"Lagoons", u"Fjord", u"Geyser", u"Gorge", u"Glacier", u"Canyon", u"Plateau" });
    m_patterns->staffWords = keysOf({ u"analyst", u"analysts", u"economist", u"economists", u"strategist",
        u"strategists", u"researcher", u"researchers", u"scientist", u"scientists", u"engineer", u"engineers",
        u"executive", u"executives", u"employee", u"employees", u"banker", u"bankers", u"trader", u"traders",
        u"director", u"professor", u"lecturer", u"fellow", u"spokesman", u"spokeswoman", u"spokesperson",
        u"partner", u"lawyer", u"lawyers", u"manager", u"managers", u"neuroscientist", u"physicist",
        u"biologist", u"chemist", u"geologist", u"astronomer", u"epidemiologist", u"virologist", u"historian",
        u"sociologist", u"psychologist", u"mathematician" });
    m_patterns->leaderWords = keysOf(
        { u"director", u"chairman", u"chairwoman", u"chairperson", u"founder", u"cofounder", u"ceo" });
    m_patterns->cabinetTitles = keysOf({ u"Minister", u"Secretary", u"Commissioner" });
    m_patterns->siteWords = keysOf({ u"market", u"station", u"camp", u"port", u"border", u"crossing",
        u"square", u"bridge", u"base", u"mine", u"field", u"site", u"plant", u"refinery", u"factory", u"mall",
        u"stadium", u"park", u"prison", u"farm" });
    m_patterns->sitePlurals = keysOf({ u"clinics", u"stores", u"shops", u"offices", u"plants", u"factories",
        u"schools", u"campuses", u"branches", u"facilities", u"hospitals", u"restaurants", u"warehouses",
        u"mines", u"bases", u"churches", u"centers", u"centres", u"libraries", u"shelters", u"sites" });
    m_patterns->settlementWords = keysOf({ u"village", u"villages", u"town", u"towns", u"city", u"hamlet",
        u"settlement", u"suburb", u"district", u"province", u"region", u"county", u"island", u"port",
        u"state", u"kingdom", u"emirate", u"municipality", u"township", u"borough", u"commune", u"prefecture",
        u"archipelago" });
    m_patterns->shopPlurals = keysOf({ u"stores", u"supermarkets", u"restaurants", u"dealerships", u"outlets",
        u"franchises", u"pharmacies", u"cafes", u"hotels" });
    m_patterns->organisationKinds = keysOf({ u"companies", u"firms", u"chains", u"retailers", u"brands",
        u"banks", u"lenders", u"insurers", u"airlines", u"carriers", u"automakers", u"carmakers",
        u"manufacturers", u"suppliers", u"contractors", u"supermarkets", u"grocers", u"newspapers",
        u"broadcasters", u"publishers", u"startups", u"start-ups", u"clubs", u"unions", u"charities",
        u"universities", u"agencies", u"parties", u"outlets", u"exchanges", u"funds", u"groups",
        u"organisations", u"organizations", u"associations", u"militias", u"institutions", u"lines",
        u"operators", u"shippers", u"drugmakers", u"chipmakers", u"refiners", u"miners", u"studios",
        u"labels", u"giants", u"platforms", u"networks", u"websites" });
    m_patterns->publicationWords = keysOf({ u"published", u"appeared", u"study", u"paper", u"article",
        u"report", u"letter", u"editorial", u"commentary", u"analysis", u"research", u"findings", u"wrote",
        u"writing", u"column", u"op-ed", u"essay", u"interview" });
    m_patterns->companyHeads = keysOf({ u"Media", u"Group", u"Holdings", u"Capital", u"Partners",
        u"Technologies", u"Technology", u"Systems", u"Labs", u"Entertainment", u"Pictures", u"Studios",
        u"Motors", u"Pharmaceuticals", u"Therapeutics", u"Networks", u"Software", u"Games", u"Ventures",
        u"Investments", u"Securities", u"Brands", u"Industries", u"Energy", u"Robotics", u"Semiconductor",
        u"Biotech", u"Airlines", u"Airways", u"Holdco", u"Mining", u"Petroleum", u"Global", u"International",
        u"AI", u"Management" });
    // iso-codes, the gazetteer's source of countries, now names it Türkiye; as a tagger feature the
    // old name would need a retrained model (which scored lower on the dev sets, see README).
    m_patterns->countriesByOldName = keysOf({ u"Turkey" });
    m_patterns->sharesPrepositions = keysOf({ u"of", u"in", u"on", u"at" });
    m_patterns->mediaWords = keysOf({ u"television", u"radio", u"newspaper", u"broadcaster", u"daily",
        u"weekly", u"magazine", u"website", u"hospital", u"clinic" });
    m_patterns->peerages = keysOf({ u"Duke", u"Duchess", u"Earl", u"Countess", u"Marquess", u"Marchioness",
        u"Viscount", u"Viscountess", u"Baron", u"Baroness" });
    m_patterns->chineseSurnames = keysOf(
        { u"Wang", u"Li", u"Zhang", u"Liu", u"Chen", u"Yang", u"Zhao", u"Huang", u"Zhou", u"Wu", u"Xu",
            u"Sun", u"Hu", u"Zhu", u"Gao", u"Lin", u"He", u"Guo", u"Ma", u"Luo", u"Liang", u"Song", u"Zheng",
            u"Xie", u"Han", u"Tang", u"Feng", u"Yu", u"Dong", u"Xiao", u"Cheng", u"Cao", u"Yuan", u"Deng",
            u"Fu", u"Shen", u"Zeng", u"Peng", u"Lu", u"Su", u"Jiang", u"Cai", u"Jia", u"Ding", u"Wei", u"Xue",
            u"Ye", u"Yan", u"Pan", u"Du", u"Dai", u"Xia", u"Zhong", u"Tian", u"Ren", u"Fan", u"Fang", u"Shi",
            u"Yao", u"Tan", u"Liao", u"Zou", u"Xiong", u"Jin", u"Hao", u"Kong", u"Bai", u"Cui", u"Kang",
            u"Mao", u"Qiu", u"Qin", u"Gu", u"Hou", u"Shao", u"Meng", u"Wan", u"Duan", u"Lei", u"Qian", u"Yin",
            u"Yi", u"Wen", u"Xi", u"Lai", u"Gong", u"Qiao", u"Niu", u"Bo", u"Ji", u"Ou", u"Ning", u"Zhan" });
    m_patterns->placePrefixes = keysOf({ u"Mount", u"Mt.", u"Mt", u"Ft.", u"Ft", u"Cape" });
    m_patterns->riverWords = keysOf({ u"Rio", u"Río" });
    m_patterns->regionWords = keysOf({ u"state", u"province", u"region", u"district", u"county",
        u"prefecture", u"governorate", u"oblast" });
    m_patterns->namedFacilityHeads = keysOf({ u"Theater", u"Theatre", u"Airport", u"Stadium", u"Arena",
        u"Center", u"Centre", u"Hall", u"Library", u"Bridge", u"Tunnel", u"Boulevard", u"Avenue", u"Street",
        u"Highway", u"Park", u"Square", u"Museum", u"Memorial", u"School", u"College", u"University",
        u"Hospital", u"Institute", u"Foundation", u"Building", u"Tower", u"Auditorium", u"Field" });
    m_patterns->regionCompassWords = keysOf(
        { u"North", u"South", u"East", u"West", u"Northern", u"Southern", u"Eastern", u"Western", u"Central",
            u"Upper", u"Lower", u"Greater", u"Northeast", u"Northwest", u"Southeast", u"Southwest" });
    m_patterns->compassWords = keysOf({ u"northern", u"southern", u"eastern", u"western", u"central",
        u"northeastern", u"northwestern", u"southeastern", u"southwestern", u"north", u"south", u"east",
        u"west", u"neighbouring", u"neighboring" });
    m_patterns->saintWords = keysOf({ u"St.", u"St", u"Saint" });
    m_patterns->royalWords = keysOf({ u"King", u"Queen", u"Prince", u"Princess", u"Duke", u"Duchess" });
    m_patterns->romanceSaintWords = keysOf({ u"San", u"Santa", u"Santo", u"S\u00E3o" });
    m_patterns->copulas = keysOf({ u"is", u"was" });
    m_patterns->companyVerbs = keysOf({ u"said", u"says", u"bought", u"buys", u"sold", u"sells", u"agreed",
        u"announced", u"reported", u"posted", u"plans", u"planned", u"will", u"would", u"has", u"had", u"cut",
        u"cuts", u"raised", u"launched", u"launches", u"unveiled", u"acquired", u"acquires", u"owns",
        u"warned", u"expects", u"denied", u"declined", u"confirmed", u"sued", u"filed", u"paid", u"hired",
        u"recalled", u"settled", u"employs", u"operates", u"reported", u"invested", u"released", u"shipped",
        u"opened", u"rose", u"fell", u"jumped", u"slid", u"dropped", u"gained", u"climbed", u"surged",
        u"tumbled", u"plunged", u"soared", u"slumped", u"slipped", u"rallied" });
    m_patterns->companyFigures = keysOf(
        { u"shares", u"stock", u"revenue", u"revenues", u"profit", u"profits", u"earnings", u"sales" });
    m_patterns->givenNameFollowers = keysOf({ u",", u".", u"!", u":", u"is", u"was", u"has", u"had", u"will",
        u"would", u"said", u"says", u"told", u"and" });
    m_patterns->officeWords = keysOf({ u"executive", u"analyst", u"commander", u"director", u"manager",
        u"officer", u"associate", u"assistant", u"coordinator", u"administrator", u"consultant", u"editor",
        u"producer", u"spokesman", u"spokeswoman", u"spokesperson", u"chairman", u"chairwoman", u"chair" });
    m_patterns->givenNameWords = keysOf({ u"may", u"will", u"per" });
    m_patterns->pronouns = keysOf({ u"i", u"you", u"he", u"she", u"it", u"we", u"they", u"me", u"him", u"her",
        u"us", u"them", u"who", u"whom", u"whose", u"which", u"what", u"when", u"where", u"why", u"how",
        u"this", u"that", u"these", u"those" });
    m_patterns->peoples = keysOf({ u"Rohingya", u"Rohingyas", u"Yazidi", u"Yazidis", u"Maasai", u"Oromo",
        u"Tigrayan", u"Tigrayans", u"Baloch", u"Hazara", u"Hazaras", u"Uyghurs", u"Uighurs", u"Alawite",
        u"Alawites", u"Evangelicals", u"Salafist", u"Salafists", u"Sámi" });
    m_patterns->placeOfNouns
        = keysOf({ u"residents", u"inhabitants", u"population", u"outskirts", u"streets", u"suburbs",
            u"north", u"south", u"east", u"west", u"northeast", u"northwest", u"southeast", u"southwest" });
    m_patterns->placeInNouns = keysOf(
        { u"residents", u"officials", u"authorities", u"villagers", u"townspeople", u"inhabitants" });
    m_patterns->residentNouns = keysOf({ u"resident", u"residents", u"native", u"natives" });
    m_patterns->councilNouns = keysOf({ u"council", u"councillors", u"councilors" });
    m_patterns->tableStandings = keysOf({ u"leaders", u"champions", u"holders", u"hosts", u"visitors",
        u"strugglers", u"runners-up", u"newcomers" });
    m_patterns->sportsRoles = keysOf({ u"coach", u"manager", u"boss", u"captain", u"striker", u"goalkeeper",
        u"midfielder", u"defender", u"forward", u"winger", u"skipper", u"chairman", u"owner", u"quarterback",
        u"pitcher", u"linebacker", u"receiver", u"shortstop", u"outfielder", u"infielder", u"guard",
        u"center", u"centre", u"goaltender", u"driver" });
    m_patterns->firmAgentNouns = keysOf({ u"lender", u"insurer", u"carrier", u"broadcaster", u"regulator",
        u"drugmaker", u"automaker", u"carmaker", u"chipmaker" });
    m_patterns->organisationNouns = keysOf({ u"company", u"firm", u"airline", u"carrier", u"bank", u"lender",
        u"insurer", u"drugmaker", u"automaker", u"carmaker", u"chipmaker", u"maker", u"manufacturer",
        u"producer", u"grocer", u"brewer", u"refiner", u"shipper", u"distributor", u"wholesaler", u"miner",
        u"retailer", u"operator", u"startup", u"start-up", u"conglomerate", u"group", u"gang", u"coalition",
        u"alliance", u"party", u"movement", u"militia", u"agency", u"regulator", u"watchdog", u"broadcaster",
        u"newspaper", u"network", u"outlet", u"publisher", u"band", u"charity", u"organisation",
        u"organization", u"nonprofit", u"union", u"association", u"consortium", u"supplier", u"subsidiary",
        u"exchange", u"institute", u"ministry", u"council", u"committee", u"commission", u"authority",
        u"platform", u"developer", u"utility", u"brokerage", u"fund", u"channel", u"giant", u"journal",
        u"magazine", u"tabloid", u"site", u"website", u"service", u"chain", u"studio", u"label", u"unit",
        u"division", u"force", u"lobby" });
    m_patterns->armedForces = keysOf({ u"army", u"military", u"navy", u"police", u"forces", u"militias",
        u"rebels", u"insurgents", u"guerrillas" });
    m_patterns->descriptionEnds
        = keysOf({ u"that", u"which", u"whose", u"of", u"in", u"based", u"with", u"known", u"founded",
            u"owned", u"run", u"backed", u"led", u"on", u"at", u"for", u"to", u"since", u"from" });
    m_patterns->groupWordsAfter = keysOf({ u"party", u"alliance", u"coalition", u"movement", u"gang",
        u"militia", u"faction", u"group", u"consortium" });
    m_patterns->businessUnitWords = keysOf({ u"unit", u"subsidiary", u"division", u"affiliate" });
    m_patterns->companyCuesAfter = keysOf(
        { u"chairman", u"chairwoman", u"chief", u"CEO", u"shareholders", u"shares", u"stock", u"stocks" });
    m_patterns->stakeWords = keysOf({ u"shares", u"stake", u"stakes", u"merger" });
    m_patterns->ownershipVerbs = keysOf({ u"owns", u"acquired", u"acquires", u"bought", u"buys" });
    m_patterns->leadingDescriptors = keysOf({ u"Former", u"Rival", u"Fellow", u"Embattled", u"Beleaguered",
        u"Struggling", u"Troubled", u"Indebted", u"Ailing", u"Bankrupt", u"Defunct" });
    m_patterns->followerWords = keysOf({ u"alliance", u"coalition", u"movement", u"faction" });
    m_patterns->productNouns = keysOf({ u"capsule", u"spacecraft", u"rocket", u"rockets", u"lander", u"rover",
        u"telescope", u"satellite", u"satellites", u"chatbot", u"smartphone", u"smartphones", u"drug",
        u"drugs", u"vaccine", u"jet", u"jets", u"airliner", u"airliners", u"helicopter", u"helicopters",
        u"drone", u"drones", u"missile", u"missiles", u"tank", u"tanks", u"chip", u"chips", u"processor",
        u"processors", u"console", u"film", u"movie", u"model", u"models" });
    // Diseases named after the town or river where they were found: "Marburg virus", "Lassa fever".
    m_patterns->diseaseNouns = keysOf({ u"virus", u"fever", u"disease" });
    m_patterns->describingParticiples = keysOf({ u"based", u"owned", u"backed", u"led", u"born", u"funded",
        u"run", u"controlled", u"listed", u"headquartered", u"registered", u"flagged" });
    m_patterns->eponymousDiseases = keysOf({ u"Alzheimer", u"Parkinson", u"Huntington", u"Crohn", u"Hodgkin",
        u"Tourette", u"Asperger", u"Gehrig" });
    m_patterns->productNounsBefore = keysOf(
        { u"film", u"films", u"movie", u"movies", u"drug", u"vaccine", u"treatment", u"therapy", u"chatbot",
            u"novel", u"novels", u"album", u"albums", u"song", u"songs", u"documentary", u"series", u"sitcom",
            u"musical", u"opera", u"memoir", u"book", u"capsule", u"spacecraft", u"rocket", u"telescope" });
    m_patterns->quotedWorkNouns = keysOf({ u"single", u"singles", u"track", u"hit", u"ballad", u"anthem",
        u"poem", u"painting", u"podcast", u"show", u"episode", u"play", u"record", u"title", u"books" });
    m_patterns->vesselNouns = keysOf({ u"shuttle", u"orbiter", u"ship", u"vessel", u"tanker", u"yacht",
        u"frigate", u"destroyer", u"submarine", u"ferry", u"freighter", u"warship", u"liner", u"trawler" });
    m_patterns->variantNouns = keysOf(
        { u"variant", u"variants", u"subvariant", u"subvariants", u"strain", u"strains", u"lineage" });
    m_patterns->personWordsBefore = keysOf({ u"Professors", u"Senators", u"Sens.", u"Representatives",
        u"Reps.", u"Drs.", u"Doctors", u"Messrs.", u"Generals", u"Judges", u"Justices", u"Presidents",
        u"Ministers", u"Governors", u"Mister", u"Miss", u"Madam", u"Dame", u"Uncle", u"Aunt", u"Auntie",
        u"Prince", u"Princess", u"Queen", u"Father", u"Brother", u"Sister", u"wife", u"husband", u"son",
        u"daughter", u"nephew", u"niece", u"brother", u"sister", u"cousin", u"grandson", u"granddaughter",
        u"widow", u"girlfriend", u"boyfriend", u"fiancee", u"fiance", u"mother", u"father", u"designer",
        u"artist", u"singer", u"actor", u"actress", u"writer", u"author", u"poet", u"painter",
        u"photographer", u"composer", u"player", u"striker", u"coach", u"manager", u"director", u"journalist",
        u"reporter", u"columnist", u"lawyer", u"attorney", u"spokesman", u"spokeswoman", u"analyst",
        u"economist", u"professor", u"scientist", u"chef", u"owner", u"founder", u"teacher", u"doctor",
        u"nurse", u"pastor", u"rapper", u"musician", u"comedian", u"filmmaker", u"producer", u"editor",
        u"sculptor", u"novelist", u"historian", u"guitarist", u"drummer", u"star", u"captain", u"goalkeeper",
        u"midfielder", u"defender", u"forward", u"winger", u"pitcher", u"quarterback" });
    m_patterns->spokesWords = keysOf({ u"spokesman", u"spokeswoman", u"spokesperson", u"aide", u"adviser",
        u"advisor", u"successor", u"predecessor", u"deputy" });
    m_patterns->worksAfter = keysOf({ u"paintings", u"painting", u"artworks", u"sculptures", u"novels",
        u"poems", u"symphonies", u"sonatas", u"lyrics" });
    m_patterns->aidesAfter
        = keysOf({ u"office", u"aides", u"aide", u"spokesman", u"spokeswoman", u"campaign", u"supporters",
            u"followers", u"agents", u"advisers", u"presidency", u"resignation", u"arrest", u"trial" });
    m_patterns->sayingVerbs = keysOf({ u"said", u"says", u"told", u"tells", u"asked", u"asks", u"explained",
        u"added", u"wrote", u"writes", u"noted", u"argued", u"pointed", u"replied", u"insisted", u"claimed",
        u"stated", u"admitted", u"announced", u"warned", u"recalled", u"thinks", u"believes", u"agreed" });
    m_patterns->openingParticiples = keysOf({ u"Born", u"Raised", u"Educated", u"Elected", u"Appointed",
        u"Named", u"Nicknamed", u"Dubbed", u"Known", u"Asked", u"Told", u"Accused", u"Charged", u"Convicted",
        u"Sentenced", u"Hired", u"Fired", u"Married", u"Survived", u"Joined", u"Trained", u"Coached" });
    m_patterns->closingFormulaStarts = keysOf({ u"thanks", u"thank", u"many", u"thx", u"regards", u"best",
        u"kind", u"kindest", u"warm", u"warmest", u"cheers", u"sincerely", u"yours", u"take", u"all" });
    m_patterns->closingFormulaWords = keysOf({ u"thanks", u"you", u"again", u"regards", u"best", u"sincerely",
        u"yours", u"truly", u"care", u"wishes", u"the" });
    m_patterns->greetings = keysOf({ u"hi", u"hey", u"dear", u"hello", u"thanks", u"thank", u"attn", u"love",
        u"regards", u"cheers", u"yo" });
    m_patterns->familyWordsAfter
        = keysOf({ u"wife", u"husband", u"son", u"sons", u"daughter", u"daughters", u"nephew", u"niece",
            u"father", u"mother", u"dad", u"mom", u"brother", u"sister", u"family", u"friend", u"friends",
            u"girlfriend", u"boyfriend", u"widow", u"lawyer", u"lawyers", u"attorney", u"aide", u"aides",
            u"death", u"birthday", u"funeral", u"career", u"life", u"grandson", u"granddaughter", u"uncle",
            u"aunt", u"cousin", u"parents", u"children", u"kids", u"wedding", u"administration" });
    m_patterns->greekLetters = keysOf({ u"Alpha", u"Beta", u"Gamma", u"Delta", u"Epsilon", u"Zeta", u"Eta",
        u"Theta", u"Iota", u"Kappa", u"Lambda", u"Mu", u"Omicron", u"Sigma" });
    m_patterns->institutionHeads = keysOf({ u"Center", u"Centre", u"Foundation", u"University", u"Institute",
        u"Hospital", u"Museum", u"Library", u"Academy", u"College", u"School", u"Laboratory", u"Observatory",
        u"Society", u"Association", u"Institution", u"Fund", u"Trust" });
    m_patterns->thingHeads = keysOf({ u"Telescope", u"Act", u"Doctrine", u"Prize", u"Award", u"Trophy",
        u"Medal", u"Lecture", u"Syndrome", u"Effect" });
    m_patterns->venueHeads = keysOf({ u"Stadium", u"Arena", u"Airport", u"Square", u"Street", u"Avenue",
        u"Drive", u"Road", u"Parkway", u"Boulevard", u"Bridge", u"Highway", u"Expressway" });
    m_patterns->vesselPrefixes = keysOf({ u"Shuttle", u"USS", u"HMS", u"HMAS", u"HMCS", u"HMNZS", u"RMS",
        u"USNS", u"MV", u"BRP", u"KRI", u"ROKS" });
    m_patterns->awardWords = keysOf({ u"Prize", u"Prizes", u"Award", u"Awards", u"Medal", u"Trophy" });
    m_patterns->awardWordsLower = keysOf({ u"prize", u"prizes", u"laureate", u"laureates" });
    m_patterns->nationalBodyFields = keysOf({ u"Parks", u"Health", u"Statistics", u"Transport", u"Sport",
        u"Cricket", u"Tennis", u"Rugby", u"Football", u"Hockey", u"Swimming", u"Athletics", u"Cycling",
        u"Golf", u"Basketball", u"Netball", u"Rowing", u"Sailing", u"Gymnastics", u"Boxing", u"Volleyball",
        u"Baseball", u"Heritage", u"Tourism", u"Immigration", u"Elections", u"Fisheries", u"Environment",
        u"Agriculture", u"Infrastructure", u"Police", u"Research", u"Energy", u"Water", u"Nature",
        u"Creative", u"Historic", u"Natural", u"Universities", u"Affairs", u"Resources", u"Air", u"Radio",
        u"Skate", u"Ski", u"Triathlon", u"Softball", u"Equestrian", u"Invest", u"Visit", u"Standards" });
    // Words before a field that are part of the body's name: "Public Health England", "Cancer
    // Research UK", "Global Affairs Canada".
    m_patterns->nationalBodyModifiers = keysOf(
        { u"Public", u"Global", u"Natural", u"Cancer", u"Mental", u"Food", u"Fisheries", u"Oceans" });
    m_patterns->sportsBodyCountries
        = keysOf({ u"USA", u"British", u"England", u"Scotland", u"Wales", u"Scottish", u"Welsh" });
    m_patterns->sportsBodyFields = keysOf({ u"Gymnastics", u"Swimming", u"Cycling", u"Athletics", u"Rugby",
        u"Hockey", u"Basketball", u"Boxing", u"Rowing", u"Triathlon", u"Volleyball", u"Baseball", u"Softball",
        u"Fencing", u"Wrestling", u"Judo", u"Soccer", u"Diving", u"Canoeing", u"Equestrian", u"Sailing" });
    m_patterns->sentenceAdverbs = keysOf({ u"Meanwhile", u"Yesterday", u"Today", u"Tomorrow", u"Now", u"Then",
        u"Later", u"Earlier", u"Still", u"Also", u"Elsewhere", u"Instead", u"Here", u"There", u"Overall",
        u"Last", u"Next", u"Thus", u"Likewise", u"Nevertheless", u"However", u"Moreover", u"Besides",
        u"Again", u"Already", u"Afterwards", u"Tonight", u"Soon", u"Once", u"Even" });
    m_patterns->countryInitials = keysOf({ u"UK", u"U.K.", u"US", u"U.S.", u"USA", u"UAE" });
    // (besides the sports of sportsBodyFields)
    m_patterns->sectionLabels = keysOf({ u"Golf", u"Tennis", u"Football", u"Cricket", u"Motor", u"Racing",
        u"Analysis", u"Opinion", u"Explainer", u"Factbox", u"Exclusive", u"Update", u"Breaking", u"Obituary",
        u"Research", u"Review", u"Watch", u"Live", u"Timeline", u"Editorial", u"Commentary", u"Interview",
        u"Insight" });
    m_patterns->compoundPrefixes = keysOf(
        { u"Franco", u"Anglo", u"Sino", u"Russo", u"Indo", u"Afro", u"Austro", u"Greco", u"Italo", u"Serbo",
            u"Turco", u"Germano", u"Hispano", u"Luso", u"Judeo", u"Euro", u"Nippo", u"Dano", u"Polono" });
    for (const auto* cues :
        { &m_patterns->organisationNouns, &m_patterns->groupWordsAfter, &m_patterns->businessUnitWords,
            &m_patterns->productNouns, &m_patterns->diseaseNouns, &m_patterns->productNounsBefore,
            &m_patterns->awardWords, &m_patterns->awardWordsLower, &m_patterns->riverWords,
            &m_patterns->stakeWords, &m_patterns->companyCuesAfter, &m_patterns->ownershipVerbs,
            &m_patterns->vesselNouns, &m_patterns->variantNouns, &m_patterns->vesselPrefixes,
            &m_patterns->copulas, &m_patterns->placeOfNouns, &m_patterns->placeInNouns,
            &m_patterns->residentNouns, &m_patterns->councilNouns, &m_patterns->sellingVerbs })
        m_patterns->descriptionCues.insert(m_patterns->descriptionCues.end(), cues->begin(), cues->end());
    m_patterns->descriptionCues.push_back(tokenKey(u","));
    std::sort(m_patterns->descriptionCues.begin(), m_patterns->descriptionCues.end());
    m_patterns->descriptionCues.erase(
        std::unique(m_patterns->descriptionCues.begin(), m_patterns->descriptionCues.end()),
        m_patterns->descriptionCues.end());
    for (const std::uint64_t key : m_patterns->descriptionCues)
        m_patterns->descriptionCueBits.set(key % m_patterns->descriptionCueBits.size());
    {
        const Tokenizer tokenizer;
        TokenizedText tokenized;
        for (const char16_t* name : { u"El Niño", u"El Nino", u"La Niña", u"La Nina" }) {
            const QStringView view(name);
            tokenizer.tokenize(view, tokenized);
            std::uint64_t keys[Gazetteer::kMaxPhraseTokens];
            const auto n = std::int32_t(tokenized.tokens.size());
            for (std::int32_t k = 0; k < n; ++k)
                keys[k] = tokenKey(
                    view.mid(tokenized.tokens[size_t(k)].begin, tokenized.tokens[size_t(k)].length()));
            m_patterns->weatherPatterns.insert(phraseKey(keys, n));
        }
    }
    m_patterns->placePrepositions = keysOf({ u"in", u"on", u"at", u"to", u"from", u"near", u"over", u"off",
        u"across", u"along", u"into", u"onto" });
    m_patterns->placePlurals = keysOf({ u"Springs", u"Hills", u"Cliffs", u"Heights", u"Falls", u"Straits",
        u"Isles", u"Keys", u"Woods", u"Plains", u"Meadows", u"Gardens", u"Flats", u"Rapids", u"Sands",
        u"Downs", u"Fields", u"Groves", u"Parks", u"Highlands", u"Lowlands", u"Narrows", u"Shoals", u"Dunes",
        u"Glades", u"Oaks", u"Pines", u"Palms", u"Acres", u"Estates", u"Towers", u"Commons", u"Docks",
        u"Wells", u"Forks", u"Bluffs", u"Banks", u"Shores", u"Mills", u"Crossings", u"Terraces", u"Villas",
        u"Ponds", u"Creeks", u"Harbours", u"Harbors", u"Rocks", u"Ridges", u"Hollows", u"Sounds", u"Marshes",
        u"Gates", u"Lands", u"Bays", u"Caves" });
    m_patterns->landformsPlural
        = keysOf({ u"rivers", u"lakes", u"seas", u"islands", u"mountains", u"valleys" });
    m_patterns->regionAdjectives = keysOf({ u"Democratic", u"Republican", u"Conservative", u"Liberal",
        u"Southern", u"Northern", u"Eastern", u"Western", u"Central", u"Coastal", u"Federal", u"Blue", u"Red",
        u"Swing", u"Border", u"Member", u"Frontline", u"Rural", u"Urban", u"Neighbouring", u"Neighboring" });
    m_patterns->regionWordsPlural = keysOf({ u"counties", u"provinces", u"districts", u"regions",
        u"prefectures", u"oblasts", u"states", u"governorates" });
    // Every plural kind of region is a plural kind of settlement too.
    m_patterns->settlementPlurals
        = keysOf({ u"villages", u"towns", u"cities", u"hamlets", u"settlements", u"suburbs", u"islands",
            u"municipalities", u"townships", u"boroughs", u"communes", u"parishes", u"cantons" });
    m_patterns->settlementPlurals.insert(m_patterns->settlementPlurals.end(),
        m_patterns->regionWordsPlural.begin(), m_patterns->regionWordsPlural.end());
    std::sort(m_patterns->settlementPlurals.begin(), m_patterns->settlementPlurals.end());
    m_patterns->clubWordsAfter
        = keysOf({ u"United", u"FC", u"CF", u"Rovers", u"Wanderers", u"Albion", u"Hotspur" });
    m_patterns->clubWordsAfterCity = keysOf({ u"City", u"Town", u"Athletic" });
    m_patterns->resultWords = keysOf({ u"beat", u"beats", u"beating", u"defeated", u"defeats", u"edged",
        u"thrashed", u"hammered", u"routed", u"drew", u"draw", u"lost", u"loses", u"overcame", u"stunned",
        u"downed", u"win", u"victory", u"defeat", u"loss", u"thrashing", u"crushed", u"crushing", u"trounced",
        u"rout", u"whitewashed" });
    m_patterns->gameVerbs
        = keysOf({ u"led", u"trailed", u"host", u"hosts", u"hosted", u"face", u"faces", u"play", u"plays",
            u"played", u"meet", u"meets", u"edge", u"edges", u"scored", u"visit", u"visits", u"visited" });
    // Plural names of competitions and places, no team's nickname: "the Olympic Games", "the Ashes".
    m_patterns->competitionPlurals = keysOf({ u"Games", u"Olympics", u"Paralympics", u"Championships",
        u"Nations", u"Series", u"Masters", u"Ashes", u"Finals", u"Playoffs", u"Awards", u"Islands", u"Isles",
        u"Highlands", u"Lords", u"Commons", u"Americas", u"Emirates", u"Grammys", u"Oscars" });
    // (Not "points": "the index fell by 200 points".)
    m_patterns->marginUnits = keysOf({ u"wickets", u"wicket", u"runs", u"run", u"innings", u"strokes" });
    m_patterns->numberWords = keysOf(
        { u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"an" });
    m_patterns->resultLinks = keysOf({ u"over", u"against", u"to", u"by", u"with", u"of" });
    // US states as American newspapers abbreviate them after a city ("Tampa, Fla.") and a
    // lawmaker's party ("(R-La.)"); the dotted ones ("N.Y.") are initialisms the tagger knows.
    m_patterns->stateAbbreviations
        = keysOf({ u"Ala", u"Ariz", u"Ark", u"Calif", u"Colo", u"Conn", u"Del", u"Fla", u"Ga", u"Ill", u"Ind",
            u"Kan", u"Kans", u"Ky", u"La", u"Md", u"Mass", u"Mich", u"Minn", u"Miss", u"Mo", u"Mont", u"Neb",
            u"Nev", u"Okla", u"Ore", u"Pa", u"Tenn", u"Tex", u"Vt", u"Va", u"Wash", u"Wis", u"Wyo", u"N.M.",
            u"N.Y.", u"N.J.", u"N.C.", u"N.D.", u"N.H.", u"S.C.", u"S.D.", u"R.I." });
    m_patterns->clubWordsBefore = keysOf({ u"Real", u"Atletico", u"Atlético", u"Bayern", u"Inter", u"AC",
        u"FC", u"Borussia", u"Olympique", u"Sporting", u"Dynamo", u"Dinamo", u"Spartak", u"CSKA" });
    const QString word = QStringLiteral("\\p{Lu}[[:L*:][:M*:]'’\\-]*\\.?");
    m_patterns->titleThenName = compile(u"(?<![[:L*:][:M*:]])(?:" + alternatives.join(u'|') + u")[ \\t]+("
        + word + u"(?:[ \\t]+(?:(?:von|van|der|den|ten|ter|de|da|del|dos|bin|al|el)[ \\t]+)*" + word
        + u"){0,3})");
    m_patterns->acronymDefinition = compile(
        QStringLiteral("(\\p{Lu}[[:L*:][:M*:]\\-]*(?:[ \\t]+(?:(?:of|for|and|on|the|de|in)[ "
                       "\\t]+)*\\p{Lu}[[:L*:][:M*:]\\-]*)*)"
                       "[ \\t]*\\([ \\t]*[\"\\x{201C}]?[ \\t]*(\\p{Lu}[[:Lu:]\\d&\\-]{1,9}s?)[ \\t]*"
                       "[\"\\x{201D}]?[ \\t]*\\)"));
    // A wire story's dateline at the start of a line: "KYIV, Ukraine, Jan. 5 (Reuters) — ",
    // "WASHINGTON (AP) -- ", "LONDON — ". 1: the place in capitals, 2: its country or state,
    // 3: the news agency.
    m_patterns->dateline = compile(QStringLiteral(
        "(\\p{Lu}[[:Lu:]'’.\\-]+(?:[ \\t]+\\p{Lu}[[:Lu:]'’.\\-]+){0,3})"
        "(?:,[ \\t]*(\\p{Lu}[[:L*:].]+(?:[ \\t]+\\p{Lu}[[:L*:].]+){0,2}))?"
        "(?:,?[ \\t]+\\p{Lu}[[:Ll:]]{2,8}\\.?[ \\t]+\\d{1,2})?"
        "[ \\t]*(?:\\([ \\t]*(\\p{Lu}[[:L*:]\\-]*(?:[ \\t]+\\p{Lu}[[:L*:]\\-]*){0,3})[ \\t]*\\))?"
        "[ \\t]*(?:\\x{2014}|\\x{2013}|--?)[ \\t]"));
}

MentionRules::~MentionRules() = default;

void MentionRules::apply(QStringView originalText, const TokenizedText& tokenized, const DocumentFacts& facts,
    std::vector<TokenSpan>& spansIn) const
{
    QString cleaned;
    QStringView text = originalText;
    for (QChar c : originalText) {
        if (c.isSurrogate()) {
            cleaned = withoutLoneSurrogates(originalText);
            text = cleaned;
            break;
        }
    }
    const auto& tokens = tokenized.tokens;
    const auto& tf = facts.tokens;
    SpanSet spans(spansIn, tokens.size());
    auto word = [&](std::int32_t t) { return text.mid(tokens[size_t(t)].begin, tokens[size_t(t)].length()); };
    auto unit = [&](std::int32_t t) { return tf[size_t(t)].gazUnit; };
    auto capitalised = [&](std::int32_t t) { return (tf[size_t(t)].flags & (Capitalized | AllCaps)) != 0; };
    // The first word of a sentence or of a quotation ("Or maybe not," she said).
    auto opensSentence = [&](std::int32_t t) {
        return (tf[size_t(t)].flags & SentenceStart)
            || (t > 0 && (word(t - 1) == u"\"" || word(t - 1) == u"“"));
    };
    // The first word of a list's item: "2 ) Target Israel", "- Shell out less".
    auto opensListItem = [&](std::int32_t t) {
        const bool bullet = t > 0 && (tf[size_t(t - 1)].flags & SentenceStart)
            && (word(t - 1) == u"-" || word(t - 1) == u"*" || word(t - 1) == u"•");
        const bool numbered = t > 1 && (word(t - 1) == u")" || word(t - 1) == u".")
            && (tf[size_t(t - 2)].flags & SentenceStart) && tokens[size_t(t - 2)].length() <= 2
            && (tf[size_t(t - 2)].flags & (HasDigit | Capitalized));
        return bullet || numbered;
    };
    // A hyphen touching the words on both sides: "Ocasio-Cortez", not "Paris - Berlin".
    auto tightHyphen = [&](std::int32_t t) {
        return t > 0 && t + 1 < std::int32_t(tokens.size()) && tokens[size_t(t)].length() == 1
            && text[tokens[size_t(t)].begin] == u'-' && tokens[size_t(t - 1)].end == tokens[size_t(t)].begin
            && tokens[size_t(t)].end == tokens[size_t(t + 1)].begin;
    };
    // An Arabic article joined by a hyphen to the capitalised word after it, inside a name: "Aita
    // al-Shaab", "Bab el-Mandeb".
    auto arabicArticle = [&](std::int32_t t) {
        if (tokens[size_t(t)].length() > 3 || !(tf[size_t(t)].flags & Lowercase)
            || t + 2 >= std::int32_t(tokens.size()) || !capitalised(t + 2) || !tightHyphen(t + 1))
            return false;
        const QStringView w = word(t);
        return w == u"al" || w == u"el" || w == u"as" || w == u"ash" || w == u"ad" || w == u"an";
    };
    // The length of the words at `t` that introduce examples ("including", "like", "such as"), or 0.
    auto examplesCueAt = [&](std::int32_t t) -> std::int32_t {
        const auto count = std::int32_t(tokens.size());
        if (t < count && (word(t) == u"including" || word(t) == u"like"))
            return 1;
        return t + 1 < count && word(t) == u"such" && word(t + 1) == u"as" ? 2 : 0;
    };
    // Whether a line break separates token t (> 0) from the one before it.
    auto lineBreakBefore = [&](std::int32_t t) {
        for (qsizetype c = tokens[size_t(t - 1)].end; c < tokens[size_t(t)].begin; ++c)
            if (text[c] == u'\n')
                return true;
        return false;
    };
    // A prefix capitalised in a headline or opening a sentence: "Ex-FTX executive", "Anti-EU".
    auto capitalisedPrefix = [&](std::int32_t t) {
        const QStringView w = word(t);
        return w == u"Ex" || w == u"Anti" || w == u"Pro" || w == u"Non";
    };
    // "ex-" describes the whole name after it ("ex-Manchester United striker"), where "anti-" and
    // "pro-" take one word ("the pro-Kremlin United Russia party").
    auto exPrefix = [&](std::int32_t t) { return word(t).compare(u"ex", Qt::CaseInsensitive) == 0; };
    // A role written with "Co-" and a lower-case word: "Co-owner", "co-founder" (not a company's
    // legal form "Co").
    auto roleWithCo = [&](std::int32_t t) {
        return (word(t) == u"Co" || word(t) == u"co") && tightHyphen(t + 1)
            && (tf[size_t(t + 2)].flags & Lowercase);
    };
    // A word after such a prefix that names something alone: "FTX", "EU", "Beijing".
    auto ownName = [&](std::int32_t t) {
        return (tf[size_t(t)].flags & AllCaps)
            || (unit(t) & (kLocationMask | maskOf(Category::Organization))
                && !has(unit(t), Category::Common));
    };
    // A word after a lower-case (or such a capitalised) prefix and a hyphen, which describes what
    // follows: "anti-Western", "pro-Kremlin".
    auto afterPrefix = [&](std::int32_t t) {
        return t >= 2 && tightHyphen(t - 1)
            && ((tf[size_t(t - 2)].flags & Lowercase) || capitalisedPrefix(t - 2));
    };
    // "d'Alembert", "l'Ouverture": a name whose elided particle is written in lower case.
    auto elidedParticleName = [&](std::int32_t t) {
        const QStringView w = text.mid(tokens[size_t(t)].begin, tokens[size_t(t)].length());
        return w.size() > 2 && w[0].isLower() && (w[1] == u'\'' || w[1] == u'\u2019') && w[2].isUpper();
    };
    auto isOneOf = [&](std::int32_t t, const std::vector<std::uint64_t>& words) {
        return std::binary_search(words.begin(), words.end(), tf[size_t(t)].key);
    };
    // A hyphenated compound is three tokens ("start", "-", "up"); the lists of kinds spell some
    // whole ("start-up", "runners-up", "op-ed"): isOneOfSpelled() also matches such a compound at
    // its last token.
    std::vector<std::uint64_t> compoundKeys;
    for (std::int32_t t = 2; t < std::int32_t(tokens.size()); ++t)
        if (tightHyphen(t - 1) && (tf[size_t(t)].flags & Lowercase)) {
            compoundKeys.resize(tokens.size(), 0);
            compoundKeys[size_t(t)] = tokenKey(
                text.mid(tokens[size_t(t - 2)].begin, tokens[size_t(t)].end - tokens[size_t(t - 2)].begin));
        }
    auto isOneOfSpelled = [&](std::int32_t t, const std::vector<std::uint64_t>& words) {
        return isOneOf(t, words)
            || (!compoundKeys.empty() && compoundKeys[size_t(t)] != 0
                && std::binary_search(words.begin(), words.end(), compoundKeys[size_t(t)]));
    };
    // The phrase key of the words [first, end), as the gazetteer and the known-name lists store it.
    auto keyOf = [&](std::int32_t first, std::int32_t end) {
        std::uint64_t keys[kLongestKnownName]; // the first n are read
        const int n = std::min<int>(end - first, kLongestKnownName);
        for (int k = 0; k < n; ++k)
            keys[k] = tf[size_t(first + k)].key;
        return phraseKey(keys, n);
    };
    auto isCapitalisedOneOf = [&](std::int32_t t, const std::vector<std::uint64_t>& words) {
        return t >= 0 && t < std::int32_t(tokens.size()) && capitalised(t) && isOneOf(t, words);
    };
    // A year as citations write it: four digits ("2011").
    auto isYear = [&](std::int32_t t) {
        if (t < 0 || t >= std::int32_t(tokens.size()) || tokens[size_t(t)].length() != 4)
            return false;
        const QStringView w = word(t);
        return std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
    };
    // The initials of a name, every word's and without the small words initials may skip: an
    // organisation's connectors ("NATO"), a person's particles ("MBS" and "MS" for Mohammed bin
    // Salman). A person's suffix gives none: "KSM" for Khalid Shaikh Mohammed, "AOC" for Alexandria
    // Ocasio-Cortez, "RFK" for Robert F. Kennedy Jr.
    auto nameInitials = [&](const TokenSpan& s) {
        const bool person = s.type == EntityType::Person;
        QString all, withoutSmallWords;
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t) {
            const QStringView w = word(t);
            if ((tf[size_t(t)].flags & Punctuation)
                || (person && (isNameSuffix(w) || isPostNominal(w) || !w[0].isLetter())))
                continue;
            all += w[0].toUpper();
            if (!(person ? isNameParticle(w) : isConnector(w)))
                withoutSmallWords += w[0].toUpper();
        }
        return std::pair { all, withoutSmallWords };
    };
    std::vector<std::int32_t> sentenceOf(tokens.size());
    for (size_t s = 0; s < tokenized.sentences.size(); ++s)
        for (std::int32_t t = tokenized.sentences[s].firstToken; t < tokenized.sentences[s].endToken; ++t)
            sentenceOf[size_t(t)] = std::int32_t(s);

    // An e-mail address or a web address is no part of a name ("Lotte Wilms lotte.wilms@kb.nl"):
    // the tokenizer keeps each whole, so one look at its characters tells. A mail system's own
    // user name is ("Traci Warner@ENRON" in Lotus Notes headers): it has no domain.
    auto isAddress = [&](std::int32_t t) {
        const QStringView w = word(t);
        const qsizetype at = w.indexOf(u'@');
        return (at > 0 && w.indexOf(u'.', at) > at) || w.startsWith(u"http://") || w.startsWith(u"https://")
            || w.startsWith(u"www.");
    };
    // A possessive inside a span separates two names ("China’s Foreign Ministry"); so does an address.
    std::vector<std::pair<std::int32_t, std::int32_t>> splitParts; // the parts after a possessive
    {
        std::vector<TokenSpan> split;
        for (const TokenSpan& s : spans.spans()) {
            std::int32_t start = s.firstToken;
            bool afterPossessive = false;
            for (std::int32_t t = s.firstToken; t < s.endToken; ++t) {
                const QStringView w = word(t);
                // Irregular plurals take the possessive inside names: "People’s Republic of China",
                // "Children’s Hospital", "Women’s March".
                const bool possessive = isPossessive(w) && !(t > start && isIrregularPlural(word(t - 1)));
                if (possessive || isAddress(t)) {
                    if (t > start)
                        split.push_back({ start, t, s.type });
                    start = t + 1;
                    afterPossessive = possessive;
                }
            }
            if (s.endToken > start)
                split.push_back({ start, s.endToken, s.type });
            if (afterPossessive && s.endToken > start)
                splitParts.emplace_back(start, s.endToken);
        }
        spans.spans() = std::move(split);
        spans.reindex();
    }

    // An office named after the official who heads it is one organisation: "the Sangamon County
    // Sheriff's Office", "the Manhattan District Attorney's Office".
    for (std::int32_t t = 1; t + 1 < std::int32_t(tokens.size()); ++t) {
        if (tokens[size_t(t)].length() != 2 || !isPossessive(word(t))
            || (word(t + 1) != u"Office" && word(t + 1) != u"Department")
            || !isCapitalisedOneOf(t - 1, m_patterns->officials))
            continue;
        std::int32_t first = t - 1;
        while (first > 0 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)] && capitalised(first - 1)
            && !(tf[size_t(first - 1)].flags & SentenceStart && has(unit(first - 1), Category::Common)))
            --first;
        while (word(first) == u"The" || word(first) == u"A")
            ++first;
        spans.replaceOverlapping({ first, t + 2, EntityType::Organization });
    }
    spans.reindex();

    // A shop named after its owner is one name: "Ray's Pizza", "Sullivan's Steak House", "Barry's
    // Auto Tech". The owner is a person or an unknown word, never a known place or organisation
    // ("Italy's Pizza Association", "New York's Joe's Pizza" stay apart), and the words after the
    // possessive must say what kind of shop it is ("Biden's Justice Department" stays apart). A
    // place where the tagger saw one ("dinner at Sullivan's Steak House"), else an organisation.
    bool shopsFound = false;
    for (std::int32_t t = 1; t + 1 < std::int32_t(tokens.size()); ++t) {
        if (tokens[size_t(t)].length() != 2 || !capitalised(t - 1) || !capitalised(t + 1)
            || !isPossessive(word(t)) || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)]
            || isIrregularPlural(word(t - 1)) || has(unit(t - 1), Category::Title))
            continue;
        std::int32_t first = t - 1;
        if (const int owner = spans.ownerOf(t - 1); owner >= 0) {
            const TokenSpan& o = spans.spans()[size_t(owner)];
            const CategoryMask known = phraseCategories(facts, o.firstToken, o.endToken);
            const CategoryMask personNames
                = maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person);
            if (o.type != EntityType::Person && (known & (kLocationMask | maskOf(Category::Organization)))
                && !(known & personNames))
                continue; // "Barry" is a town in Wales too, but "Chicago" is no one's name
            if (o.type != EntityType::Person && o.endToken - o.firstToken > 1)
                continue;
            first = o.firstToken;
        } else if (tf[size_t(t - 1)].flags & SentenceStart && has(unit(t - 1), Category::Common)) {
            continue; // "Today's Special Pizza"
        }
        std::int32_t end = t + 1;
        bool shop = false;
        while (end < std::int32_t(tokens.size()) && end < t + 5
            && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
            && !has(unit(end), Category::Title)) {
            shop = shop || isOneOf(end, m_patterns->shopWords);
            ++end;
        }
        if (!shop)
            continue;
        bool place = false;
        for (std::int32_t k = t + 1; k < end; ++k)
            if (const int owner = spans.ownerOf(k); owner >= 0)
                place = place || spans.spans()[size_t(owner)].type == EntityType::Location;
        spans.replaceOverlapping({ first, end, place ? EntityType::Location : EntityType::Organization });
        shopsFound = true;
        t = end - 1;
    }
    if (shopsFound)
        spans.reindex();

    // Initials opening a name make it a company's, not a person's ("JDE Peet's, the maker of
    // Jacobs"; but "RAPHAEL Sanzio" in capitals is a person), with its possessive where no noun
    // follows.
    {
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t f = s.firstToken;
            if (s.type != EntityType::Person || s.endToken - f < 2 || !(tf[size_t(f)].flags & AllCaps)
                || (tf[size_t(f)].flags & (HasPeriod | HasDigit)) || tokens[size_t(f)].length() < 3
                || tokens[size_t(f)].length() > 4
                || (unit(f)
                    & (maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person)))
                || (tf[size_t(f + 1)].flags & AllCaps) || !(tf[size_t(f + 1)].flags & Capitalized))
                continue;
            s.type = EntityType::Organization;
            const auto e = size_t(s.endToken);
            if (e + 1 < tokens.size() && tokens[e].length() == 2 && isPossessive(word(s.endToken))
                && tokens[e].begin == tokens[e - 1].end && sentenceOf[e + 1] == sentenceOf[e]
                && (word(s.endToken + 1) == u"," || word(s.endToken + 1) == u"."
                    || word(s.endToken + 1) == u"and")
                && spans.ownerOf(s.endToken) < 0) {
                ++s.endToken;
                changed = true;
            }
        }
        if (changed)
            spans.reindex();
    }

    // A "person" with an article before it and its owner after "of" is an organisation: "The Samagi
    // Jana Balawegaya of opposition leader Sajith Premadasa" (a person's name takes no article:
    // not "the John Murray archive").
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type == EntityType::Person && s.endToken - f >= 2 && f > 0
            && (word(f - 1) == u"the" || word(f - 1) == u"The") && s.endToken < std::int32_t(tokens.size())
            && word(s.endToken) == u"of" && sentenceOf[size_t(s.endToken)] == sentenceOf[size_t(f)]
            && !has(unit(f), Category::FirstName) && !has(unit(f), Category::Title))
            s.type = EntityType::Organization;
    }

    // ...also where the possessive alone names it: "dinner at Del Frisco's", "going to Kenneally's
    // for a drink", "at Geno's." A person's possessive has a noun after it ("at Xi's invitation"),
    // so the name must follow a word of going or being somewhere and be followed by no noun; it
    // is nobody the article names in full ("at Vučić's." after "Aleksandar Vučić" stays his).
    {
        std::unordered_map<std::uint64_t, std::int32_t> longestPersonNameEndingIn;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Person) {
                std::int32_t& longest = longestPersonNameEndingIn[tf[size_t(s.endToken - 1)].key];
                longest = std::max(longest, s.endToken - s.firstToken);
            }
        auto noNounAfter = [&](std::int32_t t) {
            if (t >= std::int32_t(tokens.size()) || sentenceOf[size_t(t)] != sentenceOf[size_t(t - 1)])
                return true;
            if (tf[size_t(t)].flags & Punctuation) // not a quote: 'Froomkin's "White House Briefing"'
                return word(t).size() == 1 && QStringView(u".,!?;:)").contains(word(t)[0]);
            if (capitalised(t)) // "Del Frisco's Philadelphia": a branch's town
                return (unit(t) & kTownNames) && !has(unit(t), Category::Common);
            return isOneOf(t, m_patterns->afterShopPossessive);
        };
        bool found = false;
        for (std::int32_t t = 2; t < std::int32_t(tokens.size()); ++t) {
            if (tokens[size_t(t)].length() != 2 || !isPossessive(word(t)) || !noNounAfter(t + 1))
                continue;
            const int owner = spans.ownerOf(t - 1);
            if (owner < 0)
                continue;
            const TokenSpan& o = spans.spans()[size_t(owner)];
            // A place the tagger saw in an unknown name is the shop too ("at Max's are great"),
            // not a known one ("from Chicago's").
            if ((o.type == EntityType::Location
                    && (phraseCategories(facts, o.firstToken, o.endToken) & kLocationMask))
                || o.endToken != t || o.firstToken == 0
                || !isOneOf(o.firstToken - 1, m_patterns->beforeShopPossessive)
                || (tf[size_t(o.firstToken - 1)].flags & Capitalized)
                || longestPersonNameEndingIn[tf[size_t(t - 1)].key] > o.endToken - o.firstToken
                || (o.endToken - o.firstToken == 1 && has(unit(t - 1), Category::Common)))
                continue;
            // The tagger's organisation stays one ("at Trader Joe's"); a person is the place.
            spans.replaceOverlapping({ o.firstToken, t + 1,
                o.type == EntityType::Organization ? EntityType::Organization : EntityType::Location });
            found = true;
        }
        if (found)
            spans.reindex();
    }

    // 0. Exact gazetteer evidence settles the type when it names one kind of entity only
    //    ("EU" is an organisation, "Serbia" a place), whatever the tagger guessed.
    auto gazetteerType = [&](std::int32_t first, std::int32_t end) -> std::optional<EntityType> {
        const CategoryMask mask = phraseCategories(facts, first, end);
        const bool place = mask & (maskOf(Category::Country) | maskOf(Category::Place));
        const bool organisation = mask & maskOf(Category::Organization);
        const bool person = mask & maskOf(Category::Person);
        if (place + organisation + person != 1)
            return std::nullopt;
        return place ? EntityType::Location : organisation ? EntityType::Organization : EntityType::Person;
    };
    // Where the gazetteer's person is only one reading of a name, the tagger reads the other from
    // the context: a famous person's name that is also a word ("the Court ruled": Margaret Court;
    // "Park"), and inside a sentence a one-word name that also names a place or an institution
    // after him ("Linda Bilmes of Harvard", "here we are in Manson", "the Midas store") or a
    // saint's name ("the redevelopment of St. Thomas"). Opening a sentence the person is more
    // likely to act ("Edison invented the bulb", "St. Thomas doubted").
    auto taggerReadsTheOtherKind = [&](const TokenSpan& s, EntityType type) {
        if (type != EntityType::Person)
            return false;
        const CategoryMask mask = phraseCategories(facts, s.firstToken, s.endToken);
        const bool inside = !(tf[size_t(s.firstToken)].flags & SentenceStart);
        return (mask
                   & (maskOf(Category::Common) | maskOf(Category::OrgKeyword) | maskOf(Category::LocKeyword)))
            || (inside && s.endToken - s.firstToken == 1 && s.type != EntityType::Person)
            || (inside && isCapitalisedOneOf(s.firstToken, m_patterns->saintWords));
    };
    for (TokenSpan& s : spans.spans())
        if (const auto type = gazetteerType(s.firstToken, s.endToken);
            type && !taggerReadsTheOtherKind(s, *type))
            s.type = *type;

    // The span covering exactly the tokens [from, to), or -1.
    auto spanExactly = [&](std::int32_t from, std::int32_t to) {
        const int owner = spans.ownerOf(from);
        return owner >= 0 && spans.spans()[size_t(owner)].firstToken == from
                && spans.spans()[size_t(owner)].endToken == to
            ? owner
            : -1;
    };
    // Whether a person's name, as the spans stand now, starts or ends at token `t`.
    auto personStartsAt = [&](std::int32_t t) {
        const int owner = t < std::int32_t(tokens.size()) ? spans.ownerOf(t) : -1;
        return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person
            && spans.spans()[size_t(owner)].firstToken == t;
    };
    auto personEndsAt = [&](std::int32_t t) {
        const int owner = t >= 0 ? spans.ownerOf(t) : -1;
        return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person
            && spans.spans()[size_t(owner)].endToken == t + 1;
    };
    // Whether a span reaches over [first, end) on either side: a rule naming that range would cut
    // through the tagger's decision.
    auto crossedBySpan = [&](std::int32_t first, std::int32_t end) {
        for (std::int32_t t = first; t < end; ++t) {
            const int owner = spans.ownerOf(t);
            if (owner >= 0
                && (spans.spans()[size_t(owner)].firstToken < first
                    || spans.spans()[size_t(owner)].endToken > end))
                return true;
        }
        return false;
    };
    // Names the words [first, end) as `type`: retypes the span that covers exactly them, or puts a
    // new span over what lies inside them unless a span reaches over their edges. True when a span
    // was added (the caller reindexes).
    auto nameAs = [&](std::int32_t first, std::int32_t end, EntityType type) {
        if (const int exact = spanExactly(first, end); exact >= 0) {
            spans.spans()[size_t(exact)].type = type;
            return false;
        }
        if (crossedBySpan(first, end))
            return false;
        spans.replaceOverlapping({ first, end, type });
        return true;
    };
    // The words of the article's person names of two words or more, as the spans stand now: such
    // a word names a person here ("Ford" after "Harrison Ford", "Trump" after "Donald Trump").
    // The words of people named with two or more words apart ("Harrison Ford"); a compound the
    // tagger read as a person says little ("Kroger-Albertsons merger").
    auto personNameWords = [&] {
        std::unordered_set<std::uint64_t> words;
        for (const TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Person || s.endToken - s.firstToken < 2)
                continue;
            bool apart = false;
            for (std::int32_t t = s.firstToken + 1; t < s.endToken && !apart; ++t)
                apart = tokens[size_t(t)].begin > tokens[size_t(t - 1)].end;
            if (apart)
                for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
                    words.insert(tf[size_t(t)].key);
        }
        return words;
    };

    // A capital letter and a period may end a sentence ("... the Model 3 and Model Y. Elon Musk
    // said"), which the tokenizer reads as an initial: a person's name does not open with a
    // dictionary word before its initial ("Harry S. Truman" opens with a given name).
    {
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Person || s.endToken - s.firstToken < 4)
                continue;
            for (std::int32_t k = s.firstToken + 1; k + 2 < s.endToken; ++k) {
                const QStringView w = word(k);
                if (w.size() != 2 || w[1] != u'.' || !w[0].isUpper())
                    continue;
                bool words = true;
                for (std::int32_t t = s.firstToken; t < k && words; ++t)
                    words = has(unit(t), Category::Common)
                        && !(unit(t) & (maskOf(Category::FirstName) | maskOf(Category::Surname)));
                if (words) {
                    s.firstToken = k + 1;
                    changed = true;
                }
                break;
            }
        }
        if (changed)
            spans.reindex();
    }

    // Capitalised names joined by an ampersand name a firm: "Procter & Gamble", "Ernst & Young",
    // "Florida Power & Light" — unless the gazetteer knows a place ("Bosnia & Herzegovina"), both
    // sides are just first names ("Tom & Jerry") or days ("Saturday & Sunday").
    for (std::int32_t t = 1; t + 1 < std::int32_t(tokens.size()); ++t) {
        if (word(t) != u"&" || !capitalised(t - 1) || !capitalised(t + 1)
            || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)])
            continue;
        std::int32_t first = t - 1, end = t + 2;
        while (first > 0 && t - first < 3 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
            && capitalised(first - 1) && !has(unit(first - 1), Category::Title))
            --first;
        while (
            (tf[size_t(first)].flags & SentenceStart) && has(unit(first), Category::Common) && first < t - 1)
            ++first;
        while (end < std::int32_t(tokens.size()) && end - t < 3
            && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
            && !isConnector(word(end)))
            ++end;
        // (Many given names are surnames too: "Steve & Anne".)
        auto firstNameOnly = [&](std::int32_t k) { return has(unit(k), Category::FirstName); };
        // A name, not a phrase of dictionary words ("Social Science & Medicine") or letters ("D & D").
        bool nameWord = false;
        for (std::int32_t k = first; k < end; ++k)
            nameWord = nameWord || (k != t && !has(unit(k), Category::Common));
        // Authors cited with their year are people: "(Carrano & Biewener, 2014)", "Dye & Bavelier
        // 2010".
        const bool citation = end < std::int32_t(tokens.size())
            && (isYear(end) || ((word(end) == u"," || word(end) == u"(") && isYear(end + 1)));
        if (citation || !nameWord || tokens[size_t(t - 1)].length() < 2 || tokens[size_t(t + 1)].length() < 2
            || (phraseCategories(facts, first, end) & kLocationMask)
            || (unit(t - 1) & kLocationMask && unit(t + 1) & kLocationMask)
            || (first == t - 1 && end == t + 2 && firstNameOnly(t - 1) && firstNameOnly(t + 1)
                && !(end < std::int32_t(tokens.size()) && isPossessive(word(end))
                    && tokens[size_t(end)].begin == tokens[size_t(end - 1)].end)) // not "Ben & Jerry's"
            || isOneOf(t - 1, m_patterns->calendarWords) || isOneOf(t + 1, m_patterns->calendarWords))
            continue;
        if (!crossedBySpan(first, end))
            spans.replaceOverlapping({ first, end, EntityType::Organization });
    }
    spans.reindex();

    // A person's name before "of" is no part of an organisation the tagger read over both
    // ("Nitish Kumar of Janata Dal"): two or more capitalised words, none a dictionary word, head
    // word, title or place, ending in a known surname or opening with a known given name ("Friends
    // of the Earth", "Bank of America" stay whole).
    {
        bool changed = false;
        const size_t n = spans.spans().size();
        for (size_t k = 0; k < n; ++k) {
            const TokenSpan s = spans.spans()[k];
            if (s.type != EntityType::Organization)
                continue;
            std::int32_t of = s.firstToken + 2;
            while (of + 1 < s.endToken && word(of) != u"of")
                ++of;
            if (of + 1 >= s.endToken)
                continue;
            bool personLike = true;
            for (std::int32_t t = s.firstToken; t < of && personLike; ++t)
                personLike
                    = capitalised(t) && !(unit(t) & kNotAPersonsWord) && !(tf[size_t(t)].flags & AllCaps);
            if (!personLike
                || !(has(unit(of - 1), Category::Surname) || has(unit(s.firstToken), Category::FirstName)))
                continue;
            const std::int32_t rest = word(of + 1) == u"the" ? of + 2 : of + 1;
            if (rest >= s.endToken)
                continue;
            spans.spans()[k] = { rest, s.endToken, EntityType::Organization };
            spans.add({ s.firstToken, of, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // 1. Organisation names built on a head word: a capitalised run holding an ORG_KEYWORD.
    //    Headlines capitalise every word, so the rule is not used there.
    const std::vector<bool> headline = findHeadlines(text, tokenized, facts);
    auto organisationRun = [&](std::int32_t first, std::int32_t end) {
        auto isHeadWord = [&](std::int32_t t) {
            return has(unit(t), Category::OrgKeyword) || isOneOf(t, m_patterns->ruleHeadWords);
        };
        // Leading sentence-initial function words and titles are not part of the name, nor a
        // sentence-initial dictionary word before "of" ("Shares of JPMorgan Chase & Co."). A title
        // word joined by "and" or before a head word that more words follow is the name's own
        // ("Justice and Development Party", "Executive Council of Australian Jewry"; not
        // "Executive Committee" alone).
        while (first < end
            && (word(first) == u"The" || word(first) == u"A"
                || (has(unit(first), Category::Title) && !(first + 1 < end && word(first + 1) == u"and")
                    && !(first + 2 < end && has(unit(first + 1), Category::OrgKeyword)))
                || has(unit(first), Category::NonEntity)
                || ((tf[size_t(first)].flags & SentenceStart) && has(unit(first), Category::Common)
                    && !has(unit(first), Category::OrgKeyword) && first + 1 < end && word(first + 1) == u"of")
                // ... nor a preposition opening the sentence: "In Donetsk Oblast, fighting raged"
                || ((tf[size_t(first)].flags & SentenceStart) && !(tf[size_t(first)].flags & AllCaps)
                    && isOneOf(first, m_patterns->functionWords)
                    && !isOneOf(first, m_patterns->givenNameWords))))
            ++first;
        // A legal form opening the run closes the name before it: "Google, Inc. of Mountain View".
        while (first + 1 < end && isOneOf(first, m_patterns->legalForms) && word(first + 1) == u"of"
            && word(first) != u"Corporation" && word(first) != u"Limited")
            first += 2;
        while (first < end && isConnector(word(first)))
            ++first;
        // The pattern reads on over an abbreviation's period ("Gen."), and so over a sentence's
        // last one: "... Police Department. The case ..." ends at "Department".
        if (first < end)
            end = std::min(end, tokenized.sentences[size_t(sentenceOf[size_t(first)])].endToken);
        // Nor trailing dates ("Group on Tuesday") and connectors.
        while (end > first
            && (isConnector(word(end - 1)) || (tf[size_t(end - 1)].flags & Punctuation)
                || has(unit(end - 1), Category::NonEntity)))
            --end;
        // A role held in an organisation the tagger found is no part of its name ("a Fellow of
        // the Royal Society", "Co-founder of Google", "councillor Wu Chi-wai of the Democratic
        // Party"): words before "of" with no head word and no name the tagger found, before the
        // tagger's organisation. Nor is a word opening a sentence before it that the article
        // writes nowhere else with a capital ("Allow Parliament's views to evolve").
        auto taggersOrganisation = [&](std::int32_t from, std::int32_t to) {
            const int owner = spanExactly(from, to);
            return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Organization;
        };
        for (std::int32_t c = first + 1; c + 1 < end; ++c) {
            if (word(c) != u"of")
                continue;
            bool role = true;
            for (std::int32_t k = first; k < c && role; ++k) {
                const int owner = spans.ownerOf(k);
                // ("Co" of "Co-founder" heads no name)
                const bool compound = k + 1 < c && tightHyphen(k + 1);
                role = (compound
                           || (!has(unit(k), Category::OrgKeyword) && !isOneOf(k, m_patterns->ruleHeadWords)))
                    && !has(unit(k), Category::Demonym)
                    && (owner < 0 || spans.spans()[size_t(owner)].type == EntityType::Person);
            }
            const std::int32_t rest = word(c + 1) == u"the" ? c + 2 : c + 1;
            if (role && rest < end && taggersOrganisation(rest, end)) {
                first = rest;
            } else if (role && rest < end && c - first >= 2 && c - first <= 3) {
                // Two or three names no list knows before "of" and the head word after it: the
                // person quoted and the firm, "said Koji Endo of SBI Securities".
                bool unknownNames = true;
                for (std::int32_t k = first; k < c && unknownNames; ++k)
                    unknownNames = (tf[size_t(k)].flags & Capitalized) && !(tf[size_t(k)].flags & AllCaps)
                        && !(unit(k) & kNotAPersonsWord) && spans.ownerOf(k) < 0;
                bool headAfter = false;
                for (std::int32_t k = rest; k < end && !headAfter; ++k)
                    headAfter = has(unit(k), Category::OrgKeyword) || isOneOf(k, m_patterns->ruleHeadWords);
                if (unknownNames && headAfter) {
                    spans.add({ first, c, EntityType::Person });
                    first = rest;
                }
            }
            break;
        }
        if (first + 1 < end && has(unit(first), Category::Common) && !has(unit(first), Category::OrgKeyword)
            && !has(unit(first), Category::Demonym) && !isOneOf(first, m_patterns->ruleHeadWords)
            && (tf[size_t(first)].flags & SentenceStart)
            && !(tf[size_t(first)].flags & CapitalizedMidSentenceElsewhere)
            && taggersOrganisation(first + 1, end))
            ++first;
        // Nor a person the tagger found right after the tagger's organisation: "Psychology major
        // at University of Texas Arlington Amneh Jafari".
        for (std::int32_t c = first + 1; c + 1 < end; ++c) {
            const int owner = spans.ownerOf(c);
            if (owner >= 0 && spans.spans()[size_t(owner)].firstToken == c
                && spans.spans()[size_t(owner)].endToken == end
                && spans.spans()[size_t(owner)].type == EntityType::Person && end - c >= 2
                && spans.ownerOf(c - 1) >= 0
                && spans.spans()[size_t(spans.ownerOf(c - 1))].type == EntityType::Organization) {
                end = c;
                break;
            }
        }
        // A person named before "of" is not part of the organisation ("Tomas Lindqvist of the
        // European Commission").
        for (std::int32_t c = first + 1; c < end; ++c) {
            if (word(c) != u"of" && word(c) != u"for" && word(c) != u"at")
                continue;
            const int owner = spans.ownerOf(c - 1);
            if (owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person
                && spans.spans()[size_t(owner)].firstToken >= first) {
                first = c + 1;
                while (first < end && isConnector(word(first)))
                    ++first;
            }
        }
        // Nor the leader the organisation is "of", or a title before a name ("the Justice and
        // Development Party of President Recep Tayyip Erdogan", "Police Chief Wayne Jerman").
        auto personsUpToEnd = [&](std::int32_t k) {
            bool person = false;
            while (k < end) {
                if (has(unit(k), Category::Title) || (person && (word(k) == u"and" || word(k) == u","))) {
                    ++k;
                    continue;
                }
                // After the first person, any name: "of N. Chandrababu Naidu and Nitish Kumar".
                const int owner = spans.ownerOf(k);
                if (owner < 0 || spans.spans()[size_t(owner)].firstToken != k
                    || (!person && spans.spans()[size_t(owner)].type != EntityType::Person))
                    return false;
                k = spans.spans()[size_t(owner)].endToken;
                person = true;
            }
            return person && k == end;
        };
        for (std::int32_t c = first + 1; c < end; ++c) {
            if ((word(c) == u"of" && personsUpToEnd(c + 1))
                || (has(unit(c), Category::Title) && !has(unit(c - 1), Category::Title)
                    && personsUpToEnd(c))) {
                end = c;
                break;
            }
        }
        // Nor the country of a name that a place already locates: "the University of Sheffield of
        // the UK", "Colorado State University of the US" ("the State University of New York" and
        // "the Communist Party of the Soviet Union" name no place before).
        for (std::int32_t c = end - 2; c > first; --c) {
            if (word(c) != u"of")
                continue;
            const std::int32_t country = word(c + 1) == u"the" ? c + 2 : c + 1;
            const int tagged = country < end ? spanExactly(country, end) : -1;
            if (country >= end
                || !((phraseCategories(facts, country, end) & maskOf(Category::Country))
                    || (tagged >= 0 && spans.spans()[size_t(tagged)].type == EntityType::Location
                        && (tf[size_t(country)].flags & AllCaps))))
                break;
            bool located = false;
            for (std::int32_t t = first; t < c && !located; ++t)
                located = (unit(t) & kTownNames) && !has(unit(t), Category::Common) && capitalised(t);
            if (located)
                end = c;
            break;
        }
        // Nor the street or town where a branch is: "Lovely Nails on Military Road", "Joe's Pizza on
        // Main St.", "Starbucks on Bleecker Street" ("the Council on Foreign Relations" names none).
        for (std::int32_t c = first + 1; c + 1 < end; ++c) {
            if (word(c) != u"on")
                continue;
            const QStringView last = word(end - 1);
            if (has(unit(end - 1), Category::LocKeyword) || last == u"St." || last == u"Rd."
                || last == u"Ave." || last == u"Blvd." || (phraseCategories(facts, c + 1, end) & kTownNames))
                end = c;
            break;
        }
        // Nor the town or person before "on" when only the part after it has a head word: "flew
        // to Atlanta on Southwest Airlines", "Obama on Fox News" ("the Council on Foreign
        // Relations" and "Committee on Ways and Means" have theirs before "on").
        for (std::int32_t c = first + 1; c + 2 < end; ++c) {
            if (word(c) != u"on")
                continue;
            bool headBefore = false;
            for (std::int32_t k = first; k < c && !headBefore; ++k)
                headBefore = isHeadWord(k);
            const int owner = spanExactly(first, c);
            const bool name = (phraseCategories(facts, first, c) & kLocationMask)
                || (owner >= 0 && spans.spans()[size_t(owner)].type != EntityType::Organization);
            if (!headBefore && name)
                first = c + 1;
            break;
        }
        // Nor a person the tagger found listed before it: "Christina Koch and Canadian Space Agency
        // astronaut Jeremy Hansen".
        for (std::int32_t c = first + 2; c + 1 < end; ++c) {
            if (word(c) != u"and")
                continue;
            if (const int before = spanExactly(first, c);
                before >= 0 && spans.spans()[size_t(before)].type == EntityType::Person)
                first = c + 1;
            break;
        }
        // Nor a place listed after it: "the European Union and China".
        for (std::int32_t c = first + 1; c + 1 < end; ++c) {
            if (word(c) != u"and")
                continue;
            const int after = spanExactly(c + 1, end);
            if ((after >= 0 && spans.spans()[size_t(after)].type == EntityType::Location)
                || (phraseCategories(facts, c + 1, end)
                    & (maskOf(Category::Country) | maskOf(Category::City)))) {
                end = c;
                break;
            }
        }
        if (end - first < 2 || sentenceOf[size_t(first)] != sentenceOf[size_t(end - 1)])
            return;
        // The head word must close the name ("Xinhua News Agency"), be followed by a connector
        // ("Ministry of Defense", "Committee of Shandong Province") or open it ("Radio Free Europe").
        int keyword = -1;
        bool headPlaced = false;
        for (std::int32_t t = first; t < end; ++t) {
            if (!isHeadWord(t) || !capitalised(t))
                continue;
            keyword = t;
            const bool beforeConnector = t + 1 < end && isConnector(word(t + 1));
            headPlaced = headPlaced || beforeConnector || t == end - 1
                || (t == first && !has(unit(end - 1), Category::LocKeyword));
        }
        // A president's administration is his government, no organisation's name ("the Trump
        // Administration"): a name before it, not words ("the Food and Drug Administration",
        // "the Maritime Administration").
        if (keyword > first && keyword == end - 1 && word(keyword) == u"Administration") {
            const int owner = spans.ownerOf(keyword - 1);
            if ((owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person)
                || (keyword - first == 1 && !has(unit(first), Category::Common)))
                return;
        }
        // Theatres or hotels after names joined by "and" are that many venues, not a chain: "the
        // Fox and Paramount Theaters" ("AMC Theatres" is one).
        if (keyword == end - 1 && isCapitalisedOneOf(keyword, m_patterns->venueChains))
            for (std::int32_t k = first + 1; k < keyword; ++k)
                if (word(k) == u"and" || word(k) == u"&")
                    return;
        // A legal form alone names nothing: "Co-chair Toshiyuki Mimaki" left "Co".
        std::int32_t lastWordEnd = end;
        while (lastWordEnd > first && (tf[size_t(lastWordEnd - 1)].flags & Punctuation))
            --lastWordEnd;
        if (lastWordEnd - first == 1 && isOneOf(first, m_patterns->legalForms))
            return;
        // Place names built the same way: "Sea of Japan", "Shandong Province", "Yangtze River".
        // A zone named for what is done in it is a territory: "Lekki Free Trade Zone", "Shenzhen
        // Special Economic Zone" (not a business's "Comfort Zone").
        const bool zone
            = end - first >= 2 && word(end - 1) == u"Zone" && isOneOf(end - 2, m_patterns->zoneKinds);
        const bool placeHead
            = (has(unit(end - 1), Category::LocKeyword) || isOneOf(end - 1, m_patterns->ruleLocHeads)
                || (has(unit(first), Category::LocKeyword) && isConnector(word(first + 1))) || zone);
        EntityType type = EntityType::Organization;
        if (keyword < 0 || !headPlaced) {
            if (!placeHead || keyword >= 0)
                return;
            // A place's name joins its words with "of" or a Romance particle ("Sea of Japan",
            // "Rio de la Plata"); "on", "for" and "and" join two names ("Manila on Tuesday for
            // Busuanga Island", "Canada on Vancouver Island"), which the gazetteer would know
            // as one ("Trinidad and Tobago").
            for (std::int32_t c = first + 1; c + 1 < end; ++c)
                if (word(c) == u"on" || word(c) == u"for" || word(c) == u"and" || word(c) == u"&")
                    return;
            type = EntityType::Location;
        }
        // A centre named for what happens in it is a venue, a place ("World Trade Center", "VCU
        // Medical Center", "Metro Toronto Convention Centre"); one named for its work is an
        // organisation ("Southern Poverty Law Center", "Pew Research Center").
        const bool centreHead
            = keyword == end - 1 && (word(end - 1) == u"Center" || word(end - 1) == u"Centre");
        const bool venue = centreHead && end - first >= 2 && isOneOf(end - 2, m_patterns->venueWords);
        if (venue)
            type = EntityType::Location;
        if (phraseCategories(facts, first, end) & kLocationMask)
            return; // "Soviet Union", "West Bank": the gazetteer knows better
        // A tagger span of the same extent keeps its type; spans inside the name give way.
        if (const int owner = spanExactly(first, end); owner >= 0) {
            // ...unless it is a venue, or a closing head word says organisation and the tagger's
            // other type was only inherited: from a span split at a possessive, or from a leading
            // place name ("China Analysis Center"; "Compaq Center" keeps the tagger's place).
            auto leadingPlaceName = [&] { // "Los Angeles Times"
                for (auto m = matchesFrom(facts, first); m != facts.matches.end() && m->firstToken == first;
                     ++m)
                    if (m->endToken < end && (m->categories & kLocationMask))
                        return true;
                return false;
            };
            const bool inherited = std::find(splitParts.begin(), splitParts.end(), std::make_pair(first, end))
                    != splitParts.end()
                || (unit(first) & kLocationMask) != 0 || leadingPlaceName();
            // ... or from the head word's own reading as a town ("Metropolitan Police": Police is a
            // town in Poland).
            // A centre is also a venue, which the tagger may rightly call a place ("Compaq Center").
            const bool headIsTown
                = (unit(end - 1) & kLocationMask) && !(unit(first) & kLocationMask) && !centreHead;
            // ... or a person's: no one's name ends in "Motorsports" or "Insurance" ("Malcolm Smith
            // Motorsports"), though "Gabrielle Union" and "Emily Post" do end in head words.
            const bool personsName = spans.spans()[size_t(owner)].type == EntityType::Person
                && !(unit(end - 1) & (maskOf(Category::Surname) | maskOf(Category::FirstName)));
            // No one's name opens with "Compañía" or "Grupo" either, nor a place's ("Banco Galicia").
            const bool firmsFirstWord = type == EntityType::Organization
                && spans.spans()[size_t(owner)].type != EntityType::Organization
                && isOneOf(first, m_patterns->firmFirstWords);
            const bool nature = type == EntityType::Location && isOneOf(end - 1, m_patterns->naturalLocHeads);
            if (venue || firmsFirstWord || nature || zone
                || (type == EntityType::Organization && keyword == end - 1
                    && (inherited || headIsTown || personsName)))
                spans.spans()[size_t(owner)].type = type;
            return;
        }
        if (!crossedBySpan(first, end)) // else leave the tagger's decision
            spans.replaceOverlapping({ first, end, type });
    };
    // Where each pattern can start.
    std::vector<qsizetype> capitalisedStarts, titleStarts, acronymSentenceStarts, lineStarts;
    {
        std::vector<bool> sentenceHasAcronym(tokenized.sentences.size(), false);
        // A run of one word names no organisation, so the run pattern is only tried where a word
        // can follow: a capital, a digit or a connector after spaces, or anything touching the word.
        auto runGoesOn = [&](size_t t) {
            if (t + 1 >= tokens.size() || tokens[t].end == tokens[t + 1].begin)
                return t + 1 < tokens.size();
            for (qsizetype c = tokens[t].end; c < tokens[t + 1].begin; ++c)
                if (text[c] != u' ' && text[c] != u'\t')
                    return false;
            const QChar next = text[tokens[t + 1].begin];
            if (next.isUpper() || next.isDigit() || next == u'&')
                return true;
            const QStringView w = text.mid(tokens[t + 1].begin, tokens[t + 1].length());
            return w == u"of" || w == u"for" || w == u"on" || w == u"de" || w == u"du" || w == u"des"
                || w == u"di" || w == u"del" || w == u"la" || w == u"le" || w == u"f\u00FCr" || w == u"and";
        };
        for (size_t t = 0; t < tokens.size(); ++t) {
            const QChar first = text[tokens[t].begin];
            if ((first.isUpper() || first.isDigit()) && runGoesOn(t))
                capitalisedStarts.push_back(tokens[t].begin);
            if (first.isUpper() && (t == 0 || lineBreakBefore(std::int32_t(t))))
                lineStarts.push_back(tokens[t].begin);
            if (isOneOf(std::int32_t(t), m_patterns->titleFirstWords)
                && !(first.isLower() && isOneOf(std::int32_t(t), m_patterns->adjectiveTitles)))
                titleStarts.push_back(tokens[t].begin);
            if (first == u'(' && t + 1 < tokens.size()) {
                // The acronym may be quoted: "Khalid Shaikh Mohammed (\"KSM\")".
                size_t inside = t + 1;
                const QChar opening = text[tokens[inside].begin];
                if ((opening == u'"' || opening == u'\u201C') && inside + 1 < tokens.size())
                    ++inside;
                if (text[tokens[inside].begin].isUpper())
                    sentenceHasAcronym[size_t(sentenceOf[t])] = true;
            }
        }
        for (size_t t = 0; t < tokens.size(); ++t)
            if (sentenceHasAcronym[size_t(sentenceOf[t])] && text[tokens[t].begin].isUpper())
                acronymSentenceStarts.push_back(tokens[t].begin);
    }

    auto visitRun = [&](qsizetype from, qsizetype to) {
        auto [first, end] = tokensWithin(tokenized, from, to);
        // "Ex-Fox Corp executive": the prefix describes the person, the name follows it; so does
        // a role written with "Co-" ("Co-owner Sir Jim Ratcliffe").
        if (end - first >= 4 && capitalisedPrefix(first) && tightHyphen(first + 1)
            && (exPrefix(first) || ownName(first + 2))) // (not "the Anti-Fraud Centre")
            first += 2;
        else if (end - first >= 4 && roleWithCo(first) && !word(first + 2).startsWith(u"op"))
            first += 3; // (not "Co-op Bank", "Co-operative Group")
        while (end > first + 1 && word(end - 1) == u".")
            --end; // the period closing the sentence, read with its last word ("Company.")
        // A legal form closes the name before "for" or "on": "sold to Blackstone Inc for C$7
        // billion" ("of" may go on: "Standard Oil Co. of New Jersey").
        for (std::int32_t k = first + 1; k + 1 < end; ++k)
            if ((tf[size_t(k + 1)].flags & Lowercase) && (word(k + 1) == u"for" || word(k + 1) == u"on")
                && isCapitalisedOneOf(k, m_patterns->legalForms)) {
                end = k + 1;
                break;
            }
        // Nor in a shouted sentence ("DO NOT USE THIS COMPANY", "ON 17th STREET").
        if (first >= end || headline[size_t(sentenceOf[size_t(first)])]
            || tf[size_t(first)].sentenceCasing == SentenceCasing::AllCaps)
            return;
        // "US and European Union", "China Media Group and Xinhua News Agency": two names, when
        // the part before "and" is a name of its own. A dictionary word opening the sentence
        // before "of" is no part of either ("Shares of Grupo Financiero Galicia and YPF").
        const std::int32_t namesFrom = end - first > 3 && (tf[size_t(first)].flags & SentenceStart)
                && has(unit(first), Category::Common) && !has(unit(first), Category::OrgKeyword)
                && word(first + 1) == u"of"
            ? first + 2
            : first;
        const bool organisationListedBefore = first >= 2 && word(first - 1) == u"," && [&] {
            const int owner = spans.ownerOf(first - 2);
            return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Organization
                && spans.spans()[size_t(owner)].endToken == first - 1;
        }();
        // Initials that may name an organisation: "YPF", "ENA" (not "CEO").
        auto initials = [&](std::int32_t k) {
            return (tf[size_t(k)].flags & AllCaps) && tokens[size_t(k)].length() >= 2
                && tokens[size_t(k)].length() <= 5 && !has(unit(k), Category::NonEntity);
        };
        for (std::int32_t t = namesFrom + 1; t + 1 < end; ++t) {
            if (word(t) != u"and" && word(t) != u"&")
                continue;
            // A known company's unit named after it: "Samsung C&T and Cheil Industries"; after an
            // organisation and a comma, by a word too: "Universal Music Group, Sony Music and Warner
            // Music Group".
            auto knownCompanysUnit = [&](std::int32_t from, std::int32_t to) {
                return to - from >= 2 && m_patterns->knownOrganisations.count(keyOf(from, from + 1))
                    && (!has(unit(to - 1), Category::Common) || (from == first && organisationListedBefore));
            };
            // Both sides must be names of their own: "Department of Housing and Urban
            // Development" is one name.
            auto isName = [&](std::int32_t from, std::int32_t to) {
                // One word that is also a title or a dictionary word is no name of its own:
                // "Justice and Development Party".
                if (to - from <= Gazetteer::kMaxPhraseTokens
                    && m_patterns->knownOrganisations.count(keyOf(from, to)))
                    return true; // "Ford and General Motors"
                if (knownCompanysUnit(from, to))
                    return true;
                // A Spanish or Portuguese firm's first word: "Banco Santander and Banco do Brasil".
                if (to - from >= 2 && isOneOf(from, m_patterns->firmFirstWords) && capitalised(from))
                    return true;
                // ... and initials: "YPF and Banco Galicia" (not "R and D").
                if (to - from == 1 && initials(from) && !(tf[size_t(from)].flags & HasDigit)
                    && !has(unit(from), Category::Title))
                    return true;
                if (to - from == 1
                    && (has(unit(from), Category::Title)
                        || (has(unit(from), Category::Common) && !(unit(from) & kLocationMask))))
                    return false;
                // A legal form alone names nothing ("Tiffany and Co"), nor starts a compound word
                // ("Security and Co-operation in Europe").
                if (isOneOf(from, m_patterns->legalForms) && (to - from == 1 || tightHyphen(from + 1)))
                    return false;
                // ... but closes one: "Kroger Co. and Albertsons Cos."
                if (to - from >= 2 && isCapitalisedOneOf(to - 1, m_patterns->legalForms))
                    return true;
                bool name
                    = (phraseCategories(facts, from, to) & (kLocationMask | maskOf(Category::Organization)))
                    != 0;
                for (std::int32_t k = from; k < to; ++k)
                    name = name || has(unit(k), Category::OrgKeyword);
                return name;
            };
            // "Delta Air Lines and United Airlines": capitalised words only before "and", and
            // a head word closing the name after it.
            auto capitalisedOnly = [&](std::int32_t from, std::int32_t to) {
                for (std::int32_t k = from; k < to; ++k)
                    if (!capitalised(k))
                        return false;
                return true;
            };
            const bool plainAnd
                = word(t) == u"and" && capitalisedOnly(first, t) && capitalisedOnly(t + 1, end);
            // The other side must be a name the tagger found on its own ("Bill and Melinda Gates
            // Foundation", "Tawhid and Jihad Group" are one name).
            auto taggerName = [&](std::int32_t from, std::int32_t to) {
                const int owner = spanExactly(from, to);
                return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Organization;
            };
            const bool headClosesRight = plainAnd && has(unit(end - 1), Category::OrgKeyword)
                && end - (t + 1) >= 2 && taggerName(first, t);
            // A company's name the tagger found, closed by a word only companies end in, and
            // two capitalised words after "and" are two companies: "Elliott Management and
            // Starboard Value".
            const bool headClosesLeft = plainAnd && has(unit(t - 1), Category::OrgKeyword) && t - first >= 2
                && (taggerName(t + 1, end)
                    || (end - (t + 1) >= 2 && taggerName(first, t)
                        && (isCapitalisedOneOf(t - 1, m_patterns->companyHeads)
                            || isCapitalisedOneOf(t - 1, m_patterns->legalForms))));
            // "JPMorgan Chase and Bank of America": a side the tagger found as a name of its own
            // counts as a name when it holds a word that is no dictionary word, or a famous name
            // ("Ford Motor"); not so "Urban Development" in "Department of Housing and Urban
            // Development".
            const bool unknownWhole = word(t) == u"and"
                && !(phraseCategories(facts, first, end) & (kLocationMask | maskOf(Category::Organization)));
            auto taggerSpan = [&](std::int32_t from, std::int32_t to) {
                if (!unknownWhole || spanExactly(from, to) < 0)
                    return false;
                for (std::int32_t k = from; k < to; ++k)
                    if (!has(unit(k), Category::Common) || has(unit(k), Category::Person))
                        return true;
                return false;
            };
            // Initials after "and" name a company of their own, and two or more capitalised words
            // before them another: "Grupo Financiero Galicia and YPF".
            const bool initialsAfter = word(t) == u"and" && end - t == 2 && t - namesFrom >= 2
                && capitalisedOnly(namesFrom, t) && !(tf[size_t(t - 1)].flags & AllCaps) // "HEATING and AIR"
                && initials(t + 1);
            if (initialsAfter) {
                organisationRun(namesFrom, t);
                if (spans.isFree(t + 1, t + 2))
                    spans.add({ t + 1, t + 2, EntityType::Organization });
                return;
            }
            // The same last word closing both sides, a head word or the end of a name the tagger
            // found: "Capital Economics and Oxford Economics".
            const bool sameHead = plainAnd && t - first >= 2 && end - (t + 1) >= 2
                && word(end - 1) == word(t - 1)
                && (has(unit(end - 1), Category::OrgKeyword) || taggerName(first, t)
                    || taggerName(t + 1, end));
            if (sameHead
                || ((isName(namesFrom, t) || headClosesRight || taggerSpan(first, t))
                    && (isName(t + 1, end) || headClosesLeft || taggerSpan(t + 1, end)))) {
                // One organisation the tagger found over both is two ("Lakemoor Bank and Capital
                // Economics"), unless the lists know the whole ("Bosnia and Herzegovina").
                const int taggers = spanExactly(namesFrom, end);
                // ("&" joins words inside a name: "Risk Management & Trading Corp.")
                const bool splitTaggers = taggers >= 0 && word(t) == u"and"
                    && !(t - namesFrom == 1 && has(unit(namesFrom), Category::FirstName))
                    && spans.spans()[size_t(taggers)].type == EntityType::Organization
                    && !(phraseCategories(facts, namesFrom, end)
                        & (kLocationMask | maskOf(Category::Organization)));
                if (splitTaggers)
                    spans.remove(taggers);
                organisationRun(first, t);
                if (knownCompanysUnit(first, t) && spans.isFree(first, t))
                    spans.add({ first, t, EntityType::Organization });
                organisationRun(t + 1, end);
                if (splitTaggers) {
                    if (spans.isFree(namesFrom, t))
                        spans.add({ namesFrom, t, EntityType::Organization });
                    if (spans.isFree(t + 1, end))
                        spans.add({ t + 1, end, EntityType::Organization });
                }
                return;
            }
        }
        organisationRun(first, end);
    };
    {
        const CapitalisedRunScanner runs(text);
        qsizetype consumedUntil = 0;
        for (const qsizetype position : capitalisedStarts) {
            if (position < consumedUntil)
                continue;
            const qsizetype end = runs.runEnd(position);
            if (end < 0)
                continue;
            consumedUntil = end;
            // A run read on over a sentence's last period ("... physiotherapist, Giacomo Naldi. The
            // World Anti-Doping Agency said") is cut there, and the next sentence is read anew.
            if (const std::int32_t first = tokensWithin(tokenized, position, end).first;
                first < std::int32_t(tokens.size())) {
                const std::int32_t sentenceEnd
                    = tokenized.sentences[size_t(sentenceOf[size_t(first)])].endToken;
                if (sentenceEnd < std::int32_t(tokens.size()) && tokens[size_t(sentenceEnd)].begin < end)
                    consumedUntil = tokens[size_t(sentenceEnd)].begin;
            }
            // (Its two names around "and" are read within the sentence too.)
            visitRun(position, std::min(end, consumedUntil));
        }
    }

    // 2. Names after titles.
    std::vector<std::pair<std::int32_t, std::int32_t>> titledPeople;
    forEachMatchAt(m_patterns->titleThenName, text, titleStarts, [&](const auto& match, const UChar* base) {
        auto [first, end] = tokensWithin(tokenized, startOf(match[1], base), endOf(match[1], base));
        // Titles in a row: "Energy Minister Prince Abdulaziz bin Salman", "Gen. Sir Nick Carter".
        while (first + 1 < end && has(unit(first), Category::Title))
            ++first;
        std::int32_t stop = first;
        while (stop < end) {
            const QStringView w = word(stop);
            const CategoryMask u = unit(stop);
            if (isNameParticle(w) && stop + 1 < end && capitalised(stop + 1)) {
                ++stop;
                continue;
            }
            // A country name right after a given name is a surname ("Rep. Jim Jordan").
            const bool surnameAfterGivenName = stop > first && has(unit(stop - 1), Category::FirstName);
            if (!capitalised(stop) || has(u, Category::Title) || has(u, Category::NonEntity)
                || has(u, Category::Demonym) || has(u, Category::OrgKeyword) || has(u, Category::LocKeyword)
                || isOneOf(stop, m_patterns->ruleLocHeads) // "the Imam Mosque"
                || (has(u, Category::Country) && !surnameAfterGivenName)
                || isOneOf(stop, m_patterns->functionWords)) // "Commander In Chief"
                break;
            ++stop;
        }
        // An elided particle closes the name: "Prof. Patrizia d'Ettorre".
        if (stop > first && stop == end && stop < std::int32_t(tokens.size())
            && sentenceOf[size_t(stop)] == sentenceOf[size_t(first)] && elidedParticleName(stop))
            ++stop;
        if (stop == first || (stop - first == 1 && (tf[size_t(first)].flags & AllCaps)))
            return; // nothing name-like, or an acronym ("President of the EU")
        // Text tokenised with spaces around its hyphens keeps the person the tagger read across
        // one: "Sheikh Hassan Al - Lihabi", "Mr. Mouhamad Said al - Sahaf", "President Lee Teng - hui".
        if (stop + 2 < std::int32_t(tokens.size())
            && (word(stop) == u"-" || (isNameParticle(word(stop)) && word(stop + 1) == u"-"))) {
            const int owner = spans.ownerOf(stop - 1);
            if (owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person
                && spans.spans()[size_t(owner)].endToken > stop + 1)
                stop = spans.spans()[size_t(owner)].endToken;
        }
        const auto [titleFirst, titleEnd]
            = tokensWithin(tokenized, startOf(match[0], base), startOf(match[1], base));
        // After a job title that is no form of address, dictionary words the tagger left alone
        // name a thing of the office, not a person: "Executive Order", "the Executive Branch",
        // "the Analyst Presentation" ("Judge Hand" and "President Trump" stay people).
        bool dictionaryWordsOnly = titleEnd > titleFirst && isOneOf(titleEnd - 1, m_patterns->officeWords),
             tagged = false;
        for (std::int32_t t = first; t < stop; ++t) {
            const CategoryMask u = unit(t);
            dictionaryWordsOnly = dictionaryWordsOnly && has(u, Category::Common)
                && !(u & (kLocationMask | maskOf(Category::Person) | maskOf(Category::Organization)));
            tagged = tagged || spans.ownerOf(t) >= 0;
        }
        if (dictionaryWordsOnly && !tagged)
            return;
        // A name the gazetteer knows only as an organisation is none ("Major Hamas leaders").
        if (gazetteerType(first, stop) == EntityType::Organization
            && !(phraseCategories(facts, first, stop)
                & (maskOf(Category::FirstName) | maskOf(Category::Surname))))
            return;
        // "General" and "Major" before a dictionary word name things: "General Confederation of
        // Labour", "General Electric"; before a surname a person: "General Lee".
        if (titleEnd - titleFirst == 1 && stop - first == 1
            && isCapitalisedOneOf(titleFirst, m_patterns->adjectiveTitles)
            && has(unit(first), Category::Common)
            && !(unit(first)
                & (maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person))))
            return;
        // A place or organisation the tagger read on over the title into the name ends before the
        // title: "Naga City Mayor Nelson Legacion", "General Motors Chief Executive Mary Barra".
        std::optional<TokenSpan> nameBeforeTitle;
        for (std::int32_t t = first; t < stop; ++t) {
            const int o = spans.ownerOf(t);
            if (o < 0)
                continue;
            const TokenSpan s = spans.spans()[size_t(o)];
            if (s.type != EntityType::Person && s.firstToken < titleFirst && s.endToken == stop
                && titleFirst - s.firstToken <= 4 && capitalised(titleFirst - 1)
                && !has(unit(titleFirst - 1), Category::Title)
                && !isCapitalisedOneOf(titleFirst, m_patterns->saintWords) // "Lake St. Louis"
                && !(phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask)) {
                nameBeforeTitle = TokenSpan { s.firstToken, titleFirst, s.type };
                continue;
            }
            // A place or organisation the tagger found that reaches past the name wins
            // ("President Biden Administration"); one within title and name is the tagger's mistake.
            if (s.type != EntityType::Person && (s.endToken > stop || s.firstToken < titleFirst))
                return;
            // A saint's name the tagger read as a place or an institution is its name, not a
            // title and a person: "the redevelopment of St. Thomas", "St. Mary's Hospital".
            if (s.type != EntityType::Person && s.firstToken == titleFirst
                && isCapitalisedOneOf(titleFirst, m_patterns->saintWords))
                return;
            // A title word inside a person's name the tagger read whole, after a given name:
            // "Muhammed Sheikh Khalil" (not after a place's name: "Victoria Premier Jacinta Allan"),
            // and a saint's after any given name, places among them: "Mary St. Clair", "Jill St.
            // John" are surnames, no saints.
            if (s.type == EntityType::Person && s.firstToken < titleFirst && capitalised(titleFirst - 1)) {
                const CategoryMask before = unit(titleFirst - 1);
                const bool givenNameWhole
                    = s.endToken >= stop && !(before & (kLocationMask | maskOf(Category::Organization)));
                const bool saintSurname = s.endToken > titleEnd
                    && isCapitalisedOneOf(titleFirst, m_patterns->saintWords)
                    && has(before, Category::FirstName);
                if (!has(before, Category::Title) && (givenNameWhole || saintSurname))
                    return;
            }
        }
        // The tagger knows no rule-only title and may read its first word as a name: "[County]
        // Executive Frank White".
        if (isOneOf(titleFirst, m_patterns->ruleTitleWords))
            for (std::int32_t t = titleFirst; t < titleEnd; ++t)
                if (const int o = spans.ownerOf(t); o >= 0
                    && spans.spans()[size_t(o)].firstToken >= titleFirst
                    && spans.spans()[size_t(o)].endToken <= titleEnd)
                    spans.remove(o);
        spans.replaceOverlapping({ first, stop, EntityType::Person });
        if (nameBeforeTitle)
            spans.add(*nameBeforeTitle);
        titledPeople.emplace_back(first, stop);
    });

    // Datelines: the place in capitals is a location (a headline-like line of capitals is not
    // trusted to be one: the gazetteer must know the place), the agency an organisation. The
    // place stays one whatever the article's vote ("LIVERPOOL, England" over a story about the
    // club), and says what the same name is after "in" ("BUTLER, Pa. ... in Butler").
    std::vector<std::pair<std::int32_t, std::int32_t>> datelinePlaces;
    forEachMatchAt(m_patterns->dateline, text, lineStarts, [&](const auto& match, const UChar* base) {
        const auto [placeFirst, placeEnd]
            = tokensWithin(tokenized, startOf(match[1], base), endOf(match[1], base));
        // An unknown place with its state or country after it: "BUTLER, Pa. —".
        const auto [regionFirst, regionEnd] = match[2].matched
            ? tokensWithin(tokenized, startOf(match[2], base), endOf(match[2], base))
            : std::pair<std::int32_t, std::int32_t> { 0, 0 };
        const bool regionNamed = regionEnd > regionFirst
            && ((phraseCategories(facts, regionFirst, regionEnd)
                    & (maskOf(Category::Country) | maskOf(Category::Region)))
                || (regionEnd - regionFirst <= 2
                    && isCapitalisedOneOf(regionFirst, m_patterns->stateAbbreviations)));
        if (placeEnd <= placeFirst
            || (!(phraseCategories(facts, placeFirst, placeEnd) & kLocationMask) && !regionNamed))
            return;
        // The tagger may read the dateline and the name after it as one: "PARIS — Simone Biles
        // won"; the name after the dash stays.
        const std::int32_t storyFirst
            = tokensWithin(tokenized, endOf(match[0], base), endOf(match[0], base)).first;
        std::optional<TokenSpan> after;
        for (std::int32_t t = placeFirst; t < storyFirst && t < std::int32_t(tokens.size()); ++t)
            if (const int owner = spans.ownerOf(t);
                owner >= 0 && spans.spans()[size_t(owner)].endToken > storyFirst)
                after = TokenSpan { storyFirst, spans.spans()[size_t(owner)].endToken,
                    spans.spans()[size_t(owner)].type };
        spans.replaceOverlapping({ placeFirst, placeEnd, EntityType::Location });
        datelinePlaces.emplace_back(placeFirst, placeEnd);
        if (regionEnd > regionFirst)
            spans.replaceOverlapping({ regionFirst, regionEnd, EntityType::Location });
        if (match[3].matched) {
            const auto [first, end] = tokensWithin(tokenized, startOf(match[3], base), endOf(match[3], base));
            if (end > first)
                spans.replaceOverlapping({ first, end, EntityType::Organization });
        }
        if (after && spans.isFree(after->firstToken, after->endToken))
            spans.add(*after);
    });

    // 3. Acronyms defined in the text: "Long Name (LN)".
    struct SpelledThing
    {
        QString acronym;
        std::int32_t longFormFirst, longFormEnd;
    };
    std::vector<SpelledThing> spelledThings;
    forEachMatchAt(m_patterns->acronymDefinition, text, acronymSentenceStarts,
        [&](const auto& match, const UChar* base) {
            auto [lfFirst, lfEnd] = tokensWithin(tokenized, startOf(match[1], base), endOf(match[1], base));
            auto [acrFirst, acrEnd] = tokensWithin(tokenized, startOf(match[2], base), endOf(match[2], base));
            if (lfEnd <= lfFirst || acrEnd - acrFirst != 1)
                return;
            // Accept the long form when the acronym spells its capitalised words, one letter each.
            // A connector may give its letter or none: "Economic Community of West African States
            // (ECOWAS)", "National Aeronautics and Space Administration (NASA)", "United Nations
            // Interim Force in Lebanon (UNIFIL)".
            const QString acronym = word(acrFirst).toString().remove(u'-').remove(u'&');
            // The first word of the long form when letters [0, letters) spell the words before
            // `end`, or -1.
            auto spelled = [&](auto&& self, qsizetype letters, std::int32_t end) -> std::int32_t {
                if (letters == 0)
                    return end;
                if (end <= lfFirst)
                    return -1;
                const std::int32_t w = end - 1;
                // A compound's hyphens give no letter, and its lower-case particle may give none:
                // "Pakistan Tehreek-e-Insaf (PTI)".
                if (tightHyphen(w))
                    return self(self, letters, w);
                const bool particle
                    = (tf[size_t(w)].flags & Lowercase) && tightHyphen(w - 1) && tightHyphen(w + 1);
                const bool initialMatches = word(w)[0].toUpper() == acronym[letters - 1];
                if (!isConnector(word(w)) && word(w) != u"in" && !particle)
                    return initialMatches ? self(self, letters - 1, w) : -1;
                if (initialMatches && letters > 1)
                    if (const std::int32_t first = self(self, letters - 1, w); first >= 0)
                        return first;
                return self(self, letters, w);
            };
            const std::int32_t start = spelled(spelled, acronym.size(), lfEnd);
            if (!spans.isFree(acrFirst, acrEnd)) {
                // The tagger took the acronym for a name, but what it spells is none: a thing, a
                // programme or a measure, not a name the tagger or an organisation's head word
                // vouches for ("the Off Balance Sheet Facility ("OBSF")").
                if (start >= 0 && spans.isFree(start, lfEnd) && !has(unit(lfEnd - 1), Category::OrgKeyword)
                    && spanExactly(acrFirst, acrEnd) >= 0)
                    spelledThings.push_back({ word(acrFirst).toString(), start, lfEnd });
                return;
            }
            // A span the long form ends with names the acronym's kind, unless it is only the long
            // form's last words ("Lebanon" of "... Force in Lebanon (UNIFIL)").
            const int owner = spans.ownerOf(lfEnd - 1);
            if (owner >= 0 && spans.spans()[size_t(owner)].endToken == lfEnd
                && (start < 0 || spans.spans()[size_t(owner)].firstToken <= start)) {
                // A person's acronym spells the name's initials; other capitals after a name say
                // something else about the person ("Usain Bolt (JAM)", "Jane Smith (ABC News)").
                const TokenSpan& named = spans.spans()[size_t(owner)];
                if (named.type == EntityType::Person) {
                    const auto [all, withoutParticles] = nameInitials(named);
                    if (acronym != all && acronym != withoutParticles)
                        return;
                }
                spans.add({ acrFirst, acrEnd, named.type });
                return;
            }
            if (start < 0)
                return;
            // The tagger's pieces of the long form give way to it ("State Administration" of
            // "State Administration for Market Regulation (SAMR)").
            if (crossedBySpan(start, lfEnd))
                return;
            // Things are spelled out too: "Compact Fluorescent Light (CFL)", "System Under Test
            // (SUT)". Without a word of the tagger's name in it, the long form must end in an
            // organisation's head word, or the kind of group follows the brackets: "the New Social
            // Contract (NSC) party".
            const bool groupAfter = acrEnd + 1 < std::int32_t(tokens.size()) && word(acrEnd) == u")"
                && (tf[size_t(acrEnd + 1)].flags & Lowercase)
                && isOneOf(acrEnd + 1, m_patterns->groupWordsAfter);
            if (spans.isFree(start, lfEnd) && !has(unit(lfEnd - 1), Category::OrgKeyword) && !groupAfter) {
                spelledThings.push_back({ word(acrFirst).toString(), start, lfEnd });
                return;
            }
            spans.replaceOverlapping({ start, lfEnd, EntityType::Organization });
            spans.add({ acrFirst, acrEnd, EntityType::Organization });
        });

    // A short name in brackets after an organisation's, made of the starts of its words ("the
    // Federal Reserve (Fed)", "the California Department of Forestry and Fire Protection (Cal
    // Fire)") or of their initials in mixed case ("Transport for London (TfL)"), is that
    // organisation's too; capitals alone are the acronym rule's.
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            const TokenSpan s = spans.spans()[i];
            const std::int32_t open = s.endToken;
            if (s.type != EntityType::Organization || open + 2 >= count || word(open) != u"(")
                continue;
            std::int32_t close = open + 1;
            while (close < count && close - open <= 3 && (tf[size_t(close)].flags & Capitalized)
                && !(tf[size_t(close)].flags & AllCaps))
                ++close;
            if (close == open + 1 || close >= count || word(close) != u")" || !spans.isFree(open + 1, close))
                continue;
            // The starts of the name's words, in order, the first from its first word.
            std::int32_t nameWord = s.firstToken;
            bool starts = true;
            for (std::int32_t k = open + 1; k < close && starts; ++k) {
                const QStringView part = word(k);
                auto startsWithPart = [&](std::int32_t w) {
                    return word(w) == part || (part.size() >= 2 && word(w).startsWith(part));
                };
                while (nameWord < s.endToken && !startsWithPart(nameWord))
                    ++nameWord;
                starts = nameWord < s.endToken && (k > open + 1 || nameWord == s.firstToken);
                ++nameWord;
            }
            // ... or the initials of all its words.
            bool initialsOfWords = close == open + 2
                && tokens[size_t(open + 1)].length() == s.endToken - s.firstToken
                && s.endToken - s.firstToken >= 2;
            for (std::int32_t k = s.firstToken; initialsOfWords && k < s.endToken; ++k)
                initialsOfWords = word(k)[0].toLower() == word(open + 1)[k - s.firstToken].toLower();
            if (!starts && !initialsOfWords)
                continue;
            spans.add({ open + 1, close, EntityType::Organization });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A person's initials written together with their dots ("J.K.", "H.R.") open the name after
    // them: "Writer E.B. White", "general H.R. McMaster" (the tagger kept the surname only, or
    // nothing). Not where the initials are a place's or an organisation's ("U.S. Army", "D.C.
    // United", "A.C. Milan"), nor before a place, a dictionary word or a head word, nor in a
    // citation's publisher.
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        auto initials = [&](std::int32_t t) {
            const QStringView w = word(t);
            if (w.size() < 4 || w.size() > 6 || w.size() % 2 != 0 || w == u"P.S." || w == u"N.B.")
                return false; // (a postscript's and a note's letters)
            for (qsizetype i = 0; i < w.size(); i += 2)
                if (!w[i].isUpper() || w[i + 1] != u'.')
                    return false;
            return true;
        };
        for (std::int32_t t = 0; t + 1 < count; ++t) {
            if (!initials(t) || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)]
                || !(tf[size_t(t + 1)].flags & Capitalized) || (tf[size_t(t + 1)].flags & AllCaps)
                || tokens[size_t(t + 1)].length() < 2 // "L.L.C"
                || (unit(t) & (kLocationMask | maskOf(Category::Organization))) || spans.ownerOf(t) >= 0)
                continue;
            const int next = spans.ownerOf(t + 1);
            if (next >= 0) {
                TokenSpan& s = spans.spans()[size_t(next)];
                if (s.type == EntityType::Person && s.firstToken == t + 1) {
                    s.firstToken = t;
                    changed = true;
                }
                continue;
            }
            std::int32_t end = t + 2; // the surname, and a second one that is no head word
            if (end < count && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                && (tf[size_t(end)].flags & Capitalized) && !(tf[size_t(end)].flags & AllCaps)
                && spans.ownerOf(end) < 0)
                ++end;
            const CategoryMask surname = unit(end - 1);
            if ((surname
                    & (kLocationMask | maskOf(Category::Organization) | maskOf(Category::OrgKeyword)
                        | maskOf(Category::LocKeyword) | maskOf(Category::Title) | maskOf(Category::Demonym)))
                || (has(surname, Category::Common) && !has(surname, Category::Surname))
                || (end - t == 3 && (unit(t + 1) & (kLocationMask | maskOf(Category::Common))))
                || (end < count && (tf[size_t(end)].flags & Capitalized))
                || (end + 1 < count && word(end) == u"," && isYear(end + 1))) // "(W.W. Norton, 2019)"
                continue;
            spans.add({ t, end, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // 4. Clean-up: titles cut from the front of person names; demonyms and non-names dropped.
    std::vector<TokenSpan> placesOfTitles;
    for (TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Person)
            continue;
        // A participle opening the sentence is no given name: "Born Frederick Russell Jones in
        // Pittsburgh, ...", "Asked Ms Smith to ...".
        if (s.endToken - s.firstToken >= 3 && (tf[size_t(s.firstToken)].flags & SentenceStart)
            && isOneOf(s.firstToken, m_patterns->openingParticiples))
            ++s.firstToken;
        // Post-nominal letters are no name of their own ("Tom Brown MP" tagged as two people),
        // nor a title's part ("Labour MP Jane Smith"); after a name they stay in it, as in the GUM
        // gold ("Zaha Mohammad Hadid DBE").
        if (s.endToken - s.firstToken == 1 && isPostNominal(word(s.firstToken)))
            s.endToken = s.firstToken;
        if (s.endToken - s.firstToken >= 3 && word(s.firstToken).startsWith(u"M")
            && isPostNominal(word(s.firstToken)))
            ++s.firstToken;
        while (s.firstToken < s.endToken) {
            bool cut = has(unit(s.firstToken), Category::Title);
            for (auto m = matchesFrom(facts, s.firstToken);
                 m != facts.matches.end() && m->firstToken == s.firstToken; ++m)
                if (m->endToken < s.endToken && has(m->categories, Category::Title))
                    cut = true, s.firstToken = m->endToken - 1;
            if (!cut)
                break;
            ++s.firstToken;
        }
        // The rest of an "X of Y" title: "Minister of Defense Hazem Shaalan", "Secretary of
        // State Antony Blinken". Dictionary words after "of" and a title are the office's.
        if (s.firstToken >= 2 && word(s.firstToken - 1) == u"of"
            && has(unit(s.firstToken - 2), Category::Title)) {
            while (s.endToken - s.firstToken > 2 && has(unit(s.firstToken), Category::Common)
                && !has(unit(s.firstToken), Category::FirstName))
                ++s.firstToken;
            // ... and a place after "of" is the office's place: "Governor of Washington Chris
            // Gregoire", "Mayor of London Sadiq Khan".
            std::int32_t placeEnd = s.firstToken;
            for (auto m = matchesFrom(facts, s.firstToken);
                 m != facts.matches.end() && m->firstToken == s.firstToken; ++m)
                if ((m->categories & kLocationMask) && m->endToken < s.endToken)
                    placeEnd = std::max(placeEnd, m->endToken);
            const std::int32_t nameLength = s.endToken - placeEnd;
            if (placeEnd > s.firstToken && capitalised(placeEnd)
                && (nameLength >= 2 || has(unit(placeEnd), Category::FirstName))) {
                placesOfTitles.push_back({ s.firstToken, placeEnd, EntityType::Location });
                s.firstToken = placeEnd;
            }
        }
    }
    // A person's name before an institution's or a place's head word names the institution or
    // the place: "the John F. Kennedy Center", "Martin Luther King Boulevard".
    // ... and before a thing's: "the James Webb Space Telescope", "the Magnitsky Act".
    bool thingsDropped = false;
    for (TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Person)
            continue;
        std::int32_t end = s.endToken;
        while (end < std::int32_t(tokens.size()) && end - s.endToken < 3
            && sentenceOf[size_t(end)] == sentenceOf[size_t(s.firstToken)] && capitalised(end)
            && !(tf[size_t(end)].flags & Punctuation) && !isCapitalisedOneOf(end, m_patterns->thingHeads))
            ++end;
        if (end < std::int32_t(tokens.size()) && isCapitalisedOneOf(end, m_patterns->thingHeads)
            && sentenceOf[size_t(end)] == sentenceOf[size_t(s.firstToken)]) {
            s.endToken = s.firstToken;
            thingsDropped = true;
            continue;
        }
        if (s.endToken - s.firstToken < 2)
            continue;
        // The head word the tagger left out: "James P. Brawley Drive".
        if (const std::int32_t head = s.endToken; head < std::int32_t(tokens.size())
            && sentenceOf[size_t(head)] == sentenceOf[size_t(s.firstToken)]
            && (tf[size_t(head)].flags & Capitalized)
            && (isCapitalisedOneOf(head, m_patterns->venueHeads)
                || isCapitalisedOneOf(head, m_patterns->institutionHeads))
            && !(head + 1 < std::int32_t(tokens.size())
                && sentenceOf[size_t(head + 1)] == sentenceOf[size_t(head)] && capitalised(head + 1))) {
            if (const int owner = spans.ownerOf(head); owner < 0
                || (spans.spans()[size_t(owner)].firstToken == head
                    && spans.spans()[size_t(owner)].endToken == head + 1)) {
                if (owner >= 0)
                    spans.spans()[size_t(owner)].endToken = head, thingsDropped = true;
                s.endToken = head + 1;
            }
        }
        if (isCapitalisedOneOf(s.endToken - 1, m_patterns->institutionHeads))
            s.type = EntityType::Organization;
        else if (isCapitalisedOneOf(s.endToken - 1, m_patterns->venueHeads))
            s.type = EntityType::Location;
    }
    for (const TokenSpan& place : placesOfTitles)
        spans.add(place);
    if (!placesOfTitles.empty() || thingsDropped)
        spans.reindex();
    // A nationality before a company's own name describes it ("the Chinese HeSteel Group"); before
    // dictionary words it is part of the name ("Chinese Foreign Ministry", "Chinese Communist Party").
    for (TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Organization || s.endToken - s.firstToken < 2
            || !has(unit(s.firstToken), Category::Demonym) || (unit(s.firstToken) & kLocationMask)
            || (phraseCategories(facts, s.firstToken, s.endToken) & maskOf(Category::Organization)))
            continue;
        bool ownName = false;
        for (std::int32_t t = s.firstToken + 1; t < s.endToken; ++t)
            ownName = ownName
                || (capitalised(t) && !has(unit(t), Category::Common) && !has(unit(t), Category::OrgKeyword)
                    && !has(unit(t), Category::Demonym) && !(unit(t) & kLocationMask) && !isConnector(word(t))
                    && !looksAdjectival(word(t)) && !looksLikePlural(word(t)));
        if (ownName)
            ++s.firstToken;
    }
    // A country's or region's government is the place ("the US Government"; the annotation
    // conventions count a country standing for its government as a place).
    for (TokenSpan& s : spans.spans())
        if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
            && tf[size_t(s.endToken - 1)].key == m_patterns->governmentWord
            && (phraseCategories(facts, s.firstToken, s.endToken - 1) & kLocationMask
                & ~maskOf(Category::City))) {
            --s.endToken;
            s.type = EntityType::Location;
        }
    // A president's administration is the president ("the Biden Administration"), whatever the
    // tagger made of the two words; an agency has words before its head ("Maritime Administration").
    {
        // "Trump" is also a dictionary word; the article's "Donald Trump" says which it is. The
        // name words are gathered only when such a span turns up.
        std::optional<std::unordered_set<std::uint64_t>> nameWords;
        for (TokenSpan& s : spans.spans()) {
            if (s.endToken - s.firstToken != 2 || word(s.endToken - 1) != u"Administration"
                || (unit(s.firstToken) & (kLocationMask | maskOf(Category::Organization))))
                continue;
            if (has(unit(s.firstToken), Category::Common)) {
                if (!nameWords)
                    nameWords = personNameWords();
                if (!nameWords->count(tf[size_t(s.firstToken)].key))
                    continue;
            }
            --s.endToken;
            s.type = EntityType::Person;
        }
    }
    // A place or organisation does not run into a title: "U.S. District" of "U.S. District Judge
    // Lewis Kaplan" is "U.S.".
    for (TokenSpan& s : spans.spans()) {
        if (s.type == EntityType::Person || s.endToken - s.firstToken < 2)
            continue;
        for (auto m = matchesFrom(facts, s.firstToken + 1);
             m != facts.matches.end() && m->firstToken < s.endToken; ++m)
            if (m->endToken > s.endToken && has(m->categories, Category::Title)
                && capitalised(m->endToken - 1)) {
                s.endToken = m->firstToken;
                break;
            }
    }
    // A field joined by "and" opens the organisation the tagger started after it: "the Disaster
    // and Emergency Management Authority", "the Food and Drug Administration" (a dictionary word,
    // not a name of its own: "Russia and Gazprom Neft" stay two).
    bool fieldsJoined = false;
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type != EntityType::Organization || s.endToken - f < 2 || f < 2 || word(f - 1) != u"and"
            || !has(unit(s.endToken - 1), Category::OrgKeyword)
            || sentenceOf[size_t(f - 2)] != sentenceOf[size_t(f)] || !(tf[size_t(f - 2)].flags & Capitalized)
            || (tf[size_t(f - 2)].flags & AllCaps) || spans.ownerOf(f - 2) >= 0
            || !has(unit(f - 2), Category::Common)
            || (unit(f - 2) & (kLocationMask | maskOf(Category::Title) | maskOf(Category::Demonym)))
            || isCapitalisedOneOf(f - 2, m_patterns->functionWords)
            || (f >= 3 && capitalised(f - 3) && !isCapitalisedOneOf(f - 3, m_patterns->functionWords)))
            continue; // "Epic Games and Match Group": the field word ends another name
        s.firstToken = f - 2;
        fieldsJoined = true;
    }
    if (fieldsJoined)
        spans.reindex();
    // Two organisations whose names both close with a head word are two, whoever joined them:
    // "Renaissance Capital and Coronation Merchant Bank" (not "Department of Housing and Urban
    // Development", whose first part ends in no head word).
    {
        std::vector<TokenSpan> split;
        for (const TokenSpan& s : spans.spans()) {
            std::int32_t and_ = -1;
            for (std::int32_t t = s.firstToken + 2; t + 1 < s.endToken && and_ < 0; ++t)
                if (word(t) == u"and")
                    and_ = t;
            bool capitalisedOnly = and_ >= 0;
            for (std::int32_t t = s.firstToken; t < s.endToken && capitalisedOnly; ++t)
                capitalisedOnly = t == and_ || capitalised(t);
            // The second may also be one word no list knows: "Refugee Council and Care4Calais".
            const bool secondCloses = capitalisedOnly
                && (s.endToken - and_ > 2 ? has(unit(s.endToken - 1), Category::OrgKeyword)
                                          : unit(s.endToken - 1) == 0);
            if (s.type != EntityType::Organization || !capitalisedOnly
                || !has(unit(and_ - 1), Category::OrgKeyword) || !secondCloses) {
                split.push_back(s);
                continue;
            }
            split.push_back({ s.firstToken, and_, s.type });
            split.push_back({ and_ + 1, s.endToken, s.type });
        }
        if (split.size() != spans.spans().size()) {
            spans.spans() = std::move(split);
            spans.reindex();
        }
    }

    // ...nor into the side a leader leads: "Senate" of "Senate Majority Leader John Thune".
    for (TokenSpan& s : spans.spans())
        if (s.type != EntityType::Person && s.endToken - s.firstToken >= 2
            && s.endToken < std::int32_t(tokens.size())
            && (word(s.endToken - 1) == u"Majority" || word(s.endToken - 1) == u"Minority")
            && has(unit(s.endToken), Category::Title))
            --s.endToken;
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        if (s.endToken <= s.firstToken)
            return true;
        const CategoryMask mask = phraseCategories(facts, s.firstToken, s.endToken);
        if (has(mask, Category::NonEntity) || has(mask, Category::Title))
            return true;
        // A word drawn out by repeating a letter is an interjection: "Ummmm", "Hmmmmmm", "Sooo".
        if (s.endToken - s.firstToken == 1) {
            const QStringView w = word(s.firstToken);
            for (qsizetype i = 2; i < w.size(); ++i)
                if (w[i].isLower() && w[i] == w[i - 1] && w[i] == w[i - 2])
                    return true;
        }
        // A piece of a title ("Prime" of "Prime Minister") is no name either, nor a piece of a
        // listed non-name ("World" of "World Cup", "France" of "Tour de France").
        constexpr std::int32_t kLongestTitle = 6; // tokens
        for (auto m = matchesFrom(facts, s.firstToken - kLongestTitle);
             m != facts.matches.end() && m->firstToken <= s.firstToken; ++m)
            if (m->endToken >= s.endToken && m->endToken - m->firstToken > s.endToken - s.firstToken
                && (has(m->categories, Category::Title) || has(m->categories, Category::NonEntity)))
                return true;
        bool punctuationOnly = true;
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
            punctuationOnly = punctuationOnly && (tf[size_t(t)].flags & Punctuation);
        if (punctuationOnly)
            return true;
        // A demonym alone is no mention, unless it is also the name of a country or city; nor is
        // a people's name the gazetteer lacks.
        return (has(mask, Category::Demonym) && !(mask & kLocationMask))
            || (s.endToken - s.firstToken == 1 && isCapitalisedOneOf(s.firstToken, m_patterns->peoples));
    });
    spans.reindex();

    // A name neither starts nor ends with a lower-case word: "of the Communist Party Committee",
    // "Čukaru Peki region". Names written all in lower case (web text) are left as they are.
    // Name particles ("al-Qaeda", "van Gogh") and single letters stay.
    auto isLowerWord = [&](std::int32_t t) {
        const QStringView w = word(t);
        if (w.size() <= 1 || !w[0].isLower() || (tf[size_t(t)].flags & Punctuation) || isNameParticle(w))
            return false;
        if (elidedParticleName(t)) // the name's own
            return false;
        // So is the part of a hyphenated given name, "Yau Wai-ching" (or "Lee Teng - hui" in text
        // tokenised with spaces around its hyphens); a word is not ("Biden-led", "Paris-based").
        const bool joinedByHyphen
            = t >= 2 && word(t - 1) == u"-" && capitalised(t - 2) && !has(unit(t), Category::Common);
        return !joinedByHyphen;
    };
    // Nor does it start or end with punctuation: a dash, comma, quote or bracket ("Jackie Taylor -",
    // ", Inc."). A period may close an abbreviation, "!" and "&" belong to names ("Yahoo!").
    auto isEdgePunctuation = [&](std::int32_t t) {
        const QStringView w = word(t);
        return (tf[size_t(t)].flags & Punctuation) && !w.contains(u'.') && !w.contains(u'!')
            && !w.contains(u'&');
    };
    for (TokenSpan& s : spans.spans()) {
        bool anyCapitalised = false;
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
            anyCapitalised = anyCapitalised || capitalised(t);
        auto trimmable
            = [&](std::int32_t t) { return isEdgePunctuation(t) || (anyCapitalised && isLowerWord(t)); };
        while (s.endToken - s.firstToken > 1 && trimmable(s.firstToken))
            ++s.firstToken;
        // ... but a place's natural feature stays ("Jeju island", "the Wenatchee hills"), and so
        // does a surname typed in lower case after a given name ("Frank mcclelland"; not a word:
        // "Frank said").
        auto keptAtEnd = [&](std::int32_t t) {
            if (t >= s.firstToken + 2 && tightHyphen(t - 1) && capitalised(t - 2))
                return true; // a compound word: "... and Co-operation"
            if (s.type == EntityType::Location)
                return (isOneOf(t, m_patterns->naturalFeatures) || isOneOf(t, m_patterns->landformsPlural)
                           || word(t) == u"hills")
                    && capitalised(t - 1);
            return s.type == EntityType::Person && t - s.firstToken == 1
                && has(unit(t - 1), Category::FirstName) && !unit(t) && !(tf[size_t(t)].flags & HasDigit)
                && !isOneOf(t, m_patterns->functionWords);
        };
        while (s.endToken - s.firstToken > 1 && trimmable(s.endToken - 1) && !keptAtEnd(s.endToken - 1))
            --s.endToken;
    }
    // A plural's possessive before a name is part of it: "the Women's Tennis Association",
    // "Children's Hospital of Philadelphia" (the tagger starts after it).
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t t = s.firstToken;
        if (t < 2 || !isPossessive(word(t - 1)) || !(tf[size_t(t - 2)].flags & Capitalized)
            || !isCapitalisedOneOf(t - 2, m_patterns->pluralsWithPossessive)
            || sentenceOf[size_t(t - 2)] != sentenceOf[size_t(t)] || spans.ownerOf(t - 2) >= 0
            || spans.ownerOf(t - 1) >= 0)
            continue;
        s.firstToken = t - 2;
        // ... and so is a nationality before it: "the Korean People's Army".
        if (t >= 3 && (tf[size_t(t - 3)].flags & Capitalized) && has(unit(t - 3), Category::Demonym)
            && spans.ownerOf(t - 3) < 0 && sentenceOf[size_t(t - 3)] == sentenceOf[size_t(t)])
            s.firstToken = t - 3;
        if (has(unit(s.endToken - 1), Category::OrgKeyword))
            s.type = EntityType::Organization;
    }
    // A verb inside a span parts two names: "Albertsons owns Safeway" (read as one place).
    for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
        const TokenSpan s = spans.spans()[i];
        for (std::int32_t t = s.firstToken + 1; t + 1 < s.endToken; ++t) {
            if (!(tf[size_t(t)].flags & Lowercase) || !isOneOf(t, m_patterns->verbsBetweenNames))
                continue;
            spans.spans()[i].endToken = t;
            spans.spans().push_back({ t + 1, s.endToken, s.type });
            break;
        }
    }
    // A role written with "Co-" is no company's legal form before the person: "Co-owner Jim
    // Ratcliffe", "co-founder Sam Altman" (read as one organisation).
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.endToken - f < 4 || !roleWithCo(f))
            continue;
        s.firstToken = f + 3;
        if (has(unit(s.firstToken), Category::FirstName) && capitalised(s.endToken - 1))
            s.type = EntityType::Person;
    }
    spans.reindex();

    // Two capitalised words no list knows between an appointing verb and "as" and a role are a
    // person: "named Satsuki Katayama as finance minister".
    {
        const auto count = std::int32_t(tokens.size());
        constexpr CategoryMask kNotAName = kLocationMask | maskOf(Category::Organization)
            | maskOf(Category::Common) | maskOf(Category::Title) | maskOf(Category::Demonym)
            | maskOf(Category::NonEntity) | maskOf(Category::OrgKeyword);
        bool changed = false;
        for (std::int32_t t = 0; t + 4 < count; ++t) {
            if (!(tf[size_t(t)].flags & Lowercase) || tokens[size_t(t)].length() < 5
                || !(tf[size_t(t + 1)].flags & Capitalized) || !(tf[size_t(t + 2)].flags & Capitalized)
                || (tf[size_t(t + 1)].flags & AllCaps) || (tf[size_t(t + 2)].flags & AllCaps)
                || word(t + 3) != u"as" || !(tf[size_t(t + 4)].flags & Lowercase))
                continue;
            const QStringView verb = word(t);
            if (verb != u"named" && verb != u"appointed" && verb != u"nominated" && verb != u"tapped"
                && verb != u"picked" && verb != u"chose")
                continue;
            if ((unit(t + 1) & kNotAName) || (unit(t + 2) & kNotAName) || spans.ownerOf(t + 1) >= 0
                || spans.ownerOf(t + 2) >= 0 || sentenceOf[size_t(t)] != sentenceOf[size_t(t + 3)])
                continue;
            spans.add({ t + 1, t + 3, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A saint's name before a word for a territory names the place, with its "St.": "much of St.
    // Elizabeth parish", "St. Ann county" (the saint alone is a person without the title).
    bool saintsPlaces = false;
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type != EntityType::Person || f < 1 || s.endToken >= std::int32_t(tokens.size())
            || !(tf[size_t(s.endToken)].flags & Lowercase)
            || !isCapitalisedOneOf(f - 1, m_patterns->saintWords) || spans.ownerOf(f - 1) >= 0
            || sentenceOf[size_t(f - 1)] != sentenceOf[size_t(f)])
            continue;
        const QStringView after = word(s.endToken);
        if (after == u"parish" || after == u"county" || after == u"district" || after == u"province"
            || after == u"island" || after == u"municipality" || after == u"borough") {
            s.firstToken = f - 1;
            s.type = EntityType::Location;
            saintsPlaces = true;
        }
    }
    if (saintsPlaces)
        spans.reindex();

    // A given name (or a word no list knows) and a surname listed after a person are a person,
    // whatever the tagger read: "it stars Paul Mescal and Denzel Washington" (not "Harris and Ford Motor",
    // "Smith and Jordan Industries", nor a name the lists know). After two people named in full
    // the given name may be a word too: "Jack Nicklaus and Tiger Woods".
    auto personListedBefore = [&](std::int32_t separator) {
        if (separator < 1 || (word(separator) != u"and" && word(separator) != u","))
            return -1;
        const int before = spans.ownerOf(separator - 1);
        if (before < 0 || spans.spans()[size_t(before)].type != EntityType::Person
            || spans.spans()[size_t(before)].endToken != separator
            || spans.spans()[size_t(before)].endToken - spans.spans()[size_t(before)].firstToken < 2)
            return -1;
        return before;
    };
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t t = s.firstToken;
        if (s.type == EntityType::Person || s.endToken != t + 2 || t < 2
            || (word(t - 1) != u"and" && word(t - 1) != u",") || !(tf[size_t(t)].flags & Capitalized)
            || !(tf[size_t(t + 1)].flags & Capitalized) || (tf[size_t(t)].flags & AllCaps)
            || (unit(t) & (kLocationMask | maskOf(Category::Organization)))
            || has(unit(t + 1), Category::OrgKeyword) || has(unit(t + 1), Category::LocKeyword)
            || isOneOf(t + 1, m_patterns->legalForms)
            || (phraseCategories(facts, t, t + 2) & (kLocationMask | maskOf(Category::Organization)))
            || m_patterns->knownOrganisations.count(keyOf(t, t + 2)))
            continue;
        const int before = personListedBefore(t - 1);
        if (before < 0)
            continue;
        const bool givenName = (has(unit(t), Category::FirstName) && !has(unit(t), Category::Common))
            || (unit(t) == 0 && !has(unit(t + 1), Category::Common));
        if (givenName || personListedBefore(spans.spans()[size_t(before)].firstToken - 1) >= 0)
            s.type = EntityType::Person;
    }

    // 5. Headlines and section labels ("Rice Balls", "BUSINESS") capitalise every word, so
    //    capitals prove nothing there: a span made only of dictionary words is dropped, and
    //    dictionary words trailing a name are cut ("Israel Says").
    auto dictionaryWord = [&](std::int32_t t) {
        const CategoryMask u = unit(t);
        const CategoryMask names = kLocationMask | maskOf(Category::Organization) | maskOf(Category::Person)
            | maskOf(Category::FirstName) | maskOf(Category::Surname);
        return has(u, Category::Common) && !(u & names);
    };
    for (TokenSpan& s : spans.spans()) {
        const bool allCapsWords = [&] {
            for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
                if (!(tf[size_t(t)].flags & AllCaps) || word(t).size() < 4)
                    return false;
            return true;
        }();
        if (!headline[size_t(sentenceOf[size_t(s.firstToken)])] && !allCapsWords)
            continue;
        if (phraseCategories(facts, s.firstToken, s.endToken) & ~maskOf(Category::Common))
            continue; // a known name
        // A dateline's place is written in capitals and named by its place: "FORT PIERCE, Fla."
        if (std::find(datelinePlaces.begin(), datelinePlaces.end(), std::make_pair(s.firstToken, s.endToken))
            != datelinePlaces.end())
            continue;
        // A legal form proves a company's name, capitals or not: "Constellation Power Source, Inc."
        // in a signature (cut down to its words, only ", Inc." was left).
        if (s.endToken - s.firstToken > 1 && isCapitalisedOneOf(s.endToken - 1, m_patterns->legalForms))
            continue;
        // A person's name alone on a line, or a given name and a surname between commas, the given
        // name no place's ("York Minster"), are a signature, a byline or a list of people, not a
        // headline: "Robert Quick", "By Pam Worthy", "Joe Deffner, Lewis Worthy, Mary Perkins".
        const Sentence& line = tokenized.sentences[size_t(sentenceOf[size_t(s.firstToken)])];
        auto listEdge = [&](std::int32_t t) { return word(t) == u"," || word(t) == u"(" || word(t) == u")"; };
        const bool wholeLine = s.endToken == line.endToken
            && (s.firstToken == line.firstToken
                || (s.firstToken == line.firstToken + 1 && word(line.firstToken) == u"By"));
        const bool listItem = s.endToken - s.firstToken == 2
            && (s.endToken == line.endToken || listEdge(s.endToken))
            && (s.firstToken == line.firstToken || listEdge(s.firstToken - 1));
        if (s.type == EntityType::Person && s.endToken - s.firstToken >= 2 && (wholeLine || listItem)
            && has(unit(s.firstToken), Category::FirstName) && !(unit(s.firstToken) & kLocationMask))
            continue;
        // ... also a dictionary word that is a given name too after one that is only a word: "Biden
        // Signs Bill" ("Signs Bill" is no name).
        while (s.endToken > s.firstToken
            && (dictionaryWord(s.endToken - 1)
                || (s.endToken - s.firstToken >= 3 && has(unit(s.endToken - 1), Category::Common)
                    && has(unit(s.endToken - 1), Category::FirstName) && dictionaryWord(s.endToken - 2)
                    && !(unit(s.endToken - 2)
                        & (maskOf(Category::LocKeyword) | maskOf(Category::OrgKeyword))))))
            --s.endToken;
        while (s.endToken > s.firstToken && dictionaryWord(s.firstToken))
            ++s.firstToken;
    }
    std::erase_if(spans.spans(), [](const TokenSpan& s) { return s.endToken <= s.firstToken; });
    spans.reindex();

    // 6. Names the tagger passed over or cut short that a gazetteer knows unambiguously: countries,
    //    curated places and organisations, cities that are no common word or personal name. A
    //    known name wins over the shorter names inside it ("Democratic Republic of the Congo" is
    //    not "Republic of the Congo", "Saint Petersburg" not "Petersburg").
    // Categories that make a gazetteer name too uncertain to overrule or add to the tagger.
    const CategoryMask ambiguous = maskOf(Category::Common) | maskOf(Category::FirstName)
        | maskOf(Category::Surname) | maskOf(Category::Person) | maskOf(Category::Demonym)
        | maskOf(Category::NonEntity) | maskOf(Category::Title);
    for (const GazetteerMatch& m : facts.matches) {
        if (m.endToken - m.firstToken < 2 || spans.isFree(m.firstToken, m.endToken)
            || !capitalised(m.firstToken) || !capitalised(m.endToken - 1))
            continue;
        const bool place = m.categories & kLocationMask;
        const bool organisation = m.categories & maskOf(Category::Organization);
        if ((m.categories & ambiguous) || place == organisation)
            continue;
        // Only a name of the same kind grows: "US Government" leaves the country "US" alone.
        const EntityType type = place ? EntityType::Location : EntityType::Organization;
        bool inside = true, shorter = false;
        for (std::int32_t t = m.firstToken; t < m.endToken && inside; ++t) {
            const int owner = spans.ownerOf(t);
            if (owner < 0) {
                shorter = true;
                continue;
            }
            const TokenSpan& s = spans.spans()[size_t(owner)];
            // ...or a lone word the tagger took for a person inside a place name ("St. Petersburg").
            const bool personInPlace = type == EntityType::Location && s.type == EntityType::Person
                && s.endToken - s.firstToken == 1;
            // ... or a place after a preposition inside an organisation's name ("... Co-operation in
            // Europe"; not "Nazi Germany", nor the place opening "US Government").
            const bool placeInOrganisation = type == EntityType::Organization
                && s.type == EntityType::Location && s.firstToken > m.firstToken
                && (word(s.firstToken - 1) == u"in" || isConnector(word(s.firstToken - 1)));
            inside = s.firstToken >= m.firstToken && s.endToken <= m.endToken
                && (s.type == type || personInPlace || placeInOrganisation);
        }
        if (inside && shorter)
            spans.replaceOverlapping({ m.firstToken, m.endToken, type });
    }
    spans.reindex();
    for (const GazetteerMatch& m : facts.matches) {
        if (!spans.isFree(m.firstToken, m.endToken) || !capitalised(m.firstToken)
            || !capitalised(m.endToken - 1))
            continue;
        if (headline[size_t(sentenceOf[size_t(m.firstToken)])] && m.endToken - m.firstToken == 1
            && has(unit(m.firstToken), Category::Common))
            continue;
        // (Nor two letters not in capitals, but after a town: "Ca-" and "Ne" are no California and
        // Nebraska; "Portland, Or." is Oregon.)
        const bool oneWord = m.endToken - m.firstToken == 1;
        const bool twoLetters = oneWord && tokens[size_t(m.firstToken)].length() <= 2
            && !(tf[size_t(m.firstToken)].flags & AllCaps)
            && !(m.firstToken > 0 && word(m.firstToken - 1) == u",");
        if ((m.categories & ambiguous) || (oneWord && isOneOf(m.firstToken, m_patterns->calendarWords))
            || twoLetters)
            continue;
        // A legal form is no acronym the gazetteer knows ("Google, Inc." is not the Indian National
        // Congress, INC), unless written in capitals.
        if (m.endToken - m.firstToken == 1 && isOneOf(m.firstToken, m_patterns->legalForms)
            && !(tf[size_t(m.firstToken)].flags & AllCaps))
            continue;
        // Part of a longer capitalised name ("Hong Kong Polytechnic"): leave it to the tagger.
        if ((m.firstToken > 0 && sentenceOf[size_t(m.firstToken - 1)] == sentenceOf[size_t(m.firstToken)]
                && capitalised(m.firstToken - 1) && !(tf[size_t(m.firstToken - 1)].flags & SentenceStart)
                && !has(unit(m.firstToken - 1), Category::Demonym)
                && !has(unit(m.firstToken - 1), Category::Title))
            || (m.endToken < std::int32_t(tokens.size())
                && sentenceOf[size_t(m.endToken)] == sentenceOf[size_t(m.firstToken)]
                && capitalised(m.endToken)))
            continue;
        const bool place
            = m.categories & (maskOf(Category::Country) | maskOf(Category::Place) | maskOf(Category::City));
        const bool organisation = m.categories & maskOf(Category::Organization);
        if (place == organisation)
            continue;
        spans.add({ m.firstToken, m.endToken, place ? EntityType::Location : EntityType::Organization });
    }
    // Web text writes places in lower case ("going to baguio", "hotels in kerala", "north
    // carolina"). Such a match is a place when it is no personal name, ends in no dictionary word
    // ("the southern province"), and its last word is used like place names (its word class;
    // "goes" is also a Dutch town) or is too rare to have a class.
    for (const GazetteerMatch& m : facts.matches) {
        if (!(m.categories & kTownNames) || (m.categories & (ambiguous | maskOf(Category::Organization)))
            || !spans.isFree(m.firstToken, m.endToken))
            continue;
        bool lowerCase = true;
        for (std::int32_t t = m.firstToken; t < m.endToken && lowerCase; ++t)
            lowerCase = (tf[size_t(t)].flags & Lowercase) && tf[size_t(t)].length >= 3;
        if (!lowerCase || (m.endToken - m.firstToken == 1 && tf[size_t(m.firstToken)].length < 4))
            continue; // "ans" (Ans, Belgium) is short for "answer"
        if (has(unit(m.endToken - 1), Category::Common))
            continue; // "the southern province" is a description, "north carolina" a name
        const std::uint32_t classes = tf[size_t(m.endToken - 1)].wordClasses;
        if (classes != 0
            && !std::binary_search(m_patterns->placeWordClasses.begin(), m_patterns->placeWordClasses.end(),
                WordClusters::classAt(classes, 0)))
            continue;
        spans.add({ m.firstToken, m.endToken, EntityType::Location });
    }
    // A river, lake, mountain or village named by its kind first, the name known to no list: "the
    // River Taff burst its banks", "Lake Toplitz", "unable to reach Beit Lahiya" (not before more
    // capitals: "Lake Shore Drive", "Mount Sinai Hospital"). After "the" the name may be a word
    // too: "the River Wye", "the River Test" (not a head word: "the Lake District").
    for (std::int32_t t = 0, count = std::int32_t(tokens.size()); t + 1 < count; ++t) {
        if (!(tf[size_t(t)].flags & Capitalized) || !isCapitalisedOneOf(t, m_patterns->featureKindsBeforeName)
            || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)] || !(tf[size_t(t + 1)].flags & Capitalized)
            || !spans.isFree(t, t + 2))
            continue;
        const bool afterThe = t > 0 && word(t - 1) == u"the"
            && !(unit(t + 1)
                & (maskOf(Category::LocKeyword) | maskOf(Category::OrgKeyword) | maskOf(Category::Title)));
        if (has(unit(t + 1), Category::Common) && !afterThe)
            continue;
        const std::int32_t end = t + 2;
        if (end < count && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end))
            continue;
        spans.add({ t, end, EntityType::Location });
    }

    // The first word after a dateline's dash opens the story as a sentence's first word does:
    // "ATLANTA — The Centers for ...".
    auto openingAfterDateline = [&](std::int32_t t) {
        if (t == 0)
            return false;
        const QStringView before = word(t - 1);
        return before == u"-" || before == u"\u2014" || before == u"\u2013";
    };
    // A plural opening a sentence (or the story, after its dateline) before "of", "in" or "on" is
    // no part of the organisation after it: "Shares of Samsung Electronics fell", "SEOUL (Reuters)
    // - Employees of Boeing said", "Shares on the National Stock Exchange" (not "Friends of the Earth", a
    // known name, nor "Bank of America", whose first word heads organisation names).
    {
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t first = s.firstToken;
            if (s.type != EntityType::Organization || s.endToken - first < 3
                || !(tf[size_t(first)].flags & SentenceStart || openingAfterDateline(first))
                || !isOneOf(first + 1, m_patterns->sharesPrepositions) || !has(unit(first), Category::Common)
                || has(unit(first), Category::OrgKeyword) || has(unit(first), Category::LocKeyword)
                || (tf[size_t(first)].flags & CapitalizedMidSentenceElsewhere) || !endsLikePlural(word(first))
                || m_patterns->knownOrganisations.count(keyOf(first, s.endToken)))
                continue;
            std::int32_t rest = first + 2;
            if (word(rest) == u"the" && s.endToken - rest > 1)
                ++rest;
            if (!capitalised(rest))
                continue;
            s.firstToken = rest;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // The end of the longest known organisation's name that starts at `t` and ends by `sentenceEnd`,
    // or -1.
    auto knownOrganisationEnd = [&](std::int32_t t, std::int32_t sentenceEnd) -> std::int32_t {
        const auto& starts = m_patterns->knownOrganisationStarts;
        if (!std::binary_search(starts.begin(), starts.end(), tf[size_t(t)].key))
            return -1;
        for (std::int32_t len = std::min(m_patterns->longestKnownOrganisation, sentenceEnd - t); len >= 1;
             --len)
            if (m_patterns->knownOrganisations.count(keyOf(t, t + len)))
                return t + len;
        return -1;
    };
    // Whether "and" or a comma at `t` joins an organisation: one the tagger found, or one the known
    // organisations name, which their rule below has not come to yet ("Shell and TotalEnergies").
    // A list is read to its end, since a club or a firm named after its town may come first:
    // "Arsenal, Liverpool and Tottenham Hotspur".
    auto organisationListedAfter = [&](std::int32_t t) {
        constexpr int kListItems = 4;
        for (int item = 0; item < kListItems; ++item) {
            if (t + 1 >= std::int32_t(tokens.size()) || (word(t) != u"and" && word(t) != u",")
                || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)])
                return false;
            const int owner = spans.ownerOf(t + 1);
            if (owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Organization
                && spans.spans()[size_t(owner)].firstToken == t + 1)
                return true;
            const std::int32_t sentenceEnd = tokenized.sentences[size_t(sentenceOf[size_t(t)])].endToken;
            if (capitalised(t + 1) && knownOrganisationEnd(t + 1, sentenceEnd) >= 0)
                return true;
            if (word(t) == u"and")
                return false;
            // The next item: a name the tagger found, or capitalised words.
            std::int32_t next = t + 1;
            if (owner >= 0 && spans.spans()[size_t(owner)].firstToken == t + 1)
                next = spans.spans()[size_t(owner)].endToken;
            else
                while (next < sentenceEnd && capitalised(next) && spans.ownerOf(next) < 0)
                    ++next;
            if (next == t + 1 || next >= sentenceEnd)
                return false;
            t = next;
        }
        return false;
    };
    // Whether the span right before a comma or "and" at `t` (after it when `after`) is a place the
    // tagger found that no known organisation names: "in Arica, Iquique and Antofagasta".
    auto placeListedAt = [&](std::int32_t t, bool after) {
        if (t <= 0 || t + 1 >= std::int32_t(tokens.size()) || (word(t) != u"and" && word(t) != u",")
            || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t - 1)])
            return false;
        const int owner = spans.ownerOf(after ? t + 1 : t - 1);
        if (owner < 0)
            return false;
        const TokenSpan& s = spans.spans()[size_t(owner)];
        return s.type == EntityType::Location && (after ? s.firstToken == t + 1 : s.endToken == t)
            && knownOrganisationEnd(s.firstToken, s.endToken) < 0;
    };
    // Known organisations: a company, brand or medium whose name is also a place, a person or a
    // word ("Toyota", "Honda", "Ford Motor", "Shell", "Xinhua") is the organisation where the
    // words stand alone as a name. It stays a person after a title ("Mr. Ford") or where the
    // article names a person with that word ("Harrison Ford"), and the tagger decides when the
    // name runs on ("Bayer Leverkusen", "Toyota Venza"). Text typed in lower case writes brands
    // so too ("burger king", "starbucks").
    if (m_patterns->longestKnownOrganisation > 0) {
        const std::unordered_set<std::uint64_t> nameWords = personNameWords();
        bool changed = false;
        // A brand written with a small first letter and a capital inside: "eBay", "easyJet" (Latin
        // capitals only: this looks at most of the text's words).
        auto smallFirstLetterBrand = [&](std::int32_t t) {
            if (!(tf[size_t(t)].flags & Lowercase) || tf[size_t(t)].length < 3)
                return false;
            const QStringView w = word(t);
            return std::any_of(w.begin() + 1, w.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        };
        for (const Sentence& sentence : tokenized.sentences) {
            const bool lowerCaseText
                = tf[size_t(sentence.firstToken)].sentenceCasing == SentenceCasing::LowerCase;
            for (std::int32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
                const bool written = capitalised(t) || (tf[size_t(t)].flags & HasDigit) || lowerCaseText;
                if (!written && !smallFirstLetterBrand(t))
                    continue;
                std::int32_t end = knownOrganisationEnd(t, sentence.endToken);
                if (end < 0)
                    continue;
                const std::int32_t matchStart = t;
                t = end - 1;
                bool dictionaryWords = true, lowerCase = false;
                for (std::int32_t k = matchStart; k < end; ++k) {
                    dictionaryWords
                        = dictionaryWords && (has(unit(k), Category::Common) || isConnector(word(k)));
                    lowerCase = lowerCase
                        || (tf[size_t(k)].flags & Lowercase && !isConnector(word(k))
                            && !smallFirstLetterBrand(k)
                            // glued to the word before: "Tehreek-e-Insaf", "Amazon.com"
                            && !(k > matchStart && tokens[size_t(k - 1)].end == tokens[size_t(k)].begin)
                            // a small word between capitals: "United Nations Interim Force in Lebanon"
                            && !(k > matchStart && k + 1 < end && word(k).size() <= 3
                                && capitalised(matchStart) && capitalised(end - 1))
                            && !(k + 1 < end && tightHyphen(k + 1))); // "Hayat Tahrir al-Sham"
                }
                if (lowerCase && (!lowerCaseText || (end - matchStart == 1 && dictionaryWords)))
                    continue; // "shell", "apple" in lower-case text are the words
                // A landform after the name makes it the place: "Brazil's Amazon region", "the Amazon
                // rainforest".
                if (end < sentence.endToken && (tf[size_t(end)].flags & Lowercase)
                    && (isOneOf(end, m_patterns->landforms) || word(end) == u"region"))
                    continue;
                // A title that starts with the name is the title: "Labour Minister Steven MacKinnon".
                if (end < sentence.endToken && end + 1 - matchStart <= Gazetteer::kMaxPhraseTokens
                    && has(phraseCategories(facts, matchStart, end + 1), Category::Title))
                    continue;
                // A title and a person after the name do not continue it: "Apple CEO Tim Cook",
                // "Fed Chair Jerome Powell".
                // ... or a possessive and a person: "Alpine's Esteban Ocon".
                const bool introducesAPerson = [&] {
                    if (end + 1 < sentence.endToken && isPossessive(word(end))) {
                        const int owner = spans.ownerOf(end + 1);
                        return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person
                            && spans.spans()[size_t(owner)].endToken - spans.spans()[size_t(owner)].firstToken
                            >= 2;
                    }
                    if (end >= sentence.endToken
                        || !(has(unit(end), Category::Title)
                            || isCapitalisedOneOf(end, m_patterns->titleFirstWords)))
                        return false;
                    for (std::int32_t k = end + 1; k < std::min(end + 4, sentence.endToken); ++k)
                        if (const int owner = spans.ownerOf(k);
                            owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person)
                            return true;
                    return false;
                }();
                // A country or region right after the name is the company's branch there ("BBC
                // Scotland", "Shell Nigeria"), unless more capitals follow; a legal form or a word
                // only companies end in is part of the name ("Porsche SE", "Paramount Global").
                // Not after a dictionary word opening a list's item, often an imperative: "2 ) Target
                // Israel and ...".
                const bool wordOpening = end - matchStart == 1 && dictionaryWords && opensListItem(matchStart)
                    && !(tf[size_t(matchStart)].flags & CapitalizedMidSentenceElsewhere);
                if (!wordOpening && end < sentence.endToken && capitalised(end)
                    && ((unit(end) & (maskOf(Category::Country) | maskOf(Category::Region)))
                        || isCapitalisedOneOf(end, m_patterns->countryInitials) // "Greenpeace UK"
                        || isOneOf(end, m_patterns->legalForms)
                        || isCapitalisedOneOf(end, m_patterns->companyHeads))
                    && !(end + 1 < sentence.endToken && capitalised(end + 1))) {
                    ++end;
                    t = end - 1;
                } else if (!wordOpening && end < sentence.endToken && capitalised(end)) {
                    // ... and so is a continent: "Toyota North America", "Nissan Europe".
                    const QStringView next = word(end);
                    const bool twoWords = end + 1 < sentence.endToken
                        && ((word(end + 1) == u"America"
                                && (next == u"North" || next == u"South" || next == u"Latin"
                                    || next == u"Central"))
                            || (next == u"Asia" && word(end + 1) == u"Pacific")
                            || (next == u"Middle" && word(end + 1) == u"East"));
                    const bool oneWord = !twoWords
                        && (next == u"Europe" || next == u"Asia" || next == u"Africa" || next == u"Americas"
                            || next == u"Oceania");
                    const std::int32_t branchEnd = end + (twoWords ? 2 : oneWord ? 1 : 0);
                    if (branchEnd > end && !(branchEnd < sentence.endToken && capitalised(branchEnd))) {
                        end = branchEnd;
                        t = end - 1;
                    }
                }
                const bool runsOn = (end < sentence.endToken && capitalised(end) && !introducesAPerson)
                    || (matchStart > sentence.firstToken && capitalised(matchStart - 1)
                        && !((tf[size_t(matchStart - 1)].flags & SentenceStart
                                 || openingAfterDateline(matchStart - 1))
                            && (has(unit(matchStart - 1), Category::Common)
                                || isOneOf(matchStart - 1, m_patterns->functionWords)))
                        && !has(unit(matchStart - 1), Category::Title)
                        && !has(unit(matchStart - 1), Category::Demonym));
                const int exact = spanExactly(matchStart, end);
                // An organisation the tagger cut short inside the name runs to the name's end: "the
                // U.S. Centers for Disease Control" of "... and Prevention".
                if (const int cut = spans.ownerOf(matchStart); cut >= 0 && exact < 0) {
                    TokenSpan& organisation = spans.spans()[size_t(cut)];
                    if (organisation.type == EntityType::Organization && organisation.firstToken < matchStart
                        && organisation.endToken > matchStart + 1 && organisation.endToken < end
                        && spans.isFree(organisation.endToken, end)) {
                        organisation.endToken = end;
                        changed = true;
                        continue;
                    }
                }
                // An airline or operator before a maker's model is two names: "the Air India Boeing
                // 787", "a Lufthansa Airbus A380".
                if (const int owner = spans.ownerOf(matchStart); owner >= 0 && exact < 0) {
                    const TokenSpan whole = spans.spans()[size_t(owner)];
                    if (whole.firstToken == matchStart && whole.endToken > end
                        && whole.endToken < sentence.endToken && (tf[size_t(whole.endToken)].flags & HasDigit)
                        && knownOrganisationEnd(end, whole.endToken) == whole.endToken) {
                        spans.replaceOverlapping({ matchStart, end, EntityType::Organization });
                        spans.add({ end, whole.endToken, EntityType::Organization });
                        t = whole.endToken - 1;
                        changed = true;
                        continue;
                    }
                }
                if (runsOn && exact < 0)
                    continue;
                const bool single = end - matchStart == 1;
                if (single
                    && (nameWords.count(tf[size_t(matchStart)].key)
                        || (matchStart > 0 && has(unit(matchStart - 1), Category::Title))))
                    continue;
                // A given name joined to a person by "and" is a person's: "Mercedes and Dan are
                // very thorough".
                if (single && has(unit(matchStart), Category::FirstName)
                    && ((end + 1 < sentence.endToken && word(end) == u"and" && personStartsAt(end + 1))
                        || (matchStart >= 2 && word(matchStart - 1) == u"and"
                            && personEndsAt(matchStart - 2))))
                    continue;
                // A place the gazetteer knows after "the" is the place: "for the Amazon" (companies
                // go without the article; "the BBC" is no place).
                // ... and one listed with other places: "stations in Arica, Iquique and Antofagasta"
                // (not "Toyota, Honda and Nissan", companies each).
                if (single && matchStart > 0 && (unit(matchStart) & kLocationMask)
                    && (word(matchStart - 1) == u"the" || placeListedAt(matchStart - 1, false)
                        || (end < sentence.endToken && placeListedAt(end, true)))) {
                    if (exact >= 0)
                        spans.spans()[size_t(exact)].type = EntityType::Location;
                    continue;
                }
                if (exact >= 0) {
                    spans.spans()[size_t(exact)].type = EntityType::Organization;
                    continue;
                }
                if (crossedBySpan(matchStart, end)) {
                    // Two known names joined by "and" are two names: "ING and Deutsche Bank", "Ford
                    // and General Motors" (a head word closes the second).
                    const int owner = spans.ownerOf(matchStart);
                    const TokenSpan whole = spans.spans()[size_t(owner)];
                    // ... also where the name before "and" took the known name's first word:
                    // "Banco Santander and Banco" of "... and Banco do Brasil".
                    if (whole.firstToken + 1 < matchStart && word(matchStart - 1) == u"and"
                        && whole.endToken < end) {
                        spans.replaceOverlapping({ matchStart, end, EntityType::Organization });
                        spans.add({ whole.firstToken, matchStart - 1, whole.type });
                        t = end - 1;
                        changed = true;
                        continue;
                    }
                    if (whole.firstToken != matchStart || end + 1 >= whole.endToken || word(end) != u"and"
                        || !(m_patterns->knownOrganisations.count(keyOf(end + 1, whole.endToken))
                            || (whole.endToken - (end + 1) >= 2
                                && has(unit(whole.endToken - 1), Category::OrgKeyword))))
                        continue; // part of a longer name the tagger found
                    spans.replaceOverlapping({ matchStart, end, EntityType::Organization });
                    spans.add({ end + 1, whole.endToken, EntityType::Organization });
                    t = whole.endToken - 1;
                    changed = true;
                    continue;
                }
                // A dictionary word opening a sentence or a headline is the word ("Shell casings
                // were found"), unless the article writes it with a capital elsewhere too.
                const bool headlineWord = headline[size_t(sentenceOf[size_t(matchStart)])]
                    || tf[size_t(matchStart)].sentenceCasing == SentenceCasing::AllCaps;
                // ... unless it acts: "Apple bought Beats", "Shell's profit", "Amazon shares rose",
                // "Apple, which ...", "Anthropic, founded by ...",
                // "Arsenal beat Manchester City 2-1" (not "the Amazon"), or is listed with another
                // organisation: "Shell and TotalEnergies have been selling".
                const bool acts = single && end < sentence.endToken
                    && ((!(unit(matchStart) & kLocationMask)
                            && (isPossessive(word(end))
                                || ((tf[size_t(end)].flags & Lowercase)
                                    && (isOneOf(end, m_patterns->companyVerbs)
                                        || isOneOf(end, m_patterns->resultWords)))
                                || (word(end) == u"," && end + 1 < sentence.endToken
                                    && (word(end + 1) == u"which" || word(end + 1) == u"founded"
                                        || word(end + 1) == u"headquartered" || word(end + 1) == u"owned"
                                        || word(end + 1) == u"backed" || word(end + 1) == u"valued"))
                                || organisationListedAfter(end)))
                        || ((tf[size_t(end)].flags & Lowercase)
                            && (isOneOf(end, m_patterns->companyFigures)
                                || isOneOf(end, m_patterns->spokesWords)))); // "Kremlin spokesman"
                if (single && dictionaryWords && !introducesAPerson && !acts
                    && (headlineWord
                        || (((tf[size_t(matchStart)].flags & SentenceStart) || opensListItem(matchStart))
                            && !(tf[size_t(matchStart)].flags & CapitalizedMidSentenceElsewhere))))
                    continue;
                // Pieces of the name ("Martin" of "Lockheed Martin") give way to it.
                spans.replaceOverlapping({ matchStart, end, EntityType::Organization });
                changed = true;
            }
        }
        if (changed)
            spans.reindex();
    }

    // A word no list knows with a capital inside it is a company's name where it acts as one:
    // "CoxHealth will close three clinics", "DoorDash shares rose" (not "McAllister", "DeSantis",
    // nor a product that acts as nothing: "PlayStation games").
    {
        bool changed = false;
        auto camelCase = [&](std::int32_t t) {
            const QStringView w = word(t);
            if (w.size() < 5 || !w[0].isUpper() || !w[1].isLower())
                return false;
            for (const char16_t* prefix :
                { u"Mc", u"Mac", u"De", u"Di", u"La", u"Le", u"Van", u"Von", u"Du", u"Da" })
                if (w.startsWith(QStringView(prefix)) && w.size() > QStringView(prefix).size()
                    && w[QStringView(prefix).size()].isUpper())
                    return false;
            bool inner = false;
            for (qsizetype i = 1; i < w.size(); ++i) {
                if (!w[i].isLetter())
                    return false;
                inner = inner || (w[i].isUpper() && w[i - 1].isLower());
            }
            return inner;
        };
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 1 < count; ++t) {
            if (spans.ownerOf(t) >= 0 || unit(t) != 0 || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)]
                || !(tf[size_t(t + 1)].flags & Lowercase) || !camelCase(t)
                || !(isOneOf(t + 1, m_patterns->companyVerbs) || isOneOf(t + 1, m_patterns->companyFigures)))
                continue;
            spans.add({ t, t + 1, EntityType::Organization });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A name before a lower-case word for a river, lake or landform is the place: "the Zambezi
    // river", "the Orinoco delta", "the Amazon river" (not the company), and every name of a list
    // before a plural: "the Sutlej and Ravi rivers".
    bool landformsFound = false;
    std::vector<std::pair<std::uint64_t, std::int32_t>> landformNames; // their keys and lengths
    for (std::int32_t g = 2; g < std::int32_t(tokens.size()); ++g) {
        if (!(tf[size_t(g)].flags & Lowercase))
            continue;
        // "in Butts and Douglas counties" (after a preposition too; not "in Democratic and
        // Republican states")
        const bool regionsPlural = isOneOf(g, m_patterns->regionWordsPlural);
        // ... and every name of a list before a plural of shops is a chain: "at Ingles and Harris
        // Teeter stores".
        const bool chains = isOneOf(g, m_patterns->shopPlurals);
        const bool plural = regionsPlural || chains || isOneOf(g, m_patterns->landformsPlural);
        // "the Shati refugee camp": the kind of camp stands between the name and the word.
        const bool refugeeCamp = word(g) == u"camp" && word(g - 1) == u"refugee";
        // "northern Shan state", "the Saratov region": a region, but not an organisation's
        // ("the ASEAN region").
        const bool region = isOneOf(g, m_patterns->regionWords);
        // "an attack on Zike village"
        const bool village = word(g) == u"village" || word(g) == u"hamlet" || word(g) == u"township";
        // "the Zamzam camp" (not "the Trump camp", a campaign: see below)
        const bool camp = !refugeeCamp && tf[size_t(g)].length == 4 && word(g) == u"camp";
        if (!plural && !refugeeCamp && !region && !village && !camp && !isOneOf(g, m_patterns->landforms))
            continue;
        std::vector<std::pair<std::int32_t, std::int32_t>> names;
        std::int32_t end = refugeeCamp ? g - 1 : g;
        bool introduced = false; // by "the", a possessive or a preposition
        while (end > 0 && sentenceOf[size_t(end - 1)] == sentenceOf[size_t(g)]) {
            std::int32_t first = end;
            // (A title word is a name in a list of counties: "in King and Snohomish counties".)
            while (first > 0 && end - first < 3 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(g)]
                && capitalised(first - 1) && (regionsPlural || !has(unit(first - 1), Category::Title))
                && !(tf[size_t(first - 1)].flags & SentenceStart))
                --first;
            // "the Sunday crossing", "the January flood plain"
            if (first == end || (end - first == 1 && has(unit(first), Category::NonEntity)))
                break;
            names.emplace_back(first, end);
            // "the Zambezi river"; a single name may also follow a possessive or a preposition
            // ("Bali's Ngurah Rai airport", "over Flores island").
            // ... or be a place the gazetteer knows ("Drought drops Amazon river to record low").
            if (regionsPlural && end - first == 1
                && (isCapitalisedOneOf(first, m_patterns->regionAdjectives)
                    || has(unit(first), Category::Demonym)))
                break;
            if ((first > 0
                    && (word(first - 1) == u"the"
                        || word(first - 1) == u"The"
                        // ... any lower-case word before a list of regions: "the picturesque
                        // neoclassical Thissio and Pláka districts"
                        || ((regionsPlural || chains) && (tf[size_t(first - 1)].flags & Lowercase)
                            && !isConnector(word(first - 1)))
                        || (!plural
                            && (isPossessive(word(first - 1))
                                || isOneOf(first - 1, m_patterns->placePrepositions)
                                || (region && (tf[size_t(first - 1)].flags & Lowercase)
                                    && isOneOf(first - 1, m_patterns->compassWords))))))
                || (!plural && (phraseCategories(facts, first, end) & kLocationMask))
                // ... or be a word that names nothing else before a natural feature ("the storm hit
                // Hainan island").
                || (!plural && end - first == 1 && isOneOf(g, m_patterns->naturalFeatures)
                    && !(tf[size_t(first)].flags & (SentenceStart | AllCaps))
                    && !(unit(first)
                        & (maskOf(Category::Common) | maskOf(Category::FirstName) | maskOf(Category::Surname)
                            | maskOf(Category::Person) | maskOf(Category::Title) | maskOf(Category::Demonym)
                            | maskOf(Category::Organization))))) {
                introduced = true;
                break;
            }
            if (!plural || first < 2 || !(word(first - 1) == u"and" || word(first - 1) == u","))
                break;
            end = first - 1;
        }
        if (!introduced || (plural && names.size() < 2) || (!plural && names.size() != 1))
            continue;
        // A person's camp is their campaign or their side: "the Trump camp", "the Harris camp".
        if (camp) {
            const auto [first, nameEnd] = names.front();
            const int owner = spans.ownerOf(first);
            if ((phraseCategories(facts, first, nameEnd) | unit(first) | unit(nameEnd - 1))
                    & (maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person)
                        | maskOf(Category::Organization))
                || (owner >= 0 && spans.spans()[size_t(owner)].type != EntityType::Location))
                continue;
        }
        // The gold of both our training sets keeps the word of a single natural feature in its
        // name ("Jeju island", "the Jaffna peninsula", "Bohai sea"), as the tagger does; a list's
        // plural, a region's word and an airport or a dam are not part of it.
        const bool keepWord = !plural && !region && !refugeeCamp && isOneOf(g, m_patterns->naturalFeatures);
        for (const auto& [first, nameEnd] : names)
            if (keepWord && !crossedBySpan(first, g + 1)
                && !(has(unit(first), Category::Demonym)
                    && !(phraseCategories(facts, first, nameEnd) & kLocationMask))) {
                spans.replaceOverlapping({ first, g + 1, EntityType::Location });
                landformsFound = true;
                if (nameEnd - first <= Gazetteer::kMaxPhraseTokens)
                    landformNames.emplace_back(keyOf(first, nameEnd), nameEnd - first);
            } else if (!keepWord && !crossedBySpan(first, nameEnd)
                && !(has(unit(first), Category::Demonym) // "the Chinese province", "the Balkan region"
                    && (region || !(phraseCategories(facts, first, nameEnd) & kLocationMask)))
                && !(region && spanExactly(first, nameEnd) >= 0
                    && spans.spans()[size_t(spanExactly(first, nameEnd))].type == EntityType::Organization)) {
                if (chains && (phraseCategories(facts, first, nameEnd) & kLocationMask))
                    continue; // "U.S. and U.K. stores"
                spans.replaceOverlapping(
                    { first, nameEnd, chains ? EntityType::Organization : EntityType::Location });
                landformsFound = true;
                if (nameEnd - first <= Gazetteer::kMaxPhraseTokens && !chains)
                    landformNames.emplace_back(keyOf(first, nameEnd), nameEnd - first);
            }
    }
    if (landformsFound)
        spans.reindex();

    // A federal court's district is one place with its state: "the Southern District of New York"
    // (the tagger reads "Southern District" and "New York").
    {
        std::vector<TokenSpan> districts;
        for (std::int32_t t = 0; t + 3 < std::int32_t(tokens.size()); ++t) {
            if (!(tf[size_t(t)].flags & Capitalized) || tf[size_t(t)].length < 6 || tf[size_t(t)].length > 8
                || tf[size_t(t + 1)].length != 8)
                continue;
            const QStringView compass = word(t);
            if (!(compass == u"Northern" || compass == u"Southern" || compass == u"Eastern"
                    || compass == u"Western" || compass == u"Middle" || compass == u"Central")
                || word(t + 1) != u"District" || word(t + 2) != u"of"
                || sentenceOf[size_t(t + 3)] != sentenceOf[size_t(t)])
                continue;
            const int place = spans.ownerOf(t + 3);
            if (place < 0 || spans.spans()[size_t(place)].firstToken != t + 3
                || spans.spans()[size_t(place)].type != EntityType::Location || crossedBySpan(t, t + 3))
                continue;
            districts.push_back({ t, spans.spans()[size_t(place)].endToken, EntityType::Location });
        }
        for (const TokenSpan& district : districts)
            spans.replaceOverlapping(district);
        if (!districts.empty())
            spans.reindex();
    }

    // A county's name is the capitalised word before "County", whatever else the word names: "King
    // County Superior Court" was read as "County Superior Court" ("King" is also a title).
    {
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t before = s.firstToken - 1;
            if (s.type == EntityType::Person || before < 0 || s.endToken - s.firstToken < 2
                || tf[size_t(s.firstToken)].length != 6 || word(s.firstToken) != u"County"
                || !(tf[size_t(before)].flags & Capitalized) || (tf[size_t(before)].flags & SentenceStart)
                || spans.ownerOf(before) >= 0
                || sentenceOf[size_t(before)] != sentenceOf[size_t(s.firstToken)])
                continue;
            s.firstToken = before;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A mountain, a cape or a fort's town, whatever the tagger made of its name: "Mount Lewotobi
    // Laki-laki", "Mt. Fuji", "Ft. Worth" (not "Mount Sinai Hospital").
    bool mountainsFound = false;
    for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
        // "Ft" "." "Worth": the tokenizer keeps the period of an abbreviation it does not know apart.
        if (!isCapitalisedOneOf(t, m_patterns->placePrefixes))
            continue;
        const std::int32_t name = t + 2 < std::int32_t(tokens.size()) && word(t + 1) == u"." ? t + 2 : t + 1;
        if (!capitalised(name) || sentenceOf[size_t(name)] != sentenceOf[size_t(t)])
            continue;
        std::int32_t end = name;
        bool organisation = false;
        while (end < std::int32_t(tokens.size()) && end - t <= 4
            && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]) {
            if (tightHyphen(end)) {
                end += 2;
                continue;
            }
            if (!capitalised(end))
                break;
            organisation = organisation || has(unit(end), Category::OrgKeyword);
            ++end;
        }
        if (organisation || crossedBySpan(t, end))
            continue;
        spans.replaceOverlapping({ t, end, EntityType::Location });
        mountainsFound = true;
        t = end - 1;
    }
    if (mountainsFound)
        spans.reindex();

    // One-word spans that a neighbour shows to be no name of their kind: a peer's title before
    // "of" is no organisation ("the Duke of Sussex" is no "Duke" company), and a crude oil grade
    // no person ("Brent crude").
    {
        bool dropped = false;
        auto dropIf = [&](std::int32_t t, EntityType type) {
            if (const int owner = spanExactly(t, t + 1);
                owner >= 0 && spans.spans()[size_t(owner)].type == type) {
                spans.spans()[size_t(owner)].endToken = spans.spans()[size_t(owner)].firstToken;
                dropped = true;
            }
        };
        for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
            if (tf[size_t(t + 1)].key == m_patterns->crudeWord)
                dropIf(t, EntityType::Person);
            else if (isCapitalisedOneOf(t, m_patterns->peerages) && word(t + 1) == u"of")
                dropIf(t, EntityType::Organization);
        }
        if (dropped)
            spans.reindex();
    }

    // Sports clubs named after their town are organisations: "Manchester United", "Real Madrid",
    // "Bayern Munich", "AC Milan", "Leicester City" (not "Mexico City").
    {
        const auto& clubBefore = m_patterns->clubWordsBefore;
        // Whether `t` closes a club's name that starts at `first`.
        auto clubWordAfter = [&](std::int32_t first, std::int32_t t) {
            if (isCapitalisedOneOf(t, m_patterns->clubWordsAfter))
                return true;
            // "in Washington City" (the old name of Washington, D.C.) is where something happens.
            const bool whereSomethingIs = first > 0
                && (word(first - 1) == u"in" || word(first - 1) == u"near" || word(first - 1) == u"outside");
            return t > first && isCapitalisedOneOf(t, m_patterns->clubWordsAfterCity) && !whereSomethingIs
                && (phraseCategories(facts, first, t) & maskOf(Category::City))
                && !(phraseCategories(facts, first, t + 1) & kLocationMask);
        };
        bool changed = false;
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            TokenSpan s = spans.spans()[k];
            // A town and a club's abbreviation is the club whatever the tagger read: "Valencia CF"
            // is nobody's name.
            if (s.type == EntityType::Person && s.endToken - s.firstToken >= 2
                && (tf[size_t(s.endToken - 1)].flags & AllCaps)
                && isCapitalisedOneOf(s.endToken - 1, m_patterns->clubWordsAfter)
                && (phraseCategories(facts, s.firstToken, s.endToken - 1) & kTownNames)) {
                spans.spans()[k].type = EntityType::Organization;
                continue;
            }
            if (s.type != EntityType::Location || s.endToken <= s.firstToken)
                continue;
            const TokenSpan before = s;
            if (clubWordAfter(s.firstToken, s.endToken) && spans.ownerOf(s.endToken) < 0
                && sentenceOf[size_t(s.endToken)] == sentenceOf[size_t(s.firstToken)]
                && !(s.endToken + 1 < std::int32_t(tokens.size()) && capitalised(s.endToken + 1)
                    && sentenceOf[size_t(s.endToken + 1)] == sentenceOf[size_t(s.firstToken)]))
                ++s.endToken;
            if (isCapitalisedOneOf(s.firstToken - 1, clubBefore) && spans.ownerOf(s.firstToken - 1) < 0
                && sentenceOf[size_t(s.firstToken - 1)] == sentenceOf[size_t(s.firstToken)])
                --s.firstToken;
            const bool clubWordInside = s.endToken - s.firstToken >= 2
                && (isCapitalisedOneOf(s.firstToken, clubBefore)
                    || clubWordAfter(s.firstToken, s.endToken - 1));
            if (!clubWordInside)
                continue;
            // A city's office before its holder: "Naga City Mayor Nelson Legacion".
            if (s.endToken + 1 < std::int32_t(tokens.size()) && capitalised(s.endToken)
                && has(unit(s.endToken), Category::Title) && spans.ownerOf(s.endToken + 1) >= 0
                && spans.spans()[size_t(spans.ownerOf(s.endToken + 1))].type == EntityType::Person)
                continue;
            s.type = EntityType::Organization;
            if (s.firstToken != before.firstToken || s.endToken != before.endToken) {
                spans.replaceOverlapping(s);
                changed = true;
            } else {
                spans.spans()[k].type = EntityType::Organization;
            }
        }
        if (changed)
            spans.reindex();
        // A club named in full goes by its last word after it: "Manchester City ... City, owned by
        // Sheikh Mansour", "Leeds United ... United" (not "the City", nor "City Hall").
        std::vector<std::uint64_t> clubShortNames;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
                && (isCapitalisedOneOf(s.endToken - 1, m_patterns->clubWordsAfter)
                    || isCapitalisedOneOf(s.endToken - 1, m_patterns->clubWordsAfterCity))
                && (tf[size_t(s.endToken - 1)].flags & Capitalized)
                && (phraseCategories(facts, s.firstToken, s.endToken - 1) & kTownNames))
                clubShortNames.push_back(tf[size_t(s.endToken - 1)].key);
        changed = false;
        for (std::int32_t t = 1; t < std::int32_t(tokens.size()) && !clubShortNames.empty(); ++t) {
            if (!(tf[size_t(t)].flags & Capitalized)
                || std::find(clubShortNames.begin(), clubShortNames.end(), tf[size_t(t)].key)
                    == clubShortNames.end()
                || (capitalised(t - 1) && !(tf[size_t(t)].flags & SentenceStart))
                || word(t - 1).compare(u"the", Qt::CaseInsensitive) == 0
                || (t + 1 < std::int32_t(tokens.size()) && capitalised(t + 1)
                    && sentenceOf[size_t(t + 1)] == sentenceOf[size_t(t)]))
                continue;
            const int owner = spans.ownerOf(t);
            if (owner >= 0
                && (spans.spans()[size_t(owner)].firstToken != t
                    || spans.spans()[size_t(owner)].endToken != t + 1))
                continue;
            spans.replaceOverlapping({ t, t + 1, EntityType::Organization });
            changed = true;
        }
        if (changed)
            spans.reindex();
        // A known organisation named in full goes by its last word where the tagger read that
        // word alone as a person: "Aston Villa ... Villa coach Unai Emery", "Berkshire Hathaway
        // ... Hathaway said". Not where the article names a person with the word ("Lockheed Martin
        // ... Martin Bashir"), nor after a title ("Mr. Hathaway").
        std::unordered_set<std::uint64_t> lastWords;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
                && (tf[size_t(s.endToken - 1)].flags & Capitalized)
                && (m_patterns->knownOrganisations.count(keyOf(s.firstToken, s.endToken))
                    || (s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens
                        && has(phraseCategories(facts, s.firstToken, s.endToken), Category::Organization))))
                lastWords.insert(tf[size_t(s.endToken - 1)].key);
        if (!lastWords.empty()) {
            const std::unordered_set<std::uint64_t> nameWords = personNameWords();
            for (TokenSpan& s : spans.spans())
                if (s.type == EntityType::Person && s.endToken - s.firstToken == 1
                    && lastWords.count(tf[size_t(s.firstToken)].key)
                    && !nameWords.count(tf[size_t(s.firstToken)].key)
                    && !(s.firstToken > 0 && has(unit(s.firstToken - 1), Category::Title)))
                    s.type = EntityType::Organization;
        }
    }

    // Sports results: a town next to a result in a story with a score is its club ("Liverpool,
    // who beat Chelsea 3-1", "a 2-0 win over Burnley"). A country stays a place: a national side
    // is written as its country. People win by scores too (tennis), so persons stay. Each such
    // club counts three times in the article's vote, as a description does.
    std::vector<std::pair<std::uint64_t, std::int32_t>> clubResults; // keys and lengths
    std::vector<std::int32_t> resultClubStarts; // first tokens of the clubs read in a result
    {
        bool added = false;
        // The tokens of a score starting at `t` ("3", "-", "1"; "2", "–", "0"), or 0.
        // A team's goals: a number of one or two digits.
        auto goalsAt = [&](std::int32_t k) {
            if (k < 0 || k >= std::int32_t(tokens.size()) || !(tf[size_t(k)].flags & HasDigit))
                return false; // most tokens: no look at the text
            const QStringView w = word(k);
            return w.size() <= 3 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        };
        auto scoreLength = [&](std::int32_t t, std::int32_t end) -> std::int32_t {
            if (t + 2 >= end || !goalsAt(t) || !goalsAt(t + 2))
                return 0;
            return word(t + 1) == u"-" || word(t + 1) == u"\u2013" ? 3 : 0;
        };
        auto clubAt = [&](std::int32_t t) {
            // A country, or a region or other place that is no city ("Queensland", "Korea";
            // "Liverpool" is both).
            auto nation = [](CategoryMask m) {
                return (m & maskOf(Category::Country))
                    || ((m & (maskOf(Category::Region) | maskOf(Category::Place)))
                        && !(m & maskOf(Category::City)));
            };
            // A town and the word after it: "the Oklahoma City Thunder beat" (a nickname in the
            // singular).
            if (const int town = t > 0 ? spans.ownerOf(t - 1) : -1; town >= 0 && spans.ownerOf(t) < 0
                && (tf[size_t(t)].flags & Capitalized) && !(tf[size_t(t)].flags & Punctuation)
                && spans.spans()[size_t(town)].type == EntityType::Location
                && spans.spans()[size_t(town)].endToken == t
                && sentenceOf[size_t(t - 1)] == sentenceOf[size_t(t)] && !(unit(t) & kLocationMask)
                && !has(unit(t), Category::LocKeyword)) {
                const std::int32_t first = spans.spans()[size_t(town)].firstToken;
                if (t + 1 - first <= Gazetteer::kMaxPhraseTokens
                    && !nation(phraseCategories(facts, first, t))) {
                    spans.replaceOverlapping({ first, t + 1, EntityType::Organization });
                    clubResults.emplace_back(keyOf(first, t + 1), t + 1 - first);
                    resultClubStarts.push_back(first);
                    added = true;
                }
                return;
            }
            if (const int o = spans.ownerOf(t); o >= 0) {
                TokenSpan& s = spans.spans()[size_t(o)];
                if (s.type == EntityType::Location
                    && !nation(phraseCategories(facts, s.firstToken, s.endToken))) {
                    s.type = EntityType::Organization;
                    if (s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens)
                        clubResults.emplace_back(keyOf(s.firstToken, s.endToken), s.endToken - s.firstToken);
                    resultClubStarts.push_back(s.firstToken);
                }
            } else if (capitalised(t)
                && ((!(tf[size_t(t)].flags & SentenceStart) && (unit(t) & kLocationMask) && !nation(unit(t)))
                    || m_patterns->knownOrganisations.count(keyOf(t, t + 1)))) { // "Arsenal, who drew"
                spans.add({ t, t + 1, EntityType::Organization });
                clubResults.emplace_back(keyOf(t, t + 1), 1);
                resultClubStarts.push_back(t);
                added = true;
            }
        };
        // A headline rarely gives the score: "Chelsea beat Tottenham in London derby" is a result
        // where the story under it gives one.
        std::vector<bool> scored(tokenized.sentences.size(), false);
        bool resultFound = false; // a result between two clubs the tagger already typed counts too
        // A cricket result gives the margin instead: "by eight wickets", "by 45 runs".
        auto marginAt = [&](std::int32_t t, std::int32_t end) {
            return t + 2 < end && word(t) == u"by"
                && ((tf[size_t(t + 1)].flags & HasDigit) || isOneOf(t + 1, m_patterns->numberWords))
                && isOneOf(t + 2, m_patterns->marginUnits);
        };
        for (size_t si = 0; si < tokenized.sentences.size(); ++si)
            for (std::int32_t t = tokenized.sentences[si].firstToken;
                 t < tokenized.sentences[si].endToken && !scored[si]; ++t)
                scored[si] = scoreLength(t, tokenized.sentences[si].endToken) > 0
                    || marginAt(t, tokenized.sentences[si].endToken);
        const bool storyScored = std::find(scored.begin(), scored.end(), true) != scored.end();
        // A team named by a plural nickname and its town, in that order: "Sunrisers Hyderabad"
        // ("Mumbai Indians" the other way round is the town-first rule's below).
        for (std::int32_t n = 1; storyScored && n + 1 < std::int32_t(tokens.size()); ++n) {
            const QStringView w = word(n);
            if (!(tf[size_t(n)].flags & Capitalized) || (tf[size_t(n)].flags & (AllCaps | SentenceStart))
                || w.size() < 5 || w.back() != u's' || w[w.size() - 2] == u's' || spans.ownerOf(n) >= 0
                || (unit(n) & (kLocationMask | maskOf(Category::Demonym)))
                || sentenceOf[size_t(n + 1)] != sentenceOf[size_t(n)] || !capitalised(n + 1)
                || !(unit(n + 1) & kTownNames)
                || (n + 2 < std::int32_t(tokens.size()) && capitalised(n + 2)
                    && sentenceOf[size_t(n + 2)] == sentenceOf[size_t(n)]))
                continue;
            if (const int town = spans.ownerOf(n + 1); town >= 0
                && (spans.spans()[size_t(town)].type != EntityType::Location
                    || spanExactly(n + 1, n + 2) != town))
                continue;
            spans.replaceOverlapping({ n, n + 2, EntityType::Organization });
            clubResults.emplace_back(keyOf(n, n + 2), 2);
            added = true;
        }
        if (added) {
            spans.reindex();
            added = false;
        }
        // A results list: "Arsenal 2 Brighton 1; Fulham 3 Wolverhampton Wanderers 1".
        for (std::int32_t t = 1; t + 2 < std::int32_t(tokens.size()); ++t) {
            if (!goalsAt(t) || !capitalised(t - 1) || !capitalised(t + 1)
                || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)])
                continue;
            std::int32_t away = t + 1;
            while (away < std::int32_t(tokens.size()) && away - t <= 3 && capitalised(away)
                && sentenceOf[size_t(away)] == sentenceOf[size_t(t)])
                ++away;
            if (away == t + 1 || !goalsAt(away))
                continue;
            clubAt(t - 1);
            clubAt(t + 1);
            t = away;
        }
        // A story with a score is a sports story all through: "Dortmund beat Paris Saint-Germain in
        // the other semi-final", "Newcastle lost to Brighton".
        // Without a score in the sentence, both sides must be names: not "a move that stunned
        // Silicon Valley".
        auto nameAt = [&](std::int32_t k) { return capitalised(k) && !(tf[size_t(k)].flags & Punctuation); };
        for (size_t si = 0; storyScored && si < tokenized.sentences.size(); ++si) {
            const Sentence& sentence = tokenized.sentences[si];
            for (std::int32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
                if (!isOneOf(t, m_patterns->resultWords) || !(tf[size_t(t)].flags & Lowercase))
                    continue;
                std::int32_t winner = t - 1;
                while (winner > sentence.firstToken
                    && (word(winner) == u"who" || word(winner) == u"," || word(winner) == u"have"
                        || word(winner) == u"had" || word(winner) == u"has"))
                    --winner;
                // "Liverpool came from behind to beat Southampton": the subject of the clause.
                if (winner > sentence.firstToken && word(winner) == u"to") {
                    std::int32_t subject = winner - 1;
                    while (subject > sentence.firstToken && winner - subject < 6
                        && (tf[size_t(subject)].flags & Lowercase))
                        --subject;
                    if (nameAt(subject))
                        winner = subject;
                }
                std::int32_t loser = t + 1;
                while (loser < sentence.endToken) {
                    if (const std::int32_t n = scoreLength(loser, sentence.endToken))
                        loser += n;
                    else if (isOneOf(loser, m_patterns->resultLinks))
                        ++loser;
                    else
                        break;
                }
                const bool hasWinner = winner >= sentence.firstToken, hasLoser = loser < sentence.endToken;
                if (!scored[si] && !(hasWinner && hasLoser && nameAt(winner) && nameAt(loser)))
                    continue;
                resultFound = true;
                if (hasWinner)
                    clubAt(winner);
                if (hasLoser)
                    clubAt(loser);
            }
        }
        // In a story about a league or with a club's result, a town listed with a club is a club too:
        // "finishing ahead of Liverpool and Arsenal", "Chelsea, Newcastle and Brighton".
        const bool leagueStory = resultFound || !clubResults.empty()
            || std::any_of(spans.spans().begin(), spans.spans().end(), [&](const TokenSpan& s) {
                   if (s.type != EntityType::Organization || s.endToken <= s.firstToken)
                       return false;
                   const QStringView last = word(s.endToken - 1);
                   return (s.endToken - s.firstToken >= 2 && (last == u"League" || last == u"Liga"))
                       || last == u"Bundesliga" || last == u"Eredivisie";
               });
        auto clubSpan = [&](int owner) {
            if (owner < 0)
                return false;
            const TokenSpan& s = spans.spans()[size_t(owner)];
            if (s.type != EntityType::Organization || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens)
                return false;
            const std::uint64_t key = keyOf(s.firstToken, s.endToken);
            return m_patterns->knownOrganisations.count(key)
                || std::any_of(
                    clubResults.begin(), clubResults.end(), [&](const auto& c) { return c.first == key; });
        };
        for (std::int32_t t = 1; leagueStory && t + 1 < std::int32_t(tokens.size()); ++t) {
            if ((word(t) != u"and" && word(t) != u",")
                || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)])
                continue;
            const int left = spans.ownerOf(t - 1), right = spans.ownerOf(t + 1);
            if (left < 0 || right < 0)
                continue;
            // "In Mumbai, Lucknow beat Chennai": a place opening the sentence is no list's item.
            const std::int32_t leftStart = spans.spans()[size_t(left)].firstToken;
            if (word(t) == u"," && leftStart > 0 && isOneOf(leftStart - 1, m_patterns->placePrepositions))
                continue;
            if (clubSpan(left) && spans.spans()[size_t(right)].type == EntityType::Location)
                clubAt(t + 1);
            else if (clubSpan(right) && spans.spans()[size_t(left)].type == EntityType::Location)
                clubAt(t - 1);
        }
        // ... and so is a town on the other side of a game's verb from a club: "Real Madrid host
        // Getafe", "Liverpool play Manchester City" (a country stays one: "Spain face Italy").
        // (A club is also an organisation named by its town and another word: "Newcastle United".)
        auto club = [&](int owner) {
            const TokenSpan& c = spans.spans()[size_t(owner)];
            return clubSpan(owner)
                || (c.type == EntityType::Organization && c.endToken - c.firstToken >= 2
                    && (unit(c.firstToken) & kTownNames) && capitalised(c.endToken - 1));
        };
        for (std::int32_t t = 1; leagueStory && t + 1 < std::int32_t(tokens.size()); ++t) {
            if (!(tf[size_t(t)].flags & Lowercase)
                || (!isOneOf(t, m_patterns->gameVerbs) && !isOneOf(t, m_patterns->resultWords))
                || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)])
                continue;
            // "Los Angeles visits the Denver Nuggets"
            const std::int32_t r = word(t + 1) == u"the" && t + 2 < std::int32_t(tokens.size())
                    && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)]
                ? t + 2
                : t + 1;
            const int left = spans.ownerOf(t - 1), right = spans.ownerOf(r);
            if (left < 0 || spans.spans()[size_t(left)].endToken != t
                || (right >= 0 && spans.spans()[size_t(right)].firstToken != r))
                continue;
            if (club(left) && (right < 0 || spans.spans()[size_t(right)].type == EntityType::Location))
                clubAt(r); // also where the tagger found nothing ("host Villarreal")
            else if (right >= 0 && club(right) && spans.spans()[size_t(left)].type == EntityType::Location)
                clubAt(t - 1);
        }
        // ... and so is a town after its place in the table or the fixture: "within a point of
        // leaders Liverpool", "away to champions Napoli", "hosts Leeds" (a country stays one:
        // "hosts Qatar").
        for (std::int32_t t = 1; leagueStory && t < std::int32_t(tokens.size()); ++t)
            if ((tf[size_t(t - 1)].flags & Lowercase) && isOneOfSpelled(t - 1, m_patterns->tableStandings)
                && sentenceOf[size_t(t - 1)] == sentenceOf[size_t(t)])
                if (const int o = spans.ownerOf(t); o >= 0 && spans.spans()[size_t(o)].firstToken == t)
                    clubAt(t);
        // ... and so is a town's possessive before a player: "Newcastle's Alexander Isak" (not
        // "New Orleans' LaToya Cantrell" in a story of a 6-3 ruling).
        for (size_t k = 0; leagueStory && k < spans.spans().size(); ++k) {
            const TokenSpan s = spans.spans()[k];
            const std::int32_t b = s.endToken;
            if (s.type != EntityType::Location || b <= s.firstToken || b + 1 >= std::int32_t(tokens.size())
                || !isPossessive(word(b)) || sentenceOf[size_t(b + 1)] != sentenceOf[size_t(b)])
                continue;
            if (personStartsAt(b + 1))
                clubAt(s.firstToken);
        }
        // A team named by its town and a plural nickname is an organisation: "Tampa Bay Rays",
        // "St. Louis Cardinals", "Chicago White Sox"; in a story of a result or a league also where the
        // tagger kept only the town ("the Kansas City Chiefs beat the Buffalo Bills"). A place named in the
        // plural is no team ("Eureka Springs", "Englewood Cliffs"), nor is a phrase the gazetteer
        // knows as a place.
        auto nickname = [&](std::int32_t t) {
            if (t >= std::int32_t(tokens.size()) || !(tf[size_t(t)].flags & Capitalized)
                || (tf[size_t(t)].flags & AllCaps) || (unit(t) & kLocationMask)
                || has(unit(t), Category::LocKeyword) || isOneOf(t, m_patterns->landformsPlural)
                || isOneOf(t, m_patterns->placePlurals))
                return false;
            // A plural, not a name ending in "s": "Rays", "Chiefs", not "Pancras", "Lewis", "Columbus".
            const QStringView w = word(t);
            if (w == u"Sox")
                return true;
            // ... or a plural the dictionary lists ("Pumas", "Koalas").
            const QChar beforeS = w.size() >= 4 && w.back() == u's' ? w[w.size() - 2] : QChar(u's');
            return !has(unit(t), Category::NonEntity) && beforeS != u's'
                && ((beforeS != u'a' && beforeS != u'i' && beforeS != u'u' && beforeS != u'o')
                    || has(unit(t), Category::Common));
        };
        // The words [first, end) as a town and its team's nickname: one or two words closing it.
        auto townAndNickname = [&](std::int32_t first, std::int32_t end) {
            if (end - first < 2 || !nickname(end - 1)
                || (phraseCategories(facts, first, end) & kLocationMask))
                return false;
            for (std::int32_t town = end - 1; town >= std::max(first + 1, end - 2); --town)
                if ((phraseCategories(facts, first, town) & kTownNames) && capitalised(town))
                    return true;
            return false;
        };
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            const TokenSpan s = spans.spans()[k];
            if (s.type != EntityType::Location || s.endToken <= s.firstToken)
                continue;
            if (townAndNickname(s.firstToken, s.endToken)) {
                spans.spans()[k].type = EntityType::Organization;
                continue;
            }
            if (!leagueStory || s.endToken >= std::int32_t(tokens.size())
                || !(phraseCategories(facts, s.firstToken, s.endToken) & kTownNames))
                continue;
            // The words after the town: unread, or one organisation the tagger found ("Lakers").
            const int next = spans.ownerOf(s.endToken);
            for (const std::int32_t end : { s.endToken + 1, s.endToken + 2 }) {
                if (end > std::int32_t(tokens.size())
                    || sentenceOf[size_t(end - 1)] != sentenceOf[size_t(s.firstToken)])
                    break;
                const bool free = next < 0
                    || (spans.spans()[size_t(next)].type == EntityType::Organization
                        && spanExactly(s.endToken, end) == next);
                if (!free || (end - 1 > s.endToken && spans.ownerOf(end - 1) >= 0 && next < 0))
                    break;
                if (townAndNickname(s.firstToken, end)) {
                    spans.replaceOverlapping({ s.firstToken, end, EntityType::Organization });
                    added = true;
                    break;
                }
            }
        }
        // ... and so is a team's nickname alone, after "the" or its country's possessive, in a
        // sentence of the game: "The Springboks led 24-17", "hand the All Blacks their first win",
        // "host Argentina's Pumas" (not "the Olympic Games", "the Williams sisters").
        // A nickname in the singular counts where the article named the team with its town, in
        // any sentence: "the Oklahoma City Thunder ... for the Thunder, who have won six straight";
        // so does a known team's outside game stories ("the Kansas City Chiefs tight end ... the
        // Chiefs played").
        std::vector<std::uint64_t> teamWords;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
                && (tf[size_t(s.endToken - 1)].flags & Capitalized)
                && !has(unit(s.endToken - 1), Category::OrgKeyword)
                && (phraseCategories(facts, s.firstToken, s.endToken - 1) & kTownNames)
                && (leagueStory || m_patterns->knownOrganisations.count(keyOf(s.firstToken, s.endToken))))
                teamWords.push_back(tf[size_t(s.endToken - 1)].key);
        auto teamWord = [&](std::int32_t t) {
            return std::find(teamWords.begin(), teamWords.end(), tf[size_t(t)].key) != teamWords.end()
                && !(unit(t) & kLocationMask);
        };
        for (size_t si = 0; (leagueStory || !teamWords.empty()) && si < tokenized.sentences.size(); ++si) {
            const Sentence& sentence = tokenized.sentences[si];
            bool ofTheGame = leagueStory && scored[si];
            for (std::int32_t t = sentence.firstToken; leagueStory && t < sentence.endToken && !ofTheGame;
                 ++t)
                ofTheGame = (tf[size_t(t)].flags & Lowercase)
                    && (isOneOf(t, m_patterns->resultWords) || isOneOf(t, m_patterns->gameVerbs));
            for (std::int32_t t = sentence.firstToken + 1; t < sentence.endToken; ++t) {
                constexpr CategoryMask kPeople = maskOf(Category::Person) | maskOf(Category::FirstName)
                    | maskOf(Category::Surname) | maskOf(Category::Title);
                if (!((ofTheGame && nickname(t)) || teamWord(t)) || (tf[size_t(t)].flags & SentenceStart)
                    || (unit(t) & kPeople) || isOneOf(t, m_patterns->competitionPlurals)
                    || (t + 1 < sentence.endToken && capitalised(t + 1)))
                    continue;
                std::int32_t first = t;
                if (first - 2 >= sentence.firstToken && capitalised(first - 1)
                    && !(tf[size_t(first - 1)].flags & Punctuation) && !has(unit(first - 1), Category::Title)
                    && (word(first - 2) == u"the" || word(first - 2) == u"The"))
                    --first;
                // "the Blacks" are people; "the All Blacks" a team.
                if (phraseCategories(facts, first, t + 1) & (maskOf(Category::Demonym) | kLocationMask))
                    continue;
                const bool afterThe = word(first - 1) == u"the" || word(first - 1) == u"The";
                const int country
                    = first >= 2 && isPossessive(word(first - 1)) ? spans.ownerOf(first - 2) : -1;
                const bool afterCountry = country >= 0
                    && spans.spans()[size_t(country)].type == EntityType::Location
                    && spans.spans()[size_t(country)].endToken == first - 1;
                if (!afterThe && !afterCountry)
                    continue;
                if (const int o = spans.ownerOf(t); o >= 0 && spanExactly(first, t + 1) != o)
                    continue;
                added = nameAs(first, t + 1, EntityType::Organization) || added;
                clubResults.emplace_back(keyOf(first, t + 1), t + 1 - first);
            }
        }
        if (added)
            spans.reindex();
    }

    // A word with a capital inside ("EuBiologics", "WilmerHale", "OpenAI") names a company, not a
    // place, unless the gazetteer knows the place ("McAllen", "DeKalb").
    auto capitalInside = [](QStringView w) {
        // Surname prefixes put one inside people's names: "McGilloway", "DiCaprio".
        for (const QStringView prefix : { u"Mc", u"Mac", u"De", u"Di", u"Da", u"La", u"Le", u"Van", u"Von" })
            if (w.size() > prefix.size() && w.startsWith(prefix) && w[prefix.size()].isUpper())
                return false;
        for (qsizetype i = 1; i < w.size(); ++i)
            if (w[i - 1].isLower() && w[i].isUpper())
                return true;
        return false;
    };
    for (TokenSpan& s : spans.spans())
        if (s.type == EntityType::Location && s.endToken - s.firstToken == 1
            && !(unit(s.firstToken) & kLocationMask) && capitalInside(word(s.firstToken)))
            s.type = EntityType::Organization;

    // The word after "anti-" or "pro-" is no part of the name after it: "the anti-Western People's
    // Power party", "the pro-Kremlin United Russia party" (a name the lists know stays a name of
    // its own: "Kremlin").
    {
        bool trimmed = false;
        std::vector<TokenSpan> compounds;
        for (TokenSpan& s : spans.spans()) {
            // The prefix itself is no part of a name of its own: "Ex-FTX executive" (not "the
            // Anti-Fraud Centre").
            if (s.endToken - s.firstToken == 3 && afterPrefix(s.firstToken + 2)
                && ownName(s.firstToken + 2)) {
                s.firstToken += 2;
                trimmed = true;
                continue;
            }
            const std::int32_t f = s.firstToken;
            if (s.endToken - f < 2 || !afterPrefix(f) || !capitalised(f + 1) || exPrefix(f - 2))
                continue;
            s.firstToken = f + 1;
            trimmed = true;
            if (const std::optional<EntityType> type = gazetteerType(f, f + 1);
                type && !has(unit(f), Category::Demonym))
                compounds.push_back({ f, f + 1, *type });
        }
        if (trimmed) {
            spans.reindex(); // the trimmed words are free now
            for (const TokenSpan& s : compounds)
                if (spans.isFree(s.firstToken, s.endToken))
                    spans.add(s);
            spans.reindex();
        }
    }

    // A ministry's fields listed with commas belong to its name: "Ministry of Land, Infrastructure
    // and Transport", "Department for Environment, Food and Rural Affairs" (each field one or two
    // dictionary words with capitals, the list closed by "and"; not "the Ministry of Finance,
    // Reuters and Bloomberg").
    {
        const auto tokenCount = std::int32_t(tokens.size());
        std::vector<TokenSpan> grown;
        for (const TokenSpan& s : spans.spans()) {
            const std::int32_t end = s.endToken;
            if (s.type != EntityType::Organization || end - s.firstToken < 3 || end + 3 >= tokenCount
                || word(end) != u"," || !has(unit(s.firstToken), Category::OrgKeyword)
                || (word(s.firstToken + 1) != u"of" && word(s.firstToken + 1) != u"for"))
                continue;
            std::int32_t t = end;
            bool closed = false;
            while (t + 1 < tokenCount && !closed && sentenceOf[size_t(t)] == sentenceOf[size_t(end)]) {
                const QStringView separator = word(t);
                if (separator != u"," && separator != u"and")
                    break;
                std::int32_t k = t + 1;
                while (k < tokenCount && k - t <= 2 && capitalised(k) && !(tf[size_t(k)].flags & AllCaps)
                    && has(unit(k), Category::Common) && sentenceOf[size_t(k)] == sentenceOf[size_t(end)])
                    ++k;
                if (k == t + 1 || (k < tokenCount && capitalised(k)))
                    break;
                t = k;
                closed = separator == u"and";
            }
            if (closed)
                grown.push_back({ s.firstToken, t, EntityType::Organization });
        }
        for (const TokenSpan& s : grown)
            spans.replaceOverlapping(s);
        if (!grown.empty())
            spans.reindex();
    }

    // A capitalised word closing in "bank" that no dictionary lists is a bank ("Gazprombank",
    // "Halkbank", "Sberbank"), wherever it stands and whatever the tagger read it as; not a river's
    // bank of a place ("Westbank" is a town the gazetteer knows), a surname ("Fairbank") nor a word
    // ("Riverbank").
    {
        bool added = false;
        for (std::int32_t t = 0; t < std::int32_t(tokens.size()); ++t) {
            const TokenFacts& f = tf[size_t(t)];
            if (!(f.flags & Capitalized) || (f.flags & (AllCaps | HasDigit)) || f.length < 7)
                continue;
            const QStringView w = word(t);
            if (!w.endsWith(u"bank")
                || (unit(t)
                    & (kLocationMask | maskOf(Category::Common) | maskOf(Category::Surname)
                        | maskOf(Category::Person))))
                continue;
            if (const int owner = spans.ownerOf(t); owner >= 0) {
                TokenSpan& s = spans.spans()[size_t(owner)];
                if (s.firstToken == t && s.endToken == t + 1)
                    s.type = EntityType::Organization;
                continue; // a longer name: "Gazprombank Invest"
            }
            spans.add({ t, t + 1, EntityType::Organization });
            added = true;
        }
        if (added)
            spans.reindex();
    }

    // Two person spans with only spaces and name particles between are one name ("Mahmoud"
    // "Abbas", "Von" der "Leyen"): news separates different people with punctuation or words.
    {
        auto& list = spans.spans();
        std::sort(list.begin(), list.end());
        std::vector<TokenSpan> merged;
        auto joinable = [&](const TokenSpan& left, const TokenSpan& right) {
            if (left.type != EntityType::Person || right.type != EntityType::Person
                || right.firstToken - left.endToken > 2
                || sentenceOf[size_t(right.firstToken)] != sentenceOf[size_t(left.endToken - 1)])
                return false;
            for (std::int32_t t = left.endToken; t < right.firstToken; ++t)
                if (!isNameParticle(word(t)))
                    return false;
            for (std::int32_t t = left.endToken; t <= right.firstToken; ++t)
                if (text.mid(tokens[size_t(t - 1)].end, tokens[size_t(t)].begin - tokens[size_t(t - 1)].end)
                    != u" ")
                    return false;
            return true;
        };
        for (const TokenSpan& s : list) {
            if (!merged.empty() && joinable(merged.back(), s)) {
                merged.back().endToken = s.endToken;
                continue;
            }
            merged.push_back(s);
        }
        list = std::move(merged);
        spans.reindex();
    }

    // South Asian names joined by a hyphenated Arabic particle are one name: "Waker-uz-Zaman",
    // "Zia-ul-Haq", "Mujib-ur-Rahman" (the tagger read two people).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 3 < count; ++t) {
            if (tokens[size_t(t + 1)].length() != 2 || !(tf[size_t(t + 1)].flags & Lowercase))
                continue;
            const QStringView w = word(t + 1);
            if (!tightHyphen(t) || !tightHyphen(t + 2) || !capitalised(t - 1) || !capitalised(t + 3)
                || !(w == u"ul" || w == u"ur" || w == u"uz" || w == u"ud" || w == u"us" || w == u"un"))
                continue;
            const int left = spans.ownerOf(t - 1), right = spans.ownerOf(t + 3);
            const bool person = (left >= 0 && spans.spans()[size_t(left)].type == EntityType::Person)
                || (right >= 0 && spans.spans()[size_t(right)].type == EntityType::Person);
            if (!person)
                continue;
            const std::int32_t first = left >= 0 ? spans.spans()[size_t(left)].firstToken : t - 1;
            const std::int32_t end = right >= 0 ? spans.spans()[size_t(right)].endToken : t + 4;
            spans.replaceOverlapping({ first, end, EntityType::Person });
            changed = true;
            t += 3;
        }
        if (changed)
            spans.reindex();
    }

    // A given name, a name particle and a capitalised word are a person, whatever the tagger
    // made of the last word: "Laurence des Cars" (not a name with an organisation's head word or
    // one a list knows, "Banco de Bogotá").
    for (TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Organization || s.endToken - s.firstToken != 3
            || !has(unit(s.firstToken), Category::FirstName) || !isNameParticle(word(s.firstToken + 1))
            || !(tf[size_t(s.firstToken + 1)].flags & Lowercase) || !capitalised(s.firstToken + 2)
            || (phraseCategories(facts, s.firstToken, s.endToken)
                & (kLocationMask | maskOf(Category::Organization)))
            || m_patterns->knownOrganisations.count(keyOf(s.firstToken, s.endToken)))
            continue;
        bool headWord = false;
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
            headWord
                = headWord || has(unit(t), Category::OrgKeyword) || isOneOf(t, m_patterns->ruleHeadWords);
        if (!headWord)
            s.type = EntityType::Person;
    }

    // The last of two name particles in a row that a word follows ("von der Leyen"), else `particle`.
    auto lastParticle = [&](std::int32_t particle) {
        return particle + 2 < std::int32_t(tokens.size()) && isNameParticle(word(particle))
                && isNameParticle(word(particle + 1))
            ? particle + 1
            : particle;
    };
    // A name particle continues a person's name over the next capitalised word, even one that is
    // a place or a dictionary word elsewhere: "Erik ten Hag", "Maria dos Santos".
    {
        bool changed = false;
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            TokenSpan s = spans.spans()[k];
            if (s.type != EntityType::Person || s.endToken <= s.firstToken)
                continue;
            // The particle may be hyphenated to the surname ("Abdel Fattah el-Sisi"), or two
            // ("Ursula von der Leyen").
            const std::int32_t particle = lastParticle(s.endToken);
            const bool hyphenated = tightHyphen(particle + 1);
            const std::int32_t surname = particle + (hyphenated ? 2 : 1);
            if (surname >= std::int32_t(tokens.size())
                || sentenceOf[size_t(surname)] != sentenceOf[size_t(s.firstToken)]
                || !isNameParticle(word(particle)) || !spans.isFree(s.endToken, surname)
                || !capitalised(surname) || (tf[size_t(surname)].flags & SentenceStart)
                || has(unit(surname), Category::Country))
                continue;
            const int owner = spans.ownerOf(surname);
            if (owner >= 0
                && spans.spans()[size_t(owner)].endToken - spans.spans()[size_t(owner)].firstToken > 1)
                continue;
            s.endToken = surname + 1;
            spans.replaceOverlapping(s);
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A given name, a name particle and a capitalised word the tagger passed over are a person:
    // "Erik ten Hag praised ...", "Ursula von der Leyen said".
    {
        bool changed = false;
        for (std::int32_t t = 0; t + 2 < std::int32_t(tokens.size()); ++t) {
            const CategoryMask u = unit(t);
            if (!(tf[size_t(t)].flags & Capitalized) || (tf[size_t(t)].flags & AllCaps)
                || !has(u, Category::FirstName) || has(u, Category::Common) || (u & kLocationMask)
                || !isNameParticle(word(t + 1)))
                continue;
            const std::int32_t surname = lastParticle(t + 1) + 1;
            if (sentenceOf[size_t(surname)] != sentenceOf[size_t(t)]
                || !(tf[size_t(surname)].flags & Capitalized) || !spans.isFree(t, surname + 1))
                continue;
            spans.add({ t, surname + 1, EntityType::Person });
            changed = true;
            t = surname;
        }
        if (changed)
            spans.reindex();
    }

    // A given name, or a capitalised word that is no dictionary word, place, title or
    // organisation, right before a person's name is the name's first part: "McLaren's Lando
    // Norris", "team principal Christian Horner", where the tagger kept only the surname. Asked
    // again once the article's vote has found the surname elsewhere ("Jannik Sinner" after "Sinner,
    // 22,").
    auto joinGivenNamesLeftOut = [&] {
        bool changed = false;
        const CategoryMask notAGivenName = kLocationMask | maskOf(Category::Organization)
            | maskOf(Category::OrgKeyword) | maskOf(Category::LocKeyword) | maskOf(Category::Title)
            | maskOf(Category::NonEntity);
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            TokenSpan s = spans.spans()[k];
            const std::int32_t given = s.firstToken - 1;
            if (s.type != EntityType::Person || s.endToken <= s.firstToken || given < 0
                || sentenceOf[size_t(given)] != sentenceOf[size_t(s.firstToken)]
                || !(tf[size_t(given)].flags & Capitalized)
                || (tf[size_t(given)].flags & (AllCaps | HasPeriod))
                || tokens[size_t(given)].end + 1 != tokens[size_t(s.firstToken)].begin
                || text[tokens[size_t(given)].end] != u' ')
                continue;
            const CategoryMask u = unit(given);
            // A given name that is also a town, read as the town: "Madison Keys", "Phoenix Raei".
            const int owner = spans.ownerOf(given);
            const bool townAsGivenName = owner >= 0 && spans.spans()[size_t(owner)].firstToken == given
                && spans.spans()[size_t(owner)].endToken == given + 1
                && spans.spans()[size_t(owner)].type == EntityType::Location && has(u, Category::FirstName)
                && !(u & (notAGivenName & ~kLocationMask));
            if (owner >= 0 && !townAsGivenName)
                continue;
            // A sentence's first word that is also a dictionary word is rather the word: "Ask Mary
            // about it", "Call Dave" (unless the article capitalises it elsewhere too).
            const bool sentenceWord = (tf[size_t(given)].flags & SentenceStart) && has(u, Category::Common)
                && !(tf[size_t(given)].flags & CapitalizedMidSentenceElsewhere);
            // Opening a sentence, a word no list knows at all that reads like no inflected word:
            // "Lando Norris of McLaren" ("Replacing Norris", "Reportedly Norris" do not).
            const QStringView givenWord = word(given);
            const bool unknownOpening = (tf[size_t(given)].flags & SentenceStart) && u == 0
                && !(tf[size_t(given)].flags & LowercaseElsewhere) && givenWord.size() >= 3
                && !givenWord.endsWith(u"ing") && !givenWord.endsWith(u"ed") && !givenWord.endsWith(u"ly")
                && !endsLikePlural(givenWord) && !isIrregularPlural(givenWord); // "Whereas", "Children"
            const bool givenName = (has(u, Category::FirstName) && !sentenceWord) || unknownOpening
                || (!(tf[size_t(given)].flags & (SentenceStart | LowercaseElsewhere))
                    && !has(u, Category::Common) && !has(u, Category::Demonym) && !has(u, Category::Surname)
                    && !has(u, Category::Person) && !isCapitalisedOneOf(given, m_patterns->functionWords));
            // A follower or a creed is no given name: "Scientologist Tom Cruise", "Maoist".
            const bool follower = givenWord.endsWith(u"ist") || givenWord.endsWith(u"ists");
            // Vietnamese and Korean surnames spelled like English function words, capitalised after a
            // lower-case word outside a headline: "party leader To Lam", "world champion An Se-young".
            const bool surnameLikeAWord = (givenWord == u"To" || givenWord == u"Do" || givenWord == u"An")
                && !(tf[size_t(given)].flags & SentenceStart) && given > 0
                && (tf[size_t(given - 1)].flags & Lowercase) && !headline[size_t(sentenceOf[size_t(given)])]
                && tf[size_t(given)].sentenceCasing != SentenceCasing::AllCaps;
            if (surnameLikeAWord) {
                s.firstToken = given;
                spans.replaceOverlapping(s);
                changed = true;
                continue;
            }
            if (!givenName || follower || (u & notAGivenName & ~(townAsGivenName ? kLocationMask : 0))
                || givenWord.size() < 2
                || isOneOf(given, m_patterns->ruleTitleWords) // "Alderwoman Lakeisha Purchase"
                || isCapitalisedOneOf(given, m_patterns->functionWords)) // "So Bush stopped flying"
                continue;
            s.firstToken = given;
            spans.replaceOverlapping(s);
            changed = true;
        }
        if (changed)
            spans.reindex();
    };
    joinGivenNamesLeftOut();

    // Hyphenated names are one name: "Ocasio-Cortez", "Bankman-Fried", "Coca-Cola". The hyphen
    // must touch both words; a part that is a place or organisation of its own keeps the two
    // names apart ("US-China talks"), as do two surnames the article uses on their own ("the
    // Biden-Harris administration" after "Joe Biden" and "Kamala Harris"); an en dash always
    // does ("Budapest–Belgrade").
    {
        // Many surnames are also the name of some town ("Moreno", "Vidal"): beside a person's
        // name only countries and organisations count as names of their own.
        auto standsAlone = [&](std::int32_t t, EntityType type) {
            const CategoryMask own = type == EntityType::Person
                ? maskOf(Category::Country) | maskOf(Category::Organization)
                : kLocationMask | maskOf(Category::Organization);
            return (unit(t) & own) != 0;
        };
        std::unordered_set<std::uint64_t> surnamesOnTheirOwn;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Person && s.endToken - s.firstToken >= 2 && !tightHyphen(s.endToken)
                && !tightHyphen(s.endToken - 2))
                surnamesOnTheirOwn.insert(tf[size_t(s.endToken - 1)].key);
        // ... unless the article names someone with the compound after a given name: "Sam
        // Bankman-Fried" beside his parents "Joseph Bankman" and "Barbara Fried" ("FTX founder
        // Bankman-Fried sentenced").
        std::unordered_set<std::uint64_t> surnameCompounds;
        for (std::int32_t t = 1; t + 2 < std::int32_t(tokens.size()); ++t)
            if (tightHyphen(t + 1) && capitalised(t) && capitalised(t + 2) && capitalised(t - 1)
                && has(unit(t - 1), Category::FirstName) && personStartsAt(t - 1)
                && spans.ownerOf(t) == spans.ownerOf(t - 1))
                surnameCompounds.insert(keyOf(t, t + 3));
        // Two known companies stay two ("the Kroger-Albertsons merger"; not "Coca-Cola").
        auto twoKnownCompanies = [&](std::int32_t a, std::int32_t b) {
            const auto& known = m_patterns->knownOrganisations;
            return known.count(keyOf(a, a + 1)) && known.count(keyOf(b, b + 1))
                && !known.count(keyOf(std::min(a, b), std::max(a, b) + 1));
        };
        auto joins = [&](const TokenSpan& s, std::int32_t part, std::int32_t other) {
            if (!capitalised(part) || standsAlone(part, s.type) || (tf[size_t(part)].flags & Punctuation)
                || twoKnownCompanies(part, other)
                || (part < other && capitalisedPrefix(part) && (ownName(other) || exPrefix(part))))
                return false;
            if (s.type == EntityType::Person && surnamesOnTheirOwn.count(tf[size_t(part)].key)
                && surnamesOnTheirOwn.count(tf[size_t(other)].key)
                && !surnameCompounds.count(keyOf(std::min(part, other), std::max(part, other) + 1)))
                return false;
            const int owner = spans.ownerOf(part);
            return owner < 0 || spans.spans()[size_t(owner)].type == s.type;
        };
        bool changed = false;
        // Romanised Chinese and Korean given names: "Kim Jong-un", "Moon Jae-in", "Tsai Ing-wen".
        // The lower-case syllable is short and no English word, so "Joe Biden-era" and
        // "Trump-backed" stay as they are.
        // After a full name a syllable of four letters may be a word too: "Lee Yue-shun".
        auto syllable = [&](std::int32_t t, bool afterFullName = false) {
            const QStringView w = word(t);
            static constexpr const char16_t* kCompoundWords[] = { u"era", u"led", u"run", u"ish", u"age",
                u"law", u"act", u"fan", u"man", u"men", u"war", u"day", u"like", u"type", u"free", u"held",
                u"made", u"born", u"fans", u"camp", u"team", u"time", u"term", u"plan", u"deal", u"role" };
            if (w.isEmpty() || w.size() > 5 || spans.ownerOf(t) >= 0 || w.endsWith(u"ed")
                || w.endsWith(u"ing")
                || (w.size() > (afterFullName ? 4 : 3) && has(unit(t), Category::Common)))
                return false;
            for (const char16_t* c : kCompoundWords)
                if (w == QStringView(c))
                    return false;
            for (QChar c : w)
                if (!c.isLower())
                    return false;
            return true;
        };
        auto shortCapitalised = [&](std::int32_t t) {
            return capitalised(t) && word(t).size() <= 5 && !(tf[size_t(t)].flags & AllCaps);
        };
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            TokenSpan s = spans.spans()[k];
            if (s.type != EntityType::Person || s.endToken <= s.firstToken)
                continue;
            if (s.endToken - s.firstToken >= 2 && shortCapitalised(s.endToken - 1) && tightHyphen(s.endToken)
                && syllable(s.endToken + 1, true))
                s.endToken += 2;
            else if (s.endToken + 2 < std::int32_t(tokens.size()) && spans.ownerOf(s.endToken) < 0
                && shortCapitalised(s.endToken) && !(unit(s.endToken) & kLocationMask)
                && sentenceOf[size_t(s.endToken)] == sentenceOf[size_t(s.firstToken)]
                && tightHyphen(s.endToken + 1) && syllable(s.endToken + 2))
                s.endToken += 3;
            else
                continue;
            spans.replaceOverlapping(s);
            changed = true;
        }
        if (changed)
            spans.reindex();
        std::vector<TokenSpan> parts;
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Person)
                continue;
            for (std::int32_t h = s.firstToken + 1; h + 1 < s.endToken; ++h) {
                if (tightHyphen(h)
                    && ((surnamesOnTheirOwn.count(tf[size_t(h - 1)].key)
                            && surnamesOnTheirOwn.count(tf[size_t(h + 1)].key))
                        || twoKnownCompanies(h - 1, h + 1))) {
                    if (twoKnownCompanies(h - 1, h + 1))
                        s.type = EntityType::Organization;
                    parts.push_back({ s.firstToken, h, s.type });
                    s.firstToken = h + 1;
                    changed = true;
                }
            }
        }
        for (const TokenSpan& part : parts)
            spans.spans().push_back(part);
        if (changed)
            spans.reindex();
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            TokenSpan s = spans.spans()[k];
            if (s.type == EntityType::Location || s.endToken <= s.firstToken)
                continue;
            const TokenSpan before = s;
            while (tightHyphen(s.endToken) && !standsAlone(s.endToken - 1, s.type)
                && joins(s, s.endToken + 1, s.endToken - 1)) {
                const int owner = spans.ownerOf(s.endToken + 1);
                s.endToken = owner >= 0 ? spans.spans()[size_t(owner)].endToken : s.endToken + 2;
            }
            while (tightHyphen(s.firstToken - 1) && !standsAlone(s.firstToken, s.type)
                && joins(s, s.firstToken - 2, s.firstToken)) {
                const int owner = spans.ownerOf(s.firstToken - 2);
                s.firstToken = owner >= 0 ? spans.spans()[size_t(owner)].firstToken : s.firstToken - 2;
            }
            if (s.firstToken != before.firstToken || s.endToken != before.endToken) {
                spans.replaceOverlapping(s); // empties the spans it covers, appends the joined one
                changed = true;
            }
        }
        if (changed)
            spans.reindex();
    }

    // National bodies named by their field and country: "Parks Canada", "Cricket Australia",
    // "Health New Zealand" (before "known as", which may name them again).
    std::vector<std::pair<std::uint64_t, std::int32_t>> nationalBodies; // keys and lengths
    {
        bool changed = false;
        for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
            if (!isCapitalisedOneOf(t, m_patterns->nationalBodyFields)
                || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)] || !capitalised(t + 1))
                continue;
            const int owner = spans.ownerOf(t + 1);
            std::int32_t end = owner >= 0 && spans.spans()[size_t(owner)].firstToken == t + 1
                ? spans.spans()[size_t(owner)].endToken
                : t + 2;
            if (owner >= 0 && spans.spans()[size_t(owner)].firstToken == t + 1
                && spans.spans()[size_t(owner)].type != EntityType::Location)
                continue;
            if (owner < 0 || spans.spans()[size_t(owner)].firstToken != t + 1)
                for (auto m = matchesFrom(facts, t + 1); m != facts.matches.end() && m->firstToken == t + 1;
                     ++m)
                    if (m->categories & (maskOf(Category::Country) | maskOf(Category::Region)))
                        end = std::max(end, m->endToken);
            // "UK" is a place in the gazetteer, like a street.
            const bool countryInitials
                = end == t + 2 && (tf[size_t(t + 1)].flags & AllCaps) && has(unit(t + 1), Category::Place);
            if ((!(phraseCategories(facts, t + 1, end)
                     & (maskOf(Category::Country) | maskOf(Category::Region)))
                    && !countryInitials)
                || (end < std::int32_t(tokens.size()) && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                    && capitalised(end)))
                continue;
            std::int32_t first = t;
            if (first > 0 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                && isCapitalisedOneOf(first - 1, m_patterns->nationalBodyModifiers))
                --first;
            // "Citizenship and Immigration Canada"; not "Cricket Australia and Tennis Australia".
            if (first >= 2 && word(first - 1) == u"and"
                && sentenceOf[size_t(first - 2)] == sentenceOf[size_t(t)] && capitalised(first - 2)
                && !isOneOf(first - 2, m_patterns->functionWords) && spans.ownerOf(first - 2) < 0
                && !(unit(first - 2) & kLocationMask))
                first -= 2;
            changed = nameAs(first, end, EntityType::Organization) || changed;
            nationalBodies.emplace_back(keyOf(first, end), end - first);
        }
        // ... and sports bodies named by country and sport: "USA Gymnastics", "British Cycling",
        // "England Rugby".
        for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
            if (!(tf[size_t(t)].flags & tf[size_t(t + 1)].flags & Capitalized)
                || !isCapitalisedOneOf(t, m_patterns->sportsBodyCountries)
                || !isCapitalisedOneOf(t + 1, m_patterns->sportsBodyFields)
                || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)]
                || (t + 2 < std::int32_t(tokens.size()) && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)]
                    && capitalised(t + 2) && !(tf[size_t(t + 2)].flags & Punctuation)))
                continue;
            if (const int owner = spans.ownerOf(t + 1);
                owner >= 0 && spans.spans()[size_t(owner)].endToken > t + 2)
                continue;
            changed = nameAs(t, t + 2, EntityType::Organization) || changed;
            nationalBodies.emplace_back(keyOf(t, t + 2), 2);
        }
        if (changed)
            spans.reindex();
    }

    // Where people post, a name is the platform: "in a post on X" (read as a person's initial),
    // "wrote on Truth Social".
    {
        bool changed = false;
        for (std::int32_t t = 1, count = std::int32_t(tokens.size()); t + 1 < count; ++t) {
            if (tokens[size_t(t)].length() != 2 || word(t) != u"on"
                || !isOneOf(t - 1, m_patterns->postingWords) || !(tf[size_t(t - 1)].flags & Lowercase)
                || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)] || !capitalised(t + 1)
                || has(unit(t + 1), Category::NonEntity))
                continue;
            const int owner = spans.ownerOf(t + 1);
            if (owner < 0) {
                std::int32_t end = t + 2;
                while (end < count && end - t <= 3 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                    && capitalised(end) && !(tf[size_t(end)].flags & Punctuation) && spans.ownerOf(end) < 0)
                    ++end;
                if ((end == t + 2 && has(unit(t + 1), Category::Common))
                    || (end < count && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)))
                    continue;
                spans.add({ t + 1, end, EntityType::Organization });
                changed = true;
            } else if (TokenSpan& s = spans.spans()[size_t(owner)];
                       s.firstToken == t + 1 && s.type == EntityType::Person) {
                s.type = EntityType::Organization; // "X" (read as an initial)
            }
        }
        if (changed)
            spans.reindex();
    }

    // A name before the kind of publication it is names the publication: "Vibe magazine", "the
    // Bild tabloid", "the Yonhap news agency" (not "the French newspaper", "a Sunday newspaper").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t < count; ++t) {
            if (!(tf[size_t(t)].flags & Lowercase) || !(tf[size_t(t - 1)].flags & (Capitalized | AllCaps))
                || !isOneOf(t, m_patterns->publicationKinds)
                || (word(t) == u"news" && !(t + 1 < count && word(t + 1) == u"agency")))
                continue;
            // ("Travel and Leisure magazine", "Field & Stream magazine")
            std::int32_t first = t;
            while (first > 0 && t - first < 4 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                && (((capitalised(first - 1) || (tf[size_t(first - 1)].flags & AllCaps))
                        && !(tf[size_t(first - 1)].flags & Punctuation))
                    || (first - 1 > 0 && first < t && (word(first - 1) == u"and" || word(first - 1) == u"&")
                        && capitalised(first - 2))))
                --first;
            if (first == t || (tf[size_t(first)].flags & SentenceStart) || crossedBySpan(first, t))
                continue;
            bool name = true;
            for (std::int32_t k = first; k < t && name; ++k)
                name = !has(unit(k), Category::Demonym) && !has(unit(k), Category::NonEntity)
                    && !has(unit(k), Category::Title) && !(unit(k) & kLocationMask);
            if (!name)
                continue;
            if (const int owner = spans.ownerOf(first); owner >= 0 && spanExactly(first, t) == owner
                && spans.spans()[size_t(owner)].type != EntityType::Person)
                continue;
            changed = nameAs(first, t, EntityType::Organization) || changed;
        }
        if (changed)
            spans.reindex();
    }

    // A name "known as" another is the same kind of thing: "Mohamed Hamdan Dagalo, known as
    // Hemedti", "the National Forest Corporation, known as Conaf". What the article says so settles
    // the name's other occurrences too ("Ghana Cocoa Board, known as Cocobod ... allow Cocobod to").
    std::vector<std::tuple<std::uint64_t, EntityType, std::int32_t>> namesKnownAs; // key, type, length
    {
        bool changed = false;
        for (std::int32_t t = 2; t + 2 < std::int32_t(tokens.size()); ++t) {
            if (tf[size_t(t)].key != m_patterns->knownWord || word(t + 1) != u"as" || !capitalised(t + 2)
                || sentenceOf[size_t(t + 2)] != sentenceOf[size_t(t)])
                continue;
            std::int32_t before = t - 1;
            // A new name before its old one is the same kind of thing: "X, formerly known as
            // Twitter", "Meta, previously known as Facebook".
            if ((word(before) == u"formerly" || word(before) == u"previously") && before >= 2
                && word(before - 1) == u",") {
                const int old = spans.ownerOf(t + 2);
                std::int32_t first = before - 1;
                while (first > 0 && before - 1 - first < 4 && capitalised(first - 1)
                    && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                    && !(tf[size_t(first - 1)].flags & Punctuation) && !has(unit(first - 1), Category::Title))
                    --first;
                if (old >= 0 && spans.spans()[size_t(old)].firstToken == t + 2 && first < before - 1
                    && !(tf[size_t(first)].flags & SentenceStart && has(unit(first), Category::Common)
                        && before - 1 - first == 1 && !(tf[size_t(first)].flags & AllCaps)))
                    changed = nameAs(first, before - 1, spans.spans()[size_t(old)].type) || changed;
                continue;
            }
            if (word(before) == u"also" || word(before) == u"better" || word(before) == u"widely")
                --before;
            if (before > 0 && word(before) == u",")
                --before;
            const int named = spans.ownerOf(before);
            // ... and so is a description: "the accident investigation center, known as Cenipa".
            std::optional<EntityType> type;
            if (named >= 0 && spans.spans()[size_t(named)].endToken == before + 1)
                type = spans.spans()[size_t(named)].type;
            else if (named < 0 && (tf[size_t(before)].flags & Lowercase)
                && (isOneOfSpelled(before, m_patterns->organisationNouns)
                    || isOneOf(before, m_patterns->armedForces) || word(before) == u"center"
                    || word(before) == u"centre"))
                type = EntityType::Organization;
            else if (named < 0 && (tf[size_t(before)].flags & Lowercase)
                && (isOneOf(before, m_patterns->settlementWords)
                    || isOneOf(
                        before, m_patterns->settlementPlurals))) // "southern suburbs, known as Dahiyeh"
                type = EntityType::Location;
            if (!type)
                continue;
            std::int32_t end = t + 2;
            while (end < std::int32_t(tokens.size()) && end < t + 5
                && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
                && !has(unit(end), Category::Title))
                ++end;
            if (end == t + 2)
                continue;
            changed = nameAs(t + 2, end, *type) || changed;
            // Only a type the words show settles the other occurrences: a description, a head word
            // ("Board"), a name the lists know or a given name; not the tagger's guess alone ("a man
            // named El-Shukrijumah, also known as Jafar the Pilot" read as a place).
            bool shown = named < 0;
            if (!shown) {
                const TokenSpan& s = spans.spans()[size_t(named)];
                const CategoryMask head = unit(s.endToken - 1);
                const CategoryMask known = phraseCategories(facts, s.firstToken, s.endToken);
                shown = (*type == EntityType::Organization
                            && (has(head, Category::OrgKeyword) || has(known, Category::Organization)))
                    || (*type == EntityType::Location
                        && (has(head, Category::LocKeyword) || (known & kLocationMask)))
                    || (*type == EntityType::Person && s.endToken - s.firstToken >= 2
                        && has(unit(s.firstToken), Category::FirstName));
            }
            if (shown)
                namesKnownAs.emplace_back(keyOf(t + 2, end), *type, end - (t + 2));
        }
        if (changed)
            spans.reindex();
    }

    // Chinese names, surname first, which the tagger often halves or misses at a sentence's start:
    // "Xi Jinping", "Liu He", "Ding Xuexiang" (not "Hong Kong", which the gazetteer knows); and given
    // name first, as Chinese scientists abroad write theirs: "lead author Mingyang Song", "Xiaowei
    // Zhuang" (a given name of two syllables or more that the gazetteer does not know: not
    // "Shenzhen", "Huawei").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 1 < count; ++t) {
            if (!capitalised(t) || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)])
                continue;
            const bool surnameFirst
                = isOneOf(t, m_patterns->chineseSurnames) && isPinyinGivenName(word(t + 1));
            const bool givenNameFirst = !surnameFirst && tokens[size_t(t)].length() >= 5 && unit(t) == 0
                && isCapitalisedOneOf(t + 1, m_patterns->chineseSurnames) && isPinyinGivenName(word(t));
            if ((!surnameFirst && !givenNameFirst)
                || (t + 2 < count && capitalised(t + 2) && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)])
                || (phraseCategories(facts, t, t + 2) & (kLocationMask | maskOf(Category::Organization)))
                || crossedBySpan(t, t + 2))
                continue;
            changed = nameAs(t, t + 2, EntityType::Person) || changed;
            ++t;
        }
        if (changed)
            spans.reindex();
    }

    // A given name that is nothing else, inside a sentence, and a capitalised word after it that is
    // no head word, title or nationality, both passed over by the tagger, are a person where the
    // article uses the second word alone: "world number one Jannik Sinner ... Sinner bore no fault"
    // (a surname that is also a word). Not "Victoria Station" (a place too), "Grace Church" (a word
    // too), "Taj Mahal" (never alone).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        auto aloneElsewhere = [&](std::int32_t name) {
            for (std::int32_t k = 1; k < count; ++k)
                if (k != name && tf[size_t(k)].key == tf[size_t(name)].key
                    && (tf[size_t(k)].flags & Capitalized) && !capitalised(k - 1)
                    && !(k + 1 < count && capitalised(k + 1)
                        && sentenceOf[size_t(k + 1)] == sentenceOf[size_t(k)]))
                    return true;
            return false;
        };
        constexpr CategoryMask givenNameOnly
            = maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person);
        constexpr CategoryMask noSurname = maskOf(Category::Title) | maskOf(Category::OrgKeyword)
            | maskOf(Category::LocKeyword) | maskOf(Category::Demonym) | maskOf(Category::NonEntity)
            | kLocationMask | maskOf(Category::Organization);
        for (std::int32_t t = 1; t + 1 < count; ++t) {
            if (!(tf[size_t(t)].flags & Capitalized) || (tf[size_t(t)].flags & (SentenceStart | AllCaps))
                || !has(unit(t), Category::FirstName) || (unit(t) & ~givenNameOnly)
                || !(tf[size_t(t + 1)].flags & Capitalized) || (tf[size_t(t + 1)].flags & AllCaps)
                || (unit(t + 1) & noSurname) || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)]
                || capitalised(t - 1) || isPossessive(word(t + 1))
                || (t + 2 < count && (capitalised(t + 2) || isPossessive(word(t + 2)))
                    && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)])
                || !spans.isFree(t, t + 2) || headline[size_t(sentenceOf[size_t(t)])]
                || isOneOf(t, m_patterns->functionWords) || (tf[size_t(t + 1)].flags & HasPeriod)
                || tokens[size_t(t + 1)].length() < 3 // "ROMs I"
                || (phraseCategories(facts, t, t + 2) & ~givenNameOnly) || !aloneElsewhere(t + 1))
                continue;
            spans.add({ t, t + 2, EntityType::Person });
            changed = true;
            ++t;
        }
        if (changed)
            spans.reindex();
    }

    // Who works where: the name after "analysts at", "chief economist at", "researchers from" is
    // their employer, an organisation, whatever the tagger made of it ("analysts at Jefferies",
    // "economists at Itau Unibanco and Bradesco"). A place stays a place ("workers from Nepal"),
    // unless it is the first word of an organisation the article names ("a neuroscientist at
    // Princeton" after "Princeton University").
    {
        bool changed = false;
        std::vector<std::uint64_t> organisationFirstWords;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2)
                organisationFirstWords.push_back(tf[size_t(s.firstToken)].key);
        for (std::int32_t t = 0; t + 2 < std::int32_t(tokens.size()); ++t) {
            if (!(tf[size_t(t)].flags & (Lowercase | SentenceStart)) || !isOneOf(t, m_patterns->staffWords)
                || (word(t + 1) != u"at" && word(t + 1) != u"from"))
                continue;
            std::int32_t first = t + 2;
            while (
                first < std::int32_t(tokens.size()) && sentenceOf[size_t(first)] == sentenceOf[size_t(t)]) {
                if (word(first) == u"the")
                    ++first;
                std::int32_t end = first;
                const int owner = first < std::int32_t(tokens.size()) ? spans.ownerOf(first) : -1;
                if (owner >= 0 && spans.spans()[size_t(owner)].firstToken == first) {
                    end = spans.spans()[size_t(owner)].endToken;
                    // "strategist at CFRA Research", where the tagger kept "CFRA"
                    while (end < std::int32_t(tokens.size()) && end - first < 5
                        && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
                        && spans.ownerOf(end) < 0 && !has(unit(end), Category::Title)
                        && !has(unit(end), Category::NonEntity) && !(tf[size_t(end)].flags & Punctuation))
                        ++end;
                } else
                    while (end < std::int32_t(tokens.size()) && end - first < 4
                        && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
                        && spans.ownerOf(end) < 0 && !has(unit(end), Category::Title))
                        ++end;
                if (end == first || !capitalised(first))
                    break;
                const CategoryMask known = phraseCategories(facts, first, end);
                // "a trader at Balogun market", "workers at the Zaporizhzhia plant": a site.
                const bool site = end < std::int32_t(tokens.size()) && (tf[size_t(end)].flags & Lowercase)
                    && (isOneOf(end, m_patterns->siteWords) || isOneOf(end, m_patterns->landforms));
                const bool employerShortName = end - first == 1
                    && std::find(organisationFirstWords.begin(), organisationFirstWords.end(),
                           tf[size_t(first)].key)
                        != organisationFirstWords.end();
                const bool place = site
                    || ((known & kLocationMask) && !(known & maskOf(Category::Organization))
                        && !employerShortName);
                if (!place)
                    changed = nameAs(first, end, EntityType::Organization) || changed;
                // "... at Itau Unibanco and Bradesco", "at Morgan Stanley, Citi and UBS"
                if (end + 1 >= std::int32_t(tokens.size()) || (word(end) != u"and" && word(end) != u",")
                    || !capitalised(end + 1))
                    break;
                first = end + 1;
            }
        }
        if (changed)
            spans.reindex();
    }

    // Who leads what: the name after "director of the", "chairman of", "co-founder of" is an
    // organisation where the tagger took it for a place no list knows ("director of the Brennan
    // Center"). A known place stays one ("head of Afghanistan's ...", "president of France"), as
    // does a name that only describes the noun after it ("director of the Dallas chapter").
    {
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 2 < count; ++t) {
            if (tokens[size_t(t + 1)].length() != 2 || word(t + 1) != u"of"
                || !(tf[size_t(t)].flags & (Lowercase | AllCaps)) || !isOneOf(t, m_patterns->leaderWords))
                continue;
            const std::int32_t first = word(t + 2) == u"the" ? t + 3 : t + 2;
            const int owner = first < count ? spans.ownerOf(first) : -1;
            if (owner < 0)
                continue;
            const TokenSpan s = spans.spans()[size_t(owner)];
            if (s.type != EntityType::Location || s.firstToken != first
                || (phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask)
                || (unit(first) & kLocationMask)
                || (s.endToken < count && (tf[size_t(s.endToken)].flags & Lowercase)))
                continue;
            spans.spans()[size_t(owner)].type = EntityType::Organization; // a type only: no reindex
        }
    }

    // A centre that speaks is the institution, not the building: "The Carter Center, which sent
    // observers, said ...", "the Brennan Center says" (one the lists know as a place stays one).
    {
        const auto count = std::int32_t(tokens.size());
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            const TokenSpan s = spans.spans()[k];
            if (s.type != EntityType::Location || s.endToken >= count
                || (word(s.endToken - 1) != u"Center" && word(s.endToken - 1) != u"Centre")
                || (phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask))
                continue;
            std::int32_t verb = s.endToken;
            // past a relative clause between commas: ", which sent observers,"
            if (word(verb) == u"," && verb + 1 < count
                && (word(verb + 1) == u"which" || word(verb + 1) == u"who"))
                for (std::int32_t t = verb + 2;
                     t < count && t - verb < 16 && sentenceOf[size_t(t)] == sentenceOf[size_t(verb)]; ++t)
                    if (word(t) == u",") {
                        verb = t + 1;
                        break;
                    }
            if (verb >= count || !isOneOf(verb, m_patterns->sayingVerbs)
                || !(tf[size_t(verb)].flags & Lowercase))
                continue;
            spans.spans()[k].type = EntityType::Organization; // a type only: no reindex
        }
    }

    // A portfolio before a minister's title is no organisation: "Local Government Minister Simeon
    // Brown", as "Foreign Minister Wang Yi" is none; an acronym or a body the lists know keeps its
    // name ("NATO Secretary General Mark Rutte", "Treasury Secretary Scott Bessent"), as does a
    // team or firm before a coach or an analyst ("Raiders coach Antonio Pierce").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            const TokenSpan s = spans.spans()[k];
            const std::int32_t title = s.endToken;
            if (s.type != EntityType::Organization || title + 1 >= count)
                continue;
            std::int32_t name = title;
            for (auto m = matchesFrom(facts, title); m != facts.matches.end() && m->firstToken == title; ++m)
                if (has(m->categories, Category::Title)
                    && isOneOf(m->endToken - 1, m_patterns->cabinetTitles))
                    name = std::max(name, m->endToken);
            if (name == title || name >= count
                || sentenceOf[size_t(title)] != sentenceOf[size_t(s.firstToken)]
                || (phraseCategories(facts, s.firstToken, s.endToken) & maskOf(Category::Organization)))
                continue;
            // The portfolio's words, from the title back (a body the lists know is the body before
            // a secretary, "Treasury Secretary", but a portfolio before a minister, "Transportation
            // Minister"); a place before them is the minister's state or province: "Ontario
            // Transportation Minister Prabmeet Sarkaria".
            const bool minister = word(title) == u"Minister";
            std::int32_t portfolioFrom = s.endToken;
            while (portfolioFrom > s.firstToken && (tf[size_t(portfolioFrom - 1)].flags & Capitalized)
                && !(tf[size_t(portfolioFrom - 1)].flags & AllCaps)
                && has(unit(portfolioFrom - 1), Category::Common)
                && !(unit(portfolioFrom - 1) & kLocationMask)
                && (minister || !has(unit(portfolioFrom - 1), Category::Organization)))
                --portfolioFrom;
            const bool placeBefore = portfolioFrom > s.firstToken && portfolioFrom < s.endToken
                && (phraseCategories(facts, s.firstToken, portfolioFrom) & kLocationMask)
                && !(phraseCategories(facts, s.firstToken, portfolioFrom) & maskOf(Category::Organization));
            const int person = name < count ? spans.ownerOf(name) : -1;
            if ((portfolioFrom != s.firstToken && !placeBefore) || person < 0
                || spans.spans()[size_t(person)].type != EntityType::Person
                || spans.spans()[size_t(person)].firstToken != name)
                continue;
            if (placeBefore) {
                spans.spans()[k].endToken = portfolioFrom;
                spans.spans()[k].type = EntityType::Location;
            } else {
                spans.spans()[k].endToken = spans.spans()[k].firstToken; // dropped by reindex()
            }
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A hospital, college or church named after someone keeps the possessive inside its name:
    // "Addenbrooke's Hospital", "St Mary's Hospital", "Boston Children's Hospital", "King's
    // College" (not "Kyiv's Academy": a place owns what follows).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 1 < count; ++t) {
            if (tokens[size_t(t)].length() != 2 || !isPossessive(word(t)) || !capitalised(t - 1)
                || !(tf[size_t(t + 1)].flags & Capitalized)
                || tokens[size_t(t - 1)].end != tokens[size_t(t)].begin
                || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t + 1)])
                continue;
            const QStringView head = word(t + 1);
            if (head != u"Hospital" && head != u"College" && head != u"School" && head != u"Cathedral"
                && head != u"Church" && head != u"Infirmary" && head != u"Academy")
                continue;
            std::int32_t first = t - 1;
            if (const int owner = spans.ownerOf(t - 1); owner >= 0) {
                const TokenSpan& before = spans.spans()[size_t(owner)];
                // A person's is the person's, a saint's the name's: "St Mary's Hospital".
                if (before.endToken != t || before.type == EntityType::Location
                    || (before.type == EntityType::Person
                        && !(before.firstToken > 0
                            && isCapitalisedOneOf(before.firstToken - 1, m_patterns->saintWords))))
                    continue;
                first = before.firstToken;
            } else if (unit(t - 1) & kLocationMask) {
                continue;
            }
            if (first > 0 && isCapitalisedOneOf(first - 1, m_patterns->saintWords)
                && spans.ownerOf(first - 1) < 0)
                --first;
            const int after = spans.ownerOf(t + 1);
            if (after >= 0 && spans.spans()[size_t(after)].firstToken != t + 1)
                continue;
            const std::int32_t end
                = after >= 0 ? std::max(spans.spans()[size_t(after)].endToken, t + 2) : t + 2;
            spans.replaceOverlapping({ first, end, EntityType::Organization });
            t = end - 1;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // Where research is published: the name after "published in", "a study in", "wrote in" is a
    // journal or a paper, an organisation ("published in The BMJ", "a paper in Nature"), unless it
    // is a place, a language, a date or a person's ("published in Nairobi", "in English", "a study
    // in Parkinson's patients").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 1 < count; ++t) {
            if (tokens[size_t(t)].length() != 2 || word(t) != u"in" || !(tf[size_t(t - 1)].flags & Lowercase)
                || !isOneOfSpelled(t - 1, m_patterns->publicationWords))
                continue;
            std::int32_t first = t + 1;
            if (word(first) == u"the" && first + 1 < count)
                ++first;
            std::int32_t end = first;
            while (end < count && end - first < 5 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                && capitalised(end) && !(tf[size_t(end)].flags & Punctuation)
                && !has(unit(end), Category::Title))
                ++end;
            if (end == first || (end < count && isPossessive(word(end)))
                || isOneOf(first, m_patterns->calendarWords))
                continue;
            constexpr CategoryMask kNoJournal = kLocationMask | maskOf(Category::Demonym)
                | maskOf(Category::Person) | maskOf(Category::FirstName);
            if (phraseCategories(facts, first, end) & kNoJournal)
                continue;
            if (const int o = spans.ownerOf(first);
                o >= 0 && spans.spans()[size_t(o)].type == EntityType::Person)
                continue;
            changed = nameAs(first, end, EntityType::Organization) || changed;
            t = end;
        }
        if (changed)
            spans.reindex();
    }

    // An acronym that a person belongs to is an organisation, a party, a broadcaster or a club:
    // "DAB's Ben Chan", "NBC's Chuck Todd", "Priya Natarajan of MIT", "ISO spokesman Gregg
    // Fishman". Acronyms of places ("UK's Rishi Sunak", "US envoy Amos Hochstein") and acronyms in
    // a shouted line or a headline stay as they are.
    {
        auto organisationAcronym = [&](std::int32_t t) {
            if (!(tf[size_t(t)].flags & AllCaps) || (tf[size_t(t)].flags & (HasDigit | HasPeriod)))
                return false;
            const QStringView w = word(t);
            return w.size() <= 6 && tf[size_t(t)].sentenceCasing != SentenceCasing::AllCaps
                && !headline[size_t(sentenceOf[size_t(t)])]
                && !(unit(t) & (kLocationMask | maskOf(Category::Title) | maskOf(Category::NonEntity)))
                && !isPostNominal(w);
        };
        bool changed = false;
        for (std::int32_t t = 0; t < std::int32_t(tokens.size()); ++t) {
            if (!organisationAcronym(t))
                continue;
            const bool beforePerson = t + 2 < std::int32_t(tokens.size()) && isPossessive(word(t + 1))
                && spans.ownerOf(t + 1) < 0 && personStartsAt(t + 2);
            const bool afterPerson = t >= 2 && word(t - 1) == u"of" && personEndsAt(t - 2)
                && (t + 1 >= std::int32_t(tokens.size()) || !capitalised(t + 1));
            // ... and one whose staff the person is: "ISO spokesman Gregg Fishman", "FDA
            // commissioner Robert Califf".
            const bool staffBeforePerson = t + 2 < std::int32_t(tokens.size())
                && (tf[size_t(t + 1)].flags & Lowercase)
                && (isOneOf(t + 1, m_patterns->staffWords) || isOneOf(t + 1, m_patterns->spokesWords)
                    || has(unit(t + 1), Category::Title))
                && personStartsAt(t + 2);
            if (!beforePerson && !afterPerson && !staffBeforePerson)
                continue;
            // The tagger's place stays: "Maria Lopez of NYC".
            if (const int owner = spans.ownerOf(t); owner >= 0
                && (spans.spans()[size_t(owner)].type == EntityType::Location
                    || spanExactly(t, t + 1) != owner))
                continue;
            changed = nameAs(t, t + 1, EntityType::Organization) || changed;
        }
        if (changed)
            spans.reindex();
    }

    // A name before a lower-case "television", "radio", "newspaper" or "hospital" is the
    // broadcaster, the paper or the hospital: "told RAI television", "Al Jazeera television
    // reported", "the Sirio-Libanes hospital said" (not a town's: "a Kigali hospital").
    {
        bool changed = false;
        for (std::int32_t t = 1; t < std::int32_t(tokens.size()); ++t) {
            if (!(tf[size_t(t)].flags & Lowercase) || !isOneOf(t, m_patterns->mediaWords)
                || !capitalised(t - 1) || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t)])
                continue;
            std::int32_t first = t - 1;
            const int owner = spans.ownerOf(first);
            if (owner >= 0)
                first = spans.spans()[size_t(owner)].firstToken;
            else
                while (first > 0 && t - first < 3 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                    && capitalised(first - 1) && !(tf[size_t(first - 1)].flags & SentenceStart)
                    && spans.ownerOf(first - 1) < 0)
                    --first;
            if (owner < 0 ? (tf[size_t(first)].flags & SentenceStart) != 0
                          : spans.spans()[size_t(owner)].endToken != t)
                continue;
            // "a NW hospital" is one somewhere, not a name.
            if ((word(t) == u"hospital" || word(t) == u"clinic") && first > 0
                && (word(first - 1) == u"a" || word(first - 1) == u"an"))
                continue;
            // "Kenyan television" and "Russia television" name the country's, not a station; a
            // dictionary word the tagger passed over describes ("a very Informative website").
            if ((phraseCategories(facts, first, t) & (kLocationMask | maskOf(Category::Demonym)))
                || (owner < 0 && t - first == 1 && has(unit(first), Category::Common)))
                continue;
            changed = nameAs(first, t, EntityType::Organization) || changed;
        }
        if (changed)
            spans.reindex();
    }

    // Names whose kind a list or a phrase settles; each counts three times in the article's vote,
    // as a description does.
    struct ListedName
    {
        std::uint64_t key;
        std::int32_t length;
        EntityType type;
    };
    std::vector<ListedName> listedNames;
    // Where a list of organisations names one: "companies such as General Motors, Ford and
    // Stellantis" keeps its "Ford" where the article also names "Doug Ford".
    std::vector<std::int32_t> listedOrganisationStarts;

    // A town after a person's full name and "of" is where the person lives: "Marcus Lee of Aurora"
    // (a given name too), where the tagger read a second person.
    for (size_t i = 0; i < spans.spans().size(); ++i) {
        const TokenSpan& p = spans.spans()[i];
        const std::int32_t t = p.endToken;
        if (p.type != EntityType::Person || p.endToken - p.firstToken < 2
            || t + 1 >= std::int32_t(tokens.size()) || !(unit(t + 1) & kTownNames)
            || (tf[size_t(t + 1)].flags & AllCaps) || word(t) != u"of")
            continue;
        const int town = spanExactly(t + 1, t + 2);
        if (town >= 0 && spans.spans()[size_t(town)].type == EntityType::Person) {
            spans.spans()[size_t(town)].type = EntityType::Location;
            listedNames.push_back({ keyOf(t + 1, t + 2), 1, EntityType::Location });
        }
    }

    // A name set off by commas after a place, a person's name and no place's, is a person in
    // apposition, not the place's region: "The U.S. ambassador in Manila, MaryKay Carlson,
    // condemned" (not "Tyler, Texas").
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t first = s.firstToken, end = s.endToken;
        if (s.type != EntityType::Location || end - first < 2 || end - first > 3 || first < 2
            || end >= std::int32_t(tokens.size()) || word(first - 1) != u"," || word(end) != u","
            || (tf[size_t(first)].flags & AllCaps)
            || !(unit(end - 1)
                & (maskOf(Category::FirstName) | maskOf(Category::Surname) | maskOf(Category::Person)))
            || (unit(end - 1) & kLocationMask) || (unit(first) & kLocationMask)
            || has(unit(end - 1), Category::Common) || tf[size_t(first)].length < 3
            || (has(unit(first), Category::Common) && !has(unit(first), Category::FirstName))
            || (phraseCategories(facts, first, end) & (kLocationMask | maskOf(Category::Organization))))
            continue;
        const int place = spans.ownerOf(first - 2);
        if (place >= 0 && spans.spans()[size_t(place)].type == EntityType::Location
            && spans.spans()[size_t(place)].endToken == first - 1)
            s.type = EntityType::Person;
    }

    // Places listed together are places: "in Renton and Everett", where the tagger took the
    // second for a person. Only a one-word "person" the gazetteer knows as a place turns.
    bool listedTownsFound = false;
    for (std::int32_t t = 1; t + 1 < std::int32_t(tokens.size()); ++t) {
        if (word(t) != u"and" && word(t) != u"or")
            continue;
        const int left = spans.ownerOf(t - 1), right = spans.ownerOf(t + 1);
        // A town the tagger passed over after a listed place: "from Beaufort and Raglan".
        if (left >= 0 && right < 0 && spans.spans()[size_t(left)].type == EntityType::Location
            && spans.spans()[size_t(left)].endToken == t && capitalised(t + 1)
            && !(tf[size_t(t + 1)].flags & AllCaps) && sentenceOf[size_t(t + 1)] == sentenceOf[size_t(t)]
            && (unit(t + 1) & kTownNames)
            && !(unit(t + 1) & (maskOf(Category::Common) | maskOf(Category::Organization)))
            && !(t + 2 < std::int32_t(tokens.size()) && capitalised(t + 2)
                && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)])) {
            spans.add({ t + 1, t + 2, EntityType::Location });
            listedTownsFound = true;
            continue;
        }
        if (left < 0 || right < 0 || spans.spans()[size_t(left)].endToken != t
            || spans.spans()[size_t(right)].firstToken != t + 1)
            continue;
        TokenSpan& a = spans.spans()[size_t(left)];
        TokenSpan& b = spans.spans()[size_t(right)];
        auto knownPlace = [&](const TokenSpan& s) {
            return s.endToken - s.firstToken == 1 && (unit(s.firstToken) & kTownNames)
                && !(unit(s.firstToken) & maskOf(Category::Organization));
        };
        // A one-word "person" between places of one list is a place too, known or not: "in
        // Paiporta, Chiva and Utiel".
        auto placeBeforeComma = [&](std::int32_t first) {
            if (first < 2 || word(first - 1) != u",")
                return false;
            const int owner = spans.ownerOf(first - 2);
            return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Location;
        };
        if (a.type == EntityType::Location && b.type == EntityType::Person && knownPlace(b))
            b.type = EntityType::Location;
        else if (b.type == EntityType::Location && a.type == EntityType::Person && knownPlace(a))
            a.type = EntityType::Location;
        else if (b.type == EntityType::Location && a.type == EntityType::Person
            && a.endToken - a.firstToken == 1 && placeBeforeComma(a.firstToken)) {
            a.type = EntityType::Location;
            listedNames.push_back({ keyOf(a.firstToken, a.endToken), 1, EntityType::Location });
        }
    }
    if (listedTownsFound)
        spans.reindex();

    // A word no list knows right after "near" is a place: "migrants crossing near Colchane" (not
    // "near Smith's farm", nor a known word: "near Christmas").
    {
        bool added = false;
        const std::int32_t count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 1 < count; ++t) {
            const std::int32_t k = t + 1;
            if (word(t) != u"near" || sentenceOf[size_t(k)] != sentenceOf[size_t(t)] || !capitalised(k)
                || (tf[size_t(k)].flags & (AllCaps | Punctuation | HasDigit)) || unit(k) != 0
                || spans.ownerOf(k) >= 0 || tf[size_t(k)].length < 4
                || (k + 1 < count && sentenceOf[size_t(k + 1)] == sentenceOf[size_t(k)]
                    && (capitalised(k + 1) || isPossessive(word(k + 1)) || tightHyphen(k + 1))))
                continue;
            spans.add({ k, k + 1, EntityType::Location });
            added = true;
        }
        if (added)
            spans.reindex();
    }

    // A country whose name is also a word ("Turkey", "Chad", "China") opening a sentence is the
    // country in an article that names other countries: "Turkey sent a drone" (not "Turkey was
    // dry" in a restaurant review).
    {
        int countries = 0;
        for (const TokenSpan& s : spans.spans())
            countries += s.type == EntityType::Location && s.endToken - s.firstToken == 1
                && has(unit(s.firstToken), Category::Country);
        bool changed = false;
        for (const Sentence& sentence : tokenized.sentences) {
            const std::int32_t t = sentence.firstToken;
            if (countries < 2 || t + 1 >= sentence.endToken || spans.ownerOf(t) >= 0
                || !(tf[size_t(t)].flags & Capitalized) || (tf[size_t(t)].flags & AllCaps)
                || !(has(unit(t), Category::Country) || isOneOf(t, m_patterns->countriesByOldName))
                || !has(unit(t), Category::Common) || !(tf[size_t(t + 1)].flags & Lowercase)
                || headline[size_t(sentenceOf[size_t(t)])])
                continue;
            spans.add({ t, t + 1, EntityType::Location });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A place before a title and a person is a place: "Victoria Premier Jacinta Allan", "Ohio Gov.
    // Mike DeWine", whatever the tagger made of the first word (also a given name).
    {
        bool changed = false;
        for (const GazetteerMatch& m : facts.matches) {
            if (!has(m.categories, Category::Title) || m.firstToken == 0
                || m.endToken >= std::int32_t(tokens.size()) || !capitalised(m.firstToken))
                continue;
            const int person = spans.ownerOf(m.endToken);
            if (person < 0 || spans.spans()[size_t(person)].type != EntityType::Person
                || spans.spans()[size_t(person)].firstToken != m.endToken)
                continue;
            std::int32_t first = m.firstToken;
            while (first > 0 && m.firstToken - first < 3
                && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(m.firstToken)] && capitalised(first - 1)
                && !(tf[size_t(first - 1)].flags & Punctuation))
                --first;
            if (first == m.firstToken)
                continue;
            const CategoryMask known = phraseCategories(facts, first, m.firstToken);
            if (!(known & kTownNames)
                || (known & (maskOf(Category::Common) | maskOf(Category::Organization))))
                continue;
            changed = nameAs(first, m.firstToken, EntityType::Location) || changed;
        }
        if (changed)
            spans.reindex();
    }

    // "the village of Novodmytrivka", "the town of Bakhmut": a settlement named after its kind.
    {
        bool changed = false;
        for (std::int32_t t = 1; t + 2 < std::int32_t(tokens.size()); ++t) {
            // (Also after an Arabic article: "the city of el-Fasher".)
            if (!(tf[size_t(t)].flags & Lowercase) || word(t + 1) != u"of"
                || !(capitalised(t + 2) || arabicArticle(t + 2)) || (tf[size_t(t + 2)].flags & AllCaps)
                || sentenceOf[size_t(t + 2)] != sentenceOf[size_t(t)])
                continue;
            // A mayor's town, which the tagger may take for a given name ("mayor of Pau"): one word,
            // as a name may follow it ("mayor of London Sadiq Khan").
            if (word(t) == u"mayor") {
                if (const int owner = spanExactly(t + 2, t + 3);
                    owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person) {
                    spans.spans()[size_t(owner)].type = EntityType::Location;
                    changed = true;
                }
                continue;
            }
            if (!isOneOf(t, m_patterns->settlementWords))
                continue;
            std::int32_t end = t + 2;
            for (int words = 0; end < std::int32_t(tokens.size()) && words < 3
                 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                 && (capitalised(end) || tightHyphen(end) || arabicArticle(end));
                 ++end)
                words += capitalised(end) ? 1 : 0;
            if (phraseCategories(facts, t + 2, end) & maskOf(Category::Organization))
                continue;
            changed = nameAs(t + 2, end, EntityType::Location) || changed;
        }
        if (changed)
            spans.reindex();
    }

    // The names listed after a plural kind of settlement are settlements: "several towns,
    // including Varnavas and Marathon", "mountain towns such as Chimney Rock and Lake Lure" (a
    // name the lists know as an organisation or a person stays one). After a plural kind of
    // organisation they are organisations, named after people or not: "chains including Ralphs,
    // Fred Meyer and Harris Teeter", "suppliers such as Spirit AeroSystems" (a country stays a
    // place: "teams such as Brazil"; a possessive ends the list: "firms including China's Huawei").
    // Each counts three times in the article's vote, as a description does. The towns listed after
    // a plural kind of site and "in" are places too, two or more of them: "clinics in Ava,
    // Cassville and Bolivar", "stores in Peoria and Joliet" (not a company the lists know, "stores
    // in Walmart and Target", nor a person named in full).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 2 < count; ++t) {
            if (!(tf[size_t(t)].flags & (Lowercase | SentenceStart)))
                continue;
            const bool sites = (tf[size_t(t)].flags & Lowercase) && word(t + 1) == u"in"
                && isOneOf(t, m_patterns->sitePlurals);
            // "the villages of Aita al-Shaab and Kfar Kila"
            const bool kindsOf = (tf[size_t(t)].flags & Lowercase) && word(t + 1) == u"of"
                && isOneOf(t, m_patterns->settlementPlurals);
            const bool settlements = sites || kindsOf || isOneOf(t, m_patterns->settlementPlurals);
            if (!settlements && !isOneOfSpelled(t, m_patterns->organisationKinds))
                continue;
            std::int32_t k = t + 1;
            if (k < count && word(k) == u",")
                ++k;
            // ... and named right after the kind, two or more of them: "from the firms Lowey
            // Dannenberg and Bursor & Fisher", "the carmakers Stellantis and Renault".
            bool direct = false;
            if (sites || kindsOf) {
                ++k;
                direct = true;
            } else if (const std::int32_t cue = examplesCueAt(k); cue > 0)
                k += cue;
            else if (!settlements && k == t + 1 && t >= 1 && capitalised(k)
                && !(tf[size_t(t)].flags & SentenceStart)
                && (word(t - 1) == u"the"
                    || (t >= 2 && word(t - 2) == u"the" && (tf[size_t(t - 1)].flags & Lowercase))))
                direct = true;
            else
                continue;
            // Acronyms and "the" open organisations' names too: "carriers such as Maersk and MSC",
            // "unions including the Teamsters".
            if (!settlements && !direct && k + 1 < count && word(k) == u"the")
                ++k;
            struct Item
            {
                std::int32_t first, end;
                std::optional<EntityType> type;
            };
            std::vector<Item> items;
            while (k < count && sentenceOf[size_t(k)] == sentenceOf[size_t(t)] && capitalised(k)
                && (!settlements || !(tf[size_t(k)].flags & AllCaps))) {
                std::int32_t end = k;
                for (int words = 0;
                     end < count && words < 3 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                     && capitalised(end) && !(tf[size_t(end)].flags & Punctuation);
                     ++words) {
                    ++end;
                    if (end + 1 < count && tightHyphen(end) && capitalised(end + 1)) // "Pop-Tarts"
                        ++end;
                    if (end < count && arabicArticle(end)) // "Aita al-Shaab"
                        end += 2;
                    // "Harkat-ul-Jihad-al-Islami", also written with spaces around its hyphens.
                    while (end + 3 < count && word(end) == u"-" && (tf[size_t(end + 1)].flags & Lowercase)
                        && tokens[size_t(end + 1)].length() <= 3 && word(end + 2) == u"-"
                        && capitalised(end + 3))
                        end += 4;
                }
                if (end < count && isPossessive(word(end)))
                    break;
                const CategoryMask known = phraseCategories(facts, k, end);
                const int tagged = spanExactly(k, end);
                const bool fullName = tagged >= 0 && spans.spans()[size_t(tagged)].type == EntityType::Person
                    && end - k >= 2 && has(unit(k), Category::FirstName);
                // A site's town is what the tagger made a person of too ("Bolivar"), but no company
                // the lists know, no name closed by a head word, no person named in full and no
                // word the tagger passed over.
                const bool town = sites ? !m_patterns->knownOrganisations.count(keyOf(k, end))
                        && !has(unit(end - 1), Category::OrgKeyword)
                        && !(tagged >= 0 && spans.spans()[size_t(tagged)].type == EntityType::Person
                            && end - k >= 2)
                        && !(tagged < 0
                            && (unit(k) & (maskOf(Category::Common) | maskOf(Category::NonEntity))))
                                        : !has(known, Category::Person) && !fullName;
                std::optional<EntityType> type;
                if (settlements && !has(known, Category::Organization) && town)
                    type = EntityType::Location;
                else if (!settlements && !has(known, Category::Country) && !has(known, Category::Demonym)
                    && !isOneOf(k, m_patterns->peoples)) // "ethnic groups such as the Uyghurs"
                    type = EntityType::Organization;
                items.push_back({ k, end, type });
                if (end + 1 >= count || (word(end) != u"," && word(end) != u"and"))
                    break;
                k = end + 1;
                if (word(end) == u"," && k + 1 < count && word(k) == u"and")
                    ++k;
            }
            if (direct && items.size() < 2)
                continue;
            for (const Item& item : items) {
                if (!item.type)
                    continue;
                changed = nameAs(item.first, item.end, *item.type) || changed;
                if (item.end - item.first <= Gazetteer::kMaxPhraseTokens)
                    listedNames.push_back({ keyOf(item.first, item.end), item.end - item.first, *item.type });
                if (item.type == EntityType::Organization && !settlements)
                    listedOrganisationStarts.push_back(item.first);
            }
        }
        if (changed)
            spans.reindex();
    }

    // "People's" opens the name of a party, an army, a bank or a civic group, never a person's:
    // where the tagger read "People" as a person ("People's Solidarity for Participatory
    // Democracy") or stopped at "for" ("People's Coalition for ..."), the name runs over the
    // capitalised words after it and their "for" and "of" (a place's head word makes it a place:
    // "People's Square"; "and" may join two names: "the People's Party and Vox").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            const TokenSpan s = spans.spans()[i];
            const std::int32_t t = s.firstToken;
            if (s.type == EntityType::Location || word(t) != u"People" || t + 2 >= count
                || !isPossessive(word(t + 1)) || !capitalised(t + 2)
                || sentenceOf[size_t(t + 2)] != sentenceOf[size_t(t)]
                || (s.type == EntityType::Person && s.endToken != t + 1))
                continue;
            std::int32_t end = t + 2;
            while (end < count && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && end - t <= 8) {
                if (capitalised(end) && !(tf[size_t(end)].flags & Punctuation))
                    ++end;
                else if (end + 1 < count && (word(end) == u"for" || word(end) == u"of")
                    && capitalised(end + 1) && sentenceOf[size_t(end + 1)] == sentenceOf[size_t(t)])
                    end += 2;
                else
                    break;
            }
            // A nationality before it is the party's first word: "the European People's Party",
            // "the Swiss People's Party".
            const std::int32_t first = t > 0 && capitalised(t - 1) && has(unit(t - 1), Category::Demonym)
                    && spans.ownerOf(t - 1) < 0 && sentenceOf[size_t(t - 1)] == sentenceOf[size_t(t)]
                ? t - 1
                : t;
            if ((end <= s.endToken && first == t) || crossedBySpan(first, end))
                continue;
            const bool place
                = has(unit(end - 1), Category::LocKeyword) || isOneOf(end - 1, m_patterns->ruleLocHeads);
            spans.replaceOverlapping({ first, end, place ? EntityType::Location : EntityType::Organization });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A name joined by hyphens around a short lower-case word ("Mar-a-Lago", "Saint-Jean-de-Luz")
    // that no list knows is a place after a place's preposition: "flew to Mar-a-Lago" (the lists
    // know "Stratford-upon-Avon" and "Aix-en-Provence").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 4 < count; ++t) {
            if (!(tf[size_t(t)].flags & Capitalized) || !isOneOf(t - 1, m_patterns->placePrepositions)
                || !(tf[size_t(t - 1)].flags & Lowercase) || !tightHyphen(t + 1))
                continue;
            auto capitalsJoined = [&](std::int32_t e) {
                while (e + 1 < count && tightHyphen(e) && (tf[size_t(e + 1)].flags & Capitalized))
                    e += 2;
                return e;
            };
            std::int32_t end = capitalsJoined(t + 1);
            int lowerJoins = 0;
            while (end + 3 < count && tightHyphen(end) && (tf[size_t(end + 1)].flags & Lowercase)
                && tokens[size_t(end + 1)].length() <= 4 && tightHyphen(end + 2)
                && (tf[size_t(end + 3)].flags & Capitalized)) {
                end = capitalsJoined(end + 4);
                ++lowerJoins;
            }
            if (lowerJoins == 0)
                continue;
            if (crossedBySpan(t, end))
                continue;
            if (const int exact = spanExactly(t, end); exact >= 0) {
                if (spans.spans()[size_t(exact)].type == EntityType::Person) // "in Saint-Jean-de-Luz"
                    spans.spans()[size_t(exact)].type = EntityType::Location;
                continue;
            }
            spans.replaceOverlapping({ t, end, EntityType::Location });
            changed = true;
            t = end;
        }
        if (changed)
            spans.reindex();
    }

    // Advocacy groups are named "<plural> for <cause>": "Concerned Veterans for America",
    // "Physicians for Human Rights", "Americans for Prosperity".
    {
        bool changed = false;
        for (std::int32_t t = 1; t + 1 < std::int32_t(tokens.size()); ++t) {
            if (word(t) != u"for" || !capitalised(t - 1) || !capitalised(t + 1)
                || sentenceOf[size_t(t - 1)] != sentenceOf[size_t(t)]
                || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)]
                || headline[size_t(sentenceOf[size_t(t)])] || !endsLikePlural(word(t - 1))
                || has(unit(t - 1), Category::Title))
                continue;
            std::int32_t first = t - 1;
            while (first > 0 && t - first < 3 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                && capitalised(first - 1) && !(tf[size_t(first - 1)].flags & Punctuation)
                && !has(unit(first - 1), Category::Title) && word(first - 1) != u"The"
                && word(first - 1) != u"A")
                --first;
            // "Thanks for ..." opening a sentence is no name; "Concerned Veterans for ..." is.
            if (first == t - 1 && (tf[size_t(first)].flags & SentenceStart))
                continue;
            std::int32_t end = t + 1;
            while (end < std::int32_t(tokens.size()) && end - t <= 3
                && sentenceOf[size_t(end)] == sentenceOf[size_t(t)] && capitalised(end)
                && !(tf[size_t(end)].flags & Punctuation))
                ++end;
            if (crossedBySpan(first, end))
                continue;
            bool person = false;
            for (std::int32_t k = first; k < end; ++k) {
                const int owner = spans.ownerOf(k);
                person = person || (owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person);
            }
            if (person)
                continue;
            spans.replaceOverlapping({ first, end, EntityType::Organization });
            changed = true;
            t = end - 1;
        }
        if (changed)
            spans.reindex();
    }

    // A title inside a name is part of it: "Hassan Sheikh Mohamud" (after a given name, before
    // a name), "Murad Ali Shah" (closing a full name with a word that is also a surname).
    {
        bool changed = false;
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            const TokenSpan s = spans.spans()[i];
            const std::int32_t b = s.endToken;
            if (s.type != EntityType::Person || b <= s.firstToken || b >= std::int32_t(tokens.size())
                || sentenceOf[size_t(b)] != sentenceOf[size_t(b - 1)] || !(tf[size_t(b)].flags & Capitalized)
                || !has(unit(b), Category::Title))
                continue;
            const bool nameGoesOn = b + 1 < std::int32_t(tokens.size())
                && sentenceOf[size_t(b + 1)] == sentenceOf[size_t(b)] && capitalised(b + 1);
            std::int32_t end = b;
            if (nameGoesOn && has(unit(b - 1), Category::FirstName)) {
                end = b + 2;
                if (const int owner = spans.ownerOf(b + 1); owner >= 0) {
                    const TokenSpan& next = spans.spans()[size_t(owner)];
                    if (next.type != EntityType::Person || next.firstToken != b + 1)
                        continue;
                    end = next.endToken;
                } else if (unit(b + 1)
                    & (kLocationMask | maskOf(Category::Organization) | maskOf(Category::Title)
                        | maskOf(Category::Common) | maskOf(Category::OrgKeyword))) {
                    continue;
                }
            } else if (!nameGoesOn && b - s.firstToken >= 2 && has(unit(b), Category::Surname)) {
                end = b + 1;
            } else {
                continue;
            }
            spans.replaceOverlapping({ s.firstToken, end, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A given name before "St." and a capitalised word is a person whose surname opens with a
    // saint's: "Carol St. Clair", "Jill St. John" (not "Lake St. Clair", "Port St. Lucie": no given
    // name; nor "Florence St. Clair", a town first).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 2 < count; ++t) {
            if (!has(unit(t), Category::FirstName) || !capitalised(t) || (tf[size_t(t)].flags & AllCaps)
                || (unit(t) & (kLocationMask | maskOf(Category::Title)))
                || !isCapitalisedOneOf(t + 1, m_patterns->saintWords)
                || (t > 0 && (tf[size_t(t - 1)].flags & HasDigit))) // "264 Tor St Toowoomba": a street
                continue;
            const std::int32_t surname = word(t + 2) == u"." ? t + 3 : t + 2;
            if (surname >= count || sentenceOf[size_t(surname)] != sentenceOf[size_t(t)]
                || !capitalised(surname) || (tf[size_t(surname)].flags & AllCaps)
                || (unit(surname)
                    & (maskOf(Category::City) | maskOf(Category::Region) | maskOf(Category::Country))))
                continue;
            std::int32_t first = t;
            if (const int o = spans.ownerOf(t); o >= 0 && spans.spans()[size_t(o)].type == EntityType::Person
                && spans.spans()[size_t(o)].endToken == t + 1)
                first = spans.spans()[size_t(o)].firstToken;
            while (first > 0 && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(t)]
                && capitalised(first - 1) && has(unit(first - 1), Category::FirstName)
                && !has(unit(first - 1), Category::Title)
                && (spans.ownerOf(first - 1) < 0 || spans.ownerOf(first - 1) == spans.ownerOf(t)))
                --first; // "Mary Ann St. Clair"
            spans.replaceOverlapping({ first, surname + 1, EntityType::Person });
            changed = true;
            t = surname;
        }
        if (changed)
            spans.reindex();
    }

    // A nickname in quotes inside a name is part of it: Jimmy "Popeye" Doyle, Joaquin "El Chapo"
    // Guzman (news writes one person so; the tagger saw two).
    {
        bool changed = false;
        auto isQuote = [&](std::int32_t t) {
            const QStringView w = word(t);
            return w == u"\"" || w == u"\u201C" || w == u"\u201D" || w == u"'" || w == u"\u2018"
                || w == u"\u2019";
        };
        const auto tokenCount = std::int32_t(tokens.size());
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            const TokenSpan s = spans.spans()[i];
            if (s.type != EntityType::Person || s.endToken <= s.firstToken)
                continue;
            // The tagger may stop inside the quotes: Ismael "El Mayo" Zambada read as 'Ismael "El Mayo'.
            std::int32_t open = s.endToken;
            for (std::int32_t t = s.firstToken + 1; t < s.endToken; ++t)
                if (isQuote(t))
                    open = open == s.endToken ? t : tokenCount; // two quotes inside: a name of its own
            if (open + 3 >= tokenCount || !isQuote(open)
                || sentenceOf[size_t(open)] != sentenceOf[size_t(s.firstToken)])
                continue;
            std::int32_t close = open + 1;
            while (close < tokenCount && close - open <= 3 && capitalised(close))
                ++close;
            if (close == open + 1 || close >= tokenCount || close - open > 3 || !isQuote(close)
                || close + 1 >= tokenCount || sentenceOf[size_t(close + 1)] != sentenceOf[size_t(open)]
                || !(tf[size_t(close + 1)].flags & Capitalized))
                continue;
            const int surname = spans.ownerOf(close + 1);
            std::int32_t end = close + 2;
            std::int32_t surnameStart = close + 1;
            if (surname >= 0) {
                // A one-word surname the tagger took for a town is the surname: Barry "Butch" Wilmore.
                const TokenSpan& next = spans.spans()[size_t(surname)];
                const bool oneWord = next.endToken == next.firstToken + 1
                    && !(unit(close + 1) & (maskOf(Category::Country) | maskOf(Category::Organization)));
                // The tagger may also start inside the quotes: Enrique "Kiki" Camarena read as
                // 'Kiki" Camarena'.
                const bool fromInside
                    = next.type == EntityType::Person && next.firstToken > open && next.firstToken <= close;
                if ((next.type != EntityType::Person && !oneWord)
                    || (next.firstToken != close + 1 && !fromInside))
                    continue;
                end = next.endToken;
                surnameStart = std::max(next.firstToken, s.endToken);
            } else if (has(unit(close + 1), Category::Common)
                && !(unit(close + 1)
                    & (maskOf(Category::Surname) | maskOf(Category::Person) | maskOf(Category::FirstName)))) {
                continue; // a word, not a surname the tagger passed over: Sean "Diddy" Combs
            }
            if (crossedBySpan(s.endToken, surnameStart))
                continue;
            spans.replaceOverlapping({ s.firstToken, end, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // Two capitals as a given name after a word that introduces a person: "injured forward OG
    // Anunoby", "quarterback AJ McCarron" (alone, two capitals are as often a department or an
    // initialism: "IT Merchanting", "TW Hotline").
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 2 < count; ++t) {
            const std::int32_t initials = t + 1, surname = t + 2;
            if (tokens[size_t(initials)].length() != 2 || !(tf[size_t(initials)].flags & AllCaps)
                || !(tf[size_t(t)].flags & (Lowercase | SentenceStart))
                || !isOneOf(t, m_patterns->personWordsBefore) || !(tf[size_t(surname)].flags & Capitalized)
                || (tf[size_t(surname)].flags & AllCaps)
                || sentenceOf[size_t(surname)] != sentenceOf[size_t(t)] || spans.ownerOf(initials) >= 0)
                continue;
            const int owner = spans.ownerOf(surname);
            if (owner >= 0) {
                TokenSpan person = spans.spans()[size_t(owner)];
                if (person.type != EntityType::Person || person.firstToken != surname)
                    continue;
                person.firstToken = initials;
                spans.replaceOverlapping(person);
            } else {
                if (unit(surname)
                    & (kLocationMask | maskOf(Category::Organization) | maskOf(Category::Common)))
                    continue;
                spans.add({ initials, surname + 1, EntityType::Person });
            }
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A generational suffix belongs to the name: "Robert F. Kennedy Jr.", "Efrem Zimbalist, Jr.".
    // A nationality before a place the gazetteer knows describes it: "the French Indian Ocean
    // territory" (not "French Polynesia", which it knows whole).
    {
        bool changed = false;
        const auto tokenCount = std::int32_t(tokens.size());
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            TokenSpan& s = spans.spans()[i];
            if (s.endToken <= s.firstToken)
                continue;
            if (s.type == EntityType::Person) {
                std::int32_t b = s.endToken;
                if (b + 1 < tokenCount && word(b) == u"," && isNameSuffix(word(b + 1)))
                    ++b;
                if (b < tokenCount && sentenceOf[size_t(b)] == sentenceOf[size_t(s.firstToken)]
                    && isNameSuffix(word(b)) && (b + 1 >= tokenCount || spans.ownerOf(b) < 0)) {
                    const TokenSpan extended { s.firstToken, b + 1, EntityType::Person };
                    if (spans.ownerOf(b) < 0) {
                        spans.replaceOverlapping(extended);
                        changed = true;
                    }
                }
            } else if (s.type == EntityType::Location && s.endToken - s.firstToken >= 2
                && has(unit(s.firstToken), Category::Demonym) && !(unit(s.firstToken) & kLocationMask)
                && !(phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask)
                && (phraseCategories(facts, s.firstToken + 1, s.endToken) & kLocationMask)) {
                ++s.firstToken;
                changed = true;
            }
        }
        if (changed)
            spans.reindex();
    }

    // A saint's possessive stays in the name of the place: "St. Peter's Square", "St Thomas'
    // Hospital" (a hospital or college is an organisation). "State's Attorney" is a title: the
    // county before it is the place ("Cook County State's Attorney Eileen O'Neill Burke"). A town's
    // coach or captain is its club's ("Dortmund coach Edin Terzic"; a country's stays the
    // country's, as its national side is written).
    {
        bool changed = false;
        const auto tokenCount = std::int32_t(tokens.size());
        for (std::int32_t t = 2; t + 1 < tokenCount; ++t) {
            if (!isPossessive(word(t)) || sentenceOf[size_t(t + 1)] != sentenceOf[size_t(t)])
                continue;
            if (isCapitalisedOneOf(t - 2, m_patterns->saintWords) && capitalised(t - 1) && capitalised(t + 1)
                && !has(unit(t + 1), Category::Title)) {
                std::int32_t end = t + 1;
                while (end < tokenCount && end - t <= 3 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                    && capitalised(end) && !(tf[size_t(end)].flags & Punctuation))
                    ++end;
                if (crossedBySpan(t - 2, end))
                    continue;
                const bool organisation = has(unit(end - 1), Category::OrgKeyword);
                spans.replaceOverlapping(
                    { t - 2, end, organisation ? EntityType::Organization : EntityType::Location });
                changed = true;
                t = end - 1;
                continue;
            }
            // So does a sovereign's in the name of an institution: "King's College London",
            // "Queen's University Belfast", "Prince's Trust" (not "the King's Speech", "Queen's Park").
            if (isCapitalisedOneOf(t - 1, m_patterns->royalWords) && capitalised(t + 1)) {
                std::int32_t end = t + 1;
                bool institution = false;
                while (end < tokenCount && end - t <= 3 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                    && capitalised(end) && !(tf[size_t(end)].flags & Punctuation)
                    && !has(unit(end), Category::Title)) {
                    institution = institution || has(unit(end), Category::OrgKeyword);
                    ++end;
                }
                if (institution && !crossedBySpan(t - 1, end)) {
                    spans.replaceOverlapping({ t - 1, end, EntityType::Organization });
                    changed = true;
                    t = end - 1;
                    continue;
                }
            }
            // ... and alone after a place preposition it names a place: "scored at St Mary's" (a
            // church, a ground, a school), not the saint.
            if (t >= 3 && isCapitalisedOneOf(t - 2, m_patterns->saintWords) && capitalised(t - 1)
                && !capitalised(t + 1) && isOneOf(t - 3, m_patterns->placePrepositions)
                && !crossedBySpan(t - 2, t + 1)) {
                spans.replaceOverlapping({ t - 2, t + 1, EntityType::Location });
                changed = true;
                continue;
            }
            if (word(t - 1) == u"State" && word(t + 1) == u"Attorney") {
                const int owner = spans.ownerOf(t - 1);
                if (owner >= 0 && spans.spans()[size_t(owner)].endToken == t
                    && spans.spans()[size_t(owner)].firstToken < t - 1) {
                    spans.spans()[size_t(owner)].endToken = t - 1;
                    changed = true;
                }
            }
        }
        // A town named after a saint after a place preposition: "from St. Paul", "in St. Louis" (not
        // "St. Paul wrote", nor "the letters of St. Paul").
        for (std::int32_t t = 1; t + 1 < tokenCount; ++t) {
            const bool romanceSaint = isCapitalisedOneOf(t, m_patterns->romanceSaintWords);
            if ((!isCapitalisedOneOf(t, m_patterns->saintWords) && !romanceSaint)
                || !isOneOf(t - 1, m_patterns->placePrepositions))
                continue;
            std::int32_t end = t;
            for (auto m = matchesFrom(facts, t); m != facts.matches.end() && m->firstToken == t; ++m)
                if (m->categories & (maskOf(Category::City) | maskOf(Category::Place)))
                    end = std::max(end, m->endToken);
            // The Romance saints name towns the gazetteer may not know: "the 22-year-old from San
            // Candido", "in Santa Ana de Yacuma".
            if (end <= t + 1 && romanceSaint && word(t - 1) != u"to" && word(t - 1) != u"on") {
                end = t + 1;
                while (end < tokenCount && end - t <= 3 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                    && (capitalised(end)
                        || (isNameParticle(word(end)) && end + 1 < tokenCount && capitalised(end + 1)))
                    && !has(unit(end), Category::Title) && !has(unit(end), Category::OrgKeyword))
                    ++end;
                while (end > t + 1 && !capitalised(end - 1))
                    --end;
            }
            if (end <= t + 1 || crossedBySpan(t, end))
                continue;
            spans.replaceOverlapping({ t, end, EntityType::Location });
            changed = true;
            t = end - 1;
        }
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t b = s.endToken;
            if (s.type != EntityType::Location || b <= s.firstToken || b + 2 >= tokenCount
                || (phraseCategories(facts, s.firstToken, b) & maskOf(Category::Country)))
                continue;
            // A team named by its town and a plural before a player's role and name: "Kansas City
            // Chiefs tight end Travis Kelce", "Los Angeles Lakers guard Austin Reaves".
            if ((tf[size_t(b)].flags & Capitalized) && !(tf[size_t(b)].flags & AllCaps)
                && endsLikePlural(word(b)) && spans.ownerOf(b) < 0 && !has(unit(b), Category::Demonym)
                && sentenceOf[size_t(b + 1)] == sentenceOf[size_t(b)] && (tf[size_t(b + 1)].flags & Lowercase)
                && (isOneOf(b + 1, m_patterns->sportsRoles)
                    || (word(b + 1) == u"tight" && word(b + 2) == u"end"))) {
                const std::int32_t role = word(b + 1) == u"tight" ? b + 2 : b + 1;
                if (personStartsAt(role + 1)) {
                    s.endToken = b + 1;
                    s.type = EntityType::Organization;
                    changed = true;
                }
                continue;
            }
            if (!(tf[size_t(b)].flags & Lowercase) || !isOneOf(b, m_patterns->sportsRoles))
                continue;
            // "Dortmund coach Edin Terzic", and "the Madrid coach" without the name.
            const bool personFollows = personStartsAt(b + 1);
            const bool theClubs = s.firstToken > 0 && word(s.firstToken - 1) == u"the"
                && !(tf[size_t(b + 1)].flags & Lowercase);
            if (!personFollows && !theClubs)
                continue;
            s.type = EntityType::Organization;
            changed = true;
        }
        // A name the tagger passed over before a player's role and a person is the team, even a
        // town's name: "Mercedes driver George Russell", "Atalanta striker Ademola Lookman"; not a
        // nationality ("German driver Nico Hulkenberg"), a country (its national team, a place by
        // our conventions) nor a dictionary word opening the sentence ("Racing driver Jane Smith").
        for (std::int32_t b = 1; b + 2 < tokenCount; ++b) {
            if (!(tf[size_t(b)].flags & Lowercase) || !capitalised(b - 1) || spans.ownerOf(b - 1) >= 0
                || !isOneOf(b, m_patterns->sportsRoles) || !personStartsAt(b + 1))
                continue;
            std::int32_t first = b - 1;
            while (first > 0 && b - first < 3 && capitalised(first - 1) && spans.ownerOf(first - 1) < 0
                && sentenceOf[size_t(first - 1)] == sentenceOf[size_t(b)])
                --first;
            bool name = true;
            for (std::int32_t k = first; k < b && name; ++k)
                name = !(unit(k)
                           & (maskOf(Category::Country) | maskOf(Category::Region) | maskOf(Category::Demonym)
                               | maskOf(Category::Title) | maskOf(Category::NonEntity)))
                    && !isOneOf(k, m_patterns->functionWords)
                    && !((tf[size_t(k)].flags & SentenceStart) && has(unit(k), Category::Common));
            if (!name)
                continue;
            spans.add({ first, b, EntityType::Organization });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // Descriptions say what a name is: "regional airline Voepass", "Synnovis, a pathology company
    // that ...", "the aviation agency, ANAC,", "the Morena party", "Parks Canada". Such a verdict
    // counts three times in the article's vote (as a legal form does), so it also settles the
    // name's other occurrences. Names of things (products, awards, weather) are dropped there.
    std::unordered_map<std::uint64_t, std::pair<EntityType, std::int32_t>> described; // key -> type, length
    std::unordered_set<std::uint64_t> notNames; // phrase keys
    std::vector<std::pair<std::int32_t, std::int32_t>> vesselNames; // token ranges, with their prefixes
    for (const auto& [key, length] : landformNames)
        described[key] = { EntityType::Location, length };
    for (const auto& [key, length] : nationalBodies)
        described[key] = { EntityType::Organization, length };
    for (const auto& [key, type, length] : namesKnownAs)
        described[key] = { type, length };
    {
        const std::unordered_set<std::uint64_t> nameWords = personNameWords();
        const auto tokenCount = std::int32_t(tokens.size());
        auto sameSentence = [&](std::int32_t a, std::int32_t b) {
            return a >= 0 && b >= 0 && a < tokenCount && b < tokenCount
                && sentenceOf[size_t(a)] == sentenceOf[size_t(b)];
        };
        auto typeOf = [&](std::int32_t first, std::int32_t end) -> std::optional<EntityType> {
            if (const int exact = spanExactly(first, end); exact >= 0)
                return spans.spans()[size_t(exact)].type;
            return std::nullopt;
        };
        // The name starting at `first`: the span there, else up to four capitalised words the
        // tagger passed over. Returns its end, `first` when there is none.
        auto nameFrom = [&](std::int32_t first) {
            if (first >= tokenCount || !capitalised(first))
                return first;
            if (const int owner = spans.ownerOf(first); owner >= 0)
                return spans.spans()[size_t(owner)].firstToken == first
                    ? spans.spans()[size_t(owner)].endToken
                    : first;
            std::int32_t end = first;
            while (end < tokenCount && end - first < 4 && sameSentence(end, first) && capitalised(end)
                && spans.ownerOf(end) < 0 && !has(unit(end), Category::Title)
                && !(tf[size_t(end)].flags & Punctuation))
                ++end;
            // The tagger's span may start inside the name: "network operator Northern [Powergrid]".
            if (end > first && end < tokenCount && sameSentence(end, first)) {
                const int owner = spans.ownerOf(end);
                if (owner >= 0 && spans.spans()[size_t(owner)].firstToken == end
                    && spans.spans()[size_t(owner)].endToken - first <= 4)
                    end = spans.spans()[size_t(owner)].endToken;
            }
            return end;
        };
        // The name ending at `end`, likewise (a sentence's first word only when it is no dictionary
        // word, which the capital proves nothing of); "People's" stays inside it. Returns its first
        // token, `end` if none.
        auto nameBefore = [&](std::int32_t end) {
            if (end <= 0)
                return end;
            if (const int owner = spans.ownerOf(end - 1); owner >= 0)
                return spans.spans()[size_t(owner)].endToken == end ? spans.spans()[size_t(owner)].firstToken
                                                                    : end;
            std::int32_t first = end;
            while (first > 0 && end - first < 5 && sameSentence(first - 1, end - 1)
                && spans.ownerOf(first - 1) < 0
                && !(tf[size_t(first - 1)].flags & SentenceStart && !(first < end && tightHyphen(first))
                    && (unit(first - 1) & (maskOf(Category::Common) | maskOf(Category::NonEntity))
                        || (tf[size_t(first - 1)].flags & LowercaseElsewhere) // "Chipmaker shares slide"
                        || isOneOf(first - 1, m_patterns->functionWords)))) {
                // "People's", connectors and hyphens stay inside: "Monotheism and Holy War",
                // "Coca-Cola FEMSA".
                const bool inside = first >= 2 && first < end && capitalised(first - 2)
                    && ((isPossessive(word(first - 1)) && isIrregularPlural(word(first - 2)))
                        || isConnector(word(first - 1)) || tightHyphen(first - 1));
                if (!inside
                    && (!capitalised(first - 1) || has(unit(first - 1), Category::Title)
                        || (tf[size_t(first - 1)].flags & Punctuation)))
                    break;
                // "anti-Western" describes: the name starts after it.
                if (afterPrefix(first - 1))
                    break;
                --first;
            }
            // A nationality describes: "the Lebanese Shiite group", "the Shiite Sadr movement"; and
            // no name opens with a connector ("Gaza [on Saturday], the U.N. agency").
            while (first < end
                && ((has(unit(first), Category::Demonym) && !(unit(first) & kLocationMask))
                    || isConnector(word(first))))
                ++first;
            return first;
        };
        // Whether [first, end) may be an organisation: no place the gazetteer knows, no nationality,
        // no title, no dictionary word standing alone, no person of this article.
        auto mayBeOrganisation = [&](std::int32_t first, std::int32_t end) {
            if (end <= first || has(unit(first), Category::Title))
                return false;
            const CategoryMask known = phraseCategories(facts, first, end);
            if ((known & (kLocationMask | maskOf(Category::Demonym)))
                && !(known & maskOf(Category::Organization)))
                return false;
            const std::optional<EntityType> type = typeOf(first, end);
            if (end - first == 1
                && (nameWords.count(tf[size_t(first)].key) || isOneOf(first, m_patterns->functionWords)
                    || (!type && (unit(first) & (maskOf(Category::Common) | maskOf(Category::NonEntity))))))
                return false;
            // "a company Jack Ma founded"
            return !(type == EntityType::Person && end - first >= 2 && has(unit(first), Category::FirstName));
        };
        std::vector<std::int32_t> cues;
        for (std::int32_t t = 0; t < tokenCount; ++t)
            if ((m_patterns->descriptionCueBits.test(
                     tf[size_t(t)].key % m_patterns->descriptionCueBits.size())
                    || (!compoundKeys.empty() && compoundKeys[size_t(t)] != 0))
                && isOneOfSpelled(t, m_patterns->descriptionCues))
                cues.push_back(t);
        // A personal name alone may be a person doing something: "the firm Smith founded",
        // "Harris shares".
        auto personalNameAlone = [&](std::int32_t first, std::int32_t end) {
            return end - first == 1
                && (unit(first)
                    & (maskOf(Category::Person) | maskOf(Category::FirstName) | maskOf(Category::Surname)))
                && typeOf(first, end) != EntityType::Organization;
        };
        bool changed = false;
        auto describe = [&](std::int32_t first, std::int32_t end, EntityType type) {
            if (end - first > Gazetteer::kMaxPhraseTokens)
                return;
            // A place's head word names no organisation: "the Andaman Islands group".
            if (type == EntityType::Organization
                && (has(unit(end - 1), Category::LocKeyword) || isOneOf(end - 1, m_patterns->ruleLocHeads)))
                return;
            changed = nameAs(first, end, type) || changed;
            if (typeOf(first, end) != type)
                return; // a longer name the tagger found reaches over it
            described[keyOf(first, end)] = { type, end - first };
        };
        // A legal form's period may close a sentence: "... and Tiffany & Co. Shares in Kering fell".
        for (TokenSpan& s : spans.spans()) {
            for (std::int32_t k = s.firstToken + 1; k + 1 < s.endToken; ++k) {
                if (!isOneOf(k, m_patterns->legalForms))
                    continue;
                const std::int32_t next = word(k + 1) == u"." ? k + 2 : k + 1; // "Co" "." or "Co."
                if (next < s.endToken && (next > k + 1 || (tf[size_t(k)].flags & HasPeriod))
                    && has(unit(next), Category::Common) && !has(unit(next), Category::OrgKeyword)
                    && !isOneOf(next, m_patterns->legalForms)) {
                    s.endToken = next;
                    changed = true;
                    break;
                }
            }
        }
        // A legal form closes a company's name, whatever the tagger typed it: "WK Kellogg Co.",
        // "Johnson Controls Inc." ("SA", "SE", "AG" and "NV" also close places and addresses).
        for (TokenSpan& s : spans.spans())
            if (s.type != EntityType::Organization && s.endToken - s.firstToken >= 2
                && s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens
                && isCapitalisedOneOf(s.endToken - 1, m_patterns->legalForms)
                && !(tokens[size_t(s.endToken - 1)].length() == 2
                    && (tf[size_t(s.endToken - 1)].flags & AllCaps))) {
                s.type = EntityType::Organization;
                described[keyOf(s.firstToken, s.endToken)]
                    = { EntityType::Organization, s.endToken - s.firstToken };
            }
        // ... and a British company's "plc", written in lower case, closes its name: "Antofagasta plc".
        for (TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken > s.firstToken
                && s.endToken < std::int32_t(tokens.size()) && word(s.endToken) == u"plc"
                && sameSentence(s.firstToken, s.endToken) && spans.ownerOf(s.endToken) < 0) {
                ++s.endToken;
                changed = true;
            }
        // A legal form after a comma closes the company's whole capitalised name, whatever the
        // tagger kept of it: "Meta Platforms, Inc.", "Big Rock Sports, LLC", "Smith Moving and
        // Storage, Inc." (not "Division of Cargill, Inc."; a word opening the sentence that is an adverb or a
        // function word is no part of it: "Yesterday Acme Widgets, LLC filed").
        auto upperInitial
            = [&](std::int32_t t) { return capitalised(t) || word(t).front().isUpper(); }; // "Amazon.com"
        for (std::int32_t k = 2, count = std::int32_t(tokens.size()); k < count; ++k) {
            if (!capitalised(k) || tokens[size_t(k - 1)].length() != 1 || word(k - 1) != u","
                || !isCapitalisedOneOf(k, m_patterns->commaLegalForms) || !upperInitial(k - 2)
                || !sameSentence(k - 2, k))
                continue;
            const std::int32_t sentenceFirst = tokenized.sentences[size_t(sentenceOf[size_t(k)])].firstToken;
            std::int32_t first = k - 2;
            // A person before it stays apart ("Vangie McGilloway Constellation Power Source, Inc."
            // in a signature), and so does another name before "and" ("Microsoft and Nvidia, Inc.";
            // but "IBM Global Services, Inc.").
            const int nameOwner = spans.ownerOf(k - 2);
            auto otherName = [&](std::int32_t t) {
                const int owner = spans.ownerOf(t);
                if (owner < 0 || owner == nameOwner)
                    return false;
                const TokenSpan& other = spans.spans()[size_t(owner)];
                return other.type == EntityType::Person
                    || (phraseCategories(facts, other.firstToken, other.endToken)
                        & (kLocationMask | maskOf(Category::Organization)))
                    || (other.endToken - other.firstToken <= Gazetteer::kMaxPhraseTokens
                        && m_patterns->knownOrganisations.count(keyOf(other.firstToken, other.endToken)));
            };
            // A title is no part of it ("Senior Vice President of CCNG, Inc."), nor a line before
            // it (a signature's lines), nor a name closed by its head word ("Emery Financial Group
            // PaineWebber, Inc."; not "Party City Holdco, Inc."), nor a word in capitals that is no
            // acronym ("ECONOMIC CONSULTANTS").
            auto nameWord = [&](std::int32_t t) {
                const int owner = spans.ownerOf(t);
                return capitalised(t) && !has(unit(t), Category::Title)
                    && !isOneOf(t, m_patterns->functionWords)
                    && !(owner >= 0 && owner != nameOwner
                        && spans.spans()[size_t(owner)].type == EntityType::Person)
                    && !(has(unit(t), Category::OrgKeyword) && t > sentenceFirst && capitalised(t - 1))
                    && !((tf[size_t(t)].flags & AllCaps) && word(t).size() >= 4
                        && has(unit(t), Category::Common));
            };
            while (first > sentenceFirst && !lineBreakBefore(first)) {
                const QStringView before = word(first - 1);
                if (nameWord(first - 1))
                    --first;
                else if ((before == u"and" || before == u"&") && first - 2 >= sentenceFirst
                    && nameWord(first - 2) && !otherName(first - 2))
                    first -= 2;
                else
                    break;
            }
            if (first == sentenceFirst
                && (isOneOf(first, m_patterns->functionWords) || isOneOf(first, m_patterns->sentenceAdverbs)
                    || (word(first).endsWith(u"ly") && has(unit(first), Category::Common))))
                ++first;
            const std::int32_t end = k + 1;
            if (first < k - 1)
                describe(first, end, EntityType::Organization);
        }
        for (const std::int32_t t : cues) {
            const bool lower = (tf[size_t(t)].flags & Lowercase) != 0;
            // "regional airline Voepass", "the ransomware gang Qilin", "a group called Qilin"
            if (lower && isOneOfSpelled(t, m_patterns->organisationNouns) && sameSentence(t, t + 2)) {
                const std::int32_t first
                    = word(t + 1) == u"called" || word(t + 1) == u"named" ? t + 2 : t + 1;
                const std::int32_t end = nameFrom(first);
                // Journals and web sites take dictionary words for names: "the journal Nature", "the
                // magazine Time", "the streaming site Twitch".
                const bool journal = (word(t) == u"journal" || word(t) == u"magazine" || word(t) == u"site"
                                         || word(t) == u"website")
                    && end > first
                    && !(phraseCategories(facts, first, end) & (kLocationMask | maskOf(Category::Demonym)))
                    && typeOf(first, end).value_or(EntityType::Organization) == EntityType::Organization;
                // A personal name after the kind is the firm's when no verb of the person follows:
                // "the student-aid startup Frank, with", not "the firm Smith founded".
                const bool nothingDone = end < tokenCount
                    && ((tf[size_t(end)].flags & Punctuation) || isPossessive(word(end))
                        || isOneOf(end, m_patterns->functionWords));
                // ... and a dictionary word with a capital mid-sentence, the phrase closed right
                // after it: "satellite imaging company Keyhole, so why not Firefox?".
                const bool capitalisedWord = end - first == 1 && nothingDone
                    && (t == 0 || word(t - 1) != u"-") // not "L-band Sensor"
                    && !isPossessive(word(end)) && !(tf[size_t(first)].flags & (SentenceStart | AllCaps))
                    && !(unit(first)
                        & (kLocationMask | maskOf(Category::Demonym) | maskOf(Category::NonEntity)
                            | maskOf(Category::Title)))
                    && !typeOf(first, end);
                if (journal || capitalisedWord
                    || ((!personalNameAlone(first, end) || nothingDone) && mayBeOrganisation(first, end)))
                    describe(first, end, EntityType::Organization);
            }
            // "Synnovis, a pathology company that processes blood tests", "the CGT, Argentina's
            // largest labor union,"
            std::int32_t descriptionStart = -1;
            if (word(t) == u"," && sameSentence(t, t + 2)) {
                if (word(t + 1) == u"a" || word(t + 1) == u"an" || word(t + 1) == u"the") {
                    descriptionStart = t + 2;
                } else if ((tf[size_t(t + 1)].flags & Lowercase)
                    && isOneOfSpelled(t + 1, m_patterns->organisationNouns) && word(t + 2) == u"of") {
                    descriptionStart = t + 1; // "Anthropic, maker of the Claude chatbot,"
                } else if (const int place = spans.ownerOf(t + 1); place >= 0
                           && spans.spans()[size_t(place)].firstToken == t + 1
                           && spans.spans()[size_t(place)].type == EntityType::Location) {
                    const std::int32_t placeEnd = spans.spans()[size_t(place)].endToken;
                    if (placeEnd + 1 < tokenCount && sameSentence(t, placeEnd + 1)
                        && isPossessive(word(placeEnd)))
                        descriptionStart = placeEnd + 1;
                }
            }
            if (descriptionStart > 0) {
                std::int32_t first = nameBefore(t);
                // "Apple, the company that ...": a description also tells a sentence's first word.
                const bool openingWord = first == t && t > 0 && (tf[size_t(t - 1)].flags & SentenceStart)
                    && capitalised(t - 1) && spans.ownerOf(t - 1) < 0
                    && !isOneOf(t - 1, m_patterns->functionWords) && !has(unit(t - 1), Category::Title)
                    && (!has(unit(t - 1), Category::Common)
                        || m_patterns->knownOrganisations.count(keyOf(t - 1, t))); // not "However"
                if (openingWord)
                    first = t - 1;
                // ... and a dictionary word opening the sentence before the name, which the capital
                // proves nothing of, where the description makes it an organisation: "Independent
                // Ireland, a new party", "Students Against Discrimination, the group that led the
                // protests" (not "Rival Richemont").
                const bool wordOpeningName = !openingWord && first < t && first > 0
                    && (tf[size_t(first - 1)].flags & SentenceStart) && capitalised(first - 1)
                    && spans.ownerOf(first - 1) < 0 && !(tf[size_t(first - 1)].flags & Punctuation)
                    && !isOneOf(first - 1, m_patterns->functionWords)
                    && !has(unit(first - 1), Category::Title)
                    && !isCapitalisedOneOf(first - 1, m_patterns->leadingDescriptors)
                    && !isOneOf(first - 1, m_patterns->sentenceAdverbs) && !word(first - 1).endsWith(u"ly");
                for (std::int32_t k = descriptionStart;
                     k < std::min(descriptionStart + 6, tokenCount) && sameSentence(k, t); ++k) {
                    const TokenFacts& f = tf[size_t(k)];
                    if ((f.flags & Lowercase) && isOneOfSpelled(k, m_patterns->organisationNouns)) {
                        const bool closes = k + 1 >= tokenCount || !sameSentence(k, k + 1)
                            || (tf[size_t(k + 1)].flags & Punctuation && !tightHyphen(k + 1)
                                && !isPossessive(word(k + 1)))
                            || isOneOf(k + 1, m_patterns->descriptionEnds);
                        if (closes && wordOpeningName && mayBeOrganisation(first - 1, t))
                            describe(first - 1, t, EntityType::Organization);
                        else if (closes && first < t
                            && (openingWord
                                    ? !has(unit(first), Category::Demonym) && !(unit(first) & kLocationMask)
                                    : mayBeOrganisation(first, t)))
                            describe(first, t, EntityType::Organization);
                        break;
                    }
                    // (a place or an organisation too: "the main EU farm lobby", "a Cincinnati firm")
                    const int named = spans.ownerOf(k);
                    const bool describing = ((f.flags & Lowercase) && !isOneOf(k, m_patterns->functionWords))
                        || tightHyphen(k) || (f.flags & HasDigit)
                        || (capitalised(k) && (has(f.gazUnit, Category::Demonym) || tightHyphen(k + 1)))
                        || (named >= 0 && spans.spans()[size_t(named)].type != EntityType::Person);
                    if (!describing)
                        break;
                }
            }
            // "Meridian, which is based in Singapore", "Meridian, headquartered in Singapore": only
            // organisations are based or headquartered somewhere, a town named so included.
            if (word(t) == u"," && t > 0 && sameSentence(t, t + 2)) {
                std::int32_t k = t + 1;
                if (word(k) == u"which" && sameSentence(t, k + 2)) {
                    ++k;
                    if (word(k) == u"is" || word(k) == u"was")
                        ++k;
                    if (word(k) != u"based" && word(k) != u"headquartered")
                        k = -1;
                } else if (word(k) != u"headquartered") {
                    k = -1;
                }
                const std::int32_t first = k > 0 ? nameBefore(t) : t;
                const CategoryMask known = phraseCategories(facts, first, t);
                if (first < t && !personalNameAlone(first, t)
                    && !(known
                        & (maskOf(Category::Country) | maskOf(Category::Region) | maskOf(Category::Demonym)))
                    && typeOf(first, t) != EntityType::Person)
                    describe(first, t, EntityType::Organization);
            }
            // "Brazil's civil aviation agency, ANAC, said"
            if (lower && isOneOfSpelled(t, m_patterns->organisationNouns) && sameSentence(t, t + 2)
                && word(t + 1) == u",") {
                std::int32_t k = t + 2;
                if (word(k) == u"the" && sameSentence(k, k + 1))
                    ++k;
                if ((tf[size_t(k)].flags & AllCaps) && !(tf[size_t(k)].flags & HasDigit)
                    && tf[size_t(k)].length <= 8 && mayBeOrganisation(k, k + 1)
                    && (k + 1 >= tokenCount || !sameSentence(k, k + 1) || word(k + 1) == u","
                        || word(k + 1) == u"." || word(k + 1) == u")" || word(k + 1) == u"said"))
                    describe(k, k + 1, EntityType::Organization);
                // ... and a name set off by commas after someone's party or firm: "His party, La
                // Libertad Avanza, holds a minority", "Milei's party, La Libertad Avanza,".
                const bool someones = t > 0
                    && (isPossessive(word(t - 1)) || word(t - 1) == u"his" || word(t - 1) == u"her"
                        || word(t - 1) == u"His" || word(t - 1) == u"Her" || word(t - 1) == u"its"
                        || word(t - 1) == u"their" || word(t - 1) == u"Its" || word(t - 1) == u"Their");
                // (Not after a trade's agent noun, which names people too: "his publisher, Simrock,".)
                const QStringView kind = word(t);
                const bool agentNoun = (kind.endsWith(u"er") || kind.endsWith(u"or"))
                    && !isOneOfSpelled(t, m_patterns->firmAgentNouns);
                if (const std::int32_t end = someones && !agentNoun && k == t + 2 ? nameFrom(k) : k; end > k
                    && end < tokenCount && word(end) == u"," && !personalNameAlone(k, end)
                    && mayBeOrganisation(k, end))
                    describe(k, end, EntityType::Organization);
            }
            // "the Morena party", "Dissanayake's National People's Power alliance"; but a
            // person's coalition or movement is the person's ("the Netanyahu coalition").
            if (lower
                && (isOneOf(t, m_patterns->groupWordsAfter) || isOneOf(t, m_patterns->businessUnitWords))
                && t > 0) {
                std::int32_t first = nameBefore(t);
                // The tagger may have split the name: "La Libertad" + "Avanza" of "La Libertad
                // Avanza party".
                while (first < t && first > 0 && sameSentence(first - 1, t) && capitalised(first - 1)
                    && !isOneOf(first - 1, m_patterns->functionWords)
                    && !has(unit(first - 1), Category::Title) && !has(unit(first - 1), Category::Demonym)
                    && !(tf[size_t(first - 1)].flags & Punctuation) && !afterPrefix(first - 1)) {
                    const int owner = spans.ownerOf(first - 1);
                    const std::int32_t before
                        = owner >= 0 ? spans.spans()[size_t(owner)].firstToken : first - 1;
                    if ((owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person)
                        || ((tf[size_t(before)].flags & SentenceStart) && has(unit(before), Category::Common))
                        || t - before > 5)
                        break;
                    first = before;
                }
                // ... nor is a unit named after its target: "the CIA's Bin Laden unit" (but "its
                // Daihatsu unit").
                const bool businessUnit = isOneOf(t, m_patterns->businessUnitWords);
                const bool followers = isOneOf(t, m_patterns->followerWords) || businessUnit;
                // (one name: not "former CIA OBL unit counter terrorism chief")
                if (businessUnit && t - first > 1 && spanExactly(first, t) < 0)
                    continue;
                if (first < t
                    && (spans.ownerOf(first) >= 0 || t - first > 1 || !has(unit(first), Category::Common))
                    && !(followers && typeOf(first, t) == EntityType::Person) && mayBeOrganisation(first, t))
                    describe(first, t, EntityType::Organization);
            }
        }
        // Whether [first, end) may be a place: no organisation or nationality the gazetteer knows
        // (unless it also knows the place), no full name of this article's people.
        auto mayBePlace = [&](std::int32_t first, std::int32_t end) {
            if (end <= first || has(unit(first), Category::Title))
                return false;
            const CategoryMask known = phraseCategories(facts, first, end);
            if (((known & (maskOf(Category::Organization) | maskOf(Category::Demonym)))
                    && !(known & kLocationMask))
                || m_patterns->knownOrganisations.count(keyOf(first, end)))
                return false;
            const std::optional<EntityType> type = typeOf(first, end);
            if (end - first == 1
                && (isOneOf(first, m_patterns->functionWords) || nameWords.count(tf[size_t(first)].key)))
                return false;
            return !(type == EntityType::Person && end - first >= 2 && has(unit(first), Category::FirstName));
        };
        // The place named before `end`, with the words the tagger passed over before the part it
        // found: "Wad [Madani], the capital of Gezira state".
        auto placeNameBefore = [&](std::int32_t end) {
            std::int32_t first = nameBefore(end);
            while (first < end && first > 0 && sameSentence(first - 1, end) && capitalised(first - 1)
                && spans.ownerOf(first - 1) < 0 && !(tf[size_t(first - 1)].flags & SentenceStart)
                && !has(unit(first - 1), Category::Title) && !has(unit(first - 1), Category::Demonym)
                && !isOneOf(first - 1, m_patterns->functionWords))
                --first;
            return first;
        };
        // What a name is said to be: "Coron is a municipality in Palawan", "Synnovis is a pathology
        // company that ..." (not "Smith was a party leader": the kind ends its phrase); and a place
        // by what only places have: "residents of Coron", "20 km north of Kyiv".
        // A one-word name of a person the lists know is no place for its residents: "officials in
        // Biden's administration".
        auto knownOnlyAsPerson = [&](std::int32_t first, std::int32_t end) {
            const CategoryMask known = phraseCategories(facts, first, end);
            return (known
                       & (maskOf(Category::Person) | maskOf(Category::Surname) | maskOf(Category::FirstName)))
                && !(known & kLocationMask);
        };
        for (const std::int32_t t : cues) {
            // "officials in Wajima said", "residents in Camarillo"; "Camarillo resident Mark
            // Saavedra", "a Kyiv native".
            if ((tf[size_t(t)].flags & (Lowercase | SentenceStart)) && isOneOf(t, m_patterns->placeInNouns)
                && t + 2 < tokenCount && word(t + 1) == u"in" && sameSentence(t, t + 2)
                && !(tf[size_t(t + 2)].flags & AllCaps)) {
                const std::int32_t end = nameFrom(t + 2);
                if (end > t + 2 && (end >= tokenCount || !isPossessive(word(end)))
                    && typeOf(t + 2, end) != EntityType::Organization && mayBePlace(t + 2, end)
                    && !knownOnlyAsPerson(t + 2, end))
                    describe(t + 2, end, EntityType::Location);
            }
            // ... and its council: "Rhondda Cynon Taf council leader Andrew Morgan".
            if ((tf[size_t(t)].flags & Lowercase)
                && (isOneOf(t, m_patterns->residentNouns) || isOneOf(t, m_patterns->councilNouns))) {
                const std::int32_t first = nameBefore(t);
                // A native is one with an article: "the Brooklyn native" (not "Aries natives").
                const QStringView article = first > 0 ? word(first - 1) : QStringView();
                const bool native = word(t).startsWith(u"native");
                if (first < t && sameSentence(first, t) && typeOf(first, t) != EntityType::Organization
                    && !has(unit(t - 1), Category::Common) // "Housing Development residents"
                    && (!native || article == u"a" || article == u"an" || article == u"the")
                    && mayBePlace(first, t) && !(first > 0 && isPossessive(word(first - 1))))
                    describe(first, t, EntityType::Location);
            }
            if (isOneOf(t, m_patterns->placeOfNouns)
                && ((tf[size_t(t)].flags & Lowercase) || (tf[size_t(t)].flags & SentenceStart))) {
                if (t + 2 >= tokenCount || word(t + 1) != u"of" || !sameSentence(t, t + 2)
                    || (tf[size_t(t + 2)].flags & (SentenceStart | AllCaps)))
                    continue;
                const std::int32_t end = nameFrom(t + 2);
                if (end > t + 2 && typeOf(t + 2, end) != EntityType::Organization && mayBePlace(t + 2, end))
                    describe(t + 2, end, EntityType::Location);
                continue;
            }
            // ... and in apposition: "Wad Sharifi, a village near Kassala", "Synnovis, a pathology
            // company, said".
            const bool apposition = word(t) == u"," && t > 0 && t + 2 < tokenCount && sameSentence(t, t + 2);
            if (t == 0
                || !(apposition || ((tf[size_t(t)].flags & Lowercase) && isOneOf(t, m_patterns->copulas)))
                || t + 2 >= tokenCount)
                continue;
            // A capital is a place: "Wad Madani, the capital of Gezira state", "Kyiv, the Ukrainian
            // capital,", "Goma is the provincial capital".
            if (word(t + 1) == u"the") {
                std::int32_t kind = t + 2;
                while (kind < tokenCount && kind - t <= 4 && sameSentence(kind, t) && word(kind) != u"capital"
                    && ((tf[size_t(kind)].flags & Lowercase)
                        || ((tf[size_t(kind)].flags & Capitalized) && has(unit(kind), Category::Demonym))))
                    ++kind;
                const std::int32_t after = kind + 1;
                if (kind < tokenCount && word(kind) == u"capital"
                    && (after >= tokenCount || !sameSentence(after, t) || word(after) == u"of"
                        || word(after) == u"," || word(after) == u"." || word(after) == u"and")) {
                    const std::int32_t first = placeNameBefore(t);
                    if (first < t && mayBePlace(first, t))
                        describe(first, t, EntityType::Location);
                }
                continue;
            }
            // Where a name lies in a larger place: "Coron is in the province of Palawan" (a person
            // or a shop is in a town, not in its province).
            if (!apposition && word(t + 1) == u"in" && t + 4 < tokenCount && word(t + 2) == u"the"
                && isOneOf(t + 3, m_patterns->settlementWords) && word(t + 4) == u"of" && t + 5 < tokenCount
                && sameSentence(t, t + 5) && capitalised(t + 5)) {
                const std::int32_t first = nameBefore(t);
                if (first < t && mayBePlace(first, t))
                    describe(first, t, EntityType::Location);
                continue;
            }
            if (word(t + 1) != u"a" && word(t + 1) != u"an")
                continue;
            std::int32_t kind = t + 2;
            for (int adjectives = 0; kind < tokenCount && adjectives < 3 && sameSentence(kind, t);
                 ++kind, ++adjectives) {
                // A place describes too: "Brightline Development, a Cincinnati firm".
                if (const int owner = spans.ownerOf(kind); owner >= 0
                    && spans.spans()[size_t(owner)].firstToken == kind
                    && spans.spans()[size_t(owner)].type == EntityType::Location) {
                    kind = spans.spans()[size_t(owner)].endToken - 1;
                    continue;
                }
                const bool adjective
                    = ((tf[size_t(kind)].flags & Lowercase) && !isOneOf(kind, m_patterns->settlementWords)
                          && !isOneOfSpelled(kind, m_patterns->organisationNouns)
                          && !isOneOf(kind, m_patterns->functionWords))
                    || ((tf[size_t(kind)].flags & Capitalized) && has(unit(kind), Category::Demonym));
                if (!adjective)
                    break;
            }
            if (kind >= tokenCount || !sameSentence(kind, t) || !(tf[size_t(kind)].flags & Lowercase))
                continue;
            const bool place = isOneOf(kind, m_patterns->settlementWords);
            if (!place && !isOneOfSpelled(kind, m_patterns->organisationNouns))
                continue;
            const std::int32_t after = kind + 1;
            if (after < tokenCount && sameSentence(after, t) && !(tf[size_t(after)].flags & Punctuation)
                && !isOneOf(after, m_patterns->functionWords)
                && !isOneOf(after, m_patterns->placePrepositions) && word(after) != u"based")
                continue;
            const std::int32_t first = place ? placeNameBefore(t) : nameBefore(t);
            if (first >= t)
                continue;
            if (place ? mayBePlace(first, t) : (mayBeOrganisation(first, t) && !personalNameAlone(first, t)))
                describe(first, t, place ? EntityType::Location : EntityType::Organization);
        }
        // Companies by what only companies have: "Moncler chairman Remo Ruffini", "Moncler shares
        // rose", "shares in Kering", "a stake in Moncler", and by what is owned: "LVMH owns Louis
        // Vuitton, Christian Dior and Tiffany".
        for (const std::int32_t t : cues) {
            if (t == 0)
                continue;
            // "shares in Kering", "Shares in Kering fell" (capitalised after an unseen sentence end)
            // ... and the firms of a merger: "formed by the merger of Allkem and Livent".
            const bool merger = word(t) == u"merger";
            const bool stake = isOneOf(t, m_patterns->stakeWords) && t + 2 < tokenCount
                && (word(t + 1) == u"in" || word(t + 1) == u"of"
                    || (merger && (word(t + 1) == u"with" || word(t + 1) == u"between")))
                && sameSentence(t, t + 2);
            if (stake) {
                const std::int32_t end = nameFrom(t + 2);
                if (end > t + 2 && mayBeOrganisation(t + 2, end)) {
                    describe(t + 2, end, EntityType::Organization);
                    if (merger && end + 1 < tokenCount && word(end) == u"and" && sameSentence(t, end + 1))
                        if (const std::int32_t other = nameFrom(end + 1);
                            other > end + 1 && mayBeOrganisation(end + 1, other))
                            describe(end + 1, other, EntityType::Organization);
                }
                continue;
            }
            if (isOneOf(t, m_patterns->companyCuesAfter)
                && ((tf[size_t(t)].flags & Lowercase) || word(t) == u"CEO")) {
                const std::int32_t first = nameBefore(t);
                // A headline's first word the tagger passed over is a word: "Chipmaker shares slide".
                // "Varenne chairman Paul Moreau" is a company whatever its place, and so is a town's
                // name before its chief executive ("Meridian chief executive Daniel Okafor").
                std::int32_t personAt = t + 1;
                while (personAt < tokenCount && personAt - t <= 3 && (tf[size_t(personAt)].flags & Lowercase))
                    ++personAt; // "chief executive", "chief financial officer"
                const int next
                    = personAt < tokenCount && sameSentence(t, personAt) ? spans.ownerOf(personAt) : -1;
                const bool personFollows = next >= 0 && spans.spans()[size_t(next)].firstToken == personAt
                    && spans.spans()[size_t(next)].type == EntityType::Person
                    && !isOneOf(t, m_patterns->stakeWords);
                if (word(t) == u"chief" && !personFollows)
                    continue;
                const bool openingWord = t - first == 1 && (tf[size_t(first)].flags & SentenceStart)
                    && spans.ownerOf(first) < 0 && !personFollows;
                // "Swift shares a video": the verb, before what is shared.
                const QStringView after = t + 1 < tokenCount ? word(t + 1) : QStringView();
                const bool verb = after == u"a" || after == u"an" || after == u"the" || after == u"his"
                    || after == u"her" || after == u"their" || after == u"its" || after == u"our"
                    || after == u"my" || after == u"your" || after == u"this" || after == u"that"
                    || after == u"these" || after == u"those" || after == u"some" || after == u"no";
                if (verb)
                    continue;
                const CategoryMask known = phraseCategories(facts, first, t);
                const bool town = personFollows && first < t
                    && (known & (maskOf(Category::City) | maskOf(Category::Place)))
                    && !(known
                        & (maskOf(Category::Country) | maskOf(Category::Region) | maskOf(Category::Demonym)));
                if (first < t && !openingWord && !personalNameAlone(first, t)
                    && (town || mayBeOrganisation(first, t)))
                    describe(first, t, EntityType::Organization);
                continue;
            }
            if (!(tf[size_t(t)].flags & Lowercase) || !isOneOf(t, m_patterns->ownershipVerbs))
                continue;
            for (std::int32_t first = t + 1; first < tokenCount && sameSentence(first, t);) {
                const std::int32_t end = nameFrom(first);
                if (end == first || (end < tokenCount && isPossessive(word(end))))
                    break; // "bought Smith's house"
                // Not a place, a title, a nationality or a day ("acquired Russian citizenship",
                // "bought Sunday papers"); a person's name may be a house's ("Christian Dior"), a
                // dictionary word a company's ("acquired Urchin", "bought Apple").
                const CategoryMask known = phraseCategories(facts, first, end);
                const bool dictionaryWord
                    = end - first == 1 && !typeOf(first, end) && has(unit(first), Category::NonEntity);
                // A person the tagger found by a given name is a house only among other brands:
                // alone it is a player or an artist signed ("the Lakers acquired Luka Doncic").
                const bool listed = first > t + 1
                    || (end + 1 < tokenCount && sameSentence(end, end + 1)
                        && (word(end) == u"and" || (word(end) == u"," && capitalised(end + 1))));
                if (!listed && end - first >= 2 && typeOf(first, end) == EntityType::Person
                    && has(unit(first), Category::FirstName))
                    break;
                if (!((known & (kLocationMask | maskOf(Category::Demonym)))
                        && !(known & maskOf(Category::Organization)))
                    && !has(unit(first), Category::Title) && !has(unit(first), Category::Demonym)
                    && !dictionaryWord && !isOneOf(first, m_patterns->functionWords))
                    describe(first, end, EntityType::Organization);
                if (end + 1 >= tokenCount || (word(end) != u"," && word(end) != u"and"))
                    break;
                first = word(end + 1) == u"and" ? end + 2 : end + 1;
            }
        }
        // A person's party or group: "Sajith Premadasa of the Samagi Jana Balawegaya".
        for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
            const TokenSpan s = spans.spans()[i];
            const std::int32_t b = s.endToken;
            if (s.type != EntityType::Person || b + 2 >= tokenCount || word(b) != u"of"
                || word(b + 1) != u"the" || !sameSentence(b, b + 2))
                continue;
            std::int32_t end = nameFrom(b + 2);
            // Words the tagger passed over before a name it found are the start of that name:
            // "Bishop Mykola Bychok of the Ukrainian Greek Catholic Church", where it found
            // "Catholic Church" ("the Samagi Jana Balawegaya", where it took the last word for a
            // person). A place there is a name of its own ("of the Greater London Authority").
            if (const int next = end > b + 2 && end < tokenCount ? spans.ownerOf(end) : -1;
                next >= 0 && spans.spans()[size_t(next)].firstToken == end && sameSentence(end, b + 2)) {
                if (spans.spans()[size_t(next)].type == EntityType::Location)
                    continue;
                end = spans.spans()[size_t(next)].endToken;
            }
            const std::optional<EntityType> type = typeOf(b + 2, end);
            if (end > b + 2 && type != EntityType::Location && mayBeOrganisation(b + 2, end))
                describe(b + 2, end, EntityType::Organization);
        }
        // A river named in Spanish or Portuguese: "the Rio Negro", "Río Bravo", where the tagger
        // found nothing or a place ("Rio Tinto" the company and "Rio Ferdinand" keep their type).
        for (const std::int32_t t : cues) {
            if (!isCapitalisedOneOf(t, m_patterns->riverWords) || !sameSentence(t, t + 1)
                || !capitalised(t + 1) || has(unit(t + 1), Category::Title))
                continue;
            const int owner = spans.ownerOf(t);
            const bool alonePlace = owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Location
                && spans.spans()[size_t(owner)].firstToken == t
                && spans.spans()[size_t(owner)].endToken == t + 1;
            if ((owner >= 0 && !alonePlace) || spans.ownerOf(t + 1) >= 0)
                continue; // a river the tagger found whole, a company, a person
            spans.replaceOverlapping({ t, t + 2, EntityType::Location });
            changed = true;
        }
        // A town before its county or country is a place: "a boy from Banks, Lancashire", "in
        // Paris, Texas" (after a preposition: "Greg Abbott, Texas governor" is a person).
        for (const std::int32_t t : cues) {
            if (word(t) != u"," || t < 2 || !sameSentence(t, t + 1) || !capitalised(t + 1))
                continue;
            const int regionOwner = spans.ownerOf(t + 1);
            const std::int32_t regionEnd
                = regionOwner >= 0 ? spans.spans()[size_t(regionOwner)].endToken : t + 2;
            const CategoryMask region = phraseCategories(facts, t + 1, regionEnd);
            // "from Smith, Paris-based ..." is no town.
            const bool taggedPlace = regionOwner >= 0
                && spans.spans()[size_t(regionOwner)].firstToken == t + 1
                && spans.spans()[size_t(regionOwner)].type == EntityType::Location;
            if ((regionOwner >= 0 ? !taggedPlace
                                  : !(region & (maskOf(Category::Region) | maskOf(Category::Country))))
                || (regionEnd < tokenCount && sameSentence(t, regionEnd)
                    && (capitalised(regionEnd) || tightHyphen(regionEnd))))
                continue;
            const std::int32_t first = nameBefore(t);
            if (first == t || first == 0 || !isOneOf(first - 1, m_patterns->placePrepositions)
                || (t - first == 1
                    && (nameWords.count(tf[size_t(first)].key) || isOneOf(first, m_patterns->calendarWords)))
                || typeOf(first, t) == EntityType::Organization)
                continue;
            describe(first, t, EntityType::Location);
        }
        // A name with an age between commas is a person's, whatever else its words are: "Sinner,
        // 22, came back", "said Tom Reed, 51, a teacher" (the wires' way; not a year: "Tokyo, 1964,").
        for (const std::int32_t t : cues) {
            if (word(t) != u"," || t < 1 || t + 3 >= tokenCount || word(t + 2) != u","
                || !(tf[size_t(t + 1)].flags & HasDigit) || !(tf[size_t(t + 3)].flags & Lowercase)
                || !sameSentence(t - 1, t + 3))
                continue;
            const QStringView age = word(t + 1);
            if (!isShortNumber(age) || age.toInt() < 1 || age.toInt() > 120)
                continue;
            std::int32_t first = nameBefore(t);
            // The age says it even of a dictionary word opening the sentence ("Sinner, 22,").
            if (first == t && capitalised(t - 1) && !(tf[size_t(t - 1)].flags & (Punctuation | AllCaps))
                && spans.ownerOf(t - 1) < 0 && !isCapitalisedOneOf(t - 1, m_patterns->functionWords))
                first = t - 1;
            if (first == t || t - first > 3 || typeOf(first, t) == EntityType::Person
                || (phraseCategories(facts, first, t)
                    & (kLocationMask | maskOf(Category::Organization) | maskOf(Category::Demonym)))
                || m_patterns->knownOrganisations.count(keyOf(first, t)) || has(unit(first), Category::Title))
                continue;
            describe(first, t, EntityType::Person);
        }
        // A person's age and home town: "Maria Lopez, 34, of Caldwell" (the wires' way).
        for (const std::int32_t t : cues) {
            if (word(t) != u"," || t < 3 || t + 2 >= tokenCount || word(t + 1) != u"of" || word(t - 2) != u","
                || !sameSentence(t - 3, t + 2))
                continue;
            const QStringView age = word(t - 1);
            if (!isShortNumber(age))
                continue;
            const int person = spans.ownerOf(t - 3);
            if (person < 0 || spans.spans()[size_t(person)].type != EntityType::Person
                || spans.spans()[size_t(person)].endToken != t - 2)
                continue;
            const std::int32_t end = nameFrom(t + 2);
            if (end == t + 2 || end - (t + 2) > 3 || typeOf(t + 2, end) == EntityType::Organization
                || m_patterns->knownOrganisations.count(keyOf(t + 2, end)))
                continue;
            describe(t + 2, end, EntityType::Location);
        }
        // A sentence's first word that only describes is no part of the organisation after it:
        // "Former Bank of Canada governor", "Rival Rivian Automotive".
        for (TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
                && (tf[size_t(s.firstToken)].flags & SentenceStart)
                && isOneOf(s.firstToken, m_patterns->leadingDescriptors)) {
                ++s.firstToken;
                changed = true;
            }
        // Spanish names of gangs and cartels that the tagger reads as people: "Los Chapitos", "Los
        // Choneros" (not "Los Angeles" and what is named after it, "Los Angeles County").
        for (std::int32_t t = 0; t + 1 < tokenCount; ++t) {
            if ((word(t) != u"Los" && word(t) != u"Las") || !sameSentence(t, t + 1) || !capitalised(t + 1)
                || (phraseCategories(facts, t, t + 2) & kLocationMask))
                continue;
            std::int32_t end = t + 1;
            while (end < tokenCount && end - t < 4 && sameSentence(end, t) && capitalised(end)
                && !(tf[size_t(end)].flags & Punctuation))
                ++end;
            bool personOrNothing = true;
            for (std::int32_t k = t; k < end; ++k)
                if (const int owner = spans.ownerOf(k); owner >= 0)
                    personOrNothing
                        = personOrNothing && spans.spans()[size_t(owner)].type == EntityType::Person;
            if (personOrNothing && !(phraseCategories(facts, t, end) & kLocationMask))
                describe(t, end, EntityType::Organization);
            t = end - 1;
        }
        // Things named like people or places: "Boeing's Starliner capsule", "Blackwell chips", "the
        // film Oppenheimer", "the Nobel Prize", "El Niño".
        // A name that stands alone more than twice as often as before or after a thing's kind
        // names someone ("the Biden vaccine mandate ... Biden said ... Biden met").
        struct ThingCount
        {
            int asThing = 0;
            std::int32_t length = 0;
            // A ship's or a work's name, named by its kind: the thing's whatever the tagger typed it.
            bool whateverTyped = false;
        };
        std::unordered_map<std::uint64_t, ThingCount> thingCounts;
        // A name the tagger ran over a vessel's kind is the operator's and the vessel's: "The
        // Harbour Police vessel Sentinel" (the vessel's name is a thing's below).
        {
            std::vector<TokenSpan> vessels;
            for (TokenSpan& s : spans.spans())
                for (std::int32_t k = s.firstToken + 1; k + 1 < s.endToken; ++k)
                    if ((tf[size_t(k)].flags & Lowercase) && isOneOf(k, m_patterns->vesselNouns)
                        && capitalised(k + 1)) {
                        vessels.push_back({ k + 1, s.endToken, s.type });
                        s.endToken = k;
                        break;
                    }
            for (const TokenSpan& v : vessels)
                spans.add(v);
            if (!vessels.empty())
                spans.reindex();
        }
        // A name given by its kind, a vessel's or a quoted work's, is often a place's or a person's
        // ("the tanker Sounion", "USS Gerald R. Ford", the single "Tom Collins"); a country after a
        // vessel's kind is rather its subject ("the tanker Iran seized"). A variant's Greek letter
        // is one whatever else the word names ("Delta"). Returns the count, or nullptr where the
        // name cannot be a thing's.
        auto thing = [&](std::int32_t first, std::int32_t end, bool namedByKind = false,
                         bool greekLetter = false, bool townsToo = false) -> ThingCount* {
            const CategoryMask known = phraseCategories(facts, first, end);
            const std::uint64_t key = keyOf(first, end);
            const CategoryMask notThings = maskOf(Category::Organization) | maskOf(Category::Demonym)
                | (namedByKind || townsToo ? maskOf(Category::Country) : kLocationMask);
            if (greekLetter) {
                ThingCount& count = thingCounts[key];
                ++count.asThing;
                count.length = 1;
                return &count;
            }
            if ((known & notThings) || m_patterns->knownOrganisations.count(key)
                || end - first > Gazetteer::kMaxPhraseTokens
                || (!namedByKind && end - first == 1 && nameWords.count(tf[size_t(first)].key)))
                return nullptr;
            if (const std::optional<EntityType> type = typeOf(first, end); !namedByKind
                && type == EntityType::Person && end - first >= 2 && has(unit(first), Category::FirstName))
                return nullptr;
            ThingCount& count = thingCounts[key];
            ++count.asThing;
            count.length = end - first;
            count.whateverTyped = count.whateverTyped || namedByKind;
            return &count;
        };
        for (const std::int32_t t : cues) {
            if (isCapitalisedOneOf(t, m_patterns->vesselPrefixes)) {
                // The name runs over capitalised words and initials, whatever the tagger made of
                // them ("USS Gerald R. Ford", "HMS Queen Elizabeth").
                std::int32_t end = t + 1;
                while (end < tokenCount && end - t <= 4 && sameSentence(end, t)
                    && ((capitalised(end) && !(tf[size_t(end)].flags & Punctuation))
                        || (word(end) == u"." && tokens[size_t(end - 1)].length() == 1
                            && tokens[size_t(end - 1)].end == tokens[size_t(end)].begin)))
                    ++end;
                if (end > t + 1) {
                    thing(t + 1, end, true);
                    vesselNames.emplace_back(t, end);
                }
                continue;
            }
            if (!(tf[size_t(t)].flags & Lowercase))
                continue;
            if (isOneOf(t, m_patterns->vesselNouns) && sameSentence(t, t + 1))
                if (const std::int32_t end = nameFrom(t + 1); end > t + 1)
                    thing(t + 1, end, true);
            if (isOneOf(t, m_patterns->productNouns))
                if (const std::int32_t first = nameBefore(t); first < t && sameSentence(first, t))
                    thing(first, t);
            // ... and described after a comma: "Blackwell, the company's newest AI chip, will"
            // (not "Nvidia, the chip maker", nor "Airbus, the maker of the A320 jet").
            if (isOneOf(t, m_patterns->productNouns)
                && (t + 1 >= tokenCount || !sameSentence(t, t + 1)
                    || ((tf[size_t(t + 1)].flags & Punctuation) && !tightHyphen(t + 1)
                        && !isPossessive(word(t + 1)))
                    || isOneOf(t + 1, m_patterns->descriptionEnds))) {
                std::int32_t described = t - 1;
                while (described > 1 && t - described <= 7 && sameSentence(described, t)
                    && (((tf[size_t(described)].flags & Lowercase)
                            && !isOneOf(described, m_patterns->functionWords))
                        || isPossessive(word(described)) || tightHyphen(described)
                        || (capitalised(described) && tightHyphen(described + 1))))
                    --described;
                const QStringView article = word(described);
                const std::int32_t comma = described - 1;
                if (comma > 0 && described + 1 < t && word(comma) == u","
                    && (article == u"a" || article == u"an" || article == u"the" || article == u"its"
                        || article == u"their"))
                    if (const std::int32_t name = nameBefore(comma);
                        name < comma && sameSentence(name, comma))
                        thing(name, comma);
            }
            // What a maker makes is its products: "the maker of Pringles and Cheez-It", "the maker of
            // M&M's, Snickers and Twix".
            if ((word(t) == u"maker" || word(t) == u"makers" || word(t) == u"manufacturer")
                && t + 2 < tokenCount && word(t + 1) == u"of" && sameSentence(t, t + 2)) {
                std::int32_t first = t + 2;
                for (int item = 0; item < 4 && first < tokenCount && sameSentence(t, first); ++item) {
                    const std::int32_t end = nameFrom(first);
                    if (end <= first)
                        break;
                    thing(first, end);
                    if (end + 1 >= tokenCount || (word(end) != u"," && word(end) != u"and"))
                        break;
                    first = end + 1 + (word(end) == u"," && end + 2 < tokenCount && word(end + 1) == u"and");
                }
            }
            // ("Beckham fever" is a craze: a fever's name must be a place's.)
            if (isOneOf(t, m_patterns->diseaseNouns))
                if (const std::int32_t first = nameBefore(t); first < t && sameSentence(first, t)
                    && (word(t) != u"fever" || (phraseCategories(facts, first, t) & kLocationMask)))
                    thing(first, t, false, false, true);
            // "the film Oppenheimer", "the album The Tortured Poets Department" (the tagger leaves
            // "The" out), and as an appositive closed by its comma: "her latest album, Midnights,
            // topped" ("In his memoir, Obama writes" names him).
            if (isOneOf(t, m_patterns->productNounsBefore) && sameSentence(t, t + 1)) {
                std::int32_t first = t + 1;
                const bool appositive = word(first) == u",";
                first += appositive ? 1 : 0;
                if (first + 1 < tokenCount && word(first) == u"The" && sameSentence(first + 1, t)
                    && capitalised(first + 1) && spans.ownerOf(first) < 0)
                    ++first;
                if (first < tokenCount && sameSentence(first, t))
                    if (const std::int32_t end = nameFrom(first);
                        end > first && (!appositive || (end < tokenCount && word(end) == u",")))
                        if (ThingCount* work = thing(first, end))
                            work->whateverTyped = true;
            }
            // A product by the name it is sold under: "tirzepatide, sold as Zepbound", "marketed as
            // Wegovy".
            if (isOneOf(t, m_patterns->sellingVerbs) && (tf[size_t(t)].flags & Lowercase)
                && t + 2 < tokenCount && word(t + 1) == u"as" && sameSentence(t, t + 2))
                if (const std::int32_t end = nameFrom(t + 2); end > t + 2)
                    if (ThingCount* product = thing(t + 2, end))
                        product->whateverTyped = true;
            // "the Columbia space shuttle", "the Dali container ship", "the Delta variant", "the XBB
            // strain": a name after "the" and before the kind (and one word saying what kind) is
            // the thing's; without "the" it may be the operator's ("a Maersk ship").
            const bool variant = isOneOf(t, m_patterns->variantNouns);
            if (!variant && !isOneOf(t, m_patterns->vesselNouns))
                continue;
            std::int32_t kindStart = t;
            if (!variant && t > 0 && (tf[size_t(t - 1)].flags & Lowercase)
                && !isOneOf(t - 1, m_patterns->functionWords))
                --kindStart; // "space", "container", "cargo"
            // "The Border Force vessel HMC Searcher" names the operator before the kind.
            if (t + 1 < tokenCount && sameSentence(t, t + 1) && capitalised(t + 1))
                continue;
            const std::int32_t first = nameBefore(kindStart);
            if (first < kindStart && sameSentence(first, t)) {
                if (variant && kindStart - first == 1 && isCapitalisedOneOf(first, m_patterns->greekLetters))
                    thing(first, kindStart, false, true);
                else if (first > 0 && sameSentence(first - 1, first)
                    && (word(first - 1).compare(u"the", Qt::CaseInsensitive)
                            == 0 // "the Columbia space shuttle"
                        || (!variant
                            && isPossessive(word(first - 1))))) // "the agency's Mars Express orbiter"
                    thing(first, kindStart, !variant); // a place stays before a variant ("the UK variant")
                continue;
            }
            // A vessel described after a comma: "the Dali, the Singapore-flagged container ship
            // that ..." (not "Maersk, the container ship operator").
            if (variant
                || !(t + 1 >= tokenCount || !sameSentence(t, t + 1) || (tf[size_t(t + 1)].flags & Punctuation)
                    || isOneOf(t + 1, m_patterns->functionWords)))
                continue;
            for (std::int32_t comma = kindStart - 1;
                 comma > 0 && kindStart - comma <= 6 && sameSentence(comma, t); --comma) {
                if (word(comma) != u",")
                    continue;
                const QStringView article = word(comma + 1);
                if (article != u"a" && article != u"an" && article != u"the")
                    break;
                if (const std::int32_t name = nameBefore(comma); name < comma && sameSentence(name, comma))
                    thing(name, comma, true);
                break;
            }
        }
        // A name that fills a quotation after a kind of work or an award's category is the work's
        // title: "won album of the year for "Cowboy Carter,"", "the song "Billie Jean"", "best
        // supporting actress for "Emilia Perez,"".
        auto quote = [&](std::int32_t t) {
            return t >= 0 && t < tokenCount
                && (word(t) == u"\"" || word(t) == u"\u201C" || word(t) == u"\u201D");
        };
        // A name inside the title counts too: the film "Play Misty for Me" (words with capitals,
        // or the small words of titles, between it and the quotes).
        auto titleWord = [&](std::int32_t t) {
            if (t < 0 || t >= tokenCount || (tf[size_t(t)].flags & Punctuation))
                return false;
            const QStringView w = word(t);
            return capitalised(t) || w == u"of" || w == u"for" || w == u"the" || w == u"a" || w == u"in"
                || w == u"on" || w == u"and" || w == u"to" || w == u"with" || w == u"from";
        };
        auto quoteWithin = [&](std::int32_t from, std::int32_t to) {
            for (std::int32_t t = std::max(from, 0); t < std::min(to, tokenCount); ++t)
                if (tokens[size_t(t)].length() == 1 && quote(t))
                    return true;
            return false;
        };
        for (const TokenSpan& s : spans.spans()) {
            if (s.endToken <= s.firstToken || !quoteWithin(s.firstToken - 5, s.firstToken))
                continue;
            std::int32_t open = s.firstToken - 1;
            while (open >= 0 && s.firstToken - open <= 4 && titleWord(open))
                --open;
            std::int32_t close = s.endToken;
            while (close < tokenCount && close - s.endToken < 4 && titleWord(close))
                ++close;
            if (close < tokenCount && (word(close) == u"," || word(close) == u"."))
                ++close;
            if (!quote(open) || !quote(close) || !sameSentence(open, s.firstToken)
                || !sameSentence(open, close))
                continue;
            const bool awardFor = open >= 1 && word(open - 1) == u"for";
            // ... but a name is a person's: "a book under the assumed name of "Raphael Peregrino"".
            for (std::int32_t k = open - 1; k >= 0 && open - k <= 9 && sameSentence(k, s.firstToken)
                 && !word(k).startsWith(u"name") && word(k) != u"pseudonym" && word(k) != u"alias";
                 --k)
                if ((tf[size_t(k)].flags & Lowercase)
                    && (isOneOf(k, m_patterns->productNounsBefore) || isOneOf(k, m_patterns->quotedWorkNouns)
                        || (awardFor
                            && ((word(k) == u"best" && !tightHyphen(k + 1))
                                || word(k).startsWith(u"nominat"))))) {
                    thing(s.firstToken, s.endToken, true); // even where it reads as a person's name
                    break;
                }
        }
        // A name with a version number is a product's: "Claude 3.5 Sonnet", "Gemini 1.5 Pro".
        for (const TokenSpan& s : spans.spans()) {
            const std::int32_t v = s.endToken;
            if (s.endToken <= s.firstToken || s.type == EntityType::Organization || v >= tokenCount
                || !sameSentence(s.firstToken, v) || !(tf[size_t(v)].flags & HasDigit)
                || tokens[size_t(v)].begin == tokens[size_t(v - 1)].end)
                continue;
            const QStringView version = word(v);
            const qsizetype dot = version.indexOf(u'.');
            if (dot <= 0 || dot + 1 >= version.size()
                || !std::all_of(
                    version.begin(), version.end(), [](QChar c) { return c.isDigit() || c == u'.'; }))
                continue;
            // A model's name after the number ("Sonnet", "Pro"); a figure's word or sign says it is
            // an amount ("Germany 0.3, France 0.7", "Tokyo 13.9 million").
            const bool modelName = v + 1 < tokenCount && sameSentence(v, v + 1) && capitalised(v + 1)
                && !(tf[size_t(v + 1)].flags & Punctuation);
            if (!modelName && s.type != EntityType::Person)
                continue;
            if (v + 1 < tokenCount
                && (word(v + 1) == u"%" || word(v + 1) == u"million" || word(v + 1) == u"billion"
                    || word(v + 1) == u"percent" || word(v + 1) == u"points"))
                continue;
            thing(s.firstToken, s.endToken);
        }
        // Awards: "the Nobel Peace Prize", "a Pulitzer Prize", "Nobel laureate", "the Nobel
        // chemistry prize": the name before is the award's (its first word too).
        for (const std::int32_t t : cues) {
            if (t == 0)
                continue;
            const bool capitalAward = isCapitalisedOneOf(t, m_patterns->awardWords)
                && !(t + 1 < tokenCount && sameSentence(t, t + 1) && capitalised(t + 1));
            const bool lowerAward
                = (tf[size_t(t)].flags & Lowercase) && isOneOf(t, m_patterns->awardWordsLower);
            if (!capitalAward && !lowerAward)
                continue;
            std::int32_t end = t;
            if (lowerAward && (tf[size_t(t - 1)].flags & Lowercase)
                && !isOneOf(t - 1, m_patterns->functionWords))
                --end; // "chemistry"
            std::int32_t first = end;
            while (first > 0 && end - first < 3 && sameSentence(first - 1, t) && capitalised(first - 1)
                && !(tf[size_t(first - 1)].flags & Punctuation)
                && !isOneOf(first - 1, m_patterns->functionWords))
                --first;
            if (first == end)
                continue;
            thing(first, end);
            if (end - first > 1)
                thing(first, first + 1);
        }
        for (const auto& [key, count] : thingCounts) {
            int occurrences = 0;
            for (std::int32_t t = 0; t + count.length <= tokenCount; ++t)
                occurrences += capitalised(t) && keyOf(t, t + count.length) == key;
            if (2 * count.asThing >= occurrences - count.asThing)
                notNames.insert(key);
        }
        // ... unless the article names an organisation so: "Hezbollah drones" (a ship's name is a
        // ship's whatever the tagger made of it, and a work's title after its kind is the work's:
        // "the album The Tortured Poets Department").
        for (const TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Organization || s.endToken <= s.firstToken
                || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens)
                continue;
            const std::uint64_t key = keyOf(s.firstToken, s.endToken);
            if (const auto it = thingCounts.find(key); it == thingCounts.end() || !it->second.whateverTyped)
                notNames.erase(key);
        }
        for (const auto& [first, end] : vesselNames)
            for (std::int32_t t = first; t < end; ++t)
                if (const int owner = spans.ownerOf(t); owner >= 0) {
                    TokenSpan& s = spans.spans()[size_t(owner)];
                    if (s.firstToken >= first && s.endToken <= end)
                        s.endToken = s.firstToken, changed = true;
                }
        for (const TokenSpan& s : spans.spans()) {
            if (s.endToken <= s.firstToken || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens)
                continue;
            const std::uint64_t key = keyOf(s.firstToken, s.endToken);
            if (m_patterns->weatherPatterns.count(key)) {
                notNames.insert(key);
                continue;
            }
            // A name of an award or a market index: "the Nobel Prize", "the Dow Jones Industrial
            // Average" (tagged as one name).
            if (isCapitalisedOneOf(s.endToken - 1, m_patterns->awardWords)
                || (s.endToken - s.firstToken >= 2
                    && (word(s.endToken - 1) == u"Index" || word(s.endToken - 1) == u"Average")))
                notNames.insert(key);
        }
        // "Franco-Italian" describes; in "Sino-US" the country is the name.
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t t = s.firstToken;
            if (s.endToken <= t || !isCapitalisedOneOf(t, m_patterns->compoundPrefixes)
                || !tightHyphen(t + 1))
                continue;
            if (s.endToken == t + 1 || (s.endToken == t + 3 && has(unit(t + 2), Category::Demonym)))
                s.endToken = s.firstToken, changed = true;
            else if (s.endToken == t + 3 && has(unit(t + 2), Category::Country))
                s.firstToken = t + 2, changed = true;
        }
        if (!notNames.empty())
            for (TokenSpan& s : spans.spans())
                if (s.endToken > s.firstToken && s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens
                    && notNames.count(keyOf(s.firstToken, s.endToken)))
                    s.endToken = s.firstToken, changed = true;
        if (changed)
            spans.reindex();
    }

    // "The" (or "A") opening a sentence is no part of a name ("The Carter Center, which ...", "A
    // Secret Service agent"), unless the gazetteer knows the name with it and not without ("The
    // Hague", "A Coruña"; "The Holy See" and "The Netherlands" are written "the Holy See" inside a
    // sentence). Inside a sentence the capital says the writer counts it as part ("from The Mozilla
    // Foundation"), and so does a hyphen ("the High - A Bradenton Marauders"); a dateline's dash
    // opens the story ("FORT PIERCE, Fla. — A Secret Service agent").
    {
        bool changed = false;
        // (A bare hyphen only after the agency's bracket: "(AP) - A".)
        auto afterDatelineDash = [&](std::int32_t t) {
            return t >= 2 && openingAfterDateline(t) && (word(t - 1) != u"-" || word(t - 2) == u")");
        };
        for (TokenSpan& s : spans.spans())
            if (s.endToken - s.firstToken >= 2
                && (word(s.firstToken) == u"The" || word(s.firstToken) == u"A" || word(s.firstToken) == u"An")
                && ((tf[size_t(s.firstToken)].flags & SentenceStart) || afterDatelineDash(s.firstToken))
                && s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens && capitalised(s.firstToken + 1)
                && (!phraseCategories(facts, s.firstToken, s.endToken)
                    || (phraseCategories(facts, s.firstToken + 1, s.endToken) & kLocationMask)))
                ++s.firstToken, changed = true;
        if (changed)
            spans.reindex();
    }

    // People are not "the X": "The Vatican said" names the place (a one-word person name that the
    // gazetteer knows only as a place), and "at the Santiago Bernabéu on Wednesday" a venue named
    // after someone ("at the Donald Trump rally" is the person's: a word of the sentence follows).
    for (TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type != EntityType::Person || f < 1 || tf[size_t(f - 1)].key != m_patterns->theWord)
            continue;
        const bool placeOnly = s.endToken - f == 1 && (unit(f) & kLocationMask)
            && !(unit(f)
                & (maskOf(Category::Person) | maskOf(Category::FirstName) | maskOf(Category::Surname)));
        const bool nextEndsPhrase = s.endToken >= std::int32_t(tokens.size())
            || sentenceOf[size_t(s.endToken)] != sentenceOf[size_t(f)]
            || (tf[size_t(s.endToken)].flags & Punctuation)
            || isOneOf(s.endToken, m_patterns->placePrepositions);
        const bool venue = s.endToken - f >= 2 && f >= 2 && nextEndsPhrase
            && isOneOf(f - 2, m_patterns->placePrepositions);
        if (placeOnly || venue)
            s.type = EntityType::Location;
    }

    // Names listed together are of one kind: "Mitsui & Co. and Itochu rose". Only a name the
    // gazetteer and the article know nothing personal of changes: "between Russia and Putin" keeps
    // the person.
    {
        const std::unordered_set<std::uint64_t> nameWords = personNameWords();
        auto listedType = [&](std::int32_t separator, bool before) -> std::optional<EntityType> {
            if (separator < 0 || separator >= std::int32_t(tokens.size())
                || (word(separator) != u"and" && word(separator) != u","))
                return std::nullopt;
            const std::int32_t neighbour = before ? separator - 1 : separator + 1;
            if (neighbour < 0 || neighbour >= std::int32_t(tokens.size())
                || sentenceOf[size_t(neighbour)] != sentenceOf[size_t(separator)])
                return std::nullopt;
            const int owner = spans.ownerOf(neighbour);
            if (owner < 0)
                return std::nullopt;
            const TokenSpan& n = spans.spans()[size_t(owner)];
            if ((before ? n.endToken - 1 : n.firstToken) != neighbour || n.type == EntityType::Person)
                return std::nullopt;
            return n.type;
        };
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Person || s.endToken <= s.firstToken)
                continue;
            bool personal = false;
            for (std::int32_t t = s.firstToken; t < s.endToken && !personal; ++t)
                personal = (unit(t)
                               & (maskOf(Category::Person) | maskOf(Category::FirstName)
                                   | maskOf(Category::Surname) | maskOf(Category::Title)))
                    || nameWords.count(tf[size_t(t)].key);
            if (personal)
                continue;
            const std::optional<EntityType> left = listedType(s.firstToken - 1, true);
            const std::optional<EntityType> right = listedType(s.endToken, false);
            if (left && (!right || right == left))
                s.type = *left;
            else if (right && !left && word(s.endToken) == u"and")
                s.type = *right;
        }
        // An unknown organisation listed with a place after a place preposition is a place too:
        // "fled their homes in Pacific Palisades and Altadena".
        // ("to" and "from" also take companies: "complaining to National Home Furnishings, Boyles")
        auto livesIn = [&](std::int32_t t) { return word(t) == u"in" || word(t) == u"near"; };
        auto placeAfterPreposition = [&](std::int32_t separator, bool before) {
            const std::optional<EntityType> type = listedType(separator, before);
            if (type != EntityType::Location)
                return false;
            const TokenSpan& n = spans.spans()[size_t(spans.ownerOf(before ? separator - 1 : separator + 1))];
            return !before || (n.firstToken > 0 && livesIn(n.firstToken - 1));
        };
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Organization || s.endToken <= s.firstToken || s.firstToken == 0
                || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens
                || (phraseCategories(facts, s.firstToken, s.endToken) & maskOf(Category::Organization))
                || m_patterns->knownOrganisations.count(keyOf(s.firstToken, s.endToken)))
                continue;
            bool headWord = false;
            for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
                headWord = headWord || has(unit(t), Category::OrgKeyword) || (tf[size_t(t)].flags & AllCaps);
            if (headWord)
                continue;
            const bool opensList = livesIn(s.firstToken - 1) && placeAfterPreposition(s.endToken, false);
            if (opensList || placeAfterPreposition(s.firstToken - 1, true))
                s.type = EntityType::Location;
        }
    }
    // ...and a given name joined to a person by "and" is a person, where the tagger passed it over
    // or read a town ("Mercedes and Dan are very thorough", "Steve, Rod and Elyse"). Countries,
    // states and words stay what they are ("Jordan and Abdullah", "Victoria"), and so does a place
    // after a comma ("Paul, Atlanta").
    {
        constexpr CategoryMask notOnlyAGivenName = maskOf(Category::Country) | maskOf(Category::Region)
            | maskOf(Category::Organization) | maskOf(Category::Common) | maskOf(Category::Demonym)
            | maskOf(Category::NonEntity) | maskOf(Category::Title) | maskOf(Category::OrgKeyword);
        const std::int32_t count = std::int32_t(tokens.size());
        bool changed = false;
        for (std::int32_t t = 1; t + 2 < count; ++t) {
            const TokenFacts& f = tf[size_t(t)];
            if (!(f.flags & Capitalized) || (f.flags & AllCaps) || !has(unit(t), Category::FirstName)
                || (unit(t) & notOnlyAGivenName))
                continue;
            const int owner = spans.ownerOf(t);
            if (owner >= 0
                && (spans.spans()[size_t(owner)].type != EntityType::Location
                    || spans.spans()[size_t(owner)].firstToken != t
                    || spans.spans()[size_t(owner)].endToken != t + 1))
                continue;
            const bool beforePerson = word(t + 1) == u"and" && personStartsAt(t + 2)
                && sentenceOf[size_t(t + 2)] == sentenceOf[size_t(t)];
            const bool afterPerson = word(t - 1) == u"and" && t >= 2 && personEndsAt(t - 2)
                && sentenceOf[size_t(t - 2)] == sentenceOf[size_t(t)];
            if (!beforePerson && !afterPerson)
                continue;
            spans.replaceOverlapping({ t, t + 1, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // Two organisations joined by "and" are two where the article names one of them alone:
    // "Nomura and Capital Economics ... Capital Economics said".
    {
        std::unordered_set<std::uint64_t> organisationsAlone;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization
                && s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens)
                organisationsAlone.insert(keyOf(s.firstToken, s.endToken));
        // The side not named alone must be a name by a word of its own: not "National Air" of
        // "National Air and Space Museum ... Space Museum".
        auto ownWord = [&](std::int32_t from, std::int32_t to) {
            for (std::int32_t k = from; k < to; ++k)
                if (capitalised(k) && !has(unit(k), Category::Common) && !isConnector(word(k)))
                    return true;
            return false;
        };
        std::vector<TokenSpan> rightParts;
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Organization || s.endToken - s.firstToken < 3)
                continue;
            for (std::int32_t a = s.firstToken + 1; a + 1 < s.endToken; ++a) {
                if (word(a) != u"and" || !capitalised(a - 1) || !capitalised(a + 1)
                    || isConnector(word(a - 1)) || a - s.firstToken > Gazetteer::kMaxPhraseTokens
                    || s.endToken - (a + 1) > Gazetteer::kMaxPhraseTokens)
                    continue;
                const bool rightAlone = organisationsAlone.count(keyOf(a + 1, s.endToken)) != 0;
                const bool leftAlone = organisationsAlone.count(keyOf(s.firstToken, a)) != 0;
                if (!(rightAlone && ownWord(s.firstToken, a)) && !(leftAlone && ownWord(a + 1, s.endToken)))
                    continue;
                rightParts.push_back({ a + 1, s.endToken, EntityType::Organization });
                s.endToken = a;
                break;
            }
        }
        for (const TokenSpan& part : rightParts)
            spans.add(part);
        if (!rightParts.empty())
            spans.reindex();
    }

    // Two regions joined by "and" before the head word of the body that serves both are one
    // name: "Avon and Somerset Police", "Devon and Cornwall Constabulary", "Bath and North East
    // Somerset Council" (countries are not joined so: "Israel and Gaza Health Ministry" would be
    // two bodies).
    {
        bool changed = false;
        auto region = [&](std::int32_t first, std::int32_t end) {
            const CategoryMask m = phraseCategories(facts, first, end);
            return (m & kLocationMask) && !has(m, Category::Country);
        };
        for (std::int32_t a = 1; a + 2 < std::int32_t(tokens.size()); ++a) {
            if (tokens[size_t(a)].length() != 3 || word(a) != u"and"
                || sentenceOf[size_t(a - 1)] != sentenceOf[size_t(a + 1)])
                continue;
            const int left = spans.ownerOf(a - 1), right = spans.ownerOf(a + 1);
            if (left < 0 || right < 0)
                continue;
            const TokenSpan l = spans.spans()[size_t(left)], r = spans.spans()[size_t(right)];
            if (l.type != EntityType::Location || l.endToken != a || r.type != EntityType::Organization
                || r.firstToken != a + 1 || !region(l.firstToken, l.endToken))
                continue;
            std::int32_t head = a + 1;
            while (head < r.endToken && !has(unit(head), Category::OrgKeyword))
                ++head;
            if (head == a + 1 || head == r.endToken || !region(a + 1, head))
                continue;
            spans.replaceOverlapping({ l.firstToken, r.endToken, EntityType::Organization });
            changed = true;
            a = r.endToken;
        }
        if (changed)
            spans.reindex();
    }

    // A compound that says where a name is from, who owns it or who backs it describes the name
    // after it: "Pittsburgh-based U.S. Steel" is the place and the company, "Kremlin-backed
    // Wagner" the organisation and the group.
    {
        std::vector<TokenSpan> split;
        bool changed = false;
        for (const TokenSpan& s : spans.spans()) {
            std::int32_t cut = -1;
            for (std::int32_t k = s.firstToken + 1; k + 2 < s.endToken && cut < 0; ++k)
                if (tightHyphen(k) && (tf[size_t(k + 1)].flags & Lowercase)
                    && isOneOf(k + 1, m_patterns->describingParticiples))
                    cut = k;
            if (cut < 0) {
                split.push_back(s);
                continue;
            }
            const CategoryMask before = phraseCategories(facts, s.firstToken, cut);
            const bool place = (before & kLocationMask) && !(before & maskOf(Category::Organization));
            split.push_back({ s.firstToken, cut, place ? EntityType::Location : EntityType::Organization });
            split.push_back({ cut + 2, s.endToken, s.type });
            changed = true;
        }
        if (changed) {
            spans.spans() = std::move(split);
            spans.reindex();
        }
    }

    // Diseases named after their discoverer are no people nor organisations: "Alzheimer's
    // treatment", "Parkinson's patients"; the charities named after them are organisations with
    // the possessive inside: "the Alzheimer's Association", "Parkinson's UK".
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 0; t + 1 < count; ++t) {
            if (!(tf[size_t(t)].flags & Capitalized) || !isPossessive(word(t + 1))
                || !isCapitalisedOneOf(t, m_patterns->eponymousDiseases))
                continue;
            // A person of that name stays one: "Michael Parkinson's interviews".
            if (const int owner = spans.ownerOf(t); owner >= 0
                && spans.spans()[size_t(owner)].endToken - spans.spans()[size_t(owner)].firstToken > 1
                && spans.spans()[size_t(owner)].type == EntityType::Person)
                continue;
            std::int32_t end = t + 2;
            bool charity = false;
            while (end < count && end - t <= 4 && sentenceOf[size_t(end)] == sentenceOf[size_t(t)]
                && capitalised(end) && !(tf[size_t(end)].flags & Punctuation)) {
                charity = charity || has(unit(end), Category::OrgKeyword) || word(end) == u"UK";
                ++end;
            }
            if (charity) {
                spans.replaceOverlapping({ t, end, EntityType::Organization });
            } else if (const int owner = spans.ownerOf(t); owner >= 0) {
                spans.spans()[size_t(owner)].endToken = spans.spans()[size_t(owner)].firstToken;
            } else {
                continue;
            }
            changed = true;
            t = end - 1;
        }
        if (changed)
            spans.reindex();
    }

    // A capital that stands for its government, read as a person where no person of the article
    // bears its name and no title or other name comes before it, is the place: "The Pentagon said Washington
    // had been notified" (not after "Denzel Washington").
    {
        std::optional<std::unordered_set<std::uint64_t>> peoplesWordsNow; // only where a seat is read
        for (TokenSpan& s : spans.spans()) {
            if (s.type != EntityType::Person || s.endToken != s.firstToken + 1
                || !isCapitalisedOneOf(s.firstToken, m_patterns->governmentSeats)
                || (s.firstToken > 0
                    && (has(unit(s.firstToken - 1), Category::Title) || capitalised(s.firstToken - 1))))
                continue;
            if (!peoplesWordsNow)
                peoplesWordsNow = personNameWords();
            if (!peoplesWordsNow->count(tf[size_t(s.firstToken)].key))
                s.type = EntityType::Location;
        }
    }

    // A word no list knows right after a person's full name is a second surname the tagger left
    // out: "Luis Lacalle Pou", "Gabriel Boric Font" (not where more capitals follow).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t t = s.endToken;
            if (s.type != EntityType::Person || t - s.firstToken < 2 || t >= count || unit(t) != 0
                || !capitalised(t) || (tf[size_t(t)].flags & (AllCaps | SentenceStart | HasDigit))
                || sentenceOf[size_t(t)] != sentenceOf[size_t(s.firstToken)]
                || tokens[size_t(t - 1)].end == tokens[size_t(t)].begin || spans.ownerOf(t) >= 0
                || (t + 1 < count && sentenceOf[size_t(t + 1)] == sentenceOf[size_t(t)] && capitalised(t + 1))
                || lineBreakBefore(t) || isOneOf(t, m_patterns->functionWords))
                continue;
            const QStringView surname = word(t);
            // (Not a signature's company: "Kevin A. Boone Accenture -- Houston".)
            if (surname.size() < 3
                || !std::all_of(surname.begin() + 1, surname.end(), [](QChar c) { return c.isLower(); })
                || m_patterns->knownOrganisations.count(keyOf(t, t + 1))
                || (t + 1 < count
                    && (word(t + 1) == u"-" || word(t + 1) == u"--" || word(t + 1) == u"\u2014")))
                continue;
            s.endToken = t + 1;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A county's or province's name alone is the place where the article named it with its head
    // word and no person of the article bears it: "most in Gaines County ... vaccination rates in
    // Gaines fell".
    {
        std::vector<std::uint64_t> shortened;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Location && s.endToken == s.firstToken + 2 && capitalised(s.firstToken)
                && isCapitalisedOneOf(s.firstToken + 1, m_patterns->divisionHeads))
                shortened.push_back(tf[size_t(s.firstToken)].key);
        if (!shortened.empty()) {
            const std::unordered_set<std::uint64_t> peoplesWords = personNameWords();
            bool added = false;
            for (std::int32_t t = 1, count = std::int32_t(tokens.size()); t < count; ++t) {
                if (std::find(shortened.begin(), shortened.end(), tf[size_t(t)].key) == shortened.end()
                    || !capitalised(t) || (tf[size_t(t)].flags & SentenceStart)
                    || peoplesWords.count(tf[size_t(t)].key) || has(unit(t - 1), Category::Title)
                    || capitalised(t - 1) || (t + 1 < count && capitalised(t + 1)))
                    continue;
                if (const int owner = spans.ownerOf(t); owner < 0) {
                    spans.add({ t, t + 1, EntityType::Location });
                    added = true;
                } else if (TokenSpan& s = spans.spans()[size_t(owner)];
                           s.type == EntityType::Person && s.firstToken == t && s.endToken == t + 1) {
                    s.type = EntityType::Location;
                }
            }
            if (added)
                spans.reindex();
        }
    }

    // A name before "family" is the family's, a person's name, whatever company bears it too: "the
    // Ford family" (not "a Kansas family").
    {
        const auto count = std::int32_t(tokens.size());
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t after = s.endToken;
            if (s.type != EntityType::Organization || after - s.firstToken != 1 || after >= count
                || !(tf[size_t(after)].flags & Lowercase))
                continue;
            const QStringView kin = word(after);
            // (A name no list knows stays as the tagger read it: rule 9 keeps such people only
            // where more speaks for them.)
            if ((kin == u"family" || kin == u"families" || kin == u"clan")
                && ((unit(s.firstToken) & (maskOf(Category::Surname) | maskOf(Category::Person)))
                    || m_patterns->knownOrganisations.count(keyOf(s.firstToken, after))))
                s.type = EntityType::Person;
        }
    }

    // Portuguese names join their words with "do", "da", "dos" and "das": a place the tagger
    // stopped before one goes on over the one or two capitalised words after it ("Eldorado do
    // Sul", "Sao Jose dos Campos"), unless they are a country or a name of their own.
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (size_t k = 0; k < spans.spans().size(); ++k) {
            const TokenSpan s = spans.spans()[k];
            const std::int32_t particle = s.endToken;
            if (s.type != EntityType::Location || particle + 1 >= count
                || (word(particle) != u"do" && word(particle) != u"da" && word(particle) != u"dos"
                    && word(particle) != u"das")
                || !(tf[size_t(particle + 1)].flags & Capitalized)
                || (tf[size_t(particle + 1)].flags & AllCaps)
                || sentenceOf[size_t(particle + 1)] != sentenceOf[size_t(s.firstToken)])
                continue;
            std::int32_t end = particle + 1;
            while (end < count && end - particle <= 2
                && sentenceOf[size_t(end)] == sentenceOf[size_t(particle)]
                && (tf[size_t(end)].flags & Capitalized)
                && !(tf[size_t(end)].flags & (AllCaps | Punctuation)))
                ++end;
            const int owner = spans.ownerOf(particle + 1);
            const bool ownName = owner >= 0
                && (spans.spans()[size_t(owner)].type != EntityType::Location
                    || spans.spans()[size_t(owner)].endToken > end);
            if (ownName || (phraseCategories(facts, particle + 1, end) & maskOf(Category::Country))
                || (phraseCategories(facts, s.firstToken, s.endToken) & maskOf(Category::Country)))
                continue;
            spans.spans()[k].endToken = end;
            if (owner >= 0)
                spans.spans()[size_t(owner)].endToken = spans.spans()[size_t(owner)].firstToken;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A capitalised point of the compass before a known place is part of the region's name:
    // "in West Texas", "Northern California", "East Jerusalem" (not "western Ukraine").
    {
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t t = s.firstToken - 1;
            if (t < 0 || s.type != EntityType::Location || spans.ownerOf(t) >= 0
                || !(tf[size_t(t)].flags & Capitalized) || (tf[size_t(t)].flags & AllCaps)
                || !isCapitalisedOneOf(t, m_patterns->regionCompassWords)
                || sentenceOf[size_t(t)] != sentenceOf[size_t(s.firstToken)]
                || (t > 0 && capitalised(t - 1) && sentenceOf[size_t(t - 1)] == sentenceOf[size_t(t)])
                || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens
                || !(phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask))
                continue;
            s.firstToken = t;
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A person's name before a building's or a road's head word names the place: "Steve Jobs
    // Theater", "John F. Kennedy International Airport" (the tagger's person and place joined).
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (size_t i = 0; i < spans.spans().size(); ++i) {
            const TokenSpan s = spans.spans()[i];
            if (s.type != EntityType::Person || s.endToken - s.firstToken < 2)
                continue;
            std::int32_t end = s.endToken;
            while (end < count && end < s.endToken + 3 && capitalised(end)
                && !(tf[size_t(end)].flags & AllCaps)
                && sentenceOf[size_t(end)] == sentenceOf[size_t(s.firstToken)]
                && !isCapitalisedOneOf(end, m_patterns->namedFacilityHeads))
                ++end;
            if (end >= count || !isCapitalisedOneOf(end, m_patterns->namedFacilityHeads)
                || sentenceOf[size_t(end)] != sentenceOf[size_t(s.firstToken)])
                continue;
            ++end;
            EntityType type
                = has(unit(end - 1), Category::OrgKeyword) && !has(unit(end - 1), Category::LocKeyword)
                ? EntityType::Organization
                : EntityType::Location;
            bool personAfter = false;
            for (std::int32_t k = s.endToken; k < end; ++k)
                if (const int owner = spans.ownerOf(k); owner >= 0) {
                    personAfter = personAfter || spans.spans()[size_t(owner)].type == EntityType::Person;
                    type = spans.spans()[size_t(owner)].type;
                }
            if (personAfter
                || (end < count && capitalised(end)
                    && sentenceOf[size_t(end)] == sentenceOf[size_t(s.firstToken)]))
                continue;
            spans.replaceOverlapping({ s.firstToken, end, type });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A club's town alone before a plural verb is the club, as British writers count teams:
    // "Borussia Dortmund ... Dortmund have not won in Munich" (the town elsewhere stays the town).
    {
        std::vector<std::uint64_t> clubTowns;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Organization && s.endToken - s.firstToken == 2) {
                if (isCapitalisedOneOf(s.firstToken, m_patterns->clubWordsBefore))
                    clubTowns.push_back(tf[size_t(s.endToken - 1)].key);
                else if (isCapitalisedOneOf(s.endToken - 1, m_patterns->clubWordsAfter)
                    || isCapitalisedOneOf(s.endToken - 1, m_patterns->clubWordsAfterCity))
                    clubTowns.push_back(tf[size_t(s.firstToken)].key);
            }
        const auto count = std::int32_t(tokens.size());
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t t = s.firstToken;
            if (clubTowns.empty() || s.type != EntityType::Location || s.endToken != t + 1 || t + 1 >= count
                || !(tf[size_t(t + 1)].flags & Lowercase)
                || std::find(clubTowns.begin(), clubTowns.end(), tf[size_t(t)].key) == clubTowns.end()
                || (word(t + 1) != u"have" && word(t + 1) != u"are" && word(t + 1) != u"were"))
                continue;
            // The town is the verb's subject: it opens the sentence or a clause ("Fans in Dortmund
            // were angry" is about the fans).
            if (!(tf[size_t(t)].flags & SentenceStart) && !(tf[size_t(t - 1)].flags & Punctuation)
                && word(t - 1) != u"and" && word(t - 1) != u"but")
                continue;
            s.type = EntityType::Organization;
            resultClubStarts.push_back(t);
        }
    }

    // 7. Document consistency. One type per name: the majority of its typed occurrences.
    struct Votes
    {
        std::array<int, kEntityTypeCount> count {};
        std::int32_t length = 0;
    };
    std::unordered_map<std::uint64_t, Votes> votes;
    std::unordered_set<std::uint64_t> longNameStarts; // first words of the names of two words or more
    for (const TokenSpan& s : spans.spans()) {
        if (s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens)
            continue;
        Votes& v = votes[keyOf(s.firstToken, s.endToken)];
        ++v.count[size_t(s.type)];
        v.length = s.endToken - s.firstToken;
        if (v.length >= 2)
            longNameStarts.insert(tf[size_t(s.firstToken)].key);
    }
    // A dictionary word that a company's name starts with is the company alone only where the
    // article writes it alone with its capital inside a sentence and never in lower case ("Shares
    // of Madrigal rose" after "Madrigal Pharmaceuticals"; not "Digital" of "Digital Media").
    auto aloneAsAName = [&](std::int32_t first) {
        const TokenFacts& f = tf[size_t(first)];
        if (f.flags & LowercaseElsewhere)
            return false;
        const auto count = std::int32_t(tf.size());
        for (std::int32_t t = 0; t < count; ++t)
            if (tf[size_t(t)].key == f.key && (tf[size_t(t)].flags & Capitalized)
                && !(tf[size_t(t)].flags & SentenceStart) && (t + 1 == count || !capitalised(t + 1)))
                return true;
        return false;
    };
    // A company named once with its legal form, or with a word that only companies end in, is the
    // same company without it ("Nikola Corp ... Nikola said", "Skydance Media ... Skydance"), and
    // without both ("Party City Holdco Inc ... Party City"), whatever the tagger made of the short
    // name (not so a place, "Kenya Airways", nor a word, "Digital Media", nor the name of a person
    // of the article: "Adani Group ... Gautam Adani ... India's Adani indicted").
    // The words of the article's people; the votes below do not change the spans, so the rules
    // after them read the same set.
    const std::unordered_set<std::uint64_t> peoplesWords = personNameWords();
    for (size_t i = 0, n = spans.spans().size(); i < n; ++i) {
        const TokenSpan s = spans.spans()[i];
        if (s.type != EntityType::Organization || s.endToken - s.firstToken < 2
            || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens)
            continue;
        std::int32_t end = s.endToken;
        for (int dropped = 0; dropped < 2 && end - s.firstToken >= 2; ++dropped) {
            const bool legalForm = isCapitalisedOneOf(end - 1, m_patterns->legalForms);
            // A university goes by its first words too: "Northeastern University ... at
            // Northeastern" (not "Boston University ... in Boston": a place stays one, below).
            const bool schoolHead
                = dropped == 0 && (word(end - 1) == u"University" || word(end - 1) == u"College");
            if (!legalForm && !schoolHead && !isCapitalisedOneOf(end - 1, m_patterns->companyHeads))
                break;
            --end;
            while (end > s.firstToken && (tf[size_t(end - 1)].flags & Punctuation))
                --end; // "Apple, Inc."
            bool capitalisedOnly = true;
            for (std::int32_t t = s.firstToken; t < end; ++t)
                capitalisedOnly = capitalisedOnly && capitalised(t);
            if (end == s.firstToken
                || (!legalForm
                    && (!capitalisedOnly
                        || (end - s.firstToken == 1 && has(unit(s.firstToken), Category::Common)
                            && !aloneAsAName(s.firstToken))
                        || (phraseCategories(facts, s.firstToken, end)
                            & (kLocationMask | maskOf(Category::Person)))))
                || (end - s.firstToken == 1 && peoplesWords.count(tf[size_t(s.firstToken)].key)))
                break;
            Votes& v = votes[keyOf(s.firstToken, end)];
            // Three votes outweigh two occurrences the tagger mistyped ("Skydance" in the headline
            // and in the text).
            v.count[size_t(EntityType::Organization)] += 3;
            v.length = end - s.firstToken;
        }
    }
    for (const auto& [key, verdict] : described) {
        Votes& v = votes[key];
        // What the article says a name is settles what the tagger guessed from its context,
        // however often it guessed ("Coron is in the province of Palawan" over twelve "Coron"s
        // read as a person's name): at least three votes, and more than all the tagger's.
        const int guessed = std::accumulate(v.count.begin(), v.count.end(), 0);
        v.count[size_t(verdict.first)] += std::max(3, guessed + 1);
        v.length = verdict.second;
    }
    for (const auto& [key, length] : clubResults) {
        Votes& v = votes[key];
        v.count[size_t(EntityType::Organization)] += 3;
        v.length = length;
    }
    for (const ListedName& listed : listedNames) {
        Votes& v = votes[listed.key];
        v.count[size_t(listed.type)] += 3;
        v.length = listed.length;
    }
    // A name after a title counts three times: "Prime Minister Sheikh Hasina" outweighs two
    // occurrences the tagger read as a place ("critic of Hasina", "Hasina's Awami League").
    for (const auto& [first, end] : titledPeople) {
        const int owner = end - first <= Gazetteer::kMaxPhraseTokens ? spanExactly(first, end) : -1;
        if (owner < 0 || spans.spans()[size_t(owner)].type != EntityType::Person)
            continue;
        Votes& v = votes[keyOf(first, end)];
        v.count[size_t(EntityType::Person)] += 2;
        v.length = end - first;
    }
    // A dateline's place keeps its type, and so does its name after a place preposition; its
    // other occurrences follow the vote, in which the dateline counts twice ("NUSANTARA, Indonesia
    // ... the new capital Nusantara", which the tagger read as a person).
    std::unordered_set<std::uint64_t> datelineKeys;
    for (const auto& [first, end] : datelinePlaces)
        if (end - first <= Gazetteer::kMaxPhraseTokens && datelineKeys.insert(keyOf(first, end)).second) {
            Votes& v = votes[keyOf(first, end)];
            v.count[size_t(EntityType::Location)] += 1; // with its own occurrence's vote
            v.length = end - first;
        }
    auto placeByDateline = [&](const TokenSpan& s) {
        if (datelineKeys.empty() || s.endToken - s.firstToken > Gazetteer::kMaxPhraseTokens
            || !datelineKeys.count(keyOf(s.firstToken, s.endToken)))
            return false;
        return std::any_of(datelinePlaces.begin(), datelinePlaces.end(), [&](const auto& place) {
            return place.first == s.firstToken;
        }) || (s.firstToken > 0 && isOneOf(s.firstToken - 1, m_patterns->placePrepositions));
    };
    auto majority = [](const Votes& v) {
        return EntityType(std::max_element(v.count.begin(), v.count.end()) - v.count.begin());
    };
    // Surnames and given names of full person names, so that a lone "Putin" after "Vladimir Putin" is a
    // person.
    std::unordered_map<std::uint64_t, int> namePartVotes;
    std::unordered_set<std::uint64_t> surnameParts;
    std::unordered_set<std::uint64_t> twoWordPeople; // their phrase keys
    for (const TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Person || s.endToken - s.firstToken < 2)
            continue;
        std::int32_t last = s.endToken - 1;
        while (last > s.firstToken + 1 && (isNameSuffix(word(last)) || word(last) == u","))
            --last; // "Marcos" of "Ferdinand Marcos Jr.", not "Jr."
        for (std::int32_t t : { s.firstToken, last })
            if (capitalised(t) && !(tf[size_t(t)].flags & Punctuation))
                ++namePartVotes[tf[size_t(t)].key];
        if (capitalised(last))
            surnameParts.insert(tf[size_t(last)].key);
        if (s.endToken - s.firstToken == 2)
            twoWordPeople.insert(keyOf(s.firstToken, s.endToken));
    }
    // A family's other member is a person too: "Mason Rist", read as a place, where the article
    // names "Sarah Rist" (a given name and the surname; not a place the gazetteer knows, nor the
    // same name read as a person elsewhere: "the Kerem Shalom crossing ... through Kerem Shalom").
    for (const TokenSpan& s : spans.spans()) {
        if (s.type != EntityType::Location || s.endToken - s.firstToken != 2
            || !has(unit(s.firstToken), Category::FirstName)
            || !surnameParts.count(tf[size_t(s.endToken - 1)].key)
            || twoWordPeople.count(keyOf(s.firstToken, s.endToken))
            || (phraseCategories(facts, s.firstToken, s.endToken) & kLocationMask))
            continue;
        Votes& v = votes[keyOf(s.firstToken, s.endToken)];
        v.count[size_t(EntityType::Person)]
            = std::max(v.count[size_t(EntityType::Person)], v.count[size_t(EntityType::Location)] + 1);
        v.length = 2;
    }
    // A place the tagger found is no person's given name alone: "London" after "London Taylor",
    // unless the word is a given name too ("Austin") or someone's surname ("Jack London").
    auto placeNotAGivenName = [&](const TokenSpan& s) {
        const CategoryMask u = unit(s.firstToken);
        return s.type == EntityType::Location && (u & kLocationMask) && !has(u, Category::FirstName)
            && !surnameParts.count(tf[size_t(s.firstToken)].key);
    };
    // A company's first word alone, read as a person, is the company: "Goldman Sachs ... Goldman
    // agreed", "Novo Nordisk ... Novo's shares" (not a place's, "Boston University", unless the
    // place is named after someone, "Rogers Communications ... Rogers said"; nor a word's,
    // "General Motors", nor a given name that a person of the article has, "Morgan Stanley ...
    // Piers Morgan"; and a place stays one: "Nusantara Capital City Authority ... in Nusantara").
    std::unordered_set<std::uint64_t> organisationFirstWords;
    for (const TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type != EntityType::Organization || s.endToken - f < 2 || !(tf[size_t(f)].flags & Capitalized)
            || (tf[size_t(f)].flags & (AllCaps | Punctuation)) || isConnector(word(f + 1))
            || (unit(f)
                & (maskOf(Category::Demonym) | maskOf(Category::Common) | maskOf(Category::Title)
                    | maskOf(Category::OrgKeyword) | maskOf(Category::NonEntity)))
            || ((unit(f) & kLocationMask) && !has(unit(f), Category::Surname))
            || (has(unit(f), Category::FirstName) && peoplesWords.count(tf[size_t(f)].key)))
            continue;
        organisationFirstWords.insert(tf[size_t(f)].key);
    }
    // ... and so is a team's plural last word: "Las Vegas Raiders ... Raiders coach Antonio Pierce".
    std::unordered_set<std::uint64_t> organisationLastPlurals;
    for (const TokenSpan& s : spans.spans()) {
        const std::int32_t last = s.endToken - 1;
        if (s.type == EntityType::Organization && last > s.firstToken
            && (tf[size_t(last)].flags & Capitalized) && !(tf[size_t(last)].flags & AllCaps)
            && endsLikePlural(word(last))
            && !(unit(last)
                & (kLocationMask | maskOf(Category::Title) | maskOf(Category::OrgKeyword)
                    | maskOf(Category::Person))))
            organisationLastPlurals.insert(tf[size_t(last)].key);
    }
    // ... and so is the surname of a known company named after its founder: "Eli Lilly ... Lilly
    // said", "Charles Schwab ... Schwab's profit" (not a surname a person of the article has).
    std::unordered_set<std::uint64_t> organisationSurnames;
    for (const TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken;
        if (s.type == EntityType::Organization && s.endToken - f == 2 && has(unit(f), Category::FirstName)
            && m_patterns->knownOrganisations.count(keyOf(f, f + 2)) && capitalised(f + 1)
            && !(tf[size_t(f + 1)].flags & AllCaps)
            && !(unit(f + 1)
                & (kLocationMask | maskOf(Category::Common) | maskOf(Category::OrgKeyword)
                    | maskOf(Category::Title)))
            && !isCapitalisedOneOf(f + 1, m_patterns->companyHeads))
            organisationSurnames.insert(tf[size_t(f + 1)].key);
    }
    // ... and so is a company's first word that names a town or a region too, where it acts as a
    // company: "Delta Air Lines ... Delta, which cancelled 7,000 flights", "Alaska Airlines ...
    // Alaska said" (not "flights to Alaska"; a country alone is the country: "Kenya Airways ...
    // Kenya said").
    std::unordered_set<std::uint64_t> companyFirstPlaces;
    for (const TokenSpan& s : spans.spans()) {
        const std::int32_t f = s.firstToken, last = s.endToken - 1;
        // Only a company's words: "Cleveland Orchestra" and "Cleveland Clinic" leave the city alone.
        if (s.type == EntityType::Organization && last > f && (tf[size_t(f)].flags & Capitalized)
            && !(tf[size_t(f)].flags & AllCaps) && (unit(f) & kLocationMask)
            && !(unit(f) & (maskOf(Category::Country) | maskOf(Category::Demonym)))) {
            bool company = isOneOf(last, m_patterns->legalForms);
            for (std::int32_t k = f + 1; k <= last && !company; ++k)
                company = isCapitalisedOneOf(k, m_patterns->companyHeads)
                    || word(k) == u"Air"; // "Delta Air Lines"
            if (company)
                companyFirstPlaces.insert(tf[size_t(f)].key);
        }
    }
    // Where a town's name acts as a company: it has staff ("Eurasia's lead China analyst"), or it
    // does what companies do ("Delta, which cancelled 7,000 flights, said"); not "Cleveland's
    // museums", nor "flights to Alaska".
    auto actsAsCompany = [&](std::int32_t t) {
        const auto count = std::int32_t(tokens.size());
        if (t + 1 >= count || (t > 0 && isOneOf(t - 1, m_patterns->placePrepositions)))
            return false;
        if (isPossessive(word(t + 1))) {
            for (std::int32_t k = t + 2;
                 k < std::min(t + 5, count) && sentenceOf[size_t(k)] == sentenceOf[size_t(t)]; ++k)
                if (isOneOf(k, m_patterns->staffWords) || has(unit(k), Category::Title))
                    return true;
            return false;
        }
        return ((tf[size_t(t + 1)].flags & Lowercase) && isOneOf(t + 1, m_patterns->companyVerbs)
                   && word(t + 1) != u"has" && word(t + 1) != u"had")
            || (word(t + 1) == u"," && t + 2 < count && (word(t + 2) == u"which" || word(t + 2) == u"whose"));
    };
    // A club's first word alone is the club, whatever else the word names: "Bayern Munich ...
    // Bayern" (also Bavaria's German name), "Borussia Dortmund ... Borussia".
    std::unordered_set<std::uint64_t> clubFirstWords;
    for (const TokenSpan& s : spans.spans())
        if (s.type == EntityType::Organization && s.endToken - s.firstToken >= 2
            && (tf[size_t(s.firstToken)].flags & Capitalized) && !(tf[size_t(s.firstToken)].flags & AllCaps)
            && isCapitalisedOneOf(s.firstToken, m_patterns->clubWordsBefore)
            && !has(unit(s.firstToken), Category::Common)) {
            clubFirstWords.insert(tf[size_t(s.firstToken)].key);
            // outweighs any count of the other reading
            Votes& v = votes[keyOf(s.firstToken, s.firstToken + 1)];
            v.count[size_t(EntityType::Organization)] += 1000;
            v.length = 1;
        }
    // A town written with its state or country stays one after a person of the same name: "Austin
    // Shepherd Padalecki ... the couple resides in Austin, Texas".
    // A state, region or country, as written after a town: "Texas", "Cumbria", "Vt.".
    auto regionWord = [&](std::int32_t t) {
        return (unit(t) & (maskOf(Category::Region) | maskOf(Category::Country)))
            || isCapitalisedOneOf(t, m_patterns->stateAbbreviations);
    };
    auto townWithItsRegion = [&](const TokenSpan& s) {
        const std::int32_t after = s.endToken;
        return s.type == EntityType::Location && after + 1 < std::int32_t(tokens.size())
            && word(after) == u"," && sentenceOf[size_t(after + 1)] == sentenceOf[size_t(s.firstToken)]
            && regionWord(after + 1);
    };
    for (TokenSpan& s : spans.spans()) {
        if (s.endToken - s.firstToken == 1 && clubFirstWords.count(tf[size_t(s.firstToken)].key)) {
            s.type = EntityType::Organization;
            continue;
        }
        if (s.endToken - s.firstToken == 1 && s.type == EntityType::Location
            && companyFirstPlaces.count(tf[size_t(s.firstToken)].key) && actsAsCompany(s.firstToken)) {
            s.type = EntityType::Organization;
            continue;
        }
        if (s.endToken - s.firstToken == 1 && s.type == EntityType::Person
            && organisationSurnames.count(tf[size_t(s.firstToken)].key)
            && !namePartVotes.count(tf[size_t(s.firstToken)].key)) {
            s.type = EntityType::Organization;
            continue;
        }
        if (s.endToken - s.firstToken == 1 && s.type == EntityType::Person
            && (organisationFirstWords.count(tf[size_t(s.firstToken)].key)
                || organisationLastPlurals.count(tf[size_t(s.firstToken)].key))
            && !namePartVotes.count(tf[size_t(s.firstToken)].key)) {
            s.type = EntityType::Organization;
            continue;
        }
        // ... also read as a place, where its staff follow: "Allina Health ... Allina spokesperson
        // Mary Schmitz".
        if (s.endToken - s.firstToken == 1 && s.type == EntityType::Location
            && organisationFirstWords.count(tf[size_t(s.firstToken)].key)
            && s.endToken < std::int32_t(tokens.size()) && (tf[size_t(s.endToken)].flags & Lowercase)
            && (isOneOf(s.endToken, m_patterns->staffWords)
                || isOneOf(s.endToken, m_patterns->spokesWords))) {
            s.type = EntityType::Organization;
            continue;
        }
        if (s.endToken - s.firstToken == 1 && s.type != EntityType::Person
            && namePartVotes.count(tf[size_t(s.firstToken)].key) && !townWithItsRegion(s)
            && !placeNotAGivenName(s)
            && std::find(listedOrganisationStarts.begin(), listedOrganisationStarts.end(), s.firstToken)
                == listedOrganisationStarts.end()
            && !(unit(s.firstToken) & (maskOf(Category::Country) | maskOf(Category::Organization)))) {
            s.type = EntityType::Person;
            continue;
        }
        // A club in its result stays the club where the article names its town too: "SOUTHAMPTON,
        // England — ... came from behind to beat Southampton 3-2".
        if (s.type == EntityType::Organization
            && std::find(resultClubStarts.begin(), resultClubStarts.end(), s.firstToken)
                != resultClubStarts.end())
            continue;
        if (placeByDateline(s))
            s.type = EntityType::Location;
        else if (s.endToken - s.firstToken <= Gazetteer::kMaxPhraseTokens)
            s.type = majority(votes[keyOf(s.firstToken, s.endToken)]);
    }
    // Every other occurrence of a recognised name, longest names first.
    std::vector<TokenSpan> added;
    for (std::int32_t t = 0; t < std::int32_t(tokens.size()); ++t) {
        if (spans.ownerOf(t) >= 0 || !(capitalised(t) || arabicArticle(t))) // "el-Fasher" too
            continue;
        const std::int32_t sentenceEnd = tokenized.sentences[size_t(sentenceOf[size_t(t)])].endToken;
        for (std::int32_t len = std::min<std::int32_t>(Gazetteer::kMaxPhraseTokens, sentenceEnd - t);
             len >= 1; --len) {
            if (!spans.isFree(t, t + len))
                continue;
            // A dictionary word ("Xi" is also a Greek letter) counts as a name part where it is
            // capitalised inside a sentence; at a sentence start only when it is so elsewhere too.
            const bool sentenceInitialWord = has(unit(t), Category::Common)
                && (tf[size_t(t)].flags & SentenceStart)
                && !(tf[size_t(t)].flags & CapitalizedMidSentenceElsewhere);
            if (len == 1 && namePartVotes.count(tf[size_t(t)].key) && !sentenceInitialWord
                && !(unit(t) & (maskOf(Category::Country) | maskOf(Category::NonEntity)))) {
                // A known given name before a surname starts another person's full name ("Lando
                // Harper" after "Lando Norris").
                const std::int32_t next = t + 1;
                const bool surnameFollows = next < sentenceEnd && spans.ownerOf(next) < 0
                    && (tf[size_t(next)].flags & Capitalized) && !(tf[size_t(next)].flags & AllCaps)
                    && (unit(next) & (maskOf(Category::Surname) | maskOf(Category::FirstName)))
                    && !(unit(next)
                        & (maskOf(Category::Country) | maskOf(Category::Region) | maskOf(Category::Place)
                            | maskOf(Category::Organization) | maskOf(Category::Title)
                            | maskOf(Category::OrgKeyword)));
                added.push_back({ t, surnameFollows ? next + 1 : t + 1, EntityType::Person });
                if (surnameFollows)
                    ++t;
                break;
            }
            const auto it = votes.find(keyOf(t, t + len));
            if (it == votes.end() || it->second.length != len)
                continue;
            // A sentence-initial common word ("May", "Bill") needs the name to be capitalised mid-sentence
            // too.
            if (len == 1 && (tf[size_t(t)].flags & SentenceStart) && has(unit(t), Category::Common)
                && !(tf[size_t(t)].flags & CapitalizedMidSentenceElsewhere))
                break;
            added.push_back({ t, t + len, majority(it->second) });
            t += len - 1;
            break;
        }
    }
    for (const TokenSpan& s : added)
        spans.spans().push_back(s);
    spans.reindex();
    joinGivenNamesLeftOut();
    // ...also where the tagger saw only pieces of it: "Xi Jinping" opening a sentence after
    // "President Xi Jinping" elsewhere, read as "Xi" and "Jinping".
    {
        std::int32_t longestName = 0;
        for (const auto& [key, v] : votes)
            longestName = std::max(longestName, v.length);
        bool changed = false;
        for (std::int32_t t = 0; t < std::int32_t(tokens.size()) && longestName >= 2; ++t) {
            if (!capitalised(t) || !longNameStarts.count(tf[size_t(t)].key))
                continue;
            const std::int32_t sentenceEnd = tokenized.sentences[size_t(sentenceOf[size_t(t)])].endToken;
            for (std::int32_t len = std::min<std::int32_t>(longestName, sentenceEnd - t); len >= 2; --len) {
                const auto it = votes.find(keyOf(t, t + len));
                if (it == votes.end() || it->second.length != len)
                    continue;
                const EntityType type = majority(it->second);
                bool pieces = true, owned = false, whole = false;
                for (std::int32_t k = t; k < t + len && pieces; ++k) {
                    const int owner = spans.ownerOf(k);
                    if (owner < 0)
                        continue;
                    const TokenSpan& piece = spans.spans()[size_t(owner)];
                    owned = true;
                    whole = piece.firstToken == t && piece.endToken == t + len;
                    pieces = piece.firstToken >= t && piece.endToken <= t + len && piece.type == type;
                }
                if (pieces && owned && !whole) {
                    spans.replaceOverlapping({ t, t + len, type });
                    changed = true;
                    t += len - 1;
                    break;
                }
                if (owned)
                    break; // a longer name's pieces, or another name: leave them
            }
        }
        if (changed)
            spans.reindex();
    }

    // An acronym of a name the article spells out is that name, brackets or not: "the African
    // National Congress ... the ANC", "Department of Justice ... DOJ", "FBI", "Alexandria
    // Ocasio-Cortez ... AOC".
    {
        std::unordered_map<QString, EntityType> initialsOf;
        std::unordered_set<QString> clashing;
        for (const TokenSpan& s : spans.spans()) {
            if (s.endToken - s.firstToken < 2)
                continue;
            // People go by three letters or more ("AOC", "AMLO"); two would be too many guesses.
            const qsizetype shortest = s.type == EntityType::Person ? 3 : 2;
            const auto [all, withoutSmallWords] = nameInitials(s);
            for (const QString& initials : { withoutSmallWords, all }) {
                if (initials.size() < shortest)
                    continue;
                const auto [it, inserted] = initialsOf.emplace(initials, s.type);
                if (!inserted && it->second != s.type)
                    clashing.insert(initials);
            }
        }
        bool changed = false;
        for (std::int32_t t = 0; t < std::int32_t(tokens.size()) && !initialsOf.empty(); ++t) {
            if (spans.ownerOf(t) >= 0 || !(tf[size_t(t)].flags & AllCaps) || word(t).size() > 8
                || has(unit(t), Category::NonEntity)) // "AI" after "Apple Intelligence"
                continue;
            const QString acronym = word(t).toString();
            const auto it = initialsOf.find(acronym);
            if (it == initialsOf.end() || clashing.count(acronym))
                continue;
            // "RFK Jr." keeps the suffix of the name it stands for.
            const bool suffix = it->second == EntityType::Person && t + 1 < std::int32_t(tokens.size())
                && isNameSuffix(word(t + 1)) && spans.ownerOf(t + 1) < 0;
            spans.add({ t, suffix ? t + 2 : t + 1, it->second });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // State abbreviations after a place and a comma, or after a party letter: "Portland, Ore.",
    // "(R-La.)", "Sen. Rand Paul, R-Ky., voted". Their period belongs to them; the party letter is
    // no name ("R" as a person, "R-La" as one).
    {
        bool changed = false;
        for (std::int32_t t = 1; t + 2 < std::int32_t(tokens.size()); ++t) {
            if (tokens[size_t(t)].length() != 1 || !(tf[size_t(t)].flags & Capitalized))
                continue; // most tokens: no look at the text
            const QStringView party = word(t);
            if ((party != u"D" && party != u"R" && party != u"I") || !tightHyphen(t + 1)
                || (word(t - 1) != u"(" && word(t - 1) != u","))
                continue;
            const std::int32_t state = t + 2;
            const QStringView stateWord = word(state);
            const bool abbreviation = isCapitalisedOneOf(state, m_patterns->stateAbbreviations);
            const bool initials = stateWord.size() <= 5 && stateWord.size() >= 3 && stateWord[1] == u'.'
                && stateWord.endsWith(u'.'); // "N.Y.", "N.C."
            if (!abbreviation && !initials && !has(unit(state), Category::Region)) // "R-Texas"
                continue;
            std::int32_t end = state + 1;
            if (abbreviation && end < std::int32_t(tokens.size()) && word(end) == u"."
                && tokens[size_t(state)].end == tokens[size_t(end)].begin)
                ++end;
            if (const int owner = spans.ownerOf(t); owner >= 0 && spans.spans()[size_t(owner)].firstToken >= t
                && spans.spans()[size_t(owner)].endToken <= end)
                spans.remove(owner);
            spans.replaceOverlapping({ state, end, EntityType::Location });
            changed = true;
            t = end - 1;
        }
        for (std::int32_t t = 2; t < std::int32_t(tokens.size()); ++t) {
            if (spans.ownerOf(t) >= 0 || !isCapitalisedOneOf(t, m_patterns->stateAbbreviations))
                continue;
            const int before = spans.ownerOf(t - 2);
            const bool afterPlace = word(t - 1) == u"," && before >= 0
                && spans.spans()[size_t(before)].type == EntityType::Location
                && spans.spans()[size_t(before)].endToken == t - 1;
            const bool afterParty = t >= 3 && word(t - 1) == u"-" && word(t - 3) == u"("
                && (word(t - 2) == u"D" || word(t - 2) == u"R" || word(t - 2) == u"I");
            if (!afterPlace && !afterParty)
                continue;
            const bool period = t + 1 < std::int32_t(tokens.size()) && word(t + 1) == u"."
                && tokens[size_t(t)].end == tokens[size_t(t + 1)].begin && spans.ownerOf(t + 1) < 0;
            spans.add({ t, t + (period ? 2 : 1), EntityType::Location });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A given name alone opening a sentence, before a verb of saying or being or a comma, is a
    // person when it can be nothing else: "Jacques is ready", "Priscilla, I do not find the
    // term", "Maria, 34, lost her home", a signature "Sophie." ("Florence was flooded" and
    // "Will this work?" are not: places, dictionary words and titles are left alone).
    {
        constexpr CategoryMask notOnlyAName = kLocationMask | maskOf(Category::Organization)
            | maskOf(Category::Common) | maskOf(Category::Demonym) | maskOf(Category::NonEntity)
            | maskOf(Category::Title) | maskOf(Category::OrgKeyword) | maskOf(Category::LocKeyword);
        bool changed = false;
        for (std::int32_t t = 0; t < std::int32_t(tokens.size()); ++t) {
            const TokenFacts& f = tf[size_t(t)];
            if (!opensSentence(t) || !(f.flags & Capitalized) || (f.flags & AllCaps) || word(t).size() < 3
                || !has(unit(t), Category::FirstName) || (unit(t) & notOnlyAName) || spans.ownerOf(t) >= 0)
                continue;
            const bool lineEnd
                = t + 1 == std::int32_t(tokens.size()) || (tf[size_t(t + 1)].flags & SentenceStart);
            if (!lineEnd && !isOneOf(t + 1, m_patterns->givenNameFollowers))
                continue;
            spans.add({ t, t + 1, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A name written surname first, alone in quotes or brackets, is one person: the display names
    // of mail headers ('"Leopold, Jason" <jason.leopold@...>', "[ Tholt, Jane M. ]"). The first
    // word must be a surname or a word that is nothing else, the second a given name or read as a
    // person (not '"Austin, Texas"').
    {
        auto opens = [&](std::int32_t t) {
            const QStringView w = word(t);
            return w == u"\"" || w == u"“" || w == u"[";
        };
        auto closes = [&](std::int32_t t) {
            const QStringView w = word(t);
            return w == u"\"" || w == u"”" || w == u"]";
        };
        auto readAsPerson = [&](std::int32_t t) {
            const int owner = spans.ownerOf(t);
            return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person;
        };
        auto personOrUnread = [&](std::int32_t t) { return spans.ownerOf(t) < 0 || readAsPerson(t); };
        auto initial = [&](std::int32_t t) {
            const QStringView w = word(t);
            return (w.size() == 1 && w[0].isUpper()) || (w.size() == 2 && w[0].isUpper() && w[1] == u'.');
        };
        constexpr CategoryMask notASurname = kLocationMask | maskOf(Category::Organization)
            | maskOf(Category::Common) | maskOf(Category::Demonym) | maskOf(Category::NonEntity);
        const std::int32_t count = std::int32_t(tokens.size());
        bool changed = false;
        for (std::int32_t t = 0; t + 4 < count; ++t) {
            const std::int32_t surname = t + 1;
            const std::int32_t given = t + 3;
            if (!opens(t) || word(t + 2) != u"," || !capitalised(surname) || !capitalised(given)
                || !(has(unit(surname), Category::Surname) || !(unit(surname) & notASurname))
                || !(has(unit(given), Category::FirstName) || readAsPerson(given))
                || (unit(given) & (maskOf(Category::Country) | maskOf(Category::Region)))
                || !personOrUnread(surname) || !personOrUnread(given))
                continue;
            std::int32_t end = given + 1;
            if (end < count && initial(end))
                ++end;
            if (end >= count || !closes(end))
                continue;
            spans.replaceOverlapping({ surname, end, EntityType::Person });
            changed = true;
            t = end;
        }
        if (changed)
            spans.reindex();
    }

    // A surname with its particles is the person's name wherever the article writes it so: "Meloni
    // abstained on von der Leyen" after "Ursula von der Leyen" (the particles' lower case kept the
    // tagger and the rules above to "Leyen").
    {
        std::unordered_set<std::uint64_t> particleSurnames;
        for (const TokenSpan& s : spans.spans())
            for (std::int32_t t = s.firstToken + 1; s.type == EntityType::Person && t + 1 < s.endToken
                 && s.endToken - t <= Gazetteer::kMaxPhraseTokens;
                 ++t)
                if (isNameParticle(word(t)) && !isNameParticle(word(t - 1))) {
                    particleSurnames.insert(keyOf(t, s.endToken));
                    break;
                }
        // (Opening a sentence, a headline's word or a name of its own the first particle has a
        // capital: "Von der Leyen said", "United sack Ten Hag", "Ten Hag's assistant".)
        auto particle = [&](std::int32_t t) {
            return isNameParticle(word(t))
                || ((tf[size_t(t)].flags & Capitalized) && isNameParticle(word(t).toString().toLower()));
        };
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            if (particleSurnames.empty() || s.type != EntityType::Person || s.firstToken == 0
                || !particle(s.firstToken - 1))
                continue;
            std::int32_t first = s.firstToken - 1;
            while (
                first > 0 && s.firstToken - first < 3 && particle(first - 1) && spans.ownerOf(first - 1) < 0)
                --first;
            for (; first < s.firstToken; ++first)
                if (spans.ownerOf(first) < 0 && particleSurnames.count(keyOf(first, s.endToken))
                    && spans.isFree(first, s.firstToken)) {
                    s.firstToken = first;
                    changed = true;
                    break;
                }
        }
        if (changed)
            spans.reindex();
    }

    // 8. Storms are events, not people: "Hurricane Ian", and "Ian" alone in the same article.
    //    ("National Hurricane Center" is an organisation: a head word after the storm word.)
    std::unordered_set<std::uint64_t> stormNames;
    for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
        if (!isCapitalisedOneOf(t, m_patterns->stormWords))
            continue;
        const std::int32_t name = t + 1;
        if (!capitalised(name) || (tf[size_t(name)].flags & AllCaps) || has(unit(name), Category::OrgKeyword)
            || has(unit(name), Category::LocKeyword)
            || (name + 1 < std::int32_t(tokens.size()) && has(unit(name + 1), Category::OrgKeyword)))
            continue;
        stormNames.insert(tf[size_t(name)].key);
    }
    if (!stormNames.empty()) {
        std::erase_if(spans.spans(), [&](const TokenSpan& s) {
            const std::int32_t last = s.endToken - 1;
            const bool stormWordAndName = s.endToken - s.firstToken == 2
                && stormNames.count(tf[size_t(last)].key) && !has(unit(s.firstToken), Category::OrgKeyword);
            return stormWordAndName
                || (s.endToken - s.firstToken == 1 && stormNames.count(tf[size_t(last)].key));
        });
        spans.reindex();
    }
    // Wildfires are events too, named after where they started: "the Hughes Fire", "the Palisades
    // and Eaton fires". A name ending in "Fire" is the fire's, and so is one read as a person
    // before a lower-case "fire" (a place stays a place: "the Los Angeles fires"; a club or a band
    // is an organisation: "Chicago Fire", "Arcade Fire").
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        if (s.type == EntityType::Organization)
            return false;
        const QStringView last = word(s.endToken - 1);
        if (last == u"Fire" || last == u"Fires")
            return true; // "the Ridge Fire", also where it read a place
        if (s.type != EntityType::Person)
            return false;
        if (s.endToken >= std::int32_t(tokens.size()) || !(tf[size_t(s.endToken)].flags & Lowercase))
            return false;
        const QStringView next = word(s.endToken);
        // ("fires" is also a verb: "Scholz fires his finance minister".)
        const QStringView before = s.firstToken > 0 ? word(s.firstToken - 1) : QStringView();
        const bool nounPhrase = before == u"the" || before == u"and" || before == u",";
        return next == u"fire" || next == u"wildfire" || next == u"wildfires"
            || (next == u"fires" && nounPhrase);
    });
    spans.reindex();
    // Whatever rule made them: a demonym alone (what is left of "the Indian navy" once the
    // lower-case word is cut, and then every "Indian" of the article), a pronoun ("Who cares?"
    // read as the WHO; "I" beside a school's name), or a function word opening a sentence ("Or",
    // "Oh" and "Of" are towns or state abbreviations). "US" and "WHO" in capitals stay, and so do
    // "May" and "Will", which are names.
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        if (s.endToken - s.firstToken != 1)
            return false;
        const CategoryMask u = unit(s.firstToken);
        const std::uint16_t flags = tf[size_t(s.firstToken)].flags;
        const bool functionWordOpening = opensSentence(s.firstToken)
            && isOneOf(s.firstToken, m_patterns->functionWords)
            && !isOneOf(s.firstToken, m_patterns->givenNameWords);
        // A known party or team named as a nationality is named: "the Greens", "the Conservatives",
        // "for Alpine." (not "Alpine villages").
        const std::int32_t next = s.endToken;
        const bool knownName = s.type == EntityType::Organization
            && m_patterns->knownOrganisations.count(keyOf(s.firstToken, s.endToken))
            && !(s.firstToken > 0
                && isOneOf(s.firstToken - 1, m_patterns->placePrepositions)) // "in Alpine, Arizona"
            && (endsLikePlural(word(s.firstToken)) || next >= std::int32_t(tokens.size())
                || !(tf[size_t(next)].flags & Lowercase) || isOneOf(next, m_patterns->companyVerbs));
        return isOneOf(s.firstToken, m_patterns->neverNames)
            || (has(u, Category::Demonym) && !(u & kLocationMask) && !knownName)
            || ((isOneOf(s.firstToken, m_patterns->pronouns) || functionWordOpening) && !(flags & AllCaps));
    });
    // Nor is a verb before "n't" ("Can't wait" is "Ca" and "n't", and "CA" is California), a
    // model's letters before its number ("AK-47", "F-16", "MiG-29"), a time zone after a clock
    // time ("6:00 MT"), or a law, treaty or accord and the names it is called after ("the
    // Securities Act", "the Dayton Accords", "the Paris Agreement": agreements are no mentions, and
    // no name is nested in another).
    const std::int32_t tokenCount = std::int32_t(tokens.size());
    auto isDocumentHead = [&](std::int32_t t) {
        return t < tokenCount && (tf[size_t(t)].flags & Capitalized) && !(tf[size_t(t)].flags & AllCaps)
            && isOneOf(t, m_patterns->documentHeads);
    };
    // A space mission by its number is no mention: "the Artemis II crewed flight", "the uncrewed
    // Artemis I flight" (not "Queen Elizabeth II visited"); nor then is the programme's name
    // anywhere in the article, alone or with another number ("NASA delays Artemis", "The landing,
    // Artemis III, depends on ...").
    auto romanNumeral = [&](std::int32_t t) {
        const QStringView w = word(t);
        return w.size() <= 4
            && std::all_of(w.begin(), w.end(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; });
    };
    auto numberedMission = [&](const TokenSpan& s) {
        const std::int32_t next = s.endToken;
        const std::int32_t afterNumber = romanNumeral(s.endToken - 1) ? next : next + 1;
        return afterNumber < tokenCount && (tf[size_t(afterNumber)].flags & Lowercase)
            && (afterNumber == next || romanNumeral(next)) && isOneOf(afterNumber, m_patterns->missionWords);
    };
    std::unordered_set<std::uint64_t> missionNames;
    for (const TokenSpan& s : spans.spans())
        if (s.endToken > s.firstToken && numberedMission(s))
            missionNames.insert(tf[size_t(s.firstToken)].key);
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        const std::int32_t next = s.endToken;
        const QStringView after = next < tokenCount ? text.mid(tokens[size_t(next)].begin, 3) : QStringView();
        if (after == u"n't" || after == u"n’t") // also written apart: "Ca n't"
            return true;
        if (s.endToken - s.firstToken == 1 && tightHyphen(next) && next + 1 < tokenCount
            && word(next + 1)[0].isDigit())
            return true;
        if (s.endToken - s.firstToken == 1 && (tf[size_t(s.firstToken)].flags & AllCaps)) {
            const QStringView before = s.firstToken > 0 ? word(s.firstToken - 1) : QStringView();
            // ("6:00" may be one token or three.)
            const bool clockTime = !before.isEmpty()
                && ((before.back().isDigit()
                        && (before.contains(u':') || (s.firstToken >= 3 && word(s.firstToken - 2) == u":")))
                    || before == u"am" || before == u"pm" || before == u"a.m." || before == u"p.m.");
            if (clockTime && isOneOf(s.firstToken, m_patterns->timeZones))
                return true;
        }
        // A bill by its number ("House Bill 18", "Senate Bill 1047", "Bill C-18") is a law too,
        // and "Bill" before a number is nobody's given name.
        const std::int32_t last = s.endToken - 1;
        // (keys first: a word's text is read only where its key matches)
        auto is = [&](std::int32_t t, std::uint64_t key, QStringView w) {
            return tf[size_t(t)].key == key && word(t) == w;
        };
        if (is(last, m_patterns->billWord, u"Bill") && next < tokenCount && word(next)[0].isDigit())
            return true;
        if (s.endToken - s.firstToken >= 2 && tokens[size_t(last)].length() == 1
            && is(last - 1, m_patterns->billWord, u"Bill") && tightHyphen(next) && next + 1 < tokenCount
            && word(next + 1)[0].isDigit())
            return true;
        // A model by its letter is a product: "the Model S", "a Ford Model T".
        if (s.endToken - s.firstToken == 2 && tokens[size_t(last)].length() <= 2
            && is(s.firstToken, m_patterns->modelWord, u"Model")
            && (word(last)[0].isUpper() || word(last)[0].isDigit()))
            return true;
        if (numberedMission(s)
            || (missionNames.count(tf[size_t(s.firstToken)].key)
                && (s.endToken - s.firstToken == 1
                    || (s.endToken - s.firstToken == 2 && romanNumeral(last)))))
            return true;
        // A race is an event, and the place it is named after no mention of its own ("the Monaco
        // Grand Prix", "the Sao Paulo Grand Prix").
        if (is(last, m_patterns->prixWord, u"Prix")
            || (next + 1 < tokenCount && is(next, m_patterns->grandWord, u"Grand")
                && is(next + 1, m_patterns->prixWord, u"Prix")))
            return true;
        return isDocumentHead(last)
            || (isDocumentHead(next) && sentenceOf[size_t(next)] == sentenceOf[size_t(s.firstToken)]
                && tokens[size_t(next - 1)].end < tokens[size_t(next)].begin);
    });
    spans.reindex();
    // Nor is a ship's name with its prefix, whatever the later rules found in it ("USS Gerald R.
    // Ford" in an article about Doug Ford).
    if (!vesselNames.empty()) {
        std::erase_if(spans.spans(), [&](const TokenSpan& s) {
            return std::any_of(vesselNames.begin(), vesselNames.end(),
                [&](const auto& range) { return s.firstToken >= range.first && s.endToken <= range.second; });
        });
        spans.reindex();
    }

    // A name of two words or more that the lists know only as a person's is a person where the
    // tagger saw nothing or a part of it: "the science fiction writer L. Ron Hubbard", "Israel's Menachem
    // Begin". One word is too often the thing named after someone ("the Webb telescope", "Apollo",
    // "Hodgkin's", "a Black Hawk").
    {
        bool changed = false;
        constexpr CategoryMask namesOfPeople
            = maskOf(Category::Person) | maskOf(Category::FirstName) | maskOf(Category::Surname);
        for (const GazetteerMatch& m : facts.matches) {
            if (m.endToken - m.firstToken < 2 || !has(m.categories, Category::Person)
                || (m.categories & ~namesOfPeople) || crossedBySpan(m.firstToken, m.endToken)
                || m_patterns->weatherPatterns.count(keyOf(m.firstToken, m.endToken)))
                continue;
            // A title the lists keep with a name is no part of it: "President Bush", "St. Jerome".
            if (!spans.isFree(m.firstToken, m.endToken)
                && (has(unit(m.firstToken), Category::Title)
                    || isCapitalisedOneOf(m.firstToken, m_patterns->saintWords)))
                continue;
            // Capitalised, not shouted; a stage name may have a word in capitals ("Charli XCX").
            bool written = (tf[size_t(m.firstToken)].flags & Capitalized)
                && !(tf[size_t(m.firstToken)].flags & AllCaps);
            for (std::int32_t t = m.firstToken + 1; t < m.endToken && written; ++t)
                written = (tf[size_t(t)].flags & (Capitalized | AllCaps)) != 0;
            // Not a part of a longer name the tagger left alone, nor a thing named after the
            // person ("a Black Hawk helicopter").
            const QStringView before = m.firstToken > 0 ? word(m.firstToken - 1) : QStringView();
            if (!written || before == u"a" || before == u"an" || before == u"the"
                || (m.firstToken > 0 && capitalised(m.firstToken - 1)
                    && !(tf[size_t(m.firstToken)].flags & SentenceStart)
                    && !isOneOf(m.firstToken - 1, m_patterns->functionWords)) // "— When Count Basie"
                || (m.endToken < std::int32_t(tokens.size()) && capitalised(m.endToken)))
                continue;
            // The pieces the tagger saw grow into it ("Charli" of "Charli XCX").
            spans.replaceOverlapping({ m.firstToken, m.endToken, EntityType::Person });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A name alone on its line after an e-mail's closing formula signs the e-mail: "Regards,\n
    // Vicsandra", "Thanks.\nMHC". A name no dictionary lists, a given name or initials; a word
    // ("Thanks,\nThe Team") is no one.
    {
        const std::int32_t count = std::int32_t(tokens.size());
        bool changed = false;
        for (std::int32_t formula = 0; formula < count; ++formula) {
            if (!(tf[size_t(formula)].flags & SentenceStart) || !capitalised(formula)
                || !isOneOf(formula, m_patterns->closingFormulaStarts)
                || (formula > 0 && !lineBreakBefore(formula)))
                continue;
            std::int32_t name = formula + 1;
            bool closing = true;
            for (; name < count && !lineBreakBefore(name); ++name)
                closing = closing && name - formula < 4
                    && ((tf[size_t(name)].flags & Punctuation)
                        || isOneOf(name, m_patterns->closingFormulaWords));
            if (!closing || name >= count)
                continue;
            std::int32_t end = name + 1;
            while (end < count && end - name <= 2 && !lineBreakBefore(end))
                ++end;
            if (end - name > 2 || (end < count && !lineBreakBefore(end)) || !spans.isFree(name, end))
                continue;
            bool signature = true;
            for (std::int32_t t = name; t < end && signature; ++t) {
                const bool initials = (tf[size_t(t)].flags & AllCaps) && tokens[size_t(t)].length() <= 3
                    && word(t) != u"FYI" && word(t) != u"PS" && word(t) != u"NB" && word(t) != u"OK";
                const bool givenOrUnknown = (tf[size_t(t)].flags & Capitalized)
                    && (has(unit(t), Category::FirstName) || !has(unit(t), Category::Common))
                    && !has(unit(t), Category::Title) && !has(unit(t), Category::NonEntity)
                    && !(unit(t) & kLocationMask);
                signature = initials || givenOrUnknown;
            }
            if (!signature)
                continue;
            spans.add({ name, end, EntityType::Person });
            changed = true;
            formula = end - 1;
        }
        if (changed)
            spans.reindex();
    }

    // 9. A one-word name that no list knows, read as a person, stays a person only where the
    //    article shows one somewhere: a title, family or occupation word before it ("Dr. Liau",
    //    "his daughter Lensey", "designer Halston"), a verb of saying beside it ("Wolak said",
    //    "said Mauer"), a line of its own or a greeting (signatures, "Hi Torrey,"), a citation
    //    ("Biggs et al., 2011", "(Plucker 2010)"), a family word after its possessive ("Blount's
    //    nephew"), "the Biden administration", an occupation in apposition ("the owner, Mimmy,"),
    //    or another person listed with it ("Professors Titman, Ronn and Jemison"), the writer too
    //    ("Montavano, Shapiro and I"). Without any, the tagger's guess is mostly a firm, a product
    //    or an in-house system ("an interconnect with Questar", "booked in Sitara", "Tmobile").
    {
        const std::int32_t count = std::int32_t(tokens.size());
        std::unordered_set<std::uint64_t> partsOfLongerNames;
        for (const TokenSpan& s : spans.spans())
            if (s.type == EntityType::Person && s.endToken - s.firstToken > 1)
                for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
                    partsOfLongerNames.insert(tf[size_t(t)].key);
        auto unknownPersonWord = [&](const TokenSpan& s) {
            return s.type == EntityType::Person && s.endToken - s.firstToken == 1 && unit(s.firstToken) == 0
                && !partsOfLongerNames.count(tf[size_t(s.firstToken)].key);
        };
        std::unordered_map<std::uint64_t, bool> supported; // the unknown words, and whether shown
        for (const TokenSpan& s : spans.spans())
            if (unknownPersonWord(s))
                supported.emplace(tf[size_t(s.firstToken)].key, false);
        if (m_patterns->namesListed && !supported.empty()) {
            auto wordIs = [&](std::int32_t t, QStringView w) { return t >= 0 && t < count && word(t) == w; };
            // The rest of the token's line before or after it, trimmed; only the first few characters
            // matter (a greeting, a dash), so a text without line breaks is not read to its end for
            // every name.
            constexpr qsizetype kLineLook = 8;
            auto lineText = [&](std::int32_t t, bool before) {
                const qsizetype limit = before
                    ? std::max<qsizetype>(0, tokens[size_t(t)].begin - kLineLook)
                    : std::min<qsizetype>(text.size(), tokens[size_t(t)].end + kLineLook);
                qsizetype from = before ? tokens[size_t(t)].begin : tokens[size_t(t)].end;
                qsizetype to = from;
                if (before) {
                    while (from > limit && text[from - 1] != u'\n')
                        --from;
                    if (from > 0 && text[from - 1] != u'\n')
                        return QStringView(u"…"); // more than a few characters: not the line's start
                } else {
                    while (to < limit && text[to] != u'\n')
                        ++to;
                    if (to < text.size() && text[to] != u'\n')
                        return QStringView(u"…");
                }
                return text.mid(from, to - from).trimmed();
            };
            const std::uint64_t administrationKey = tokenKey(u"administration");
            auto showsAPerson = [&](std::int32_t t) {
                const std::int32_t previous = t - 1;
                const std::int32_t next = t + 1;
                if (previous >= 0
                    && (has(unit(previous), Category::Title)
                        || isOneOf(previous, m_patterns->personWordsBefore)
                        || isOneOf(previous, m_patterns->sayingVerbs)))
                    return true;
                if (next < count && isOneOf(next, m_patterns->sayingVerbs))
                    return true;
                // People are "who", things "which": "Hambali, who was at the meeting".
                const std::int32_t relative = wordIs(next, u",") ? next + 1 : next;
                if (wordIs(relative, u"who") || wordIs(relative, u"whom"))
                    return true;
                // Who speaks or works for someone, and the works someone made: "a spokesman for
                // Sistani", "an aide to Kadrimov", "Zurbarán paintings".
                if ((wordIs(previous, u"for") || wordIs(previous, u"to")) && previous >= 1
                    && isOneOf(previous - 1, m_patterns->spokesWords))
                    return true;
                if (next < count && isOneOf(next, m_patterns->worksAfter))
                    return true;
                // An occupation in apposition: "the owner, Mimmy, is an angel".
                if (wordIs(previous, u",") && previous >= 1 && (tf[size_t(previous - 1)].flags & Lowercase)
                    && isOneOf(previous - 1, m_patterns->personWordsBefore))
                    return true;
                // An alias: "Ibrahim Musa Tarig, known as Hamouda" (typed after its person by then).
                if (wordIs(previous, u"as")
                    && (wordIs(previous - 1, u"known") || wordIs(previous - 1, u"Known")))
                    return true;
                const QStringView w = word(t);
                if (w.size() > 2 && w[0] == u'O' && (w[1] == u'\'' || w[1] == u'\u2019'))
                    return true; // O'Keefe
                // Signatures, salutations and greetings.
                const QStringView lineBefore = lineText(t, true);
                const QStringView lineAfter = lineText(t, false);
                const bool opensLine = lineBefore.isEmpty() || lineBefore == u"-" || lineBefore == u"--";
                const bool endsLine
                    = lineAfter.isEmpty() || lineAfter == u"," || lineAfter == u":" || lineAfter == u"-";
                if (opensLine && (endsLine || wordIs(next, u",") || wordIs(next, u":")))
                    return true;
                if (previous >= 0 && isOneOf(previous, m_patterns->greetings)
                    && (lineAfter.isEmpty() || wordIs(next, u",") || wordIs(next, u":")
                        || wordIs(next, u"!")))
                    return true;
                // Citations.
                if ((wordIs(next, u"et") && (wordIs(next + 1, u"al") || wordIs(next + 1, u"al.")))
                    || ((wordIs(next, u"(") || wordIs(next, u",")) && isYear(next + 1))
                    || (isYear(next) && (wordIs(next + 1, u")") || wordIs(next + 1, u";")))
                    || (wordIs(next, u"[") && next + 2 < count && word(next + 1).front().isDigit()
                        && wordIs(next + 2, u"]")))
                    return true;
                // An author opening a citation, alone or the first of several: "(Plucker 2010)",
                // "(Plucker (2010)", "(Jasny, Chin, Chong, & Vignieri, 2011)".
                if (wordIs(previous, u"(") || wordIs(previous, u";")) {
                    std::int32_t k = next;
                    while (k < count && k < next + 12
                        && (wordIs(k, u",") || wordIs(k, u"&") || wordIs(k, u"and") || wordIs(k, u"et")
                            || wordIs(k, u"al.") || (capitalised(k) && !(tf[size_t(k)].flags & AllCaps))))
                        ++k;
                    if (isYear(k) || (k == next && wordIs(k, u"(") && isYear(k + 1)))
                        return true;
                }
                if (next + 1 < count && isPossessive(word(next))
                    && (isOneOf(next + 1, m_patterns->familyWordsAfter)
                        || isOneOf(next + 1, m_patterns->aidesAfter)))
                    return true;
                return next < count && tf[size_t(next)].key == administrationKey;
            };
            // Persons listed beside each occurrence: ", ", "and", "&", "or", ", and".
            std::vector<std::pair<std::uint64_t, int>> listedWith; // (unknown word, span beside it)
            auto personSpanAt = [&](std::int32_t t) {
                if (t < 0 || t >= count)
                    return -1;
                const int owner = spans.ownerOf(t);
                return owner >= 0 && spans.spans()[size_t(owner)].type == EntityType::Person ? owner : -1;
            };
            auto isListWord = [&](std::int32_t t) {
                const QStringView w = word(t);
                return w == u"," || w == u"and" || w == u"&" || w == u"or";
            };
            std::unordered_set<QString> initialsOfPeople; // "KSM" where Khalid Shaikh Mohammed is named
            for (const TokenSpan& s : spans.spans()) {
                if (s.type != EntityType::Person || s.endToken - s.firstToken < 2)
                    continue;
                const auto [all, withoutParticles] = nameInitials(s);
                for (const QString& initials : { all, withoutParticles })
                    if (initials.size() >= 2)
                        initialsOfPeople.insert(initials);
            }
            for (std::int32_t t = 0; t < count; ++t) {
                const auto it = supported.find(tf[size_t(t)].key);
                if (it == supported.end() || it->second || !capitalised(t))
                    continue;
                if (showsAPerson(t)
                    || ((tf[size_t(t)].flags & AllCaps) && initialsOfPeople.count(word(t).toString()))) {
                    it->second = true;
                    continue;
                }
                for (const int step : { -1, 1 }) {
                    std::int32_t k = t + step;
                    int listWords = 0;
                    while (k >= 0 && k < count && listWords < 2 && isListWord(k)) {
                        k += step;
                        ++listWords;
                    }
                    if (listWords == 0 || (listWords == 2 && word(step > 0 ? t + 1 : t - 2) != u","))
                        continue;
                    // The writer listed with it: "Montavano, Shapiro and I", "me and Phet".
                    if ((wordIs(k, u"I") || wordIs(k, u"me") || wordIs(k, u"myself"))
                        && word(k - step) != u",") {
                        it->second = true;
                        break;
                    }
                    if (const int other = personSpanAt(k); other >= 0)
                        listedWith.emplace_back(it->first, other);
                }
            }
            for (bool changed = true; changed;) {
                changed = false;
                for (const auto& [key, other] : listedWith) {
                    bool& shown = supported[key];
                    if (shown)
                        continue;
                    const TokenSpan& o = spans.spans()[size_t(other)];
                    const auto otherUnknown = unknownPersonWord(o)
                        ? supported.find(tf[size_t(o.firstToken)].key)
                        : supported.end();
                    if (otherUnknown == supported.end() || otherUnknown->second) {
                        shown = true;
                        changed = true;
                    }
                }
            }
            std::erase_if(spans.spans(), [&](const TokenSpan& s) {
                return unknownPersonWord(s) && !supported[tf[size_t(s.firstToken)].key];
            });
            spans.reindex();
        }
    }

    // Where someone is from, a name no list knows before a county, state or country is a town, where
    // the tagger made an organisation of it or left it: "Adam Carruthers, 31, of Wigton, Cumbria",
    // "a man from Tuxbury, Vt., said".
    {
        bool changed = false;
        const auto count = std::int32_t(tokens.size());
        for (std::int32_t t = 1; t + 3 < count; ++t) {
            const QStringView before = word(t - 1);
            if ((before != u"of" && before != u"from" && before != u"in" && before != u"near")
                || !(tf[size_t(t)].flags & Capitalized) || (tf[size_t(t)].flags & (AllCaps | SentenceStart)))
                continue;
            const int owner = spans.ownerOf(t);
            std::int32_t end = t + 1;
            if (owner >= 0) {
                const TokenSpan& s = spans.spans()[size_t(owner)];
                if (s.firstToken != t || s.type != EntityType::Organization || s.endToken - t > 2)
                    continue;
                end = s.endToken;
            } else if (unit(t) & kNotAPersonsWord) {
                continue;
            }
            if (end + 2 >= count || word(end) != u"," || sentenceOf[size_t(end + 1)] != sentenceOf[size_t(t)])
                continue;
            const std::int32_t region = end + 1;
            const bool regionNamed = capitalised(region) && regionWord(region);
            const QStringView closing = word(region + 1);
            if (!regionNamed || !(closing == u"," || closing == u"." || closing == u")" || closing == u";"))
                continue;
            bool organisationWord = knownOrganisationEnd(t, end) == end;
            for (std::int32_t k = t; k < end; ++k)
                organisationWord = organisationWord || has(unit(k), Category::OrgKeyword);
            if (organisationWord)
                continue;
            if (owner >= 0)
                spans.spans()[size_t(owner)].type = EntityType::Location;
            else
                spans.add({ t, end, EntityType::Location });
            changed = true;
        }
        if (changed)
            spans.reindex();
    }

    // A word no list knows, listed after a preposition with a place the gazetteer knows, is a
    // place too: "parts of Malibu and Santa Monica", "in Santa Monica and Malibu".
    {
        const auto count = std::int32_t(tokens.size());
        auto unknownWord = [&](std::int32_t t) {
            return t >= 0 && t < count && (tf[size_t(t)].flags & Capitalized)
                && !(tf[size_t(t)].flags & (AllCaps | SentenceStart)) && spans.ownerOf(t) < 0 && unit(t) == 0
                && tf[size_t(t)].length >= 4 // (not "Que." of "Gatineau, Que.")
                && !isOneOf(t, m_patterns->functionWords); // "in Houston, She was"
        };
        auto placePreposition = [&](std::int32_t t) {
            if (t < 0)
                return false;
            const QStringView w = word(t);
            return w == u"in" || w == u"of" || w == u"near" || w == u"across" || w == u"from" || w == u"to"
                || w == u"around" || w == u"outside";
        };
        auto knownPlace = [&](const TokenSpan& s) {
            return s.type == EntityType::Location
                && (phraseCategories(facts, s.firstToken, s.endToken)
                    & (maskOf(Category::Country) | maskOf(Category::City) | maskOf(Category::Region)));
        };
        auto listEnds
            = [&](std::int32_t t) { return t >= count || (tf[size_t(t)].flags & (Punctuation | Lowercase)); };
        std::vector<TokenSpan> added;
        for (const TokenSpan& s : spans.spans()) {
            if (!knownPlace(s))
                continue;
            const std::int32_t before = s.firstToken - 1, after = s.endToken;
            // "of Malibu and Santa Monica"
            if (before >= 2 && (word(before) == u"and" || word(before) == u",") && unknownWord(before - 1)
                && placePreposition(before - 2)
                && sentenceOf[size_t(before - 2)] == sentenceOf[size_t(after - 1)])
                added.push_back({ before - 1, before, EntityType::Location });
            // "in Santa Monica and Malibu,"
            if (placePreposition(s.firstToken - 1) && after + 1 < count
                && (word(after) == u"and" || word(after) == u",") && unknownWord(after + 1)
                && listEnds(after + 2) && sentenceOf[size_t(after + 1)] == sentenceOf[size_t(s.firstToken)])
                added.push_back({ after + 1, after + 2, EntityType::Location });
        }
        for (const TokenSpan& s : added)
            if (spans.isFree(s.firstToken, s.endToken))
                spans.add(s);
        if (!added.empty())
            spans.reindex();
    }

    // Korean and Japanese places keep their administrative suffix: "Hannam-dong", "Jongno-gu",
    // "Jeju-do", "Chiba-ken".
    {
        static constexpr const char16_t* kSuffixes[] = { u"dong", u"gu", u"si", u"do", u"ri", u"eup",
            u"myeon", u"gun", u"ku", u"shi", u"ken", u"cho" };
        const auto count = std::int32_t(tokens.size());
        bool changed = false;
        for (TokenSpan& s : spans.spans()) {
            const std::int32_t hyphen = s.endToken;
            if (s.type != EntityType::Location || hyphen + 1 >= count || !tightHyphen(hyphen)
                || !(tf[size_t(hyphen + 1)].flags & Lowercase) || spans.ownerOf(hyphen + 1) >= 0
                || (hyphen + 2 < count && tightHyphen(hyphen + 2))) // "Seoul-do-based"
                continue;
            const QStringView suffix = word(hyphen + 1);
            if (std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                    [&](const char16_t* k) { return suffix == QStringView(k); })) {
                s.endToken = hyphen + 2;
                changed = true;
            }
        }
        if (changed)
            spans.reindex();
    }

    // An acronym the article spells out as something other than a name is none either, whatever
    // later cue made it one ("all OBSF stock"), unless a later rule found the long form a name.
    std::erase_if(spelledThings,
        [&](const SpelledThing& thing) { return !spans.isFree(thing.longFormFirst, thing.longFormEnd); });
    if (!spelledThings.empty()) {
        std::erase_if(spans.spans(), [&](const TokenSpan& s) {
            return s.endToken - s.firstToken == 1
                && std::any_of(spelledThings.begin(), spelledThings.end(),
                    [&](const SpelledThing& thing) { return word(s.firstToken) == thing.acronym; });
        });
        spans.reindex();
    }

    // A plural noun opening a sentence before the names it stands for is no name: "Airlines
    // including Southwest Airlines", "Banks such as HSBC".
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        const std::int32_t t = s.firstToken;
        if (s.endToken != t + 1 || !(tf[size_t(t)].flags & SentenceStart) || (tf[size_t(t)].flags & AllCaps)
            || !has(unit(t), Category::Common) || !word(t).endsWith(u's')
            || t + 2 >= std::int32_t(tokens.size()))
            return false;
        return examplesCueAt(t + 1) > 0;
    });

    // A sport or a section that labels a headline is no name: "Rugby: Ireland beat New Zealand",
    // "Analysis: ...".
    std::erase_if(spans.spans(), [&](const TokenSpan& s) {
        const std::int32_t t = s.firstToken;
        return s.endToken == t + 1 && t + 1 < std::int32_t(tokens.size()) && word(t + 1) == u":"
            && (t == 0 || lineBreakBefore(t))
            && (isCapitalisedOneOf(t, m_patterns->sportsBodyFields)
                || isCapitalisedOneOf(t, m_patterns->sectionLabels));
    });
}

} // namespace crossread::core::ner
