"""PLOVER gold-standard records: sentence-level event typing and source actor coding.

dateline codes an act with its status; the GSR codes the sentence's commitment, so a
planned or pledged cooperative act is scored as AGREE and a negated one as REJECT
(PLOVER's own coding habits; see ``_gsr_convention``).

Each record is one sentence with its gold ``event`` type (one of the 16 PLOVER
types) and ``source``/``target`` actors with ISO-3 ``code``. dateline runs its
pipeline on the sentence and takes its *main* event: the extracted event whose
trigger sits highest in the parse tree; when no event with resolved actors was
found, the sentence typer (``extract.events.sentence_type``) still gives a type.

Figures: type accuracy, macro F1 over the types present in gold, source and
target country-code accuracy (over records whose gold side has a code and for
which dateline named a side), and coverage (share of records with a type).

GSR conventions applied when mapping dateline's reading to the GSR's codes:

- every international body (IGO or international NGO without a state) is coded ``IGO``,
  and an armed group without a state (al-Qaida, Islamic State) ``IMG`` (CAMEO's
  international militarised group);
- an actor the sentence does not name ("Demonstrators in Baghdad", "a roadside bombing
  near the town of Samarra", "people ... in Hong Kong") is coded by the state where it
  acted: the GSR writes the place as the actor's text and its state as the code (7 of
  the 163 dev records). When dateline finds no actor at all for the acting side, the
  place of the action (``ActorIndex.place_of``) gives the source code. On the dev
  records (2026-11-28 tree) this moved source accuracy from 0.809 to 0.858; the figure
  without it is what dateline's named actors alone achieve.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import EvalError

# Dates in the records are placeholders; the sentences are undated wire copy.
_PLACEHOLDER_DATE = "2000-01-01"


def load(path: Path) -> list[dict[str, Any]]:
    """Read the records (a JSON list, or JSON lines)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl"))
        if not files:
            raise EvalError(f"{path}: no PLOVER .json/.jsonl file in this folder")
        return [r for f in files for r in load(f)]
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}: neither a JSON list nor JSON lines ({exc})") from exc
    if not isinstance(data, list) or not all(
        isinstance(r, dict) and "text" in r and "event" in r for r in data
    ):
        raise EvalError(f"{path}: expected a list of records with 'text' and 'event' fields")
    return data


def _codes(side: Any) -> set[str]:
    if not side:
        return set()
    if isinstance(side, dict):
        side = [side]
    return {a["code"] for a in side if isinstance(a, dict) and a.get("code")}


def predict(text: str) -> dict[str, Any]:
    """dateline's reading of one sentence: type, mode, source and target country codes."""
    from ..clean import document_id
    from ..extract.events import event_arguments, event_status, sentence_type
    from ..parse import parse
    from ..pipeline import analyse
    from ..records import Document
    from ..resolve.actors import resolve_actors

    document = Document(document_id(text, _PLACEHOLDER_DATE), "<plover>", text, _PLACEHOLDER_DATE)
    parsed = parse(document)
    actors = resolve_actors(parsed)
    art = analyse(parsed, actors=actors)
    # the type: the trigger highest in the sentence's parse tree
    best = None
    for sent in parsed.doc.sents:
        found = sentence_type(sent)
        if found and (best is None or _depth(found[2]) < _depth(best[2])):
            best = found
    etype = mode = None
    src: list[str] = []
    tgt: list[str] = []
    named = False  # whether dateline found any actor for the acting side
    if best is not None:
        etype, mode, trig = best
        etype = _gsr_convention(etype, event_status(trig, etype, parsed, actors))
        same = [e for e in art.events if e.start <= trig.idx < e.end and e.source]
        if same:
            by_name = {e.name: e for e in art.entities}
            # a group the event coder names itself ("Afghan rebels": an ORG of Afghanistan) is
            # no article entity; its entity comes back from the coder's own argument reading
            if any(n not in by_name for n in (*same[0].source, *same[0].target)):
                s_ents, t_ents = event_arguments(trig, etype, parsed, actors)
                by_name.update({e.name: e for e in [*s_ents, *t_ents] if e.name not in by_name})
            src = [c for n in same[0].source if n in by_name for c in _countries(by_name[n], actors)]
            tgt = [c for n in same[0].target if n in by_name for c in _countries(by_name[n], actors)]
            named = True
        else:
            s_ents, t_ents = event_arguments(trig, etype, parsed, actors)
            src = [c for e in s_ents for c in _countries(e, actors)]
            tgt = [c for e in t_ents for c in _countries(e, actors)]
            named = bool(s_ents)
    root = next(parsed.doc.sents).root
    if not src:
        # no trigger or no actor for it: the acting side is the main clause's subject
        s_ents, _ = event_arguments(root, etype or "CONSULT", parsed, actors)
        src = [c for e in s_ents for c in _countries(e, actors)]
        named = named or bool(s_ents)
    if not src and not named:
        # the GSR's convention for an unnamed actor ("demonstrators", "a roadside bomb"): the
        # state where it acted ("Demonstrators in Baghdad" -> IRQ)
        place = actors.place_of(best[2] if best is not None else root)
        src = [place.country] if place is not None and place.country else []
    return {"type": etype, "mode": mode, "source_codes": src, "target_codes": tgt}


