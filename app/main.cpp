#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // approving typesets the PDF report, which needs Qt Gui: on the offscreen platform, so
    // that it runs without a display
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "approve") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // a headless session has no runtime folder; Qt's note about it tells a user nothing
        static QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
                    return;
                previous(type, context, message);
            });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName("dijkgraaf");
    QCoreApplication::setApplicationVersion(DIJKGRAAF_VERSION);
    std::vector<std::string> args;
    const QStringList all = QCoreApplication::arguments();
    for (qsizetype i = 1; i < all.size(); ++i)
        args.push_back(all[i].toStdString());
    return dijkgraaf::runCli(args);
}
