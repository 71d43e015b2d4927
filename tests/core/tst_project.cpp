#include "io/rolesuggestions.h"
#include "hierarchy/arxformat.h"
#include "io/importsettings.h"
#include "project/configurationjson.h"
#include "project/project.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dijkgraaf;

class TestProject : public QObject
{
    Q_OBJECT
    test::Scratch m_scratch;

    Configuration tinyConfig(const Dataset &d)
    {
        Configuration c = suggestedConfiguration(d);
        c.attributes[0].role = AttributeRole::QuasiIdentifier;
        c.attributes[0].hierarchy = *HierarchySpec::parse("interval:5,10");
        c.attributes[0].level = 2;
        c.attributes[1].role = AttributeRole::QuasiIdentifier;
        c.attributes[1].hierarchy = HierarchySpec::table(
            readArxHierarchy(test::dataPath("tiny/tiny_hierarchy_zip.csv"))->toRows(), "zip.csv");
        c.attributes[1].level = 1;
        c.attributes[2].role = AttributeRole::QuasiIdentifier;
        c.attributes[3].role = AttributeRole::SamplingWeight;
        c.privacy.k = 3;
        c.privacy.suppressionLimit = 0.1;
        c.privacy.riskThreshold = 0.25;
        c.ladderOrder = {"sex", "age"};
        return c;
    }

private slots:
    void roundTrip()
    {
        QFile::copy(QString::fromStdString(test::dataPath("tiny/tiny.csv")),
                    m_scratch.path("tiny.csv"));
        const std::string data = m_scratch.path("tiny.csv").toStdString();
        auto d = readCsv(data);
        QVERIFY(d.ok());
        const Configuration config = tinyConfig(*d);
        Project p;
        p.sourcePath = data;
        p.sourceBytes = 200;
        p.sourceSha256 = *fileSha256(data);
        p.configuration = configurationToJson(config, *d);
        const std::string path = m_scratch.path("tiny.dijkgraaf").toStdString();
        QVERIFY(saveProject(p, path).ok());
        // nothing but the project is left in the folder
        QCOMPARE(QDir(m_scratch.path("")).entryList(QDir::Files),
                 (QStringList{"tiny.csv", "tiny.dijkgraaf"}));

        auto back = openProject(path);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
        QCOMPARE(back->sourcePath, data);
        QCOMPARE(back->sourceBytes, 200u);
        QCOMPARE(back->sourceSha256, p.sourceSha256);
        auto restored = configurationFromJson(back->configuration, *d);
        QVERIFY(restored.ok());
        QCOMPARE(*restored, config);
        QCOMPARE(*sourceDigest(back->sourcePath), p.sourceSha256);

        // saving again replaces the file whole
        p.sourceBytes = 300;
        QVERIFY(saveProject(p, path).ok());
        QCOMPARE(openProject(path)->sourceBytes, 300u);

        // a changed source is noticed, and so is a missing one
        {
            QFile f(QString::fromStdString(data));
            QVERIFY(f.open(QIODevice::Append));
            f.write("40;13053;M;10\n");
        }
        QVERIFY(*sourceDigest(back->sourcePath) != p.sourceSha256);
        QVERIFY(QFile::remove(QString::fromStdString(data)));
        QVERIFY(!sourceDigest(back->sourcePath).ok());
    }

    // How the data is read travels with the project, written as the JSON it is documented
    // as; a plain CSV's settings are empty; settings that cannot be understood are refused.
    void importSettingsRoundTrip()
    {
        ImportSettings s;
        s.table = "women";
        s.delimiter = ';';
        s.encoding = TextEncoding::Windows1252;
        s.raggedRows = RaggedRows::Skip;
        s.types = {std::nullopt, ValueType::Postcode};
        const QJsonObject json = importSettingsToJson(s);
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"delimiter":";","encoding":"windows-1252","ragged_rows":"skip",)"
                            R"("table":"women","types":[null,"postcode"]})"));
        QCOMPARE(*importSettingsFromJson(json), s);
        QVERIFY(importSettingsToJson(ImportSettings{}).isEmpty());

        Project p;
        p.sourcePath = "/nowhere/data.sqlite";
        p.configuration = QJsonObject{{"attributes", QJsonArray{}}};
        p.import = json;
        const std::string path = m_scratch.path("import.dijkgraaf").toStdString();
        QVERIFY(saveProject(p, path).ok());
        auto back = openProject(path);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
        QCOMPARE(back->import, json);

        for (const char *bad : {R"({"encoding":"ebcdic"})", R"({"delimiter":"ab"})",
                                R"({"types":["colour"]})", R"({"ragged_rows":3})"}) {
            auto refused = importSettingsFromJson(QJsonDocument::fromJson(bad).object());
            QVERIFY2(!refused, bad);
            QVERIFY(refused.error().message.find("import setting") != std::string::npos);
        }
    }

    void sha256OfKnownBytes()
    {
        const std::string path = m_scratch.write("abc");
        QCOMPARE(*fileSha256(path),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void notAProject()
    {
        QVERIFY(!openProject(m_scratch.path("nothing.dijkgraaf").toStdString()).ok());
        auto text = openProject(m_scratch.write("age,zip\n1,2\n"));
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.find("not a Dijkgraaf project") != std::string::npos);
    }

    void configurationMustMatchTheData()
    {
        auto d = readCsv(test::dataPath("tiny/tiny.csv"));
        QJsonObject json = configurationToJson(tinyConfig(*d), *d);
        auto adult = readCsv(test::dataPath("adult/adult.csv"));
        auto mismatch = configurationFromJson(json, *adult);
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().message.find("column 'zip' that the data does not have") !=
                     std::string::npos,
                 mismatch.error().message.c_str());
        // an unknown role and a bad hierarchy are named
        QJsonArray attributes = json["attributes"].toArray();
        QJsonObject first = attributes[0].toObject();
        first["role"] = "boss";
        attributes[0] = first;
        json["attributes"] = attributes;
        auto badRole = configurationFromJson(json, *d);
        QVERIFY(!badRole.ok());
        QCOMPARE(badRole.error().column, std::string("age"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
