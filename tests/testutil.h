#pragma once

#include "io/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

namespace dijkgraaf::test {

// Files written for one test case, removed with it.
class Scratch
{
public:
    // Writes bytes to a new file and returns its path.
    std::string write(const QByteArray &bytes, const QString &name = {})
    {
        const QString path =
            m_dir.filePath(name.isEmpty() ? QString("file%1.csv").arg(++m_counter) : name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write test file %s", qPrintable(path));
        f.write(bytes);
        return path.toStdString();
    }

    // Imports CSV text that the test expects to be valid.
    Dataset read(const QByteArray &text)
    {
        auto r = readCsv(write(text));
        if (!r.ok())
            qFatal("%s", r.error().text().c_str());
        return std::move(*r);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

// Time bounds a test checks, stretched under the sanitizers (which run several times slower).
#ifdef DIJKGRAAF_SANITIZED
inline constexpr int kTimeScale = 5;
#else
inline constexpr int kTimeScale = 1;
#endif

inline std::string dataPath(const std::string &name)
{
    return std::string(DIJKGRAAF_TEST_DATA) + "/" + name;
}

} // namespace dijkgraaf::test
