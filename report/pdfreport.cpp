#include "pdfreport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dijkgraaf {

Result<QByteArray> reportPdf(const QByteArray &html, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{"the PDF report needs the graphical part of Qt, which is not running"};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Dijkgraaf"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        doc.setDefaultStyleSheet(QStringLiteral(
            "body { font-family: sans-serif; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } "
            "h3 { font-size: 11pt; } .meta { color: #555555; }"));
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.setHtml(QString::fromUtf8(html));
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error{"the PDF report could not be written"};
    return bytes;
}

ExtraFiles pdfReportFile()
{
    return [](const std::vector<Release> &tables, const ReleaseMetadata &m,
              const ApprovalInfo &info) -> Result<std::vector<OutputFile>> {
        auto pdf = reportPdf(reportHtml(tables, m, info), QString::fromStdString(m.title));
        if (!pdf)
            return pdf.error();
        return std::vector<OutputFile>{{"report.pdf", *pdf}};
    };
}

} // namespace dijkgraaf
