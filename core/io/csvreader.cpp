#include "csvreader.h"

#include <cstdio>

#include "csvparser.h"
#include "textencoding.h"
#include "typeinference.h"
#include "util/parallel.h"

#include <algorithm>

#include <set>
#include <unordered_map>

namespace dijkgraaf {

namespace {

constexpr std::size_t kRejectedLinesKept = 10000;

// Re-encodes every dictionary value. Two values may read the same afterwards (two different
// invalid bytes both repaired to U+FFFD): they become one value, and the rows' codes follow.
template <class Convert> void recode(Dataset &data, Convert convert)
{
    for (auto &column : data.columns) {
        column.name = convert(column.name);
        StringDictionary recoded;
        std::vector<std::uint32_t> codeOf(column.dictionary.size());
        bool merged = false;
        for (std::uint32_t c = 0; c < column.dictionary.size(); ++c) {
            codeOf[c] = recoded.intern(convert(column.dictionary.at(c)));
            merged = merged || codeOf[c] != c;
        }
        column.dictionary = std::move(recoded);
        if (!merged)
            continue;
        CodeArray codes;
        codes.reserve(column.codes.size());
        for (std::size_t r = 0; r < column.codes.size(); ++r)
            codes.push(codeOf[column.codes.at(r)]);
        column.codes = std::move(codes);
        if (column.missingCode != StringDictionary::npos)
            column.missingCode = codeOf[column.missingCode];
    }
}

// The line of the record whose fields start at firstField (rare: only for the first invalid
// UTF-8 value of a column).
std::uint64_t lineOfField(const std::vector<CsvParser::Record> &records, std::uint32_t firstField)
{
    const auto it = std::lower_bound(
        records.begin(), records.end(), firstField,
        [](const CsvParser::Record &r, std::uint32_t f) { return r.firstField < f; });
    return it == records.end() ? 0 : it->line;
}

// The distinct combinations of a record's codes, counted as records are read: each
// combination's codes end to end, found again through an open-addressing table of ids (0:
// empty) by a hash of the codes, kept at most half full.
class Combinations
{
public:
    explicit Combinations(std::size_t width) : m_width(width), m_slots(1024, 0) {}

    // The record whose codes are codes[0], codes[stride], ...: one more record of its
    // combination in records (indexed by combination), or a new combination.
    void count(const std::uint32_t *codes, std::size_t stride, std::vector<std::uint64_t> &records)
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t s = hash(codes, stride) & mask;; s = (s + 1) & mask) {
            const std::uint32_t id = m_slots[s];
            if (id == 0) {
                for (std::size_t k = 0; k < m_width; ++k)
                    m_codes.push_back(codes[k * stride]);
                records.push_back(1);
                m_slots[s] = static_cast<std::uint32_t>(records.size());
                break;
            }
            const std::uint32_t *stored = m_codes.data() + (id - 1) * m_width;
            std::size_t k = 0;
            while (k < m_width && stored[k] == codes[k * stride])
                ++k;
            if (k == m_width) {
                ++records[id - 1];
                break;
            }
        }
        if (records.size() * 2 > m_slots.size())
            grow(records.size());
    }

    // The combinations' codes, end to end; the table is emptied.
    std::vector<std::uint32_t> take()
    {
        m_slots = {};
        return std::move(m_codes);
    }

private:
    std::uint64_t hash(const std::uint32_t *codes, std::size_t stride) const
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ull;
        for (std::size_t k = 0; k < m_width; ++k)
            h = (h ^ codes[k * stride]) * 0xff51afd7ed558ccdull;
        return h ^ (h >> 32);
    }

    // twice the room, every combination placed again
    void grow(std::size_t combinations)
    {
        m_slots.assign(m_slots.size() * 2, 0);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t id = 0; id < combinations; ++id) {
            std::size_t s = hash(m_codes.data() + id * m_width, 1) & mask;
            while (m_slots[s] != 0)
                s = (s + 1) & mask;
            m_slots[s] = static_cast<std::uint32_t>(id + 1);
        }
    }

    std::size_t m_width;
    std::vector<std::uint32_t> m_codes;
    std::vector<std::uint32_t> m_slots;
};

} // namespace

