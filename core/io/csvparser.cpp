#include "csvparser.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace dijkgraaf {

namespace {

// Files a steward may pick by mistake, by their first bytes (a CSV file never starts so), and
// what to tell her.
const char *knownBinaryKind(std::string_view head)
{
    struct Signature
    {
        std::string_view bytes;
        const char *kind;
    };
    static constexpr Signature kSignatures[] = {
        {std::string_view("PK\x03\x04", 4),
         QT_TRANSLATE_NOOP("Errors", "this is a ZIP archive (an Excel .xlsx or OpenDocument .ods "
                                     "workbook is one), not a CSV file; save the data as CSV "
                                     "and import that")},
        {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
         QT_TRANSLATE_NOOP("Errors", "this is an old Excel workbook (.xls), not a CSV file; save "
                                     "the data as CSV and import that")},
        {std::string_view("SQLite format 3\0", 16),
         QT_TRANSLATE_NOOP("Errors", "this is an SQLite database (open it as a database source), "
                                     "not a CSV file; save the data as CSV and import that")},
        {"%PDF-", QT_TRANSLATE_NOOP("Errors", "this is a PDF document, not a CSV file; save the "
                                              "data as CSV and import that")},
        {"\x89PNG", QT_TRANSLATE_NOOP("Errors", "this is a PNG image, not a CSV file; save the "
                                                "data as CSV and import that")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("Errors", "this is a JPEG image, not a CSV file; save "
                                                     "the data as CSV and import that")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("Errors", "this is a gzip-compressed file (decompress it "
                                                  "first), not a CSV file; save the data as CSV "
                                                  "and import that")},
        {"PAR1", QT_TRANSLATE_NOOP("Errors", "this is a Parquet file, not a CSV file; save the "
                                            "data as CSV and import that")},
    };
    for (const Signature &s : kSignatures)
        if (head.substr(0, s.bytes.size()) == s.bytes)
            return s.kind;
    return nullptr;
}

// UTF-16 or UTF-32 saved without a byte order mark: ASCII text then has a zero byte beside
// nearly every character, at the same place in each unit.
const char *wideEncodingWithoutMark(std::string_view probe)
{
    const std::size_t n = std::min<std::size_t>(probe.size(), 4096) & ~std::size_t(3);
    if (n < 8)
        return nullptr;
    std::size_t zeros[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < n; ++i)
        zeros[i % 4] += probe[i] == '\0';
    const std::size_t units = n / 4;
    auto most = [&](std::size_t z) { return z * 10 >= units * 9; };
    auto few = [&](std::size_t z) { return z * 10 <= units; };
    if (most(zeros[1]) && most(zeros[2]) && most(zeros[3]) && few(zeros[0]))
        return "UTF-32 (little-endian)";
    if (most(zeros[0]) && most(zeros[1]) && most(zeros[2]) && few(zeros[3]))
        return "UTF-32 (big-endian)";
    if (most(zeros[1]) && most(zeros[3]) && few(zeros[0]) && few(zeros[2]))
        return "UTF-16 (little-endian)";
    if (most(zeros[0]) && most(zeros[2]) && few(zeros[1]) && few(zeros[3]))
        return "UTF-16 (big-endian)";
    return nullptr;
}

// Field counts of the first lines of sample when split at delim, honouring quotes.
std::vector<std::size_t> fieldCounts(std::string_view sample, char delim, std::size_t maxLines)
{
    std::vector<std::size_t> counts;
    std::size_t fields = 1;
    bool quoted = false;
    bool lineHasText = false;
    for (std::size_t i = 0; i < sample.size() && counts.size() < maxLines; ++i) {
        const char c = sample[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < sample.size() && sample[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            lineHasText = true;
        } else if (c == delim) {
            ++fields;
            lineHasText = true;
        } else if (c == '\n' || c == '\r') {
            if (lineHasText)
                counts.push_back(fields);
            fields = 1;
            lineHasText = false;
            if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                ++i;
        } else {
            lineHasText = true;
        }
    }
    return counts; // an unfinished last line is left out: the sample may have cut it
}

} // namespace

char CsvParser::detectDelimiter(std::string_view sample)
{
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    for (char d : candidates) {
        auto counts = fieldCounts(sample, d, 50);
        if (counts.empty()) {
            // a single line without an end: count that line
            std::size_t n =
                1 + static_cast<std::size_t>(std::count(sample.begin(), sample.end(), d));
            counts.push_back(n);
        }
        const std::size_t header = counts.front();
        if (header < 2)
            continue;
        const auto agree = static_cast<double>(std::count(counts.begin(), counts.end(), header));
        // consistency first, then the number of fields
        const double score =
            agree / static_cast<double>(counts.size()) * 1000.0 + static_cast<double>(header);
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

Result<std::unique_ptr<CsvParser>> CsvParser::open(const std::string &path, Options options)
{
    std::unique_ptr<CsvParser> p(new CsvParser);
    p->m_path = path;
    p->m_options = options;
    p->m_file.setFileName(QString::fromStdString(path));
    if (!p->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot open the file: %1"),
                         {p->m_file.errorString().toStdString()}, path);
    }
    p->m_fileSize = static_cast<std::uint64_t>(std::max<qint64>(0, p->m_file.size()));
    const std::size_t capacity = options.chunkBytes + options.maxRecordBytes + 4;
    p->m_buffer.resize(capacity);
    p->m_scratch.resize(capacity);
    if (!p->fill())
        return p->m_error;

    std::string_view head(p->m_buffer.data(), p->m_end);
    // UTF-32 first: its little-endian mark begins as UTF-16's does
    if (head.size() >= 4 && (head.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                             head.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the file is UTF-32 encoded; save it as "
                                                     "UTF-8 (or Windows-1252) and import it again"),
                         {}, path);
    if (head.size() >= 2 &&
        ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the file is UTF-16 encoded; save it as "
                                                     "UTF-8 (or Windows-1252) and import it again"),
                         {}, path);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        p->m_bom = true;
        p->m_begin = 3;
        head.remove_prefix(3);
    }
    const std::string_view probe = head.substr(0, 65536);
    if (const char *kind = knownBinaryKind(head))
        return Error::of(kind, {}, path);
    if (const char *encoding = wideEncodingWithoutMark(probe))
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the file looks %1 encoded (without a byte order "
                                           "mark); save it as UTF-8 (or Windows-1252) and "
                                           "import it again"),
                         {encoding}, path);
    if (const auto nul = probe.find('\0'); nul != std::string_view::npos) {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "this is not a text file (it holds a zero "
                                                     "byte at offset %1); choose a CSV file"),
                         {arg(nul + (p->m_bom ? 3 : 0))}, path);
    }
    if (head.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the file is empty"), {}, path);

    p->m_delimiter = options.delimiter != 0 ? options.delimiter : detectDelimiter(probe);
    p->m_special[static_cast<unsigned char>(p->m_delimiter)] = true;
    p->m_special[static_cast<unsigned char>('\n')] = true;
    p->m_special[static_cast<unsigned char>('\r')] = true;
    return p;
}

