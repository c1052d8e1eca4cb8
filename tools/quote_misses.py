#!/usr/bin/env python3
"""Which gold quotes does lede miss, and why? (an analysis aid for make eval data)

usage: quote_misses.py GOLD.jsonl PRED.jsonl DOCS.jsonl [--half all|train|held]
                       [--top N] [--fp] [--examples WORD]

Matches gold and predicted quotes with ../shared/eval/score.py's own
relaxed matching (one-to-one, greedy by overlap). For each gold quote left
unmatched it finds the gold cue in the text (the occurrence nearest the quote) and
lists the cue's head word (its last verb-like word) by frequency, with:
  list  the word is a form lede's cue lists know (data/lex)
  ovl   the miss overlaps some predicted quote (merged, nested, too long)
--fp lists the cue words of predicted quotes that match no gold quote.
--half picks the documents of one half of the split make eval reports
(quote_split below), so a choice made on one half can be checked on the
other.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "data", "lex")


sys.path.insert(0, os.path.join(HERE, "..", "tests", "eval"))
from half import held_out  # noqa: E402  (the split make eval reports)
# the scorer's own matching, so that a miss here is a miss there
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
from score import relaxed_pairs  # noqa: E402


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r
    return out


def lex_forms():
    forms = set()
    for name in os.listdir(LEX):
        if not (name.startswith("cue_") or name.startswith("speech_verbs")
                or name.startswith("quote_after_verbs")
                or name.startswith("quote_tell")):
            continue
        for line in open(os.path.join(LEX, name), encoding="utf-8"):
            line = re.sub(r"\s+#.*$", "", line).strip()
            if line and not line.startswith("#"):
                forms.add(line.split()[0].lower())
    return forms


WORD = re.compile(r"[A-Za-z’']+")
FUNC = {"to", "that", "of", "for", "in", "on", "by", "with", "as", "about",
        "a", "an", "the", "his", "her", "their", "its", "it", "up", "out",
        "has", "have", "had", "is", "are", "was", "were", "be", "been",
        "also", "not", "will", "would", "could", "said", "from", "in", "at"}


def head(cue):
    """The cue's head word: its first word that is no function word."""
    ws = [w.lower() for w in WORD.findall(cue or "")]
    for w in ws:
        if w not in FUNC:
            return w
    return ws[0] if ws else (cue or "").strip() or "(none)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("docs")
    ap.add_argument("--half", default="all", choices=["all", "train", "held"])
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--fp", action="store_true")
    ap.add_argument("--examples")
    args = ap.parse_args()
    gold, pred, docs = load(args.gold), load(args.pred), load(args.docs)
    forms = lex_forms()
    miss, miss_ovl, fps = Counter(), Counter(), Counter()
    kinds = Counter()
    ex = []
    for did, g in gold.items():
        if args.half != "all" and held_out(did) != (args.half == "held"):
            continue
        text = docs[did]["text"]
        gq = g.get("quotes") or []
        pq = (pred.get(did) or {}).get("quotes") or []
        G = [(q["start"], q["end"]) for q in gq]
        P = [(q["start"], q["end"]) for q in pq]
        pairs = relaxed_pairs(G, P)
        mg = {i for i, _ in pairs}
        mp = {j for _, j in pairs}
        for i, q in enumerate(gq):
            if i in mg:
                continue
            h = head(q.get("cue"))
            ovl = any(min(q["end"], p[1]) > max(q["start"], p[0]) for p in P)
            miss[h] += 1
            if ovl:
                miss_ovl[h] += 1
            kinds[q.get("kind")] += 1
            if args.examples and h == args.examples.lower():
                s = max(0, q["start"] - 120)
                ex.append("%s\n  ...%s[[%s]]%s..." % (did, text[s:q["start"]].replace("\n", " "),
                          text[q["start"]:q["end"]].replace("\n", " ")[:200],
                          text[q["end"]:q["end"] + 60].replace("\n", " ")))
        for j, q in enumerate(pq):
            if j not in mp:
                fps[head(q.get("cue"))] += 1
                if args.examples and args.fp and head(q.get("cue")) == args.examples.lower():
                    s = max(0, q["start"] - 120)
                    ex.append("FP %s\n  ...%s[[%s]]%s..." % (did, text[s:q["start"]].replace("\n", " "),
                              text[q["start"]:q["end"]].replace("\n", " ")[:200],
                              text[q["end"]:q["end"] + 60].replace("\n", " ")))
    tot = sum(miss.values())
    print("missed gold quotes: %d (%s); overlapping a prediction: %d; cue word in a list: %d"
          % (tot, ", ".join("%s %d" % kv for kv in kinds.most_common()),
             sum(miss_ovl.values()), sum(n for w, n in miss.items() if w in forms)))
    print("%6s %5s %4s  %s" % ("missed", "ovl", "list", "cue head"))
    for w, n in miss.most_common(args.top):
        print("%6d %5d %4s  %s" % (n, miss_ovl[w], "yes" if w in forms else "-", w))
    if args.fp:
        print("\nunmatched predictions: %d" % sum(fps.values()))
        for w, n in fps.most_common(args.top):
            print("%6d  %s" % (n, w))
    for e in ex[:40]:
        print(e)


if __name__ == "__main__":
    sys.exit(main())
