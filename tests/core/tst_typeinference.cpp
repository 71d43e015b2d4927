#include "io/typeinference.h"
#include "testutil.h"

#include <cmath>

using namespace dijkgraaf;

class TestTypeInference : public QObject
{
    Q_OBJECT
    test::Scratch m_scratch;
    Dataset read(const QByteArray &text) { return m_scratch.read(text); }

private slots:
    void parsers()
    {
        QCOMPARE(*parseInteger("42"), 42LL);
        QCOMPARE(*parseInteger("-7"), -7LL);
        QVERIFY(!parseInteger("0612345678")); // a leading zero: a code, not a count
        QVERIFY(!parseInteger("4.5"));
        QCOMPARE(*parseDecimal("4.5", '.'), 4.5);
        QCOMPARE(*parseDecimal("4,25", ','), 4.25);
        QCOMPARE(*parseDecimal("-0.1", '.'), -0.1);
        QVERIFY(!parseDecimal("4,5", '.'));
        QVERIFY(!parseDecimal("1.2.3", '.'));
        QCOMPARE(*parseDecimal("1.1e+07", '.'), 11000000.0);
        QCOMPARE(*parseDecimal("5E-3", '.'), 0.005);
        QVERIFY(!parseDecimal("1e", '.'));
        QVERIFY(!parseDecimal("e5", '.'));
        QCOMPARE(*parseDate("1975-03-14"), daysFromCivil(1975, 3, 14));
        QCOMPARE(*parseDate("14-03-1975"), daysFromCivil(1975, 3, 14));
        QCOMPARE(*parseDate("14/03/1975"), daysFromCivil(1975, 3, 14));
        QCOMPARE(*parseDate("1970-01-01"), 0);
        QVERIFY(!parseDate("1975-02-30"));
        QVERIFY(!parseDate("2023-02-29"));
        QVERIFY(parseDate("2024-02-29"));
        QVERIFY(!parseDate("14-03/1975"));
        const CivilDate d = civilFromDays(daysFromCivil(2000, 2, 29));
        QCOMPARE(d.year, 2000);
        QCOMPARE(d.month, 2);
        QCOMPARE(d.day, 29);
        QCOMPARE(*parsePostcode("1234 AB"), std::string("1234AB"));
        QCOMPARE(*parsePostcode("1234ab"), std::string("1234AB"));
        QCOMPARE(*parsePostcode("9999"), std::string("9999"));
        QVERIFY(!parsePostcode("0123 AB"));
        QVERIFY(!parsePostcode("1234 A1"));
        QVERIFY(!parsePostcode("12345"));
    }

    void columnTypes()
    {
        const Dataset d =
            read("int;dec_dot;dec_comma;date_iso;date_nl;postcode;pc4;code;text;mixed\n"
                 "1;1.5;\"1,5\";2001-01-31;31-01-2001;1234 AB;1234;0612;abc;1\n"
                 "22;2;2;1999-12-01;01/12/1999;5678CD;5678;0613;def;x\n"
                 "NA;NA;NA;NA;NA;NA;NA;NA;NA;NA\n");
        QCOMPARE(d.columns[0].type, ValueType::Integer);
        QCOMPARE(d.columns[1].type, ValueType::Decimal);
        QCOMPARE(d.columns[1].decimalMark, '.');
        QCOMPARE(d.columns[2].type, ValueType::Decimal);
        QCOMPARE(d.columns[2].decimalMark, ',');
        QCOMPARE(d.columns[3].type, ValueType::Date);
        QCOMPARE(d.columns[4].type, ValueType::Date);
        QCOMPARE(d.columns[5].type, ValueType::Postcode);
        QCOMPARE(d.columns[6].type, ValueType::Postcode); // 4 digits, named as a postcode
        QCOMPARE(d.columns[7].type, ValueType::Text);     // leading zeros
        QCOMPARE(d.columns[8].type, ValueType::Text);
        QCOMPARE(d.columns[9].type, ValueType::Text);
        // numbers per code, missing as NaN
        const Column &dec = d.columns[2];
        QCOMPARE(dec.numbers[dec.codes.at(0)], 1.5);
        QVERIFY(std::isnan(dec.numbers[dec.missingCode]));
        const Column &date = d.columns[4];
        QCOMPARE(date.numbers[date.codes.at(1)], static_cast<double>(daysFromCivil(1999, 12, 1)));
        QCOMPARE(d.columns[0].missingCount(), 1u);
    }

    void fourDigitNumbersStayNumbers()
    {
        const Dataset d = read("year\n1999\n2004\n");
        QCOMPARE(d.columns[0].type, ValueType::Integer);
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
