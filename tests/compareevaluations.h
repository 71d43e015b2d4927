#pragma once

// Two evaluations alike: counts exactly, measures to a tolerance relative to their size.

#include "analysis/evaluation.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

namespace dijkgraaf::test {

inline void compareEvaluations(const Evaluation &a, const Evaluation &b, double tolerance = 1e-9)
{
    auto close = [tolerance](double x, double y) {
        return std::fabs(x - y) <= tolerance * std::max(1.0, std::fabs(y));
    };
    QCOMPARE(a.satisfied, b.satisfied);
    QCOMPARE(a.recordsBelowK, b.recordsBelowK);
    QCOMPARE(a.suppressedRecords, b.suppressedRecords);
    QCOMPARE(a.risk.classes, b.risk.classes);
    QCOMPARE(a.risk.minClassSize, b.risk.minClassSize);
    QCOMPARE(a.risk.sampleUniques, b.risk.sampleUniques);
    QVERIFY(close(a.risk.averageClassSize, b.risk.averageClassSize));
    QVERIFY(close(a.risk.prosecutorMax, b.risk.prosecutorMax));
    QVERIFY(close(a.risk.prosecutorAvg, b.risk.prosecutorAvg));
    QVERIFY(close(a.risk.recordsAtRisk, b.risk.recordsAtRisk));
    QVERIFY(close(a.risk.expectedReidentifications, b.risk.expectedReidentifications));
    QVERIFY(close(a.risk.globalRisk, b.risk.globalRisk));
    QVERIFY(close(a.risk.maxIndividualRisk, b.risk.maxIndividualRisk));
    QVERIFY2(close(a.utility.loss, b.utility.loss),
             qPrintable(QString("%1 vs %2").arg(a.utility.loss).arg(b.utility.loss)));
    QVERIFY(close(a.utility.precisionLoss, b.utility.precisionLoss));
    QVERIFY(close(a.utility.discernibility, b.utility.discernibility));
    QVERIFY2(close(a.utility.nuEntropy, b.utility.nuEntropy),
             qPrintable(QString("%1 vs %2").arg(a.utility.nuEntropy).arg(b.utility.nuEntropy)));
    QVERIFY(close(a.utility.suppressionRate, b.utility.suppressionRate));
}

} // namespace dijkgraaf::test
