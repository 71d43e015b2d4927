#pragma once

#include <QString>

namespace dijkgraaf {

// Whether data comes from a database (a PostgreSQL address) rather than a file.
bool isDatabaseSource(const QString &source);
// How a source is kept (a project, the recent files): a file by its absolute path, data in a
// database by its address.
QString sourceLocation(const QString &source);
// How a data source is named to the steward: a file by its name; data in PostgreSQL by its
// table (or "a query") and database, "customers in shop".
QString sourceName(const QString &source);
// The name a project saved on the source is offered under, without ".dijkgraaf": the file's
// base name, or the table's.
QString sourceBaseName(const QString &source);

} // namespace dijkgraaf
