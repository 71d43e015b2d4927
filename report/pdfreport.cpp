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

#include <algorithm>
#include <cmath>
#include <memory>

namespace dijkgraaf {

namespace {

// Keeps each table on one page with the heading above it: where a table shorter than a page
// would cross a page boundary, the heading before it (or the table itself) starts a new page.
// The layout is the one QTextDocument::print makes for a document without a page size (the
// printer's page, a 2 cm margin), so the breaks fall where they are computed.
std::unique_ptr<QTextDocument> keepTablesWithTheirHeadings(QTextDocument &doc, QPdfWriter &writer)
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
    return probe;
}

// Keeps each heading with the paragraph after it: where a heading would end its page and the
// paragraph's first line start the next, the heading starts the next page. Runs after the
// tables' breaks, on the layout they give (a heading before a table is theirs).
void keepHeadingsWithTheirText(QTextDocument &doc, QTextDocument &probe)
{
    const double page = probe.pageSize().height();
    QAbstractTextDocumentLayout *layout = probe.documentLayout();
    // the root frame's margin is in the source's pixels, scaled to the device's when laid out
    const QPaintDevice *device = layout->paintDevice();
    const double bottomMargin = probe.rootFrame()->frameFormat().bottomMargin() *
                                (device ? device->logicalDpiY() : 96) / 96.0;
    // the headings followed by a paragraph (not a table), by their positions and the
    // paragraph's
    std::vector<std::pair<int, int>> pairs;
    for (QTextFrame::iterator it = probe.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock heading = it.currentBlock();
        // a heading, or a chart's title: one short paragraph in bold
        const bool bold = heading.isValid() && heading.length() < 200 && heading.begin() != heading.end() &&
                          heading.begin().fragment().charFormat().fontWeight() >= QFont::Bold;
        if (!heading.isValid() || (heading.blockFormat().headingLevel() == 0 && !bold))
            continue;
        QTextFrame::iterator next = it;
        ++next;
        if (!next.atEnd() && !next.currentFrame() && next.currentBlock().isValid())
            pairs.emplace_back(heading.position(), next.currentBlock().position());
    }
    // in order, each on the layout the breaks before it give
    for (const auto &[headingAt, textAt] : pairs) {
        const QTextBlock heading = probe.findBlock(headingAt);
        const QTextBlock text = probe.findBlock(textAt);
        // a block's lines are placed relative to its layout's position, a line that would
        // cross the page's end moved down to the next
        layout->blockBoundingRect(text); // lays out the document up to there
        if (!heading.layout() || heading.layout()->lineCount() == 0 || !text.layout() ||
            text.layout()->lineCount() == 0)
            continue;
        const double headingTop = heading.layout()->position().y() + heading.layout()->lineAt(0).y();
        const QTextLine first = text.layout()->lineAt(0);
        const double textBottom = text.layout()->position().y() + first.y() + first.height();
        // the heading's page ends at its bottom margin; the paragraph's first line (or image)
        // must fit above it with a line of room (Qt moves a line that comes close)
        const double pageEnd = (std::floor(headingTop / page) + 1) * page - bottomMargin;
        if (textBottom + heading.layout()->lineAt(0).height() <= pageEnd)
            continue;
        for (QTextDocument *d : {&probe, &doc}) {
            QTextCursor c(d->findBlock(headingAt));
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
        const auto probe = keepTablesWithTheirHeadings(doc, writer);
        keepHeadingsWithTheirText(doc, *probe);
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error{"the PDF report could not be written"};
    return bytes;
}

ExtraFiles pdfReportFile()
{
    return [](const std::vector<Release> &tables, const ReleaseMetadata &m, const ApprovalInfo &info,
              const std::vector<OutputFile> &made) -> Result<std::vector<OutputFile>> {
        // the HTML report of the release, typeset; made here only where it was not made yet
        const auto html = std::find_if(made.begin(), made.end(),
                                       [](const OutputFile &f) { return f.name == "report.html"; });
        auto pdf = reportPdf(html != made.end() ? html->bytes : reportHtml(tables, m, info),
                             QString::fromStdString(m.title));
        if (!pdf)
            return pdf.error();
        return std::vector<OutputFile>{{"report.pdf", *pdf}};
    };
}

} // namespace dijkgraaf
