#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dijkgraaf {

namespace {

// The palette and style the application started with, before any choice replaced them.
struct Original
{
    QPalette palette;
    QString style;
};

// Dark: a window colour darker than mid-grey.
bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

Original &original()
{
    static Original o{QApplication::palette(), QApplication::style()->name()};
    return o;
}

bool systemPrefersDark()
{
    if (isDark(original().palette))
        return true; // the platform gives a dark palette of its own
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    return qEnvironmentVariable("GTK_THEME").endsWith(QStringLiteral(":dark"));
#endif
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7e, 0xc6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void applyColorScheme(const QString &choice)
{
    original(); // remembered before the first change
    QString scheme = qEnvironmentVariable("DIJKGRAAF_COLOR_SCHEME");
    if (scheme != QLatin1String("light") && scheme != QLatin1String("dark"))
        scheme = choice;
    const bool dark = scheme == QLatin1String("dark") ||
                      (scheme != QLatin1String("light") && systemPrefersDark());
    const bool platformDark = isDark(original().palette);
    if (dark && !platformDark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (!dark && platformDark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        // the platform's own look, as the application started
        if (QApplication::style()->name().compare(original().style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(original().style));
        if (QApplication::palette() != original().palette)
            QApplication::setPalette(original().palette);
    }
}

bool isDarkPalette()
{
    return isDark(QApplication::palette());
}

} // namespace dijkgraaf