# PLOVER codes a sentence by what it commits to, where dateline keeps the act and its status:
# "X will provide aid" is dateline's AID (pledged) and PLOVER's AGREE (a future-tense
# cooperative commitment, shared/gold/PLOVER.md); "X failed to reach agreement" is dateline's
# AGREE (negated) and PLOVER's REJECT (a refusal).
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def _gsr_convention(etype: str, status: str) -> str:
    if etype in _COOPERATIVE and status in ("planned", "pledged"):
        return "AGREE"
    if etype in _COOPERATIVE and status == "negated":
        return "REJECT"
    return etype


def _depth(tok) -> int:
    return sum(1 for _ in tok.ancestors)


def _countries(entity, actors) -> list[str]:
    """Actor codes as the GSR writes them: ISO-3 of the state, or IGO/NGO for international bodies."""
    if not entity.country and entity.sector in ("IGO", "NGO"):
        return ["IGO"]  # the GSR codes every international body IGO (Amnesty, the Red Cross too)
    if not entity.country and entity.sector == "REB" and _known_stateless(entity):
        return ["IMG"]  # CAMEO's code of a stateless armed group (al-Qaida, Islamic State) and its people
    out = [entity.country] if entity.country else []
    state = actors.state_of(entity)
    if state is not None and state.country and state.country not in out:
        out.append(state.country)
    return out


def _known_stateless(entity) -> bool:
    """True for an armed group the gazetteer lists without a state, or a person it lists as one's leader.

    An unknown rebel group the text does not place is of an unknown state, not an international one.
    """
    from ..resolve.gazetteer import load as gazetteer

    gaz = gazetteer()
    entry = gaz.lookup(entity.name)
    return (entry is not None and entry.country is None) or bool(gaz.people(entity.name))


def evaluate(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score dateline on PLOVER gold-standard records.

    Args:
        path: the records file (``plover_gsr_dev.json``) or a folder of them.
        limit: score only the first N records.

    Returns:
        A flat dict of figures (see the module docstring) plus per-type F1.
    """
    records = load(Path(path))
    if limit:
        records = records[:limit]
    t0 = time.perf_counter()
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    correct = typed = src_ok = src_n = tgt_ok = tgt_n = 0
    for rec in records:
        gold = rec["event"]
        pred = predict(rec["text"])
        n_gold[gold] += 1
        if pred["type"]:
            typed += 1
            n_pred[pred["type"]] += 1
        if pred["type"] == gold:
            correct += 1
            tp[gold] += 1
        gsrc, gtgt = _codes(rec.get("source")), _codes(rec.get("target"))
        if gsrc:
            src_n += 1
            src_ok += bool(set(pred["source_codes"]) & gsrc)
        if gtgt:
            tgt_n += 1
            tgt_ok += bool(set(pred["target_codes"]) & gtgt)
    n = len(records)
    per_type = {}
    for t in sorted(n_gold):
        p = tp[t] / n_pred[t] if n_pred[t] else 0.0
        r = tp[t] / n_gold[t]
        per_type[f"f1_{t}"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    macro = sum(per_type.values()) / len(per_type) if per_type else 0.0
    return {
        "records": n,
        "type_accuracy": round(correct / n, 3) if n else 0.0,
        "type_macro_f1": round(macro, 3),
        "coverage": round(typed / n, 3) if n else 0.0,
        "source_code_accuracy": round(src_ok / src_n, 3) if src_n else None,
        "target_code_accuracy": round(tgt_ok / tgt_n, 3) if tgt_n else None,
        "seconds": round(time.perf_counter() - t0, 2),
        **per_type,
    }
