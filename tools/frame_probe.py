#!/usr/bin/env python3
"""How much would a trained frame classifier add? (an analysis aid for make eval data)

usage: frame_probe.py GOLD.jsonl PRED.jsonl DOCS.jsonl [--strict [--comma]]
                      [--label right|hit] [--l2 L] [--epochs N] [--cv K]
                      [--drop KINDS] [--stats KINDS] [--show N]
                      [--kinds SUBJECTS] [--gold-verbs N]
                      [--threshold T --out MERGED.jsonl]

Reads lede's own output (build/eval/polnear.jsonl: sentences, entities,
quotes) and proposes, outside every predicted quote and quotation, one
candidate indirect quote per clause whose subject is
  - a PER/ORG name (with a possessive noun: "Smith's campaign"), a
    personal pronoun, or a determiner phrase ("the agency", "Others")
    opening the sentence or following a comma, "and", "but", "that";
  - "NAME, who ..." (the speaker is the name and the relative pronoun);
then auxiliaries, negation and -ly adverbs, then a verb and what follows
it: the words after the verb up to the clause's end are the candidate,
the subject its speaker. "X was VERBed by Y" gives X as the candidate and
Y as the speaker; "X was VERBed" gives X with no speaker.

A logistic regression (L2, averaged SGD) over the verb, its lemma and
suffix, the complement's kind (that/to/whether/NP/colon...), the subject's
kind and whether lede quotes that speaker elsewhere in the article,
negation and modals, the position in the article, the data/lex cue lists
the verb and the object's first words are in, learns, on the train half
only (tests/eval/half.py), whether a candidate overlaps a gold quote lede
misses and names its speaker (--label hit: overlaps it at all). It prints, on both halves, the candidates kept at each threshold,
how many hit such a quote (P), how many hits carry the gold speaker, and
the relaxed F1 and speaker accuracy that adding them would give. With
--out it writes PRED with the candidates kept at --threshold added, to be
scored by ../shared/eval/score.py (whole set; tests/eval/half.py for each
half).

Measured on lede e7d834f (--strict --comma --l2 0.01): out of fold on the
train half (--cv 5), precision falls from 0.7 to 0.5 as the kept
candidates grow from 50 to 150, and only 75-80% of the hits carry the gold
speaker; the held-out half is alike in precision (0.5-0.7) with 85-95% of
its few dozen hits right. The hits are too few and too mixed with clauses
PolNeAR leaves unannotated ("Clinton made an appearance" beside "Carson
made a bizarre attack") for a frame model on these features to add quotes
without lowering speaker accuracy: +0.003 F1 at most on unseen documents.

Measured again on lede 181676b (same flags, --cv 5). --kinds
PER,ORG,ORGPOSS,PERPOSS,PER_app,NP_app,PRON_he,PRON_she,REL (the subjects
whose hits most often carry the gold speaker) still gives out of fold only
73-87% of hits with the gold speaker (at precision 0.5-0.9), under the
0.93 the quotes hold. --gold-verbs N (only the verbs of missed train-half
gold cues that no cue list holds: "signed", "released", "filed", "doubling
down"...) does not carry over: held-out precision 0.3-0.5 and at most
+0.0007 F1 (N 1-3), as each such verb cues a gold quote only a few times
and stands as often where none is annotated.

The restricted model (--kinds above, threshold 0.5) is what lede now runs:
core/quotes_frames.c, trained by tools/train_frames.c (make train). On the
held-out half it added 0.0014 F1 (0.7981 -> 0.7995) with speaker accuracy
held; this probe stays the place to try features before they go into C.
"""
import argparse
import glob
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "eval"))
from half import held_out  # noqa: E402
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
from score import relaxed_pairs, speaker_ok  # noqa: E402
sys.path.insert(0, HERE)
from quote_misses import load  # noqa: E402

PRON = {"he", "she", "they", "we", "i", "it"}
DET = {"the", "a", "an", "this", "that", "these", "those", "our", "his", "her",
       "their", "its", "many", "some", "several", "most", "both", "other",
       "others", "critics", "officials", "experts", "supporters", "analysts",
       "democrats", "republicans", "voters", "aides", "advocates", "opponents"}
