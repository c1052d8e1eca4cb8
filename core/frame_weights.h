/* The frame model's weights (quotes_frames.c): a logistic regression over
 * hashed features, each weight LEDE__FR_SCALE times its value, sorted by
 * feature id. core/frame_weights.c is made by tools/train_frames.c (make
 * train). Private to the library. */
#ifndef LEDE_FRAME_WEIGHTS_H
#define LEDE_FRAME_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

#define LEDE__FR_SCALE 4096

typedef struct {
  uint32_t id;
  int32_t w;
} lede__frame_wt;

extern const lede__frame_wt lede__frame_w[];
extern const size_t lede__frame_nw;
extern const int32_t lede__frame_bias;
/* lede__frame_w[first[b], first[b + 1]) have ids whose top 12 bits
 * are b */
#define LEDE__FR_SHIFT 20
extern const uint16_t lede__frame_first[(1 << (32 - LEDE__FR_SHIFT)) + 1];

#endif
