#pragma once

#include "model/result.h"
#include "publish/approval.h"

#include <QByteArray>

namespace dijkgraaf {

// The report as PDF, typeset from its HTML by Qt's rich-text engine on A4 pages. Needs a
// QGuiApplication (the command line starts one on the offscreen platform).
Result<QByteArray> reportPdf(const QByteArray &html, const QString &title);

// report.pdf, for the files of an approval.
ExtraFiles pdfReportFile();

} // namespace dijkgraaf
