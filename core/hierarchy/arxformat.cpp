#include "arxformat.h"

#include "io/postgres.h"

#include "io/csvreader.h"
#include "io/wholefile.h"

#include <QDir>
#include <QFileInfo>

namespace dijkgraaf {

Result<Hierarchy> readArxHierarchy(const std::string &path)
{
    auto rows = readCsvRecords(path, ';');
    if (!rows)
        return rows.error();
    auto h = Hierarchy::fromRows(*rows);
    if (!h) {
        Error e = h.error();
        e.file = path;
        return e;
    }
    return h;
}

Result<bool> writeArxHierarchy(const Hierarchy &hierarchy, const std::string &path)
{
    std::string text;
    for (const auto &row : hierarchy.toRows()) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                text += ';';
            const std::string &v = row[i];
            if (v.find_first_of(";\"\r\n") != std::string::npos) {
                text += '"';
                for (char c : v) {
                    if (c == '"')
                        text += '"';
                    text += c;
                }
                text += '"';
            } else {
                text += v;
            }
        }
        text += '\n';
    }
    return writeWholeFile(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
}

std::string arxHierarchyPath(const std::string &directory, const std::string &dataPath,
                             const std::string &attribute)
{
    // data in a database: named after its table
    const QString base = isPostgresUrl(dataPath)
                             ? QString::fromStdString(postgresRowsName(dataPath))
                             : QFileInfo(QString::fromStdString(dataPath)).completeBaseName();
    return (QString::fromStdString(directory) + "/" + base + "_hierarchy_" +
            QString::fromStdString(attribute) + ".csv")
        .toStdString();
}

std::string findArxHierarchyFile(const std::string &directory, const std::string &dataPath,
                                 const std::string &attribute)
{
    const std::string exact = arxHierarchyPath(directory, dataPath, attribute);
    if (QFileInfo(QString::fromStdString(exact)).isFile())
        return exact;
    const QDir dir(QString::fromStdString(directory));
    const QString suffix =
        QStringLiteral("_hierarchy_") + QString::fromStdString(attribute) + QStringLiteral(".csv");
    QStringList found;
    for (const QString &name : dir.entryList(QDir::Files))
        if (name.endsWith(suffix) && name.size() > suffix.size())
            found << name;
    return found.size() == 1 ? dir.filePath(found.front()).toStdString() : std::string();
}

} // namespace dijkgraaf
