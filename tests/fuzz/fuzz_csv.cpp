// The CSV reader with every option: the first two bytes choose the delimiter, encoding, what
// to do with ragged rows, the chunk size (small, so that records cross chunk boundaries) and
// the record size limit; the rest is the file. Whatever it reads must be a consistent Dataset.
#include "fuzzinput.h"

#include "io/csvreader.h"

#include <cstdlib>

using namespace dijkgraaf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t a = data[0], b = data[1];
    CsvImportOptions options;
    static const char delimiters[] = {0, ',', ';', '\t', '|', ' ', '"', '\n'};
    options.delimiter = delimiters[a & 7];
    options.encoding = static_cast<TextEncoding>((a >> 3) % 3);
    options.raggedRows = (a & 0x20) ? RaggedRows::Skip : RaggedRows::Stop;
    options.chunkBytes = std::size_t(1) + (b & 0x3f) * 7;
    options.maxRecordBytes = (b & 0x40) ? 64 : std::size_t(1) << 20;
    if (b & 0x80)
        options.maxRecords = 3;
    const std::string path = fuzz::inputFile(data + 2, size - 2, ".csv");
    auto read = readCsv(path, options);
    if (!read)
        return 0;
    // every code of every row must name an entry of its column's dictionary
    for (const Column &c : read->columns) {
        if (c.codes.size() != read->rowCount)
            std::abort();
        for (std::size_t r = 0; r < c.codes.size(); ++r)
            if (c.codes.at(r) >= c.dictionary.size() || c.valueCounts.size() != c.dictionary.size())
                std::abort();
    }
    return 0;
}
