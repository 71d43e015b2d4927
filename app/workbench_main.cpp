#include "appearance.h"
#include "language.h"
#include "mainwindow.h"
#include "pdfreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dijkgraaf"));
    QApplication::setOrganizationName(QStringLiteral("Dijkgraaf"));
    QApplication::setApplicationVersion(QStringLiteral(DIJKGRAAF_VERSION));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/dijkgraaf.svg"))); // every dialog's too

    dijkgraaf::applyLanguage(QSettings().value(QStringLiteral("language")).toString());
    dijkgraaf::applyColorScheme(QSettings().value(QStringLiteral("appearance")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The Dijkgraaf workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"),
                            QApplication::translate("main", "Open the demo customers."));
    parser.addOption(demo);
    QCommandLineOption events(QStringLiteral("demo-events"),
                              QApplication::translate("main", "Open the demo phone events."));
    parser.addOption(events);
    parser.addPositionalArgument(QStringLiteral("data"),
                                 QApplication::translate("main", "A CSV file to open."));
    parser.process(app);

    dijkgraaf::MainWindow window;
    window.setExtraFiles(dijkgraaf::pdfReportFile()); // every approval carries report.pdf
    window.show();
    // the work of a window that ended without closing comes first
    const bool recovered = window.offerRecovery();
    if (!recovered && parser.isSet(demo))
        window.openDemo();
    else if (!recovered && parser.isSet(events))
        window.openEventsDemo();
    else if (!recovered && !parser.positionalArguments().isEmpty())
        window.openData(parser.positionalArguments().constFirst());
    return app.exec();
}