Result<Dataset> readCsv(const std::string &path, const CsvImportOptions &options)
{
    CsvParser::Options parserOptions;
    parserOptions.delimiter = options.delimiter;
    parserOptions.maxRecordBytes = options.maxRecordBytes;
    parserOptions.chunkBytes = options.chunkBytes;
    auto opened = CsvParser::open(path, parserOptions);
    if (!opened)
        return opened.error();
    CsvParser &parser = **opened;

    Dataset data;
    data.sourcePath = path;
    data.delimiter = parser.delimiter();

    std::vector<std::string_view> fields;
    fields.reserve(64);
    // header
    for (;;) {
        const auto status = parser.next(fields);
        if (status == CsvParser::Status::Failed)
            return parser.error();
        if (status == CsvParser::Status::End)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the file is empty"), {}, path);
        if (!parser.lastRecordBlank())
            break;
    }
    const std::uint64_t headerLine = parser.recordLine();
    std::set<std::string_view> seen;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string name(fields[i]);
        const auto first = name.find_first_not_of(" \t");
        const auto last = name.find_last_not_of(" \t");
        name = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
        if (name.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "column %1 of the header has no name"),
                             {arg(i + 1)}, path, headerLine);
        // a control character in a name would reach terminals, reports and files as a command
        // (an escape sequence, a line break inside a message)
        for (std::size_t b = 0; b < name.size(); ++b) {
            const auto c = static_cast<unsigned char>(name[b]);
            const bool c1 = c == 0xC2 && b + 1 < name.size() &&
                            static_cast<unsigned char>(name[b + 1]) >= 0x80 &&
                            static_cast<unsigned char>(name[b + 1]) <= 0x9F;
            if ((c < 0x20 && c != '\t') || c == 0x7F || c1) {
                char code[16];
                std::snprintf(code, sizeof code, "U+%04X",
                              c1 ? static_cast<unsigned>(static_cast<unsigned char>(name[b + 1])) : c);
                return Error::of(QT_TRANSLATE_NOOP("Errors",
                                                   "the name of column %1 holds a control "
                                                   "character (%2), which no column name may; "
                                                   "rename the column"),
                                 {arg(i + 1), code}, path, headerLine);
            }
        }
        names.push_back(std::move(name));
    }
    // the first column of each name, in one pass (comparing every pair took 24 s for 100,000
    // columns)
    std::unordered_map<std::string_view, std::size_t> firstOfName;
    firstOfName.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto [it, fresh] = firstOfName.emplace(names[i], i);
        if (!fresh)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the header names column '%1' twice (columns %2 "
                                               "and %3)"),
                             {names[i], arg(it->second + 1), arg(i + 1)}, path, headerLine);
    }
    const std::size_t width = names.size();
    // the columns kept, by their place in the file
    std::vector<std::size_t> fieldOf;
    if (options.keepColumns.empty()) {
        for (std::size_t i = 0; i < width; ++i)
            fieldOf.push_back(i);
    } else {
        for (const std::string &name : options.keepColumns) {
            const auto it = firstOfName.find(name);
            if (it == firstOfName.end()) {
                std::string all;
                for (const auto &n : names)
                    all += (all.empty() ? "" : ", ") + n;
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the data has no column '%1'; its "
                                                             "columns are: %2"),
                                 {name, all}, path);
            }
            fieldOf.push_back(it->second);
        }
        std::sort(fieldOf.begin(), fieldOf.end());
        fieldOf.erase(std::unique(fieldOf.begin(), fieldOf.end()), fieldOf.end());
    }
    const std::size_t kept = fieldOf.size();
    data.columns.resize(kept);
    for (std::size_t k = 0; k < kept; ++k)
        data.columns[k].name = names[fieldOf[k]];
    // rough pre-size from the file size and the header, to avoid most regrowth
    const std::uint64_t estimate = parser.fileSize() / std::max<std::uint64_t>(8, width * 6);
    if (!options.combinations)
        for (auto &column : data.columns)
            column.codes.reserve(
                static_cast<std::size_t>(std::min<std::uint64_t>(estimate, 1u << 26)));
    std::vector<std::uint32_t> batchCodes; // the batch's codes, column after column
    Combinations combinations(kept);
    std::uint64_t records = 0;

    // Records come a buffer at a time; the columns of a batch are encoded in parallel, since
    // the columns' dictionaries are independent and encoding is most of the work.
    std::vector<std::uint64_t> firstInvalidUtf8(kept, 0);
    // a zero byte past the start (the start is checked by the parser): no text file holds one
    std::vector<std::uint64_t> firstZeroByte(kept, 0);
    std::vector<std::uint32_t> accepted; // first field of each record of the batch that is kept
    std::vector<CsvParser::Record> batch;
    std::vector<std::size_t> order(kept);
    // a column's codes are its own: every core takes columns
    const std::size_t parts = coreParts(kept, 1);
    if (options.progress)
        options.progress(parser.bytesRead(), parser.fileSize());
    for (;;) {
        const auto status = parser.nextBatch(fields, batch);
        if (status == CsvParser::Status::Failed)
            return parser.error();
        if (status == CsvParser::Status::End)
            break;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            return Error::cancellation("the import was cancelled", path, batch.front().line);
        }
        accepted.clear();
        for (const auto &r : batch) {
            if (r.blank)
                continue;
            if (r.fieldCount != width) {
                if (options.raggedRows == RaggedRows::Stop) {
                    return Error::of(
                        r.fieldCount == 1
                            ? QT_TRANSLATE_NOOP("Errors", "this line has 1 field where the header "
                                                          "has %2; skip such lines, or correct "
                                                          "the file")
                            : QT_TRANSLATE_NOOP("Errors", "this line has %1 fields where the "
                                                          "header has %2; skip such lines, or "
                                                          "correct the file"),
                        {arg(r.fieldCount), arg(width)}, path, r.line);
                }
                if (data.rejectedLines.size() < kRejectedLinesKept)
                    data.rejectedLines.push_back({r.line, r.fieldCount});
                ++data.rejectedLineCount;
                continue;
            }
            if (records + accepted.size() >= options.maxRecords)
                break;
            accepted.push_back(r.firstField);
        }
        // the columns with the largest dictionaries (the slowest) go first
        for (std::size_t k = 0; k < kept; ++k)
            order[k] = k;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return data.columns[a].dictionary.size() > data.columns[b].dictionary.size();
        });
        if (options.combinations)
            batchCodes.resize(kept * accepted.size());
        runEach(kept, accepted.size() > 4096 ? parts : 1, [&](std::size_t o) {
            const std::size_t i = order[o]; // the kept column
            const std::size_t field = fieldOf[i];
            Column &column = data.columns[i];
            std::uint32_t *codes =
                options.combinations ? batchCodes.data() + i * accepted.size() : nullptr;
            for (std::size_t r = 0; r < accepted.size(); ++r) {
                const std::string_view v = fields[accepted[r] + field];
                const std::size_t before = column.dictionary.size();
                const std::uint32_t code = internValue(column, v);
                if (column.dictionary.size() != before) [[unlikely]] {
                    // a new value, checked once (a missing token is plain ASCII)
                    if (firstInvalidUtf8[i] == 0 && !isValidUtf8(v))
                        firstInvalidUtf8[i] = lineOfField(batch, accepted[r]);
                    if (firstZeroByte[i] == 0 && v.find('\0') != std::string_view::npos)
                        firstZeroByte[i] = lineOfField(batch, accepted[r]);
                }
                if (codes)
                    codes[r] = code;
                else
                    column.codes.push(code);
            }
        });
        if (options.combinations) // each record's combination, found or added
            for (std::size_t r = 0; r < accepted.size(); ++r)
                combinations.count(batchCodes.data() + r, accepted.size(), data.rowRecords);
        std::uint64_t zero = 0;
        for (const auto line : firstZeroByte)
            if (line != 0 && (zero == 0 || line < zero))
                zero = line;
        if (zero != 0)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "this line holds a zero byte, which no "
                                                         "text file does: the file is not a CSV "
                                                         "file, or it is damaged"),
                             {}, path, zero);
        records += accepted.size();
        if (options.progress)
            options.progress(parser.bytesRead(), parser.fileSize());
        if (records >= options.maxRecords)
            break;
    }
    if (options.combinations) {
        // the combinations become the rows
        const std::vector<std::uint32_t> codesOf = combinations.take();
        for (std::size_t k = 0; k < kept; ++k) {
            CodeArray &codes = data.columns[k].codes;
            codes.reserve(data.rowRecords.size());
            for (std::size_t id = 0; id < data.rowRecords.size(); ++id)
                codes.push(codesOf[id * kept + k]);
        }
        data.rowCount = data.rowRecords.size();
    } else {
        data.rowCount = records;
    }
    std::uint64_t firstInvalidUtf8Line = 0;
    for (auto line : firstInvalidUtf8)
        if (line != 0 && (firstInvalidUtf8Line == 0 || line < firstInvalidUtf8Line))
            firstInvalidUtf8Line = line;

    if (data.rowCount == 0) {
        return data.rejectedLineCount > 0
                   ? Error::of(QT_TRANSLATE_NOOP("Errors",
                                                 "no line of the file matches the header's %1 "
                                                 "fields"),
                               {arg(width)}, path)
                   : Error::of(QT_TRANSLATE_NOOP("Errors", "the file has a header but no records"),
                               {}, path);
    }

    bool headerValid = true;
    for (const auto &n : names)
        headerValid = headerValid && isValidUtf8(n);
    const bool invalidUtf8 = firstInvalidUtf8Line != 0 || !headerValid;
    const std::uint64_t where = firstInvalidUtf8Line != 0 ? firstInvalidUtf8Line : headerLine;
    switch (options.encoding) {
    case TextEncoding::Auto:
        if (invalidUtf8) {
            recode(data, [](std::string_view s) { return windows1252ToUtf8(s); });
            data.encoding = "Windows-1252";
            data.warnings.push_back(path + ", line " + std::to_string(where) +
                                    ": the text is not valid UTF-8; it was read as Windows-1252");
        } else {
            data.encoding = "UTF-8";
        }
        break;
    case TextEncoding::Utf8:
        data.encoding = "UTF-8";
        if (invalidUtf8) {
            recode(data, [](std::string_view s) { return repairUtf8(s); });
            data.warnings.push_back(path + ", line " + std::to_string(where) +
                                    ": invalid UTF-8 bytes were replaced by U+FFFD");
        }
        break;
    case TextEncoding::Windows1252:
        recode(data, [](std::string_view s) { return windows1252ToUtf8(s); });
        data.encoding = "Windows-1252";
        break;
    }
    if (data.rejectedLineCount > 0) {
        data.warnings.push_back(
            path + ": " + std::to_string(data.rejectedLineCount) +
            " line(s) with a field count other than the header's were skipped, the first at line " +
            std::to_string(data.rejectedLines.front().line));
    }

    finishColumns(data);
    return data;
}

Result<std::vector<std::vector<std::string>>> readCsvRecords(const std::string &path,
                                                             char delimiter)
{
    CsvParser::Options options;
    options.delimiter = delimiter;
    options.chunkBytes = 1 << 20;
    auto opened = CsvParser::open(path, options);
    if (!opened)
        return opened.error();
    CsvParser &parser = **opened;
    std::vector<std::vector<std::string>> records;
    std::vector<std::string_view> fields;
    bool utf8 = true;
    for (;;) {
        const auto status = parser.next(fields);
        if (status == CsvParser::Status::Failed)
            return parser.error();
        if (status == CsvParser::Status::End)
            break;
        if (parser.lastRecordBlank())
            continue;
        auto &record = records.emplace_back();
        for (auto f : fields) {
            utf8 = utf8 && isValidUtf8(f);
            record.emplace_back(f);
        }
    }
    if (!utf8) {
        for (auto &record : records)
            for (auto &f : record)
                f = windows1252ToUtf8(f);
    }
    return records;
}

} // namespace dijkgraaf
