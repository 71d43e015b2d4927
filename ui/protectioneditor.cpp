#include "protectioneditor.h"

#include "numberboxes.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dijkgraaf {

ProtectionEditor::ProtectionEditor(QWidget *parent) : QGroupBox(tr("Protection"), parent)
{
    auto *protection = new QVBoxLayout(this);
    m_method = new QComboBox(this);
    m_method->addItems({tr("Table rules (threshold, dominance, secondary suppression)"),
                        tr("Differential privacy (noise)"),
                        tr("Cell key (the same perturbation in every release)")});
    protection->addWidget(m_method);
    m_methodPages = new QStackedWidget(this);
    auto *rules = new QWidget(m_methodPages);
    auto *rulesForm = new QFormLayout(rules);
    m_threshold = intBox(1, 1000, rules);
    rulesForm->addRow(tr("No count below"), m_threshold);
    auto *dominanceRow = new QHBoxLayout;
    m_dominance = new QCheckBox(tr("(n, k) dominance on sums:"), rules);
    m_dominanceN = intBox(1, 3, rules);
    m_dominanceK = doubleBox(1, 100, 0, 5, rules);
    m_dominanceK->setSuffix(QStringLiteral(" %"));
    dominanceRow->addWidget(m_dominance);
    dominanceRow->addWidget(m_dominanceN);
    dominanceRow->addWidget(m_dominanceK);
    rulesForm->addRow(dominanceRow);
    auto *pRow = new QHBoxLayout;
    m_pRule = new QCheckBox(tr("p% rule on sums:"), rules);
    m_p = doubleBox(1, 100, 0, 5, rules);
    m_p->setSuffix(QStringLiteral(" %"));
    pRow->addWidget(m_pRule);
    pRow->addWidget(m_p);
    rulesForm->addRow(pRow);
    m_rounding = new QComboBox(rules);
    m_rounding->addItems(
        {tr("none"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("10")});
    rulesForm->addRow(tr("Round counts to"), m_rounding);
    m_protection = intBox(0, 1000, rules);
    m_protection->setSpecialValueText(tr("from 1 to the threshold"));
    m_protection->setSuffix(tr(" either side"));
    m_protection->setToolTip(
        tr("What the audit demands of a cell below the threshold, for an attacker who knows "
           "everything published: by default it must remain anywhere from 1 to the threshold, "
           "so that it cannot be told from a safe cell. A narrower range (this many records "
           "either side) is stated in the report."));
    rulesForm->addRow(tr("Small cells uncertain"), m_protection);
    auto *noise = new QWidget(m_methodPages);
    auto *noiseForm = new QFormLayout(noise);
    m_mechanism = new QComboBox(noise);
    m_mechanism->addItems({tr("Discrete Laplace (epsilon)"), tr("Discrete Gaussian (rho, zCDP)")});
    noiseForm->addRow(tr("Noise"), m_mechanism);
    m_privacy = doubleBox(0.001, 100, 3, 0.05, noise);
    noiseForm->addRow(tr("Privacy loss of this table"), m_privacy);
    m_unit = new QComboBox(noise);
    m_unit->addItems({tr("a person"), tr("a person on one day"), tr("a person in one week")});
    m_unit->setToolTip(tr("What the guarantee protects. Mobility releases protect a person-day "
                          "or a person-week; the bounds below then hold per day or per week, "
                          "taken from the table's time dimension."));
    noiseForm->addRow(tr("Privacy unit"), m_unit);
    m_maxCells = intBox(1, 1000, noise);
    noiseForm->addRow(tr("Cells per unit at most"), m_maxCells);
    m_maxRows = intBox(1, 1000, noise);
    noiseForm->addRow(tr("Rows per unit per cell at most"), m_maxRows);
    m_suppressBelow = intBox(0, 1000, noise);
    m_suppressBelow->setSpecialValueText(tr("none"));
    noiseForm->addRow(tr("Hide noisy counts below"), m_suppressBelow);
    auto *cellKey = new QWidget(m_methodPages);
    auto *cellKeyForm = new QFormLayout(cellKey);
    m_keyDeviation = intBox(1, 100, cellKey);
    m_keyDeviation->setToolTip(tr("The most a count may move"));
    cellKeyForm->addRow(tr("Largest change of a count"), m_keyDeviation);
    m_keyVariance = doubleBox(0.1, 10000, 2, 0.5, cellKey);
    cellKeyForm->addRow(tr("Variance of the change"), m_keyVariance);
    m_keySmall = intBox(0, 101, cellKey);
    m_keySmall->setSpecialValueText(tr("none"));
    m_keySmall->setToolTip(tr("Counts from 1 up to this one less are never published: they "
                              "become 0 or this value and more"));
    cellKeyForm->addRow(tr("Smallest count published"), m_keySmall);
    m_keyPercent = doubleBox(0.1, 100, 1, 1, cellKey);
    m_keyPercent->setSuffix(QStringLiteral(" %"));
    m_keyPercent->setToolTip(tr("A sum moves by up to this share of its largest contribution "
                                "(and by at least a quarter of it), so that no contributor can be "
                                "read off"));
    cellKeyForm->addRow(tr("Largest change of a sum"), m_keyPercent);
    auto *keyNote = new QLabel(tr("Each record carries a key kept in the project; a cell's count "
                                  "moves by what the perturbation table gives at the sum of its "
                                  "records' keys, so the same records give the same count in "
                                  "every release. A sum moves by a share of its largest "
                                  "contribution, read at the same key."),
                               cellKey);
    keyNote->setWordWrap(true);
    cellKeyForm->addRow(keyNote);
    m_methodPages->addWidget(rules);
    m_methodPages->addWidget(noise);
    m_methodPages->addWidget(cellKey);
    protection->addWidget(m_methodPages);


    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_methodPages->setCurrentIndex(i);
        emit edited(
            [i](ProtectionSettings &p) {
                p.kind = i == 1   ? ProtectionSettings::Kind::DifferentialPrivacy
                         : i == 2 ? ProtectionSettings::Kind::CellKey
                                  : ProtectionSettings::Kind::Rules;
            },
            i == 1   ? tr("Protect with noise")
            : i == 2 ? tr("Protect with the cell-key method")
                     : tr("Protect with table rules"),
            Part::Method);
    });
    auto keyEdit = [this](auto widgetSignal, auto *widget, auto apply) {
        connect(widget, widgetSignal, this, [this, apply](auto value) {
            emit edited([apply, value](ProtectionSettings &p) { apply(p.cellKey, value); },
                        tr("Change the cell-key perturbation"), Part::CellKey);
        });
    };
    keyEdit(&QSpinBox::valueChanged, m_keyDeviation, [](CellKeySettings &k, int v) { k.maxDeviation = v; });
    keyEdit(&QDoubleSpinBox::valueChanged, m_keyVariance, [](CellKeySettings &k, double v) { k.variance = v; });
    keyEdit(&QSpinBox::valueChanged, m_keySmall, [](CellKeySettings &k, int v) { k.smallBelow = v; });
    keyEdit(&QDoubleSpinBox::valueChanged, m_keyPercent, [](CellKeySettings &k, double v) { k.percent = v; });
    auto rulesEdit = [this](auto widgetSignal, auto *widget, auto apply) {
        connect(widget, widgetSignal, this, [this, apply](auto value) {
            emit edited([apply, value](ProtectionSettings &p) { apply(p.rules, value); },
                        tr("Change the table rules"), Part::Rules);
        });
    };
    rulesEdit(&QSpinBox::valueChanged, m_threshold,
              [](TableRules &r, int v) { r.threshold = static_cast<std::uint64_t>(v); });
    rulesEdit(&QCheckBox::toggled, m_dominance, [](TableRules &r, bool v) { r.dominance = v; });
    rulesEdit(&QSpinBox::valueChanged, m_dominanceN,
              [](TableRules &r, int v) { r.dominanceN = v; });
    rulesEdit(&QDoubleSpinBox::valueChanged, m_dominanceK,
              [](TableRules &r, double v) { r.dominanceK = v; });
    rulesEdit(&QCheckBox::toggled, m_pRule, [](TableRules &r, bool v) { r.pPercent = v; });
    rulesEdit(&QDoubleSpinBox::valueChanged, m_p, [](TableRules &r, double v) { r.p = v; });
    rulesEdit(&QComboBox::currentIndexChanged, m_rounding, [](TableRules &r, int i) {
        r.roundingBase = i == 0 ? 0 : (i == 1 ? 3 : i == 2 ? 5 : 10);
    });
    rulesEdit(&QSpinBox::valueChanged, m_protection,
              [](TableRules &r, int v) { r.thresholdRange = static_cast<std::uint64_t>(v); });
    auto noiseEdit = [this](auto widgetSignal, auto *widget, auto apply) {
        connect(widget, widgetSignal, this, [this, apply](auto value) {
            emit edited([apply, value](ProtectionSettings &p) { apply(p.dp, value); },
                        tr("Change the noise"), Part::Noise);
        });
    };
    noiseEdit(&QComboBox::currentIndexChanged, m_mechanism, [](DpSettings &d, int i) {
        d.mechanism = i == 1 ? DpSettings::Mechanism::Gaussian : DpSettings::Mechanism::Laplace;
    });
    noiseEdit(&QDoubleSpinBox::valueChanged, m_privacy, [](DpSettings &d, double v) {
        (d.mechanism == DpSettings::Mechanism::Laplace ? d.epsilon : d.rho) = v;
    });
    noiseEdit(&QComboBox::currentIndexChanged, m_unit, [](DpSettings &d, int i) {
        d.bounds.unit = i == 1   ? ContributionBounds::Unit::PersonDay
                        : i == 2 ? ContributionBounds::Unit::PersonWeek
                                 : ContributionBounds::Unit::Person;
    });
    noiseEdit(&QSpinBox::valueChanged, m_maxCells,
              [](DpSettings &d, int v) { d.bounds.maxCells = static_cast<std::uint32_t>(v); });
    noiseEdit(&QSpinBox::valueChanged, m_maxRows, [](DpSettings &d, int v) {
        d.bounds.maxRowsPerCell = static_cast<std::uint32_t>(v);
    });
    noiseEdit(&QSpinBox::valueChanged, m_suppressBelow,
              [](DpSettings &d, int v) { d.suppressBelow = static_cast<std::uint64_t>(v); });
}

