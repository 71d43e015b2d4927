#include "analysis/basetable.h"
#include "hierarchy/arxformat.h"
#include "hierarchy/hierarchybuilders.h"
#include "testutil.h"

#include <QDir>

using namespace dijkgraaf;

class TestHierarchy : public QObject
{
    Q_OBJECT
    test::Scratch m_scratch;
    Dataset read(const QByteArray &text) { return m_scratch.read(text); }

    // The labels of one value at every level.
    static std::vector<std::string> chain(const Hierarchy &h, std::string_view value)
    {
        std::vector<std::string> out;
        const auto leaf = h.leafOf(value);
        if (leaf == StringDictionary::npos)
            return out;
        for (int l = 0; l <= h.height(); ++l)
            out.push_back(h.label(l, leaf));
        return out;
    }
    using Chain = std::vector<std::string>;

private slots:
    void fromRowsAndLeafCounts()
    {
        auto h = Hierarchy::fromRows(
            {{"13053", "130**", "*"}, {"13068", "130**", "*"}, {"14850", "148**", "*"}});
        QVERIFY(h.ok());
        QCOMPARE(h->height(), 2);
        QCOMPARE(h->domainSize(), std::size_t(3));
        QCOMPARE(h->labelCount(1), std::size_t(2));
        QCOMPARE(h->leafCounts(1)[h->labelIndex(1, h->leafOf("13068"))], 2u);
        QCOMPARE(h->leafCounts(2)[0], 3u);
        // a top level of several values gets "*" above it
        auto open = Hierarchy::fromRows({{"a", "x"}, {"b", "y"}});
        QVERIFY(open.ok());
        QCOMPARE(open->height(), 2);
        QCOMPARE(open->label(2, 0), std::string("*"));
    }

