#include "welcomepage.h"

#include "sourcename.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dijkgraaf {

namespace recentfiles {

namespace {
constexpr int kMaxRecent = 8;
const QString kList = QStringLiteral("recentFiles");
QString verdictKey(const QString &path)
{
    return QStringLiteral("verdicts/") + QString::fromLatin1(path.toUtf8().toHex());
}
} // namespace

QStringList list()
{
    return QSettings().value(kList).toStringList();
}

void add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kList).toStringList();
    const QString absolute = sourceLocation(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kList, recent);
}

QString verdict(const QString &path)
{
    return QSettings().value(verdictKey(path)).toString();
}

void setVerdict(const QString &path, const QString &verdict)
{
    QSettings().setValue(verdictKey(path), verdict);
}

} // namespace recentfiles

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 60, 80, 60);
    auto *title = new QLabel(
        tr("<h1>Dijkgraaf</h1><p>See how identifiable your customers are, choose how far to "
           "generalize, and publish what is safe.</p>"),
        this);
    title->setWordWrap(true);
    auto *openButton = new QPushButton(tr("&Open a data file…"), this);
    auto *databaseButton = new QPushButton(tr("Import from a data&base…"), this);
    auto *demoButton = new QPushButton(tr("Try the &demo: 100,000 customers"), this);
    auto *eventsButton =
        new QPushButton(tr("Try the &phone events: 5,000 phones over a week"), this);
    for (QPushButton *button : {openButton, databaseButton, demoButton, eventsButton})
        button->setMinimumHeight(44);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(databaseButton, &QPushButton::clicked, this, &WelcomePage::databaseRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(eventsButton, &QPushButton::clicked, this, &WelcomePage::eventsDemoRequested);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent files"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(title);
    layout->addWidget(openButton);
    layout->addWidget(databaseButton);
    layout->addWidget(demoButton);
    layout->addWidget(eventsButton);
    layout->addSpacing(20);
    layout->addWidget(new QLabel(tr("<b>Recent files</b>"), this));
    layout->addWidget(m_recent, 1);
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString &path : recentfiles::list()) {
        const QString verdict = recentfiles::verdict(path);
        auto *item = new QListWidgetItem(
            verdict.isEmpty() ? path : tr("%1 — %2").arg(path, verdict), m_recent);
        item->setData(Qt::UserRole, path);
    }
}

} // namespace dijkgraaf