void ProtectionEditor::show(const ProtectionSettings &p, bool subjects)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_method),     QSignalBlocker(m_threshold),    QSignalBlocker(m_dominance),
        QSignalBlocker(m_dominanceN), QSignalBlocker(m_dominanceK),   QSignalBlocker(m_pRule),
        QSignalBlocker(m_p),          QSignalBlocker(m_rounding),     QSignalBlocker(m_protection),
        QSignalBlocker(m_mechanism),  QSignalBlocker(m_privacy),      QSignalBlocker(m_unit),
        QSignalBlocker(m_keyDeviation), QSignalBlocker(m_keyVariance), QSignalBlocker(m_keySmall),
        QSignalBlocker(m_keyPercent), QSignalBlocker(m_maxCells),     QSignalBlocker(m_maxRows),
        QSignalBlocker(m_suppressBelow)};
    const bool noisy = p.kind == ProtectionSettings::Kind::DifferentialPrivacy;
    const int method = noisy ? 1 : p.kind == ProtectionSettings::Kind::CellKey ? 2 : 0;
    m_method->setCurrentIndex(method);
    m_methodPages->setCurrentIndex(method);
    m_keyDeviation->setValue(p.cellKey.maxDeviation);
    m_keyVariance->setValue(p.cellKey.variance);
    m_keySmall->setValue(p.cellKey.smallBelow);
    m_keyPercent->setValue(p.cellKey.percent);
    const TableRules &r = p.rules;
    m_threshold->setValue(static_cast<int>(r.threshold));
    m_dominance->setChecked(r.dominance);
    m_dominanceN->setValue(r.dominanceN);
    m_dominanceK->setValue(r.dominanceK);
    m_pRule->setChecked(r.pPercent);
    m_p->setValue(r.p);
    m_rounding->setCurrentIndex(r.roundingBase == 3    ? 1
                                : r.roundingBase == 5  ? 2
                                : r.roundingBase == 10 ? 3
                                                       : 0);
    m_protection->setValue(static_cast<int>(r.thresholdRange));
    const DpSettings &d = p.dp;
    const bool laplace = d.mechanism == DpSettings::Mechanism::Laplace;
    m_mechanism->setCurrentIndex(laplace ? 0 : 1);
    m_privacy->setPrefix(laplace ? QStringLiteral("ε = ") : QStringLiteral("ρ = "));
    m_privacy->setValue(laplace ? d.epsilon : d.rho);
    m_unit->setCurrentIndex(d.bounds.unit == ContributionBounds::Unit::PersonDay    ? 1
                            : d.bounds.unit == ContributionBounds::Unit::PersonWeek ? 2
                                                                                    : 0);
    m_maxCells->setValue(static_cast<int>(d.bounds.maxCells));
    m_maxRows->setValue(static_cast<int>(d.bounds.maxRowsPerCell));
    m_suppressBelow->setValue(static_cast<int>(d.suppressBelow));
    m_maxCells->setEnabled(subjects);
    m_unit->setEnabled(subjects);
    m_maxRows->setEnabled(subjects);
}

} // namespace dijkgraaf
