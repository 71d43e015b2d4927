#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace dijkgraaf {

// Spin boxes with their range (and decimals and step) set where they are made.
inline QDoubleSpinBox *doubleBox(double lo, double hi, int decimals, double step, QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(lo, hi);
    b->setDecimals(decimals);
    b->setSingleStep(step);
    return b;
}

inline QSpinBox *intBox(int lo, int hi, QWidget *parent)
{
    auto *b = new QSpinBox(parent);
    b->setRange(lo, hi);
    return b;
}

} // namespace dijkgraaf
