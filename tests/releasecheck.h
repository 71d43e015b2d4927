#pragma once

// The metadata of every release a test binary makes, read the way an open-data portal and a
// Frictionless tool read it. collectRelease() keeps a copy of each release's files;
// checkCollectedReleases(), called from cleanupTestCase(), runs the SHACL validator with the
// DCAT-AP 3.0.1 shapes (tests/data/dcat-ap-3.0.1) on every dcat.jsonld and the Data Package
// validator (the published profiles 1.0 and 2.0 in tests/data/datapackage, and the
// Frictionless library reading every row) on every folder. The validators are Node.js
// programs in tests/metadata, installed by scripts/install-deps.sh; the product never needs them.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace dijkgraaf::test {

inline QTemporaryDir &collectedReleases()
{
    static QTemporaryDir dir;
    // kept for a look when DIJKGRAAF_KEEP_RELEASES is set
    dir.setAutoRemove(!qEnvironmentVariableIsSet("DIJKGRAAF_KEEP_RELEASES"));
    return dir;
}

inline int &collectedReleaseCount()
{
    static int count = 0;
    return count;
}

inline QString nextCollectedFolder()
{
    const QString folder = collectedReleases().filePath(
        QString("release-%1").arg(++collectedReleaseCount(), 4, 10, QChar('0')));
    QDir().mkpath(folder);
    return folder;
}

// A release as files in memory (anything with a name and bytes: dijkgraaf::OutputFile).
template <typename Files>
void collectRelease(const Files &files)
{
    const QString folder = nextCollectedFolder();
    for (const auto &f : files) {
        QFile out(QDir(folder).filePath(QString::fromStdString(f.name)));
        if (out.open(QIODevice::WriteOnly))
            out.write(f.bytes);
    }
}

// A release written into a folder.
inline void collectReleaseFolder(const QString &from)
{
    const QString folder = nextCollectedFolder();
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(folder).filePath(name));
}

// "" when every release collected so far validates (or there was none), else what failed.
inline QString checkCollectedReleases()
{
    if (collectedReleaseCount() == 0)
        return {};
    const QString data = QStringLiteral(DIJKGRAAF_TEST_DATA);
    const QString tools = QDir(data).filePath("../metadata");
    const QString node = QStandardPaths::findExecutable("node");
    if (node.isEmpty() || !QFileInfo::exists(tools + "/node_modules/rdf-validate-shacl"))
        return "the metadata validators are not installed (Node.js and the packages of "
               "tests/metadata): run scripts/install-deps.sh";
    const QDir root(collectedReleases().path());
    QStringList folders, catalogues;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        folders << root.filePath(name);
        const QString dcat = root.filePath(name + "/dcat.jsonld");
        if (QFileInfo::exists(dcat))
            catalogues << dcat;
    }
    auto run = [&](const QStringList &args) -> QString {
        QProcess p;
        p.setWorkingDirectory(tools);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(node, args);
        if (!p.waitForFinished(600000))
            return "the validator did not finish: " + args.join(' ');
        const QString out = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : out;
    };
    QString problems;
    if (catalogues.size() != folders.size())
        problems += QString("%1 of %2 releases have no dcat.jsonld\n")
                        .arg(folders.size() - catalogues.size())
                        .arg(folders.size());
    problems += run(QStringList{"shacl.mjs", data + "/dcat-ap-3.0.1/shapes.ttl",
                                data + "/dcat-ap-3.0.1/range.ttl", "--data"} +
                    catalogues);
    problems += run(QStringList{"datapackage.mjs", data + "/datapackage"} + folders);
    qInfo("the metadata of %d releases checked against DCAT-AP 3.0.1 and Data Package 1.0 and 2.0: %s",
          int(folders.size()), problems.isEmpty() ? "valid" : "problems");
    return problems;
}

} // namespace dijkgraaf::test
