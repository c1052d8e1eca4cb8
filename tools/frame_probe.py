#!/usr/bin/env python3
"""How much would a trained frame classifier add? (an analysis aid for make eval data)

usage: frame_probe.py GOLD.jsonl PRED.jsonl DOCS.jsonl [--threshold T]
                      [--epochs N] [--out MERGED.jsonl]

Reads lede's own output (build/eval/polnear.jsonl: sentences, entities,
quotes). In every sentence that holds no predicted quote and no quotation
mark, it takes the first clause whose subject opens the sentence (after
"But", "And", ... or a comma): a PER/ORG name or he/she/they, then
auxiliaries and -ly adverbs, then a word and what follows it. The words
after that word become a candidate indirect quote, its subject the speaker
(none for a passive: "was appointed").

An averaged perceptron over the verb, its suffix, the next word, the cue
lists the verb is in (data/lex), the subject's kind, the auxiliaries and the
sentence length learns, on the train half only (tests/eval/half.py), whether
a candidate overlaps a gold quote that lede misses. It prints the
candidates kept at each threshold on the held-out half, how many of them
hit such a quote, and how many hits have the gold quote's speaker (speaker
accuracy is over 0.93 today: hits below that lower it). With --out it
writes PRED with the kept candidates added, to be scored by
../shared/eval/score.py (whole set and held-out half) for F1 and speaker
accuracy.
"""
import argparse
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "eval"))
from half import held_out  # noqa: E402
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
from score import relaxed_pairs  # noqa: E402
sys.path.insert(0, HERE)
from quote_misses import load  # noqa: E402

PRON = {"he", "she", "they"}
AUX = {"has", "have", "had", "will", "would", "is", "was", "are", "were",
       "also", "not", "n't", "did", "does", "do", "could", "should", "may",
       "might", "can", "never", "still", "already", "just", "been", "be",
       "then", "later", "now", "recently", "again", "even", "once", "must"}
OPENERS = {"But", "And", "So", "Yet", "Now", "Still", "Meanwhile", "Instead"}
BE = {"was", "were", "is", "are", "been", "be"}
WORD = re.compile(r"[A-Za-z’'\-]+|[0-9]+|\S")


