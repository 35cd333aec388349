// Property test for the minimal-edit JSONC writer: random documents (comments, trailing
// commas, CRLF, tabs, BOM, unicode, inline and multi-line containers) and random edit
// sequences of our own entries. After every step: the text parses in the document's
// dialect, the value tree equals the model (only the target changed), and outside the
// edited member only whitespace and commas differ. At the end, removing our entries
// gives back the original bytes.
#include "clientconfigtesthelpers.h"

#include "clientconfig/jsonc/jsoncdocument.h"
#include "clientconfig/jsonc/jsoncmodifier.h"

#include <QTest>

#include <random>

using namespace mcpc::clientconfig;
using testhelpers::onlySpanChanged;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSequences = 1500;

struct Gen
{
    std::mt19937 rng;
    bool comments = true;
    bool trailing = true;
    QByteArray eol = "\n";
    QByteArray unit = "  ";
    int counter = 0;

    int pick(int n) { return int(rng() % unsigned(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    QByteArray key()
    {
        static const char *words[] = {"theme", "mcpServers", "servers", "editor.fontSize", "é-ü", "日本",
                                      "x", "projects", "/home/u/p", "a\\\"q", "emoji😀", "tab\\t"};
        return QByteArray(words[pick(12)]) + QByteArray::number(counter++);
    }

    QByteArray comment(bool line)
    {
        if (!comments)
            return {};
        if (line)
            return pick(2) ? QByteArray("// note ünï " + QByteArray::number(pick(99))) : QByteArray("//");
        return "/* block " + QByteArray::number(pick(99)) + (chance(20) ? eol + "  more */" : QByteArray(" */"));
    }

    QByteArray scalar()
    {
        switch (pick(6)) {
        case 0: return "\"str ✓ " + QByteArray::number(pick(1000)) + "\"";
        case 1: return QByteArray::number(int(rng() % 20000) - 10000);
        case 2: return "1.5e-3";
        case 3: return "true";
        case 4: return "null";
        default: return "\"https://example.com/mcp?x=1&y=\\u00e9\"";
        }
    }

    QByteArray value(const QByteArray &indent, int depth)
    {
        const int kind = depth > 3 ? 9 : pick(10);
        if (kind < 4)
            return container(indent, depth, true);
        if (kind < 5)
            return container(indent, depth, false);
        return scalar();
    }

    QByteArray container(const QByteArray &indent, int depth, bool object)
    {
        const int count = pick(object ? 6 : 4);
        const char open = object ? '{' : '[';
        const char close = object ? '}' : ']';
        if (count == 0) {
            static const char *inners[] = {"", " ", "  ", "\n", nullptr};
            const char *inner = inners[pick(5)];
            if (!inner)
                return QByteArray(1, open) + eol + indent + close;
            if (comments && chance(15))
                return QByteArray(1, open) + " " + comment(false) + " " + close;
            return QByteArray(1, open) + inner + close;
        }
        const bool multi = chance(75);
        const QByteArray child = indent + unit;
        QByteArray out(1, open);
        if (!multi && chance(50))
            out += ' ';
        for (int i = 0; i < count; ++i) {
            if (multi) {
                if (comments && chance(10))
                    out += eol + child + comment(true);
                out += eol + child;
            } else if (i > 0) {
                out += ' ';
            }
            if (object)
                out += '"' + key() + '"' + (chance(80) ? ": " : ":");
            out += value(child, depth + 1);
            const bool last = i + 1 == count;
            if (!last || (trailing && chance(25)))
                out += ',';
            if (multi && comments && chance(15))
                out += ' ' + comment(chance(70));
            else if (!multi && comments && chance(5))
                out += ' ' + comment(false);
        }
        if (multi) {
            if (comments && chance(10))
                out += eol + child + comment(true);
            out += eol + indent;
        } else if (chance(50)) {
            out += ' ';
        }
        out += close;
        return out;
    }
};

struct Op
{
    QStringList path;
    QList<ContainerNote> notes;
};

// Object paths reachable by keys only (our paths never go through arrays).
void objectPaths(const JsoncDocument &doc, int node, const QStringList &prefix, QList<QStringList> *out)
{
    out->append(prefix);
    for (int c = doc.node(node).firstChild; c >= 0; c = doc.node(c).next) {
        if (doc.node(c).type == JsoncNode::Type::Object)
            objectPaths(doc, c, prefix + QStringList{doc.keyOf(c)}, out);
    }
}

void modelSet(JsonValue &root, const QStringList &path, const JsonValue &v)
{
    JsonValue *cur = &root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (!cur->find(path[i]))
            cur->insert(path[i], JsonValue::object());
        cur = cur->find(path[i]);
    }
    cur->insert(path.last(), v);
}

void modelRemove(JsonValue &root, const QStringList &path, const QList<ContainerNote> &notes)
{
    QList<JsonValue *> chain{&root};
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        chain.append(chain.last()->find(path[i]));
    chain.last()->remove(path.last());
    for (qsizetype i = path.size() - 1; i >= 1; --i) {
        const QStringList containerPath = path.mid(0, i);
        bool created = false;
        for (const ContainerNote &n : notes)
            created |= n.path == containerPath && n.created;
        if (!created || !chain[i]->members().empty())
            break;
        chain[i - 1]->remove(path[i - 1]);
    }
}

// The span of the topmost member on path that `other` lacks (what was added or removed).
std::pair<qsizetype, qsizetype> changedSpan(const JsoncDocument &doc, const QStringList &path, const JsoncDocument &other)
{
    for (qsizetype i = 1; i <= path.size(); ++i) {
        if (other.findPath(path.mid(0, i)) < 0 || i == path.size()) {
            const JsoncNode &n = doc.node(doc.findPath(path.mid(0, i)));
            return {n.keyOffset, n.end()};
        }
    }
    return {0, 0};
}

void mergeNotes(QList<ContainerNote> &all, const QList<ContainerNote> &fresh)
{
    for (const ContainerNote &n : fresh) {
        auto it = std::find_if(all.begin(), all.end(), [&](const ContainerNote &o) { return o.path == n.path; });
        if (it == all.end()) {
            all.append(n);
            continue;
        }
        it->created = it->created || n.created;
        if (n.emptyInner)
            it->emptyInner = n.emptyInner;
    }
}

} // namespace

class TestJsoncProperty : public QObject
{
    Q_OBJECT

private slots:
    void randomEditSequences();
};

void TestJsoncProperty::randomEditSequences()
{
    int steps = 0;
    for (int seed = 1; seed <= kSequences; ++seed) {
        Gen g{std::mt19937(unsigned(seed))};
        const int dialectKind = g.pick(3);
        const JsoncDialect dialect = dialectKind == 0 ? JsoncDialect::strictJson()
                                   : dialectKind == 1 ? JsoncDialect::jsonWithComments()
                                                      : JsoncDialect::jsonc();
        g.comments = dialect.comments;
        g.trailing = dialect.trailingCommas;
        g.eol = g.chance(30) ? "\r\n" : "\n";
        g.unit = g.chance(25) ? "\t" : QByteArray(g.chance(50) ? 2 : 4, ' ');
        const bool bom = g.chance(10);
        QByteArray original = g.container({}, 0, true);
        if (g.chance(70))
            original += g.eol;
        if (g.comments && g.chance(20))
            original = "// header ✓" + g.eol + original;
        if (bom)
            original.prepend("\xEF\xBB\xBF");

        auto first = JsoncDocument::parse(original, dialect);
        QVERIFY2(first.has_value(), qPrintable(u"seed %1: generator made an invalid document: %2"_s.arg(seed).arg(first ? QString() : first.error().message)));
        QList<QStringList> targets;
        objectPaths(*first, first->root(), {}, &targets);

        QByteArray text = original;
        JsonValue model = first->rootValue();
        QList<QStringList> ours;
        QList<ContainerNote> notes;
        const int count = 1 + g.pick(8);
        for (int step = 0; step < count; ++step, ++steps) {
            auto doc = JsoncDocument::parse(text, dialect);
            QVERIFY(doc.has_value());
            const int action = ours.isEmpty() ? 0 : g.pick(3);
            QStringList path;
            if (action == 0) {
                path = targets[g.pick(int(targets.size()))];
                if (g.chance(30))
                    path << u"created-%1"_s.arg(step);
                if (g.chance(15))
                    path << u"deeper"_s;
                path << u"our-%1-%2"_s.arg(seed).arg(step);
            } else {
                path = ours[g.pick(int(ours.size()))];
            }
            const QByteArray before = text;
            if (action == 2) {
                const QList<TextEdit> edits = JsoncModifier(*doc).remove(path, notes);
                QVERIFY2(!edits.isEmpty(), qPrintable(u"seed %1 step %2: nothing removed"_s.arg(seed).arg(step)));
                text = applyEdits(text, edits);
                modelRemove(model, path, notes);
                ours.removeAll(path);
            } else {
                JsonValue v = JsonValue::object();
                v.insert(u"url"_s, JsonValue::string(u"https://mcp.example/%1/ü"_s.arg(step)));
                if (g.chance(50))
                    v.insert(u"args"_s, JsonValue::array({JsonValue::string(u"-y"_s), JsonValue::number(step)}));
                auto set = JsoncModifier(*doc).set(path, v);
                QVERIFY2(set.has_value(), qPrintable(u"seed %1 step %2: set failed"_s.arg(seed).arg(step)));
                text = applyEdits(text, set->edits);
                mergeNotes(notes, set->notes);
                modelSet(model, path, v);
                if (!ours.contains(path))
                    ours.append(path);
            }
            auto after = JsoncDocument::parse(text, dialect);
            QVERIFY2(after.has_value(), qPrintable(u"seed %1 step %2: result does not parse: %3\n--- before\n%4\n--- after\n%5"_s
                .arg(seed).arg(step).arg(after ? QString() : after.error().message, QString::fromUtf8(before), QString::fromUtf8(text))));
            QVERIFY2(after->rootValue() == model, qPrintable(u"seed %1 step %2: value tree differs from the model"_s.arg(seed).arg(step)));
            bool ok = false;
            if (action == 1) {
                // A replacement changes the value's bytes and nothing else.
                const JsoncNode &o = doc->node(doc->findPath(path));
                const JsoncNode &n = after->node(after->findPath(path));
                ok = before.left(o.offset) == text.left(n.offset) && before.mid(o.end()) == text.mid(n.end());
            } else {
                const bool removed = action == 2;
                const JsoncDocument &withDoc = removed ? *doc : *after;
                const JsoncDocument &withoutDoc = removed ? *after : *doc;
                const auto [a, b] = changedSpan(withDoc, path, withoutDoc);
                ok = onlySpanChanged(withoutDoc.text(), withDoc.text(), a, b);
            }
            QVERIFY2(ok, qPrintable(u"seed %1 step %2: bytes outside the member changed\n--- before\n%3\n--- after\n%4"_s
                .arg(seed).arg(step).arg(QString::fromUtf8(before), QString::fromUtf8(text))));
        }
        // Take everything back, in random order.
        while (!ours.isEmpty()) {
            const QStringList path = ours.takeAt(g.pick(int(ours.size())));
            auto doc = JsoncDocument::parse(text, dialect);
            QVERIFY(doc.has_value());
            text = applyEdits(text, JsoncModifier(*doc).remove(path, notes));
        }
        QVERIFY2(text == original, qPrintable(u"seed %1: original not restored\n--- original\n%2\n--- now\n%3"_s
            .arg(seed).arg(QString::fromUtf8(original), QString::fromUtf8(text))));
    }
    qInfo("%d sequences, %d edit steps", kSequences, steps);
    QVERIFY(steps >= kSequences);
}

QTEST_GUILESS_MAIN(TestJsoncProperty)
#include "tst_clientconfig_jsoncproperty.moc"
