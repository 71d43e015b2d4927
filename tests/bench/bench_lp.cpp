// GLPK against COIN-OR CLP on the audit's own programs (written by bench_audit --programs):
// and, with --mip, GLPK against COIN-OR CBC on the models of optimal secondary suppression,
// each stopped after the same number of branch-and-bound nodes (as the product does).
// the sequence of solves the audit makes. First the program as written (all hidden figures
// together, minimised), from a cold start; then, warm, one figure at a time maximised and
// minimised, for an evenly spread sample of the figures. Both solvers get the same sequence;
// runs alternate between them, and the medians are printed.
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>
#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Timing
{
    double coldMs = 0, warmMs = 0;
    double checksum = 0; // sum of the optimal values: both solvers must agree
    int failures = 0;
};

std::vector<int> sample(int columns, int solves)
{
    std::vector<int> cols;
    for (int k = 0; k < solves && k < columns; ++k)
        cols.push_back(static_cast<int>(static_cast<long long>(k) * columns / std::min(solves, columns)));
    return cols;
}

Timing withGlpk(const char *file, int solves)
{
    Timing t;
    glp_prob *lp = glp_create_prob();
    glp_term_out(GLP_OFF);
    if (glp_read_mps(lp, GLP_MPS_FILE, nullptr, file) != 0) {
        std::fprintf(stderr, "GLPK cannot read %s\n", file);
        t.failures = 1;
        return t;
    }
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_OFF;
    const int n = glp_get_num_cols(lp);
    auto t0 = Clock::now();
    if (glp_simplex(lp, &parm) != 0 || glp_get_status(lp) != GLP_OPT)
        ++t.failures;
    t.checksum += glp_get_obj_val(lp);
    t.coldMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    for (int j = 1; j <= n; ++j)
        glp_set_obj_coef(lp, j, 0);
    t0 = Clock::now();
    for (const int c : sample(n, solves)) {
        glp_set_obj_coef(lp, c + 1, 1);
        for (const int dir : {GLP_MAX, GLP_MIN}) {
            glp_set_obj_dir(lp, dir);
            const int rc = glp_simplex(lp, &parm);
            if (rc != 0 || (glp_get_status(lp) != GLP_OPT && glp_get_status(lp) != GLP_UNBND))
                ++t.failures;
            else if (glp_get_status(lp) == GLP_OPT)
                t.checksum += glp_get_obj_val(lp);
        }
        glp_set_obj_coef(lp, c + 1, 0);
    }
    t.warmMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    glp_delete_prob(lp);
    return t;
}

Timing withClp(const char *file, int solves)
{
    Timing t;
    Clp_Simplex *m = Clp_newModel();
    Clp_setLogLevel(m, 0);
    if (Clp_readMps(m, file, 1, 0) != 0) {
        std::fprintf(stderr, "CLP cannot read %s\n", file);
        t.failures = 1;
        Clp_deleteModel(m);
        return t;
    }
    const int n = Clp_numberColumns(m);
    auto t0 = Clock::now();
    Clp_primal(m, 0);
    if (Clp_status(m) != 0)
        ++t.failures;
    t.checksum += Clp_objectiveValue(m);
    t.coldMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    std::vector<double> objective(static_cast<std::size_t>(n), 0.0);
    t0 = Clock::now();
    for (const int c : sample(n, solves)) {
        objective[static_cast<std::size_t>(c)] = 1;
        Clp_chgObjCoefficients(m, objective.data());
        for (const double dir : {-1.0, 1.0}) {
            Clp_setOptimizationDirection(m, dir);
            Clp_primal(m, 0);
            const int status = Clp_status(m);
            if (status == 0)
                t.checksum += Clp_objectiveValue(m);
            else if (status != 2) // 2: unbounded
                ++t.failures;
        }
        objective[static_cast<std::size_t>(c)] = 0;
    }
    t.warmMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    Clp_deleteModel(m);
    return t;
}

