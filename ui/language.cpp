#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dijkgraaf {

namespace {
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QString effectiveLanguage(const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("nl"))
        return code;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

void applyLanguage(const QString &code)
{
    const QString language = effectiveLanguage(code);
    bool removed = false;
    for (QTranslator **t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
            removed = true;
        }
    }
    if (language == QLatin1String("nl")) {
        // the locale first: installing a translator rebuilds the widgets at once
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        g_ours = new QTranslator;
        if (g_ours->load(QStringLiteral(":/i18n/dijkgraaf_nl.qm")))
            QCoreApplication::installTranslator(g_ours);
        g_qt = new QTranslator;
        if (g_qt->load(QStringLiteral("qtbase_nl"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (!removed) {
            // nothing installed or removed: the widgets still have to hear of the new locale
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        }
    }
}

} // namespace dijkgraaf