bool CsvParser::fill()
{
    if (m_eof)
        return true;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    const std::size_t room = m_buffer.size() - m_end;
    const std::size_t want = std::min(room, m_options.chunkBytes);
    const qint64 got = m_file.read(m_buffer.data() + m_end, static_cast<qint64>(want));
    if (got < 0) {
        m_error = Error::of(QT_TRANSLATE_NOOP("Errors", "reading failed: %1"),
                            {m_file.errorString().toStdString()}, m_path, m_line);
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += static_cast<std::size_t>(got);
    m_bytesRead += static_cast<std::uint64_t>(got);
    return true;
}

CsvParser::Parse CsvParser::parseRecord(std::vector<std::string_view> &fields,
                                        std::size_t &consumed, std::uint64_t &lines, bool &blank)
{
    const char *const base = m_buffer.data();
    const char *p = base + m_begin;
    const char *const end = base + m_end;
    const char delim = m_delimiter;
    char *scratch = m_scratch.data() + m_scratchUsed;
    const std::size_t firstField = fields.size();
    lines = 0;
    const char *const recordStart = p;

    for (;;) {
        if (p < end && *p == '"') {
            // quoted field: unescape into scratch
            char *out = scratch;
            ++p;
            for (;;) {
                if (p >= end)
                    return m_eof ? Parse::Unterminated : Parse::Incomplete;
                const char c = *p;
                if (c == '"') {
                    if (p + 1 >= end && !m_eof)
                        return Parse::Incomplete;
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(p + 1 < end && p[1] == '\n')))
                    ++lines;
                *out++ = c;
                ++p;
            }
            // text after the closing quote is kept as it stands (lenient, as spreadsheets are)
            while (p < end && !m_special[static_cast<unsigned char>(*p)])
                *out++ = *p++;
            fields.emplace_back(scratch, static_cast<std::size_t>(out - scratch));
            scratch = out;
        } else {
            const char *start = p;
            while (p < end && !m_special[static_cast<unsigned char>(*p)])
                ++p;
            fields.emplace_back(start, static_cast<std::size_t>(p - start));
        }
        if (p >= end) {
            if (!m_eof)
                return Parse::Incomplete;
            break;
        }
        const char c = *p;
        if (c == delim) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= end && !m_eof)
                return Parse::Incomplete;
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p; // '\n'
        }
        ++lines;
        break;
    }
    const std::size_t raw = static_cast<std::size_t>(p - recordStart);
    blank = fields.size() == firstField + 1 && fields.back().empty() &&
            (raw == 0 || recordStart[0] == '\n' || recordStart[0] == '\r');
    consumed = raw;
    m_scratchUsed = static_cast<std::size_t>(scratch - m_scratch.data());
    return Parse::Done;
}

