#include "errortext.h"

#include <QCoreApplication>

namespace dijkgraaf {

QString errorMessage(const Error &error)
{
    if (!error.format)
        return QString::fromStdString(error.message);
    std::vector<std::string> args;
    for (const ErrorArg &a : error.args)
        args.push_back(a.error  ? errorMessage(*a.error).toStdString()
                       : a.word ? QCoreApplication::translate("Errors", a.text.c_str()).toStdString()
                                : a.text);
    const QString format = QCoreApplication::translate("Errors", error.format);
    return QString::fromStdString(fillArguments(format.toStdString(), args));
}

QString errorText(const Error &error)
{
    QStringList where;
    if (!error.file.empty())
        where << QString::fromStdString(error.file);
    if (error.line > 0)
        where << QCoreApplication::translate("Errors", "line %1").arg(error.line);
    if (!error.column.empty())
        where << QCoreApplication::translate("Errors", "column '%1'")
                     .arg(QString::fromStdString(error.column));
    const QString message = errorMessage(error);
    return where.isEmpty() ? message
                           : QCoreApplication::translate("Errors", "%1: %2")
                                 .arg(where.join(QStringLiteral(", ")), message);
}

} // namespace dijkgraaf