    void rejectsLevelsThatDoNotNest()
    {
        auto h = Hierarchy::fromRows(
            {{"1", "0-4", "0-9", "*"}, {"2", "0-4", "0-9", "*"}, {"3", "0-4", "1-10", "*"}});
        QVERIFY(!h.ok());
        const std::string m = h.error().message;
        QVERIFY2(m.find("'0-4' at level 1 has two parents") != std::string::npos, m.c_str());
        QVERIFY2(m.find("'0-9' (for '1')") != std::string::npos, m.c_str());
        QVERIFY2(m.find("'1-10' (for '3')") != std::string::npos, m.c_str());
        QCOMPARE(h.error().line, 3u);

        auto dup = Hierarchy::fromRows({{"a", "x"}, {"a", "y"}});
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.find("'a' appears in more than one row") != std::string::npos);
        auto ragged = Hierarchy::fromRows({{"a", "x", "*"}, {"b", "*"}});
        QVERIFY(!ragged.ok());
        QCOMPARE(ragged.error().line, 2u);
    }

    void intervalBuilder()
    {
        const Dataset d = read("age\n3\n37\n41\n100\nNA\n");
        auto h = buildIntervalHierarchy(d.columns[0], {5, 10, 20});
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().text().c_str());
        QCOMPARE(h->height(), 4);
        QCOMPARE(chain(*h, "37"), (Chain{"37", "35-39", "30-39", "20-39", "*"}));
        QCOMPARE(chain(*h, "3"), (Chain{"3", "0-4", "0-9", "0-19", "*"}));
        QCOMPARE(chain(*h, "100"), (Chain{"100", "100-104", "100-109", "100-119", "*"}));
        QCOMPARE(chain(*h, ""), (Chain{"", "missing", "missing", "missing", "*"}));
        // widths that would not nest are refused with the reason
        auto bad = buildIntervalHierarchy(d.columns[0], {5, 12});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("not a whole multiple of 5") != std::string::npos);
        QCOMPARE(bad.error().column, std::string("age"));
        QVERIFY(!buildIntervalHierarchy(d.columns[0], {}).ok());
        QVERIFY(!buildIntervalHierarchy(d.columns[0], {-5}).ok());
        const Dataset text = read("x\nabc\n");
        QVERIFY(!buildIntervalHierarchy(text.columns[0], {5}).ok());
    }

    void decimalIntervals()
    {
        const Dataset d = read("amount\n12.5\n-3.25\n");
        auto h = buildIntervalHierarchy(d.columns[0], {2.5, 5});
        QVERIFY(h.ok());
        QCOMPARE(chain(*h, "12.5"), (Chain{"12.5", "[12.5, 15[", "[10, 15[", "*"}));
        QCOMPARE(chain(*h, "-3.25"), (Chain{"-3.25", "[-5, -2.5[", "[-5, 0[", "*"}));
    }

    void dateBuilder()
    {
        const Dataset d = read("date_of_birth\n1975-03-14\n14-03-1975\n2001-12-31\n");
        auto h = buildDateHierarchy(d.columns[0]);
        QVERIFY(h.ok());
        QCOMPARE(chain(*h, "1975-03-14"),
                 (Chain{"1975-03-14", "1975-03", "1975", "1970-1979", "*"}));
        QCOMPARE(chain(*h, "14-03-1975"),
                 (Chain{"14-03-1975", "1975-03", "1975", "1970-1979", "*"}));
        QCOMPARE(chain(*h, "2001-12-31"),
                 (Chain{"2001-12-31", "2001-12", "2001", "2000-2009", "*"}));
        QVERIFY(!buildDateHierarchy(read("n\n1\n").columns[0]).ok());
    }

    void maskingBuilder()
    {
        const Dataset d = read("postcode\n1234 AB\n1234AC\n9876ZZ\n5000\n");
        auto h = buildMaskingHierarchy(d.columns[0]);
        QVERIFY(h.ok());
        QCOMPARE(chain(*h, "1234 AB"), (Chain{"1234 AB", "1234", "123", "12", "1", "*"}));
        QCOMPARE(chain(*h, "5000"), (Chain{"5000", "5000", "500", "50", "5", "*"}));
        QCOMPARE(h->leafCounts(1)[h->labelIndex(1, h->leafOf("1234AC"))], 2u);
        const Dataset codes = read("code\nABCD\nABXY\nQ\n");
        auto c = buildMaskingHierarchy(codes.columns[0]);
        QVERIFY(c.ok());
        QCOMPARE(chain(*c, "ABCD"), (Chain{"ABCD", "ABC", "AB", "A", "*"}));
        QVERIFY(!buildMaskingHierarchy(codes.columns[0], {2, 3}).ok());
    }

    void groupingBuilder()
    {
        const Dataset d = read("status\nmarried\nwidowed\nsingle\n");
        auto h = buildGroupingHierarchy(
            d.columns[0],
            {{{"married", "with partner"}, {"widowed", "alone"}, {"single", "alone"}}});
        QVERIFY(h.ok());
        QCOMPARE(chain(*h, "widowed"), (Chain{"widowed", "alone", "*"}));
        auto incomplete = buildGroupingHierarchy(d.columns[0], {{{"married", "with partner"}}});
        QVERIFY(!incomplete.ok());
        QVERIFY(incomplete.error().message.find("no group for 'widowed'") != std::string::npos);
    }

    void arxRoundTrip()
    {
        const std::string dir = DIJKGRAAF_TEST_DATA "/adult";
        for (const char *attr : {"age", "education", "marital-status", "native-country",
                                 "occupation", "race", "salary-class", "sex", "workclass"}) {
            const std::string path = arxHierarchyPath(dir, dir + "/adult.csv", attr);
            auto h = readArxHierarchy(path);
            QVERIFY2(h.ok(), h.ok() ? "" : h.error().text().c_str());
            const QString out = m_scratch.path(QString("adult_hierarchy_%1.csv").arg(attr));
            QVERIFY(writeArxHierarchy(*h, out.toStdString()).ok());
            auto back = readArxHierarchy(out.toStdString());
            QVERIFY(back.ok());
            QCOMPARE(back->toRows(), h->toRows());
            // the file we write is the file we read, line for line
            QFile a(QString::fromStdString(path)), b(out);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(QString(b.readAll()).split('\n', Qt::SkipEmptyParts),
                     QString(a.readAll()).remove('\r').split('\n', Qt::SkipEmptyParts));
        }
        auto age = readArxHierarchy(dir + "/adult_hierarchy_age.csv");
        QCOMPARE(age->height(), 4);
        QCOMPARE(chain(*age, "39"), (Chain{"39", "35-39", "30-39", "20-39", "*"}));
        // quoting survives a round trip
        auto odd = Hierarchy::fromRows({{"a;b", "x \"y\"", "*"}, {"c", "x \"y\"", "*"}});
        const QString path = m_scratch.path("odd.csv");
        QVERIFY(writeArxHierarchy(*odd, path.toStdString()).ok());
        QCOMPARE(readArxHierarchy(path.toStdString())->toRows(), odd->toRows());
    }

    void fiveLevelFarsHierarchies()
    {
        const std::string dir = DIJKGRAAF_TEST_DATA "/fars";
        for (const char *attr : {"iage", "ideathday", "ideathmon", "ihispanic", "iinjury", "irace",
                                 "isex", "istatenum"}) {
            auto h = readArxHierarchy(dir + "/fars_hierarchy_" + attr + ".csv");
            QVERIFY2(h.ok(), h.ok() ? "" : h.error().text().c_str());
            QCOMPARE(h->labelCount(h->height()), std::size_t(1));
        }
    }

    void coverageNamesMissingValues()
    {
        const Dataset d = read("sex\nM\nF\nX\nX\nunknown\n");
        auto h = Hierarchy::fromRows({{"M", "*"}, {"F", "*"}});
        auto mapped = mapColumnToHierarchy(d.columns[0], *h);
        QVERIFY(!mapped.ok());
        const std::string m = mapped.error().message;
        // a value of one record is not named: it would single that record out
        QVERIFY2(m.find("does not cover 2 values of the data, held by 3 records: values of the "
                        "data: 'X' (2 records), and 1 more not shown") != std::string::npos,
                 m.c_str());
        QVERIFY(m.find("unknown") == std::string::npos);
        QCOMPARE(mapped.error().column, std::string("sex"));
        // e-mail addresses, each of one record: none is named, however many
        QByteArray csv = "email\n";
        for (int i = 0; i < 50; ++i)
            csv += "person" + QByteArray::number(i) + "@example.org\n";
        const Dataset e = read(csv);
        auto none = Hierarchy::fromRows({{"someone@example.org", "*"}});
        auto refused = mapColumnToHierarchy(e.columns[0], *none);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("@") == std::string::npos, refused.error().message.c_str());
        QVERIFY(refused.error().message.find("50 value(s) not shown") != std::string::npos);
        // the same error stops the BaseTable
        QVERIFY(!BaseTable::build(d, {{0, *h}}).ok());
    }

    void missingValuesMatchHierarchyTokens()
    {
        const Dataset d = read("sex\nM\nNA\n?\n");
        auto h = Hierarchy::fromRows({{"M", "*"}, {"?", "*"}});
        auto mapped = mapColumnToHierarchy(d.columns[0], *h);
        QVERIFY(mapped.ok());
        QCOMPARE((*mapped)[d.columns[0].missingCode], h->leafOf("?"));
    }
};

QTEST_GUILESS_MAIN(TestHierarchy)
#include "tst_hierarchy.moc"
