#pragma once

#include "model/result.h"

#include <QFile>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dijkgraaf {

// Splits a delimited text file into records (RFC 4180: quoted fields may hold delimiters,
// doubled quotes and line breaks; CRLF, LF and CR line ends), reading it a chunk at a time
// so that the whole text is never in memory. The fields it hands out stay valid until the
// next call of next().
class CsvParser
{
public:
    enum class Status { Record, End, Failed };

    struct Options
    {
        char delimiter = 0; // 0: detect among , ; tab |
        std::size_t chunkBytes = std::size_t(4) << 20;
        std::size_t maxRecordBytes = std::size_t(1) << 20;
    };

    // Opens the file, skips a UTF-8 byte order mark, refuses binary and UTF-16 files and
    // detects the delimiter when none is given.
    static Result<std::unique_ptr<CsvParser>> open(const std::string &path, Options options);

    // Where one record's fields lie in the batch's field list.
    struct Record
    {
        std::uint64_t line = 0; // physical line where it begins
        std::uint32_t firstField = 0;
        std::uint32_t fieldCount = 0;
        bool blank = false; // an empty line
    };

    // The next record. Its fields stay valid until the next call.
    Status next(std::vector<std::string_view> &fields);
    // As many complete records as the buffer holds (at least one, at most maxRecords), so that
    // they can be processed together, e.g. column by column on several cores. The fields stay
    // valid until the next call.
    Status nextBatch(std::vector<std::string_view> &fields, std::vector<Record> &records,
                     std::size_t maxRecords = ~std::size_t(0));

    const Error &error() const { return m_error; }
    std::uint64_t recordLine() const { return m_recordLine; } // line where the last record began
    bool lastRecordBlank() const { return m_blank; }
    char delimiter() const { return m_delimiter; }
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }
    bool hadBom() const { return m_bom; }

    // The delimiter among , ; tab | that splits the sample's first lines most consistently.
    static char detectDelimiter(std::string_view sample);

private:
    CsvParser() = default;
    enum class Parse { Done, Incomplete, Unterminated };
    // Appends the fields of the record at m_begin; quoted fields are unescaped into the
    // scratch space from m_scratchUsed on.
    Parse parseRecord(std::vector<std::string_view> &fields, std::size_t &consumed,
                      std::uint64_t &lines, bool &blank);
    bool fill();
    Error tooLong() const; // where the parser is

    QFile m_file;
    std::string m_path;
    Options m_options;
    char m_delimiter = ',';
    std::vector<char> m_buffer;
    std::vector<char> m_scratch;
    std::vector<Record> m_single;
    std::size_t m_scratchUsed = 0;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    bool m_bom = false;
    bool m_blank = false;
    std::uint64_t m_line = 1;
    std::uint64_t m_recordLine = 0;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_fileSize = 0;
    Error m_error;
    bool m_special[256] = {};
};

} // namespace dijkgraaf