NEG = {"not", "n't", "never", "no"}
MODAL = {"will", "would", "could", "should", "might", "may", "must", "can"}
BE = {"was", "were", "is", "are", "been", "be", "being"}
HAVE = {"has", "have", "had"}
AUX = BE | HAVE | MODAL | NEG | {"did", "does", "do", "also", "already",
                                 "still", "just", "then", "later", "now",
                                 "again", "even", "once", "ever", "first",
                                 "publicly", "previously", "recently", "has",
                                 "repeatedly", "reportedly", "since", "long",
                                 "quickly", "immediately", "‘s", "’s", "'s"}
OPENERS = {"but", "and", "so", "yet", "now", "still", "meanwhile", "instead",
           "that", "because", "while", "when", "although", "though", "as",
           "if", "since", "after", "before", "where", "whether"}
NOTVERB = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
           "but", "with", "from", "by", "as", "that", "this", "who", "which",
           "said", "says", "say", "told", "tells", "added", "adds", "he",
           "she", "they", "it", "we", "i", "his", "her", "their", "its",
           "’s", "'s", "”", "“", "is", "was", "are", "were", "has", "have",
           "had", "be", "been", "also", "about", "after", "before", "during",
           "into", "over", "than", "then", "when", "where", "while", "if",
           "so", "not", "all", "more", "most", "one", "two", "three", "up",
           "out", "off", "down", "there", "here", "said.", "according", "s",
           "do", "did", "does", "will", "would", "can", "could", "should",
           "may", "might", "must", "own", "new", "former", "own", "—", "-"}
COMP = {"that": "that", "to": "to", "whether": "wh", "if": "wh", "why": "wh",
        "how": "wh", "what": "wh", "who": "wh", "when": "wh", ":": "colon",
        "the": "det", "a": "det", "an": "det", "his": "det", "her": "det",
        "their": "det", "its": "det", "this": "det", "it": "pron",
        "him": "pron", "them": "pron", "for": "for", "on": "on", "about": "about",
        "with": "with", "in": "in", "against": "against", "as": "as", "by": "by",
        "of": "of", "up": "up", "out": "out", ",": "comma", "“": "quote"}
STOP_CLAUSE = {";", "—", "–"}
OBJLISTS = {"cue_nouns", "cue_nouns_other", "quote_objects", "speech_verbs",
            "cue_noun_first", "quote_documents", "quote_works", "cue_findings",
            "quote_evidence"}
CUT_AFTER_COMMA = {"and", "but", "as", "while", "because", "although", "though",
                   "which", "who", "where", "when", "after", "before", "even",
                   "since", "including", "according"}
RAISING = {"appear", "seem", "becam", "become", "remain", "look", "emerg", "turn"}
IRREG = {"made", "took", "gave", "told", "held", "found", "got", "went", "came",
         "saw", "knew", "thought", "felt", "left", "kept", "brought", "sent",
         "spent", "won", "lost", "met", "paid", "put", "set", "ran", "began",
         "became", "wrote", "spoke", "chose", "drew", "fought", "led", "meant",
         "read", "sought", "stood", "struck", "taught", "threw", "understood",
         "built", "bought", "caught", "did", "heard", "laid", "let", "cut",
         "hit", "quit", "withdrew", "forgave", "gave", "rose", "shook", "swore",
         "tore", "woke", "broke", "hid", "bit", "ate", "fell", "flew", "grew",
         "hung", "lay", "rode", "sold", "shot", "sang", "sat", "slept", "stole",
         "sent", "bore", "dug", "forgot", "overtook", "undertook", "oversaw",
         "foresaw", "mistook", "upheld", "withheld"}
WORD = re.compile(r"[A-Za-z’'\-]+|[0-9][0-9,.]*|\S")


