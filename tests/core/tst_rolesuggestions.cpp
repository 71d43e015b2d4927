#include "io/csvreader.h"
#include "io/rolesuggestions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dijkgraaf;

class TestRoleSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void detectors()
    {
        QVERIFY(isEmailAddress("j.jansen@example.nl"));
        QVERIFY(!isEmailAddress("j.jansen@example"));
        QVERIFY(!isEmailAddress("not an address"));
        QVERIFY(isPhoneNumber("06-12345678"));
        QVERIFY(isPhoneNumber("+31 6 12345678"));
        QVERIFY(isPhoneNumber("020 1234567"));
        QVERIFY(!isPhoneNumber("12345"));
        QVERIFY(isIban("NL91ABNA0417164300"));
        QVERIFY(isIban("NL91 ABNA 0417 1643 00"));
        QVERIFY(!isIban("NL92ABNA0417164300"));
        QVERIFY(isBsn("111222333"));
        QVERIFY(isBsn("123456782"));
        QVERIFY(!isBsn("123456789"));
        QVERIFY(!isBsn("000000000"));
    }

    void suggestionsWithReasons()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("customers.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "klantnummer;naam;email;telefoon;iban;bsn;geboortedatum;geslacht;"
                          "postcode;woonplaats;leeftijd;"
                          "inkomen;gewicht;abonnement\n";
        const char *ibans[] = {"NL91ABNA0417164300", "NL18RABO0123459876", "NL20INGB0001234567"};
        const char *bsns[] = {"111222333", "123456782", "999999990"};
        for (int i = 0; i < 60; ++i) {
            text += QByteArray::number(1000 + i % 20) + ";Persoon " + QByteArray::number(i) + ";p" +
                    QByteArray::number(i) + "@example.nl;06-" + QByteArray::number(10000000 + i) +
                    ";" + ibans[i % 3] + ";" + bsns[i % 3] + ";19" +
                    QByteArray::number(50 + i % 40) + "-01-0" + QByteArray::number(1 + i % 9) +
                    ";" + (i % 2 ? "M" : "V") + ";" + QByteArray::number(1000 + i * 7) +
                    " AB;Utrecht;" + QByteArray::number(20 + i % 50) + ";" +
                    QByteArray::number(20000 + i) + ";" + QByteArray::number(1.5 + i % 3) + ";" +
                    (i % 2 ? "basis" : "plus") + "\n";
        }
        f.write(text);
        f.close();
        auto d = readCsv(path.toStdString());
        QVERIFY(d.ok());
        const auto s = suggestRoles(*d);
        auto role = [&](const char *name) { return s[*d->columnIndex(name)].role; };
        auto reason = [&](const char *name) { return s[*d->columnIndex(name)].reason; };
        QCOMPARE(role("klantnummer"), AttributeRole::SubjectId);
        QCOMPARE(role("naam"), AttributeRole::DirectIdentifier);
        QCOMPARE(role("email"), AttributeRole::DirectIdentifier);
        QCOMPARE(reason("email"), std::string("100.0 % of values look like e-mail addresses"));
        QCOMPARE(role("telefoon"), AttributeRole::DirectIdentifier);
        QCOMPARE(role("iban"), AttributeRole::DirectIdentifier);
        QVERIFY(reason("iban").find("IBAN") != std::string::npos);
        QCOMPARE(role("bsn"), AttributeRole::DirectIdentifier);
        QVERIFY(reason("bsn").find("11-test") != std::string::npos);
        QCOMPARE(role("geboortedatum"), AttributeRole::QuasiIdentifier);
        QCOMPARE(role("geslacht"), AttributeRole::QuasiIdentifier);
        QCOMPARE(role("postcode"), AttributeRole::QuasiIdentifier);
        QCOMPARE(role("woonplaats"), AttributeRole::QuasiIdentifier);
        QCOMPARE(role("leeftijd"), AttributeRole::QuasiIdentifier);
        QCOMPARE(role("inkomen"), AttributeRole::Sensitive);
        QCOMPARE(role("gewicht"), AttributeRole::SamplingWeight);
        QCOMPARE(role("abonnement"), AttributeRole::Insensitive);
        for (const auto &x : s)
            QVERIFY(!x.reason.empty());
    }

    // ARX's own example configuration of the Adult census data marks these eight as
    // quasi-identifiers and salary-class as sensitive.
    void censusQuasiIdentifiers()
    {
        auto d = readCsv(DIJKGRAAF_TEST_DATA "/adult/adult.csv");
        QVERIFY(d.ok());
        const auto s = suggestRoles(*d);
        auto at = [&](const char *name) { return s[*d->columnIndex(name)]; };
        for (const char *qi : {"sex", "age", "race", "marital-status", "education",
                               "native-country", "workclass", "occupation"})
            QVERIFY2(at(qi).role == AttributeRole::QuasiIdentifier, qi);
        QCOMPARE(at("salary-class").role, AttributeRole::Sensitive);
        QCOMPARE(at("race").kind, std::string("ethnicity"));
        QCOMPARE(at("native-country").kind, std::string("birth-country"));
        QCOMPARE(at("marital-status").kind, std::string("marital-status"));
        QCOMPARE(at("workclass").kind, std::string("occupation"));
        QVERIFY(at("race").reason.find("GDPR") != std::string::npos);
    }

    void censusQuasiIdentifiersInDutch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cbs.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "etniciteit;burgerlijke staat;opleidingsniveau;beroep;nationaliteit;"
                          "geboorteland;huishoudgrootte;embrace;tracer\n";
        for (int i = 0; i < 40; ++i)
            text += QByteArray("NL;gehuwd;hbo;") + (i % 2 ? "kok" : "leraar") + ";NL;Turkije;" +
                    QByteArray::number(1 + i % 4) + ";ja;" + (i % 3 ? "a" : "b") + "\n";
        f.write(text);
        f.close();
        auto d = readCsv(path.toStdString());
        QVERIFY(d.ok());
        const auto s = suggestRoles(*d);
        auto at = [&](const char *name) { return s[*d->columnIndex(name)]; };
        const std::pair<const char *, const char *> expected[] = {
            {"etniciteit", "ethnicity"},       {"burgerlijke staat", "marital-status"},
            {"opleidingsniveau", "education"}, {"beroep", "occupation"},
            {"nationaliteit", "nationality"},  {"geboorteland", "birth-country"},
            {"huishoudgrootte", "household"}};
        for (const auto &[name, kind] : expected) {
            QVERIFY2(at(name).role == AttributeRole::QuasiIdentifier, name);
            QCOMPARE(at(name).kind, std::string(kind));
        }
        // words inside other words do not count: "race" in "embrace", "race" in "tracer"
        QCOMPARE(at("embrace").role, AttributeRole::Insensitive);
        QCOMPARE(at("tracer").role, AttributeRole::Insensitive);
    }

    void roleNamesRoundTrip()
    {
        for (auto r : {AttributeRole::DirectIdentifier, AttributeRole::QuasiIdentifier,
                       AttributeRole::Sensitive, AttributeRole::Insensitive,
                       AttributeRole::SamplingWeight, AttributeRole::SubjectId})
            QCOMPARE(*roleFromName(roleName(r)), r);
        QVERIFY(!roleFromName("boss"));
    }
};

QTEST_GUILESS_MAIN(TestRoleSuggestions)
#include "tst_rolesuggestions.moc"
