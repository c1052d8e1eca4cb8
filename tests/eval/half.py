#!/usr/bin/env python3
"""Write one half of an evaluation set, split by document.

usage: half.py held|train SET_DIR PRED.jsonl OUT_DIR

A document is in the held-out half when the CRC-32 of its id is odd.
Cue words are chosen by looking at the other half (tools/quote_misses.py
--half train), so the held-out figures show what holds on unseen
documents. Writes OUT_DIR/gold.jsonl, docs.jsonl and pred.jsonl.
"""
import json
import os
import sys
import zlib


def held_out(doc_id):
    return zlib.crc32(doc_id.encode("utf-8")) & 1 == 1


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("held", "train"):
        sys.exit(__doc__)
    want = sys.argv[1] == "held"
    set_dir, pred, out = sys.argv[2], sys.argv[3], sys.argv[4]
    os.makedirs(out, exist_ok=True)
    for src, dst in ((os.path.join(set_dir, "gold.jsonl"), "gold.jsonl"),
                     (os.path.join(set_dir, "docs.jsonl"), "docs.jsonl"),
                     (pred, "pred.jsonl")):
        with open(src, encoding="utf-8") as f, \
             open(os.path.join(out, dst), "w", encoding="utf-8") as g:
            for line in f:
                if line.strip() and held_out(json.loads(line)["id"]) == want:
                    g.write(line)


if __name__ == "__main__":
    main()
