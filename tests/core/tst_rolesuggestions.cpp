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