struct MipTiming
{
    double ms = 0;
    double objective = 0;
};

MipTiming mipWithGlpk(const char *file, int nodes)
{
    MipTiming t;
    glp_prob *mip = glp_create_prob();
    glp_term_out(GLP_OFF);
    glp_read_mps(mip, GLP_MPS_FILE, nullptr, file);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_ON;
    parm.fp_heur = GLP_ON;
    parm.cb_info = &nodes;
    parm.cb_func = [](glp_tree *tree, void *info) {
        if (glp_ios_reason(tree) != GLP_ISELECT)
            return;
        int a = 0, c = 0, total = 0;
        glp_ios_tree_size(tree, &a, &c, &total);
        if (total > *static_cast<int *>(info))
            glp_ios_terminate(tree);
    };
    const auto t0 = Clock::now();
    glp_intopt(mip, &parm);
    t.ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    t.objective = glp_mip_obj_val(mip);
    glp_delete_prob(mip);
    return t;
}

MipTiming mipWithCbc(const char *file, int nodes)
{
    MipTiming t;
    Cbc_Model *m = Cbc_newModel();
    Cbc_setLogLevel(m, 0);
    Cbc_readMps(m, file);
    Cbc_setMaximumNodes(m, nodes);
    const auto t0 = Clock::now();
    Cbc_solve(m);
    t.ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    t.objective = Cbc_getObjValue(m);
    Cbc_deleteModel(m);
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 3, solves = 200, nodes = 200;
    bool mip = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mip")) {
            mip = true;
            continue;
        }
        if (!std::strcmp(argv[i], "--nodes") && i + 1 < argc) {
            nodes = std::stoi(argv[++i]);
            continue;
        }
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--solves") && i + 1 < argc)
            solves = std::stoi(argv[++i]);
        else
            files.push_back(argv[i]);
    }
    if (mip) {
        for (const std::string &f : files) {
            std::vector<double> g, c;
            double go = 0, co = 0;
            for (int r = 0; r < runs; ++r) {
                const MipTiming a = mipWithGlpk(f.c_str(), nodes);
                const MipTiming b = mipWithCbc(f.c_str(), nodes);
                g.push_back(a.ms);
                c.push_back(b.ms);
                go = a.objective;
                co = b.objective;
            }
            std::printf("%s (at most %d nodes)\n  GLPK: %9.1f ms, objective %g\n"
                        "  CBC:  %9.1f ms, objective %g\n  CBC / GLPK: %.2f\n",
                        f.c_str(), nodes, median(g), go, median(c), co, median(c) / median(g));
        }
        return 0;
    }
    for (const std::string &f : files) {
        std::vector<double> gc, gw, cc, cw;
        double gsum = 0, csum = 0;
        int gfail = 0, cfail = 0;
        for (int r = 0; r < runs; ++r) {
            const Timing g = withGlpk(f.c_str(), solves);
            const Timing c = withClp(f.c_str(), solves);
            gc.push_back(g.coldMs);
            gw.push_back(g.warmMs);
            cc.push_back(c.coldMs);
            cw.push_back(c.warmMs);
            gsum = g.checksum;
            csum = c.checksum;
            gfail += g.failures;
            cfail += c.failures;
        }
        std::printf("%s\n  GLPK: cold %8.1f ms, %d warm solves %9.1f ms (%.2f ms each), failures %d\n"
                    "  CLP:  cold %8.1f ms, %d warm solves %9.1f ms (%.2f ms each), failures %d\n"
                    "  CLP / GLPK: cold %.2f, warm %.2f; sum of optima %.6g vs %.6g\n",
                    f.c_str(), median(gc), 2 * solves, median(gw), median(gw) / (2 * solves), gfail,
                    median(cc), 2 * solves, median(cw), median(cw) / (2 * solves), cfail,
                    median(cc) / median(gc), median(cw) / median(gw), gsum, csum);
    }
    return 0;
}
