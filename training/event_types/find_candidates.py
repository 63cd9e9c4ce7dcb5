"""Find candidate sentences for the silver event-type data (annotation aid, not a labeller).

Splits Reuters-21578 bodies and PolNeAR train texts into sentences, and for each PLOVER
type prints a seeded sample of sentences matching a few search words, plus a random
sample of other sentences.  The search words only *find* candidates; every label in
``silver.jsonl`` was assigned by a person reading the sentence.

Usage: python training/event_types/find_candidates.py TYPE N [--seed S] > batch.tsv
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SHARED = Path("/work/shared/data")
SEARCH = {
    "AGREE": r"\bagreed to\b|\bagreed on\b|\bpledged to\b|\bpromised to\b|\bwill cooperate\b|\breached (an )?agreement\b",
    "CONSULT": r"\bmet with\b|\bheld talks\b|\btalks with\b|\bvisit(ed|ing)?\b|\bmeets?\b|\bconferred\b|\bnegotiat",
    "SUPPORT": r"\bpraised\b|\bendorsed?\b|\bsigned\b|\bratif|\bwelcomed\b|\bbacked\b|\bthanked\b|\bcommended\b",
    "CONCEDE": r"\beased?\b|\blifted\b|\bpardon|\bapologi|\bcease-?fire\b|\bamnesty\b|\brelax(ed)?\b|\bconcession",
    "COOPERATE": r"\bjoint(ly)?\b|\bcooperat|\bexercises\b|\bextradit|\bswap\b|\bcollaborat",
    "AID": r"\baid\b|\bloans?\b|\bcredits?\b|\bgrant(ed|s)?\b|\bhumanitarian\b|\bdebt relief\b|\basylum\b|\bdonat",
    "RETREAT": r"\bwithdr[ae]w|\breleased\b|\bresign|\bpulled out\b|\bfreed\b|\bstepped down\b|\bback(ed)? down\b",
    "REQUEST": r"\burged?\b|\bcalled on\b|\bcalls? for\b|\basked\b|\bdemand(ed|s)?\b|\bappeal(ed)?\b",
    "ACCUSE": r"\baccus|\bcriticiz|\bcriticis|\bcharged\b|\binvestigat|\bsued\b|\bcondemn|\bblamed\b",
    "REJECT": r"\brejected\b|\brefused\b|\bturned down\b|\bveto(ed)?\b|\bdismissed\b|\bruled out\b",
    "THREATEN": r"\bthreat|\bwarned\b|\bretaliat|\bultimatum\b",
    "PROTEST": r"\bprotest|\bdemonstrat|\bstrik(e|ers|ing)\b|\bboycott|\brall(y|ies|ied)\b|\bmarch(ed)?\b|\bwalkout\b",
    "SANCTION": r"\bsanction|\bexpelled\b|\bconvicted\b|\btariffs?\b|\bembargo|\bbroke off\b|\bsentenced\b|\bsuspended\b",
    "MOBILIZE": r"\btroops\b|\bdeploy|\bwarships?\b|\bon alert\b|\bmobili[sz]|\bmassed\b|\bescort|\bnaval\b|\bpatrol",
    "COERCE": r"\barrest|\bdetain|\bseiz|\bbann(ed)?\b|\bcensor|\bdeport|\bcurfew\b|\bconfiscat|\bfroze\b",
    "ASSAULT": r"\bkill(ed|ing)\b|\battack(ed|s)?\b|\bbomb|\bshell(ed|ing)\b|\bshot\b|\braid|\bwounded\b|\bmissile",
}

# company and market wording: these sentences rarely state political events
CORPORATE = re.compile(
    r"<|\b(Inc|Corp|Ltd|Co|Plc|shares?|shareholders?|stock|dividend|debentures?|subsidiary|acquisition|"
    r"merger|earnings|profits?|revenues?|quarter|pct|cts|mln|billion|tonnes|bpd|barrels?)\b"
)


def sentences() -> list[tuple[str, str]]:
    """All (source, sentence) pairs of 8-55 words from both corpora."""
    out = []
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
    for line in open(SHARED / "reuters/reuters21578.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if set(d.get("topics") or []) & {"earn", "acq"}:
            continue
        body = re.sub(r"\s+", " ", d.get("body") or "").replace(" Reuter", "").strip()
        for s in split.split(body):
            out.append((f"reuters:{d['newid']}", s.strip()))
    for p in sorted((SHARED / "polnear/train/text").glob("*.txt")):
        body = re.sub(r"\s+", " ", p.read_text(encoding="utf-8"))
        for s in split.split(body):
            out.append((f"polnear:{p.name}", s.strip()))
    return [(src, s) for src, s in out if 8 <= len(s.split()) <= 55 and not s.isupper()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("type")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--source", choices=["any", "reuters", "polnear"], default="any")
    ap.add_argument("--regex", default=None, help="override the type's search words")
    ap.add_argument("--political", action="store_true", help="skip company and market news")
    args = ap.parse_args()
    pool = sentences()
    if args.political:
        pool = [p for p in pool if not CORPORATE.search(p[1])]
    if args.source != "any":
        pool = [p for p in pool if p[0].startswith(args.source)]
    if args.type == "NONE":
        cands = pool
    else:
        rx = re.compile(args.regex or SEARCH[args.type], re.I)
        cands = [p for p in pool if rx.search(p[1])]
    random.Random(args.seed).shuffle(cands)
    for src, s in cands[: args.n]:
        print(f"{src}\t{s}")


if __name__ == "__main__":
    main()
