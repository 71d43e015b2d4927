#include "pdfreport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace dijkgraaf {

namespace {

// Keeps each table on one page with the heading above it: where a table shorter than a page
// would cross a page boundary, the heading before it (or the table itself) starts a new page.
// The layout is the one QTextDocument::print makes for a document without a page size (the
// printer's page, a 2 cm margin), so the breaks fall where they are computed.
void keepTablesWithTheirHeadings(QTextDocument &doc, QPdfWriter &writer)
{
    std::unique_ptr<QTextDocument> probe(doc.clone());
    probe->documentLayout()->setPaintDevice(&writer);
    QTextFrameFormat root = probe->rootFrame()->frameFormat();
    // print() gives 2 cm at the source's resolution and scales it to the printer's
    const QPaintDevice *source = doc.documentLayout()->paintDevice();
    root.setMargin(std::round((2 / 2.54) * (source ? source->logicalDpiY() : 96)));
    probe->rootFrame()->setFrameFormat(root);
    probe->setPageSize(QSizeF(writer.width(), writer.height()));
    const double page = probe->pageSize().height();
    std::vector<QTextTable *> tables;
    for (QTextFrame *f : probe->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            tables.push_back(t);
    for (QTextTable *t : tables) {
        const QRectF box = probe->documentLayout()->frameBoundingRect(t);
        // the heading: the block just before the table, if it is one line of bold or a heading
        QTextBlock before = probe->findBlock(t->firstPosition() - 1);
        if (before.isValid() && before.position() >= t->firstPosition())
            before = QTextBlock();
        const bool heading = before.isValid() && before.length() < 200 &&
                             (before.blockFormat().headingLevel() > 0 || before.text().endsWith(':') ||
                              (before.begin() != before.end() && before.begin().fragment().charFormat().fontWeight() >= QFont::Bold));
        const double top = heading ? probe->documentLayout()->blockBoundingRect(before).top() : box.top();
        if (box.bottom() - top >= page || std::floor(top / page) == std::floor((box.bottom() - 1) / page))
            continue;
        // the same block in both documents: by its position
        const int position = heading ? before.position() : t->firstPosition() - 1;
        for (QTextDocument *d : {probe.get(), &doc}) {
            QTextCursor c(d->findBlock(position));
            QTextBlockFormat format = c.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            c.setBlockFormat(format);
        }
    }
}

} // namespace

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
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        doc.setDefaultStyleSheet(QStringLiteral(
            "body { font-family: sans-serif; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } "
            "h3 { font-size: 11pt; } .meta { color: #555555; }"));
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.setHtml(QString::fromUtf8(html));
        keepTablesWithTheirHeadings(doc, writer);
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
