#pragma once

#include "publish/protection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QSpinBox>
#include <QStackedWidget>

#include <functional>

namespace dijkgraaf {

// How one table is protected, as the Publish view edits it: the method (table rules,
// differential privacy, the cell-key method) and the settings of each. It shows a table's
// settings and says what the steward changed; the view makes that an undoable edit.
class ProtectionEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProtectionEditor(QWidget *parent = nullptr);

    // The settings of a table; subjects: whether the data has a subject column, without which
    // the bounds per privacy unit do not apply.
    void show(const ProtectionSettings &settings, bool subjects);

    // which part of the settings an edit changed: edits of one part in a row merge into one
    // undo step
    enum class Part { Method, Rules, CellKey, Noise };

    QComboBox *methodBox() const { return m_method; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QComboBox *mechanismBox() const { return m_mechanism; }
    QDoubleSpinBox *privacyBox() const { return m_privacy; }

signals:
    void edited(std::function<void(ProtectionSettings &)> change, QString text, Part part);

private:
    QComboBox *m_method;
    QStackedWidget *m_methodPages;
    QSpinBox *m_threshold;
    QCheckBox *m_dominance;
    QSpinBox *m_dominanceN;
    QDoubleSpinBox *m_dominanceK;
    QCheckBox *m_pRule;
    QDoubleSpinBox *m_p;
    QComboBox *m_rounding;
    QSpinBox *m_protection; // the range demanded of a small cell (0: from 1 to the threshold)
    QComboBox *m_mechanism;
    QDoubleSpinBox *m_privacy;
    QComboBox *m_unit;
    QSpinBox *m_keyDeviation;
    QDoubleSpinBox *m_keyVariance;
    QSpinBox *m_keySmall;
    QDoubleSpinBox *m_keyPercent;
    QSpinBox *m_maxCells;
    QSpinBox *m_maxRows;
    QSpinBox *m_suppressBelow;
};

} // namespace dijkgraaf
