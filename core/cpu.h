#ifndef LEDE_CPU_H
#define LEDE_CPU_H

/* Does the processor have AVX2, BMI1, BMI2 and the popcount instruction,
 * the set the tokenizer's and the tagger's second builds of their inner
 * loops are made for? Asked at run time; 0 where GCC's x86 built-ins
 * are missing. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
static inline int lede__cpu_hw(void) {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
         __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
}
#else
static inline int lede__cpu_hw(void) { return 0; }
#endif

#endif