def lex_lists():
    lists = {}
    for fn in glob.glob(os.path.join(HERE, "..", "data", "lex", "*.txt")):
        name = os.path.basename(fn)[:-4]
        if not name.startswith(("cue_", "speech", "quote_", "attribution")):
            continue
        for line in open(fn, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                for w in line.split()[:1]:
                    lists.setdefault(w.lower(), set()).add(name)
    return lists


def lemma(v):
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if v.endswith(suf) and len(v) - len(suf) >= 3:
            return v[: len(v) - len(suf)] + rep
    return v


def in_quotes(text, s0, pos):
    """is pos inside a quotation opened earlier in its sentence?"""
    seg = text[s0:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


args_strict = False
args_comma = False


def candidates(text, pred, lists):
    """one dict per candidate: content span, speaker span, features."""
    quotes = [(q["start"], q["end"]) for q in pred.get("quotes") or []]
    ents = {e["start"]: e for e in pred.get("entities") or []
            if e["type"] in ("PER", "ORG")}
    sents = pred.get("sentences") or []
    # who lede already quotes in the article, by last word of the speaker
    quoted = {}
    for q in pred.get("quotes") or []:
        w = re.findall(r"\w+", q.get("speaker") or "")
        if w:
            quoted[w[-1].lower()] = quoted.get(w[-1].lower(), 0) + 1
    density = min(4, 3 * len(quotes) // max(1, len(sents)))
    out = []
    for si, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        toks = [(m.start() + s0, m.end() + s0, m.group()) for m in WORD.finditer(sent)]
        n = len(toks)
        has_qmark = any(c in sent for c in "“”\"")
        has_pred = any(a < s1 and b > s0 for a, b in quotes)
        heady = sum(1 for t in toks if t[2][0].isupper()) > 0.6 * n
        i = 0
        while i < n:
            t0, t1, w = toks[i]
            lw = w.lower()
            prev = toks[i - 1][2].lower() if i else "<s>"
            start_ok = i == 0 or prev in OPENERS or prev == "," or \
                (i == 1 and toks[0][2] in "“\"(")
            kind = None
            if t0 in ents:
                e = ents[t0]
                kind, j = e["type"], i + 1
                while j < n and toks[j][0] < e["end"]:
                    j += 1
                sp = (t0, toks[j - 1][1])
                # possessive head: "Smith's campaign"
                if w.endswith(("’s", "'s")) or (j < n and toks[j][2] in ("’s", "'s")):
                    k = j + (1 if j < n and toks[j][2] in ("’s", "'s") else 0)
                    if k < n and toks[k][2][:1].islower() and toks[k][2] not in NOTVERB:
                        kind, sp, j = kind + "POSS", (t0, toks[k][1]), k + 1
            elif lw in PRON and (start_ok or prev in ("and", "but", "that")):
                kind, j, sp = "PRON_" + lw, i + 1, (t0, t1)
            elif lw in DET and start_ok:
                # a short determiner phrase: up to 4 lowercase/capital words
                j = i + 1
                while j < n and j < i + 5 and toks[j][2][:1].isalpha() and \
                        toks[j][2].lower() not in NOTVERB - DET and \
                        not (toks[j][2].lower() in AUX and j > i + 1):
                    if lists.get(toks[j][2].lower()) and j > i + 1:
                        break
                    j += 1
                if lw in ("others", "critics", "officials", "experts", "supporters",
                          "analysts", "democrats", "republicans", "voters", "aides",
                          "advocates", "opponents"):
                    j = i + 1
                if j == i + 1 and lw not in ("others", "critics", "officials", "experts",
                                             "supporters", "analysts", "democrats",
                                             "republicans", "voters", "aides",
                                             "advocates", "opponents"):
                    i += 1
                    continue
                kind, sp = "NP", (t0, toks[j - 1][1])
            if kind is None:
                i += 1
                continue
            if not start_ok and not kind.startswith("PRON"):
                if args_strict:
                    i += 1
                    continue
                kind += "_mid"
            # "NAME, who ...", appositive "NAME, the governor, ..."
            rel = False
            if j + 1 < n and toks[j][2] == "," and toks[j + 1][2].lower() == "who":
                rel, j = True, j + 2
                sp = (sp[0], toks[j - 1][1])
                kind = "REL"
            elif j < n and toks[j][2] == "," and not kind.startswith("PRON"):
                k = j + 1
                while k < n and k < j + 10 and toks[k][2] not in (",", ".", ";"):
                    k += 1
                if k < n and k < j + 10 and toks[k][2] == "," and k > j + 1:
                    j = k + 1
                    kind += "_app"
            k, aux = j, []
            while k < n and (toks[k][2].lower() in AUX or
                             (toks[k][2].endswith("ly") and toks[k][2][:1].islower())):
                aux.append(toks[k][2].lower())
                k += 1
            if k + 1 >= n:
                i = max(i + 1, j)
                continue
            v = toks[k][2]
            lv = v.lower()
            if not v[:1].isalpha() or lv in NOTVERB or lv.endswith(("’s", "'s")) or \
                    (v[:1].isupper() and not heady) or in_quotes(text, s0, toks[k][0]) or \
                    any(a <= toks[k][0] < b for a, b in quotes):
                i = max(i + 1, j)
                continue
            if args_strict and not (lv.endswith(("ed", "es", "s", "ing")) or lv in IRREG or
                                    lv in lists or lemma(lv) in lists):
                i = max(i + 1, j)
                continue
            lem = lemma(lv)
            passive = bool(set(aux) & BE) and (lv.endswith(("ed", "en")) or lv in ("made", "told", "held", "said", "found", "brought", "sent", "put", "set", "cut", "hit", "led", "paid", "won", "given"))
            by = None
            if passive:
                cs, ce = sp
                if k + 1 < n and toks[k + 1][2].lower() == "by":
                    b = k + 2
                    if b < n:
                        e = ents.get(toks[b][0])
                        if e:
                            by = (toks[b][0], e["end"])
                        else:
                            bb = b
                            while bb < n and bb < b + 5 and toks[bb][2][:1].isalnum():
                                bb += 1
                            if bb > b:
                                by = (toks[b][0], toks[bb - 1][1])
                speaker = by
            else:
                cs = toks[k + 1][0]
                ce = s1
                for a, b in quotes:
                    if a >= cs and a < ce:
                        ce = a
                for x, t in enumerate(toks[k + 1:], k + 1):
                    if t[2] in STOP_CLAUSE or (args_strict and t[2] == "," and (
                            args_comma or (x + 1 < n and toks[x + 1][2].lower() in CUT_AFTER_COMMA))):
                        ce = min(ce, t[0])
                        break
                while ce > cs and text[ce - 1] in " .,;:\n\"”“":
                    ce -= 1
                speaker = sp
                if args_strict and kind == "PRON_it" and lem in RAISING:
                    speaker = None
            if ce <= cs or any(a < ce and b > cs for a, b in quotes):
                i = max(i + 1, j)
                continue
            nx = toks[k + 1][2]
            lnx = nx.lower()
            comp = COMP.get(lnx, "cap" if nx[:1].isupper() else ("num" if nx[:1].isdigit() else "word"))
            lem = lemma(lv)
            f = ["v=" + lv, "lem=" + lem, "suf=" + lv[-3:], "suf2=" + lv[-2:],
                 "comp=" + comp, "kind=" + kind, "kc=%s_%s" % (kind.split("_")[0], comp),
                 "vc=%s_%s" % (lem, comp), "nx=" + lnx,
                 "neg=%d" % bool(set(aux) & NEG), "modal=%d" % bool(set(aux) & MODAL),
                 "have=%d" % bool(set(aux) & HAVE), "pass=%d%d" % (passive, by is not None),
                 "naux=%d" % min(3, len(aux)), "qmark=%d" % has_qmark,
                 "haspred=%d" % has_pred, "heady=%d" % heady,
                 "sentpos=%d" % min(4, si // 3), "start=%d" % start_ok,
                 "clen=%d" % min(6, (ce - cs) // 25), "ing=%d" % lv.endswith("ing")]
            obj = [t[2].lower() for t in toks[k + 1:k + 7] if t[0] < ce]
            ol = set()
            for o in obj:
                ol |= lists.get(o, set()) | lists.get(lemma(o), set())
            f += ["objlex=" + x for x in sorted(ol & OBJLISTS)] or ["objlex=none"]
            sw = re.findall(r"\w+", text[sp[0]:sp[1]])
            nq = quoted.get(sw[-1].lower(), 0) if sw else 0
            f += ["quoted=%d" % min(3, nq), "density=%d" % density,
                  "kq=%s_%d" % (kind.split("_")[0], min(2, nq))]
            f += ["lex=" + x for x in sorted(lists.get(lv, ["none"]))]
            f += ["lexl=" + x for x in sorted(lists.get(lem, ["none"]))]
            out.append({"cs": cs, "ce": ce, "sp": speaker, "f": f, "sent": si,
                        "cue": (toks[k][0], toks[k][1])})
            i = max(i + 1, j)
    return out


def train_lr(data, epochs, l2, seed=0):
    w = {}
    rnd = random.Random(seed)
    order = list(data)
    lr0 = 0.1
    step = 0
    avg, cnt = {}, 0
    for ep in range(epochs):
        rnd.shuffle(order)
        for d in order:
            step += 1
            lr = lr0 / (1 + 0.0005 * step)
            z = sum(w.get(x, 0.0) for x in d["f"]) + w.get("BIAS", 0.0)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - d["y"]
            for x in d["f"] + ["BIAS"]:
                w[x] = w.get(x, 0.0) * (1 - lr * l2) - lr * g
        if ep >= epochs // 2:
            cnt += 1
            for x, v in w.items():
                avg[x] = avg.get(x, 0.0) + v
    return {x: v / cnt for x, v in avg.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("docs")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--out")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--comma", action="store_true",
                    help="with --strict, a candidate ends at its first comma")
    ap.add_argument("--cv", type=int, default=0,
                    help="score the train half out of fold (K folds by document)")
    ap.add_argument("--strict", action="store_true",
                    help="subjects only at a clause's start, verbs only verb-like words")
    ap.add_argument("--stats", help="rate of positives per value of these feature kinds")
    ap.add_argument("--drop", help="feature kinds left out, e.g. v,lem,nx")
    ap.add_argument("--label", choices=("hit", "right"), default="right",
                    help="learn hits of a missed quote, or only hits with its speaker")
    ap.add_argument("--kinds", help="keep only these subject kinds, e.g. PER,ORG,PRON_he")
    ap.add_argument("--gold-verbs", type=int, default=0, metavar="N",
                    help="keep only verbs whose lemma is in no cue list and is in the cues"
                         " of at least N missed gold quotes of the train half")
    args = ap.parse_args()
    global args_strict, args_comma
    args_strict, args_comma = args.strict, args.comma
    gold, pred, docs = load(args.gold), load(args.pred), load(args.docs)
    lists = lex_lists()
    data = []
    gold_lemmas = {}  # lemma -> missed train-half gold quotes whose cue holds it
    base = {False: [0, 0, 0, 0, 0], True: [0, 0, 0, 0, 0]}  # tp pred gold spk_ok spk_n
    for did, g in gold.items():
        h = held_out(did)
        gq = g.get("quotes") or []
        pq = (pred.get(did) or {}).get("quotes") or []
        pairs = relaxed_pairs([(q["start"], q["end"]) for q in gq],
                              [(q["start"], q["end"]) for q in pq])
        matched = {i for i, _ in pairs}
        b = base[h]
        b[0] += len(pairs)
        b[1] += len(pq)
        b[2] += len(gq)
        for i, j in pairs:
            if "speaker" in gq[i]:
                b[4] += 1
                b[3] += speaker_ok(gq[i], pq[j])
        missed = [q for i, q in enumerate(gq) if i not in matched]
        if not h:
            for q in missed:
                for v in set(WORD.findall((q.get("cue") or "").lower())):
                    gold_lemmas[lemma(v)] = gold_lemmas.get(lemma(v), 0) + 1
        text = docs[did]["text"]
        for c in candidates(text, pred.get(did) or {}, lists):
            hit = [q for q in missed if q["start"] < c["ce"] and q["end"] > c["cs"]]
            p = {"speaker": None}
            if c["sp"]:
                p = {"speaker": text[c["sp"][0]:c["sp"][1]], "speaker_start": c["sp"][0],
                     "speaker_end": c["sp"][1]}
            right = any(speaker_ok(q, p) for q in hit)
            c.update(did=did, held=h, y=1 if (right if args.label == "right" else hit) else 0,
                     right=right, hit=hit)
            data.append(c)
    if args.kinds:
        keep = {"kind=" + k for k in args.kinds.split(",")}
        data = [d for d in data if keep & set(d["f"])]
    if args.gold_verbs:
        data = [d for d in data if gold_lemmas.get(d["f"][1][4:], 0) >= args.gold_verbs
                and "lexl=none" in d["f"] and "lex=none" in d["f"]]
    train = [d for d in data if not d["held"]]
    held = [d for d in data if d["held"]]
    print("candidates: train %d (%d hit a missed quote, %d with its speaker), held-out %d (%d, %d)"
          % (len(train), sum(d["y"] for d in train), sum(d["right"] for d in train),
             len(held), sum(d["y"] for d in held), sum(d["right"] for d in held)))
    if args.stats:
        from collections import Counter
        for pre in args.stats.split(","):
            tot = {False: Counter(), True: Counter()}
            pos = {False: Counter(), True: Counter()}
            for d in data:
                for x in d["f"]:
                    if x.startswith(pre + "="):
                        tot[d["held"]][x] += 1
                        pos[d["held"]][x] += d["y"]
            allk = tot[False] + tot[True]
            for x, nn in allk.most_common(25):
                print("%-28s train %4d/%4d %.2f   held %4d/%4d %.2f" % (
                    x, pos[False][x], tot[False][x], pos[False][x] / max(1, tot[False][x]),
                    pos[True][x], tot[True][x], pos[True][x] / max(1, tot[True][x])))
    if args.drop:
        drop = tuple(x + "=" for x in args.drop.split(","))
        for d in data:
            d["f"] = [x for x in d["f"] if not x.startswith(drop)]
    def sig(z):
        return 1 / (1 + math.exp(-max(-30, min(30, z))))

    if args.cv:
        # pooled out-of-fold scores over the train half: what the curve
        # looks like on unseen documents without looking at the held-out half
        import zlib
        fold = {d["did"]: zlib.crc32(d["did"].encode()[::-1]) % args.cv for d in train}
        for k in range(args.cv):
            wk = train_lr([d for d in train if fold[d["did"]] != k], args.epochs, args.l2)
            for d in train:
                if fold[d["did"]] == k:
                    d["cv"] = sig(sum(wk.get(x, 0.0) for x in d["f"]) + wk.get("BIAS", 0.0))
    w = train_lr(train, args.epochs, args.l2)

    def score(d):
        return sum(w.get(x, 0.0) for x in d["f"]) + w.get("BIAS", 0.0)

    for d in data:
        d["s"] = sig(score(d))
    if args.cv:
        for d in train:
            d["s"] = d["cv"]

    def kept_at(ds, th):
        # the best candidate of each group of overlapping ones, each gold quote once
        ds = sorted((d for d in ds if d["s"] > th), key=lambda d: -d["s"])
        keep, used = [], set()
        for d in ds:
            if any(k["did"] == d["did"] and k["cs"] < d["ce"] and k["ce"] > d["cs"] for k in keep):
                continue
            keep.append(d)
        hits = right = 0
        for d in keep:
            free = [q for q in d["hit"] if (d["did"], q["start"]) not in used]
            if free:
                used.add((d["did"], free[0]["start"]))
                hits += 1
                p = {"speaker": None}
                if d["sp"]:
                    p = {"speaker": "x", "speaker_start": d["sp"][0], "speaker_end": d["sp"][1]}
                    tx = docs[d["did"]]["text"]
                    p["speaker"] = tx[d["sp"][0]:d["sp"][1]]
                right += any(speaker_ok(q, p) for q in free)
        return keep, hits, right

    for name, ds, h in (("train" + (" (%d-fold, out of fold)" % args.cv if args.cv else ""), train, False), ("held-out", held, True)):
        tp, npred, ngold, sok, sn = base[h]
        f0 = 2 * tp / (npred + ngold)
        print("== %s: base F1 %.4f (tp %d pred %d gold %d), speaker %.4f (%d/%d)"
              % (name, f0, tp, npred, ngold, sok / sn, sok, sn))
        print("%9s %6s %5s %5s %5s %5s %7s %7s" % ("threshold", "kept", "hit", "P", "spk",
                                                  "spkP", "F1", "spkacc"))
        for th in (0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3):
            keep, hits, right = kept_at(ds, th)
            f1 = 2 * (tp + hits) / (npred + len(keep) + ngold)
            print("%9.2f %6d %5d %5.2f %5d %5.2f %7.4f %7.4f"
                  % (th, len(keep), hits, hits / max(1, len(keep)), right,
                     right / max(1, hits), f1, (sok + right) / (sn + hits)))
    if args.show:
        top = sorted(held, key=lambda d: -d["s"])[: args.show]
        for d in top:
            tx = docs[d["did"]]["text"]
            print("%.2f y=%d r=%d spk=%r cue=%r | %s" % (
                d["s"], d["y"], d["right"], tx[d["sp"][0]:d["sp"][1]] if d["sp"] else None,
                tx[d["cue"][0]:d["cue"][1]], tx[d["cs"]:d["ce"]][:80]))
    top = sorted(w.items(), key=lambda x: -abs(x[1]))[:40]
    print("heaviest weights:", " ".join("%s=%.2f" % kv for kv in top))
    if args.out:
        keep, _, _ = kept_at(data, args.threshold)
        by = {}
        for d in keep:
            by.setdefault(d["did"], []).append(d)
        with open(args.out, "w", encoding="utf-8") as o:
            for did, p in pred.items():
                p = dict(p)
                qs = list(p.get("quotes") or [])
                text = docs[did]["text"]
                for d in by.get(did, []):
                    q = {"kind": "indirect", "start": d["cs"], "end": d["ce"],
                         "text": text[d["cs"]:d["ce"]], "speaker": None,
                         "cue": text[d["cue"][0]:d["cue"][1]]}
                    if d["sp"]:
                        q.update(speaker=text[d["sp"][0]:d["sp"][1]],
                                 speaker_start=d["sp"][0], speaker_end=d["sp"][1])
                    qs.append(q)
                p["quotes"] = qs
                o.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
