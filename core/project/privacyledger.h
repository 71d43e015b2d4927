#pragma once

#include "model/result.h"

#include <string>
#include <vector>

namespace dijkgraaf {

// Zero-concentrated differential privacy is the one currency of every budget: pure epsilon
// costs rho = epsilon^2 / 2, and rho-zCDP implies (epsilon, delta)-DP for every delta > 0 with
// epsilon = rho + 2 sqrt(rho ln(1 / delta)) (Bun and Steinke, 2016).
double rhoOfEpsilon(double epsilon);
double epsilonOfRho(double rho, double delta);
constexpr double kStatedDelta = 1e-6; // the delta the (epsilon, delta) figures are stated for

// One release's spending of a data source's budget.
struct LedgerSpend
{
    std::string time, name, note, project;
    std::string inputSha256;
    double rho = 0;
    // the chance of a failure beyond rho: partition selection may let a category of one
    // unit alone show (0 without selection)
    double delta = 0;
};

// A declaration or a raise of a data source's budget: an approval of its own.
struct BudgetChange
{
    std::string time, name, note;
    double rho = 0;
};

struct DataBudget
{
    std::string dataset;
    bool declared = false; // false: no budget for it yet
    double rho = 0;        // the budget, after every change
    std::vector<BudgetChange> changes;
    std::vector<LedgerSpend> spends;
    double spent() const;
    double spentDelta() const; // the deltas of partition selections, added up
};

// The privacy ledger: one SQLite file outside every project (by default in the user's data
// folder, or the file DIJKGRAAF_LEDGER names), so that every project and release on the same
// data draws from the same budget. A data source is its declared name; every file checksum
// released under it belongs to it for good, so the same data cannot be accounted twice under
// two names.
class PrivacyLedger
{
public:
    static std::string defaultPath();
    explicit PrivacyLedger(std::string path = defaultPath()) : m_path(std::move(path)) {}
    const std::string &path() const { return m_path; }

    Result<DataBudget> budget(const std::string &dataset) const;
    // the data source a file with this checksum was released under, or empty
    Result<std::string> datasetOf(const std::string &inputSha256) const;
    // records a declaration (the first) or a raise; a budget is never lowered below what is
    // spent
    Result<bool> setBudget(const std::string &dataset, const BudgetChange &change);
    // records a spending, in one transaction with the check that it fits the budget and that
    // the checksum belongs to no other data source
    Result<bool> spend(const std::string &dataset, const LedgerSpend &spend);

private:
    std::string m_path;
};

} // namespace dijkgraaf
