#include "domaindialog.h"
#include "errortext.h"
#include "presentation.h"

#include "publish/publication.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QVBoxLayout>

namespace dijkgraaf {

DomainDialog::DomainDialog(const DimensionSpec &dimension, std::vector<std::string> fileLevels,
                           QWidget *parent)
    : QDialog(parent), m_dimension(dimension), m_source(dimension.domain.source)
{
    setWindowTitle(tr("Categories of %1").arg(QString::fromStdString(dimension.column)));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(
        tr("Under differential privacy every category of a dimension is declared, never read "
           "from the data: one person with a category no one else has would otherwise add its "
           "cells to the release, and show that she is in the data whatever the noise. Records "
           "outside the declared categories are left out; the preview tells you how many."),
        this);
    why->setWordWrap(true);
    layout->addWidget(why);
    const bool time = dimension.bucket != TimeBucket::None;
    if (time) {
        auto *form = new QFormLayout;
        m_from = new QLineEdit(QString::fromStdString(dimension.domain.from), this);
        m_to = new QLineEdit(QString::fromStdString(dimension.domain.to), this);
        m_from->setPlaceholderText(QStringLiteral("2026-03-02T00:00"));
        m_to->setPlaceholderText(QStringLiteral("2026-03-08T23:00"));
        form->addRow(tr("&First moment:"), m_from);
        form->addRow(tr("&Last moment:"), m_to);
        layout->addLayout(form);
        auto *hint = new QLabel(tr("Every %1 from the first to the last moment gets its cells, "
                                   "both included.")
                                    .arg(QString::fromUtf8(timeBucketName(dimension.bucket).data())),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    } else {
        auto *label = new QLabel(tr("One category per &line:"), this);
        layout->addWidget(label);
        m_labels = new QPlainTextEdit(this);
        label->setBuddy(m_labels);
        std::string text;
        for (const auto &l : dimension.domain.labels)
            text += l + '\n';
        m_labels->setPlainText(QString::fromStdString(text));
        m_labels->setMinimumHeight(220);
        layout->addWidget(m_labels);
        auto *buttons = new QHBoxLayout;
        auto *load = new QPushButton(tr("Load a &code list…"), this);
        load->setToolTip(tr("A text file with one category per line, such as the municipalities "
                            "or countries of a public code list"));
        connect(load, &QPushButton::clicked, this, &DomainDialog::loadFile);
        buttons->addWidget(load);
        auto *fromHierarchy = new QPushButton(tr("From the &hierarchy file"), this);
        fromHierarchy->setEnabled(!fileLevels.empty());
        fromHierarchy->setToolTip(
            fileLevels.empty()
                ? tr("The column's hierarchy was not loaded from a file: its groups follow the data")
                : tr("The %1 groups of the hierarchy file at this level").arg(fileLevels.size()));
        connect(fromHierarchy, &QPushButton::clicked, this, [this, fileLevels] {
            std::string t;
            for (const auto &l : fileLevels)
                t += l + '\n';
            m_labels->setPlainText(QString::fromStdString(t));
            m_source = "the hierarchy file";
        });
        buttons->addWidget(fromHierarchy);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    // where nothing can be declared: the categories chosen from the data with noise
    m_select = new QCheckBox(tr("I cannot declare them: &select them from the data with noise"), this);
    m_select->setToolTip(
        tr("Partition selection: a category shows only where a noisy count of its people "
           "reaches a threshold, so that one held by a few people, or by one alone, almost never "
           "shows. It spends a share of the privacy budget of its own (the table's \"selection "
           "rho\"), and small categories are lost: declare them where you can."));
    m_select->setChecked(dimension.domain.select);
    layout->addWidget(m_select);
    auto enable = [this](bool select) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_labels, m_from, m_to})
            if (w)
                w->setEnabled(!select);
    };
    connect(m_select, &QCheckBox::toggled, this, enable);
    enable(dimension.domain.select);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(palette::errorText().name()));
    layout->addWidget(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &DomainDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(520, time ? 260 : 480);
}

Result<DeclaredDomain> DomainDialog::domain() const
{
    QJsonObject o;
    if (m_select->isChecked()) {
        DeclaredDomain d;
        d.select = true;
        d.source = "partition selection";
        return d;
    }
    if (m_from) {
        o["from"] = m_from->text().trimmed();
        o["to"] = m_to->text().trimmed();
        o["source"] = QStringLiteral("the steward's range");
    } else {
        QJsonArray labels;
        for (const QString &line : m_labels->toPlainText().split('\n'))
            if (!line.trimmed().isEmpty())
                labels.append(line.trimmed());
        o["labels"] = labels;
        o["source"] = QString::fromStdString(m_source.empty() ? "the steward's list" : m_source);
    }
    const std::string where = "the categories of '" + m_dimension.column + "'";
    auto d = declaredDomainFromJson(o, {}, where);
    if (!d)
        return d;
    // checked as a release would resolve it (a range in order, no label twice)
    DimensionSpec probe = m_dimension;
    probe.domain = *d;
    Dataset empty;
    Column c;
    c.name = m_dimension.column;
    empty.columns.push_back(c);
    if (auto r = resolveDimension(empty, probe, nullptr, &probe.domain); !r)
        return r.error();
    return d;
}

void DomainDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a code list"), {},
                                                      tr("Text and CSV files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto d = declaredDomainFromJson(QJsonObject{{"file", path}}, {}, "the code list");
    if (!d) {
        m_status->setText(errorText(d.error()));
        return;
    }
    std::string t;
    for (const auto &l : d->labels)
        t += l + '\n';
    m_labels->setPlainText(QString::fromStdString(t));
    m_source = d->source;
    m_status->clear();
}

void DomainDialog::accept()
{
    if (auto d = domain(); !d) {
        m_status->setText(errorMessage(d.error()));
        return;
    }
    QDialog::accept();
}

} // namespace dijkgraaf