def lex_lists():
    lists = {}
    for fn in glob.glob(os.path.join(HERE, "..", "data", "lex", "*.txt")):
        name = os.path.basename(fn)[:-4]
        if not name.startswith(("cue_", "speech", "quote_")):
            continue
        for line in open(fn, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                lists.setdefault(line.split()[0].lower(), set()).add(name)
    return lists


def candidates(text, pred, lists):
    """(content start, end, features, speaker span or None) per sentence."""
    quotes = pred.get("quotes") or []
    names = {e["start"]: e for e in pred.get("entities") or []
             if e["type"] in ("PER", "ORG")}
    out = []
    for s0, s1 in pred.get("sentences") or []:
        sent = text[s0:s1]
        if any(q["start"] < s1 and q["end"] > s0 for q in quotes) or \
           any(c in sent for c in "“”\""):
            continue
        toks = [(m.start() + s0, m.end() + s0, m.group())
                for m in WORD.finditer(sent)]
        i = 1 if toks and toks[0][2] in OPENERS else 0
        if i < len(toks) and toks[i][0] in names:
            e = names[toks[i][0]]
            kind, j = e["type"], i + 1
            while j < len(toks) and toks[j][0] < e["end"]:
                j += 1
        elif i < len(toks) and toks[i][2].lower() in PRON:
            kind, j = "PRON", i + 1
        else:
            continue
        k, aux = j, []
        while k < len(toks) and (toks[k][2].lower() in AUX or
                                 (toks[k][2].endswith("ly") and toks[k][2][0].islower())):
            aux.append(toks[k][2].lower())
            k += 1
        if k + 1 >= len(toks) or not toks[k][2][0].isalpha() or \
           not toks[k + 1][2][0].isalnum():
            continue
        v, nx = toks[k][2].lower(), toks[k + 1][2].lower()
        passive = bool(set(aux) & BE) and v.endswith("ed")
        f = ["v=" + v, "suf=" + v[-3:], "nx=" + nx, "kind=" + kind,
             "aux=" + ("_".join(aux) or "-"), "naux=%d" % len(aux),
             "cap=%d" % toks[k][2][0].isupper(), "len=%d" % min(5, len(toks) // 6)]
        f += ["lex=" + x for x in sorted(lists.get(v, ["none"]))]
        out.append((toks[k + 1][0], s1, f, None if passive else (toks[i][0], toks[j - 1][1])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("docs")
    ap.add_argument("--threshold", type=float, default=0.0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out")
    args = ap.parse_args()
    gold, pred, docs = load(args.gold), load(args.pred), load(args.docs)
    lists = lex_lists()
    data = []
    for did, g in gold.items():
        gq = g.get("quotes") or []
        pq = (pred.get(did) or {}).get("quotes") or []
        matched = {i for i, _ in relaxed_pairs([(q["start"], q["end"]) for q in gq],
                                               [(q["start"], q["end"]) for q in pq])}
        missed = [(q["start"], q["end"], q.get("speaker_start"), q.get("speaker_end"))
                  for i, q in enumerate(gq) if i not in matched]
        for cs, ce, f, sp in candidates(docs[did]["text"], pred.get(did) or {}, lists):
            hit = [q for q in missed if q[0] < ce and q[1] > cs]
            right = any(q[2] is None if sp is None else
                        q[2] is not None and min(q[3], sp[1]) > max(q[2], sp[0])
                        for q in hit)
            data.append((held_out(did), bool(hit), f, did, cs, ce, sp, right))
    train = [d for d in data if not d[0]]
    held = [d for d in data if d[0]]
    print("candidates: train %d (%d hit a missed quote), held-out %d (%d)"
          % (len(train), sum(d[1] for d in train), len(held), sum(d[1] for d in held)))
    w, u, c = {}, {}, 1
    rnd = random.Random(0)
    order = list(train)
    for _ in range(args.epochs):
        rnd.shuffle(order)
        for _, y, f, *_ in order:
            s = sum(w.get(x, 0) for x in f) + w.get("BIAS", 0)
            yy = 1 if y else -1
            if s * yy <= 0:
                for x in f + ["BIAS"]:
                    w[x] = w.get(x, 0) + yy
                    u[x] = u.get(x, 0) + yy * c
            c += 1
    avg = {k: w[k] - u[k] / c for k in w}

    def score(f):
        return sum(avg.get(x, 0) for x in f) + avg.get("BIAS", 0)

    print("%9s %6s %5s %5s %9s" % ("threshold", "kept", "hit", "P", "speaker"))
    ranked = sorted(((score(d[2]), d[1], d[7]) for d in held), reverse=True)
    for th in (2, 1, 0.5, 0, -0.5, -1):
        kept = [(y, r) for s, y, r in ranked if s > th]
        hits = sum(y for y, _ in kept)
        right = sum(r for _, r in kept)
        print("%9.1f %6d %5d %5.2f %4d %4.2f" % (th, len(kept), hits, hits / max(1, len(kept)),
                                                right, right / max(1, hits)))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as o:
            for did, p in pred.items():
                p = dict(p)
                qs = list(p.get("quotes") or [])
                text = docs[did]["text"]
                for _, _, f, d, cs, ce, sp, _ in data:
                    if d != did or score(f) <= args.threshold:
                        continue
                    q = {"kind": "indirect", "start": cs, "end": ce, "text": text[cs:ce],
                         "speaker": None}
                    if sp:
                        q.update(speaker=text[sp[0]:sp[1]], speaker_start=sp[0],
                                 speaker_end=sp[1])
                    qs.append(q)
                p["quotes"] = qs
                o.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
