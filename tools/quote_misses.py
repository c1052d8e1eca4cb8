#!/usr/bin/env python3
"""Which gold quotes does lede miss, and why? (an analysis aid for make eval data)

usage: quote_misses.py GOLD.jsonl PRED.jsonl DOCS.jsonl [--half all|train|held]
                       [--top N] [--fp] [--examples WORD]
       quote_misses.py GOLD.jsonl PRED.jsonl DOCS.jsonl --speakers
                       [--half ...] [--examples CLASS|all]

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

--speakers lists instead the matched quotes whose speaker the scorer counts
wrong (its speaker_ok), by class (SPEAKER_CLASSES, first that applies),
with the gold speaker, lede's, how lede found it (q.speaker_via) and what
it refers to. It needs PRED written by tests/eval/predict.lua DOCS --via;
given make eval's build/eval/polnear.jsonl, which has no speaker_via, it
runs predict.lua --via itself on DOCS (build/lede.so must be built).
--examples CLASS prints each error of that class with its sentence.
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
from score import relaxed_pairs, speaker_ok, cue_ok, speaker_tokens, trim_span  # noqa: E402


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


SPEAKER_CLASSES = (
    ("other-relation", "gold's cue and lede's share no word: the match joins two attributions"),
    ("lede-nil", "lede gives no speaker, gold has one"),
    ("gold-nil", "gold has no speaker (an agentless or generic frame), lede names one"),
    ("same-referent", "what lede's speaker refers to is gold's speaker: another mention of them"),
    ("nested", "one speaker stands inside the other's quoted content"),
    ("continuation", "lede carries the speaker over from an earlier quote"),
    ("relative", "a relative pronoun or its antecedent (who, which, whose)"),
    ("pronoun", "either speaker is a personal pronoun"),
    ("passive-by", "gold's speaker is the agent of a passive (by X)"),
    ("description", "lede resolved a description (the spokeswoman) to a mention"),
    ("partial", "the two speakers share a word, neither holds the other"),
    ("other", "anything else"),
)
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
            "us", "me", "his", "its", "their", "our", "my", "your"}
RELATIVES = {"who", "which", "whose", "that", "whom"}


def speaker_class(g, p, text):
    """The first SPEAKER_CLASSES name that fits gold quote g and lede's p."""
    gs, ps = g.get("speaker"), p.get("speaker")
    if g.get("cue") and p.get("cue") and not cue_ok(g, p):
        return "other-relation"
    if ps is None:
        return "lede-nil"
    if gs is None:
        return "gold-nil"
    ref = p.get("speaker_ref")
    if ref and ref != ps and speaker_ok(g, {"speaker": ref}):
        return "same-referent"
    gss, pss = g.get("speaker_start"), p.get("speaker_start")
    if gss is not None and pss is not None and (
            g["start"] <= pss < g["end"] or p["start"] <= gss < p["end"]):
        return "nested"
    if p.get("speaker_via") == "continuation":
        return "continuation"
    gt, pt = speaker_tokens(gs), speaker_tokens(ps)
    if p.get("speaker_via") == "relative" or (gt and gt[0] in RELATIVES) \
            or (gt and gt[-1] in RELATIVES):
        return "relative"
    if p.get("speaker_via") == "pronoun" or (len(gt) == 1 and gt[0] in PRONOUNS):
        return "pronoun"
    if gss is not None and re.search(r"\bby\s+$", text[max(0, gss - 8):gss]):
        return "passive-by"
    if p.get("speaker_via") == "description":
        return "description"
    if set(gt) & set(pt):
        return "partial"
    return "other"


def with_via(docs_path, pred):
    """pred with speaker_via, running predict.lua --via when it has none."""
    if any("speaker_via" in q for r in pred.values() for q in r.get("quotes") or []):
        return pred
    import subprocess
    root = os.path.join(HERE, "..")
    env = dict(os.environ,
               LUA_PATH="%s/bindings/?.lua;%s/tests/eval/?.lua;;" % (root, root),
               LUA_CPATH="%s/build/?.so;;" % root)
    out = subprocess.run(["lua5.4", os.path.join(root, "tests", "eval", "predict.lua"),
                          docs_path, "--via"], env=env, check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    return {r["id"]: r for r in map(json.loads, out.splitlines()) if r}


def each_doc(args, gold, pred, docs):
    """Each gold document of the half asked for: id, text, gold and
    predicted quotes."""
    for did, g in gold.items():
        if args.half != "all" and held_out(did) != (args.half == "held"):
            continue
        yield (did, docs[did]["text"], g.get("quotes") or [],
               (pred.get(did) or {}).get("quotes") or [])


def speakers(args, gold, pred, docs):
    pred = with_via(args.docs, pred)
    byc, ex, n = Counter(), [], 0
    for did, text, gq, pq in each_doc(args, gold, pred, docs):
        P = [trim_span(text, q["start"], q["end"]) for q in pq]
        for i, j in relaxed_pairs([(q["start"], q["end"]) for q in gq], P):
            a, b = gq[i], pq[j]
            if "speaker" not in a:
                continue
            n += 1
            if speaker_ok(a, b):
                continue
            c = speaker_class(a, b, text)
            byc[c] += 1
            if args.examples in (c, "all"):
                marks = [x for x in (a["start"], b["start"], a.get("speaker_start"),
                                     b.get("speaker_start")) if x is not None]
                ends = [x for x in (a["end"], b["end"], a.get("speaker_end"),
                                    b.get("speaker_end")) if x is not None]
                s, e = max(0, min(marks) - 40), min(len(text), max(ends) + 20)
                ex.append("%s  [%s]\n  gold %r (cue %r)\n  lede %r via %s -> %r (cue %r)\n  ...%s..."
                          % (did, c, a.get("speaker"), a.get("cue"), b.get("speaker"),
                             b.get("speaker_via"), b.get("speaker_ref"), b.get("cue"),
                             text[s:e].replace("\n", " / ")))
    wrong = sum(byc.values())
    print("matched quotes with a speaker: %d; wrong speaker: %d (accuracy %.4f)"
          % (n, wrong, 1 - wrong / n if n else 0))
    for name, what in SPEAKER_CLASSES:
        print("%6d  %-15s %s" % (byc[name], name, what))
    for e in ex:
        print(e)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("docs")
    ap.add_argument("--half", default="all", choices=["all", "train", "held"])
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--fp", action="store_true")
    ap.add_argument("--examples")
    ap.add_argument("--speakers", action="store_true")
    args = ap.parse_args()
    gold, pred, docs = load(args.gold), load(args.pred), load(args.docs)
    if args.speakers:
        return speakers(args, gold, pred, docs)
    forms = lex_forms()
    miss, miss_ovl, fps = Counter(), Counter(), Counter()
    kinds = Counter()
    ex = []
    for did, text, gq, pq in each_doc(args, gold, pred, docs):
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
