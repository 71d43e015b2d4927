#pragma once
// GLPK keeps one environment per thread (its tables of open problems, its buffers) and frees
// it only when asked. A worker thread that solved a program frees its own when it ends;
// call this before the thread's first GLPK call.

#include <glpk.h>

namespace dijkgraaf {

inline void freeGlpkWhenThisThreadEnds()
{
    struct Environment
    {
        ~Environment() { glp_free_env(); }
    };
    thread_local Environment environment;
    (void)environment;
}

} // namespace dijkgraaf