Error CsvParser::tooLong() const
{
    return Error::of(QT_TRANSLATE_NOOP("Errors",
                                       "the record starting here is longer than %1 KiB; this is "
                                       "not a usable CSV file (or a quote is never closed)"),
                     {arg(m_options.maxRecordBytes >> 10)}, m_path, m_line);
}

CsvParser::Status CsvParser::next(std::vector<std::string_view> &fields)
{
    const Status s = nextBatch(fields, m_single, 1);
    if (s == Status::Record) {
        m_recordLine = m_single[0].line;
        m_blank = m_single[0].blank;
    }
    return s;
}

CsvParser::Status CsvParser::nextBatch(std::vector<std::string_view> &fields,
                                       std::vector<Record> &records, std::size_t maxRecords)
{
    fields.clear();
    records.clear();
    m_scratchUsed = 0;
    for (;;) {
        if (m_begin >= m_end && m_eof)
            return records.empty() ? Status::End : Status::Record;
        const std::size_t before = fields.size();
        std::size_t consumed = 0;
        std::uint64_t lines = 0;
        bool blank = false;
        const Parse r = parseRecord(fields, consumed, lines, blank);
        if (r == Parse::Done) {
            if (consumed > m_options.maxRecordBytes) {
                m_error = tooLong();
                return Status::Failed;
            }
            records.push_back({m_line, static_cast<std::uint32_t>(before),
                               static_cast<std::uint32_t>(fields.size() - before), blank});
            m_line += lines;
            m_begin += consumed;
            if (records.size() >= maxRecords)
                return Status::Record;
            continue;
        }
        fields.resize(before);
        if (r == Parse::Unterminated) {
            m_error = Error::of(QT_TRANSLATE_NOOP("Errors", "a quoted field that starts here is "
                                                        "never closed (a \" is missing)"),
                                {}, m_path, m_line);
            return Status::Failed;
        }
        // refilling moves the buffer: hand out what is complete first
        if (!records.empty())
            return Status::Record;
        if (m_end - m_begin >= m_options.maxRecordBytes) {
            m_error = tooLong();
            return Status::Failed;
        }
        if (!fill())
            return Status::Failed;
        m_scratchUsed = 0;
    }
}

} // namespace dijkgraaf
