"""Score dateline on the held-out *silver* set in ``eval/silver/``.

The silver files are hand annotations (FORMAT.md gold format) of public articles that the
developers have not tuned on: PolNeAR (2016 US politics) and Reuters-21578 (1987 newswire).
The article texts are not stored in the repository; each silver file names its text with
``text_source`` and this script rebuilds it from the shared data folder:

    {"corpus": "polnear", "path": "data/polnear/dev/text/<file>.txt", "chars": [start, end]}
    {"corpus": "reuters", "newid": 1416, "chars": [start, end]}
    {"corpus": "tempeval3", "file": "timebank.jsonl", "docid": "APW19980227.0489", "chars": [start, end]}

Offsets index the raw PolNeAR file, or the raw Reuters ``body`` field. Reuters bodies are
hard-wrapped at about 65 columns with indented paragraphs; :func:`reflow` joins the wrapped
lines so the extractor sees ordinary paragraphs (the rule is deterministic, so evidence
strings in the silver files are substrings of the rebuilt text).

Usage:
    python scripts/silver_eval.py [--shared ../shared] [--explain] [--json]
        [--only ID ...] [--texts DIR] [--records DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

SILVER = Path(__file__).resolve().parent.parent / "eval" / "silver"


def reflow(body: str) -> str:
    """Join a Reuters body's hard-wrapped lines into paragraphs.

    A line indented by spaces starts a new paragraph (Reuters' layout); the closing
    ``Reuter``/``REUTER`` signature is dropped because it is wire clutter, not text.

    Example:
        >>> reflow("A b\\nc.\\n    D e.\\n Reuter\\n")
        'A b c.\\n\\nD e.'
    """
    paras: list[list[str]] = [[]]
    for line in body.splitlines():
        if re.fullmatch(r"\s*reuter\s*", line, flags=re.IGNORECASE):
            continue
        if line.startswith(" ") and paras[-1]:
            paras.append([])
        if line.strip():
            paras[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paras if p)


def _reuters_bodies(shared: Path, wanted: set[int]) -> dict[int, str]:
    path = shared / "data" / "reuters" / "reuters21578.jsonl"
    bodies: dict[int, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["newid"] in wanted:
                bodies[rec["newid"]] = rec.get("body") or ""
    return bodies


def _tempeval_texts(shared: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The ``text`` of the wanted TempEval-3 documents, keyed by (file, docid); each file read once."""
    texts: dict[tuple[str, str], str] = {}
    for name in sorted({name for name, _ in wanted}):
        path = shared / "data" / "tempeval3" / name
        if not path.is_file():
            sys.exit(f"no TempEval-3 file {path}; pass --shared pointing at the shared folder")
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if (name, rec["docid"]) in wanted:
                    texts[(name, rec["docid"])] = rec["text"]
    return texts


def build_texts(shared: Path, silver: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The article text of every silver file, rebuilt from the shared data.

    Raises:
        SystemExit: a source file or Reuters record is missing.
    """
    wanted = {
        int(g["text_source"]["newid"]) for g in silver.values() if g["text_source"]["corpus"] == "reuters"
    }
    bodies = _reuters_bodies(shared, wanted) if wanted else {}
    timebank = _tempeval_texts(
        shared,
        {
            (g["text_source"]["file"], g["text_source"]["docid"])
            for g in silver.values()
            if g["text_source"]["corpus"] == "tempeval3"
        },
    )
    texts: dict[str, str] = {}
    for doc, gold in silver.items():
        src = gold["text_source"]
        start, end = src["chars"]
        if src["corpus"] == "polnear":
            path = shared / src["path"]
            if not path.is_file():
                sys.exit(f"{doc}: no PolNeAR file {path}; pass --shared pointing at the shared folder")
            texts[doc] = path.read_text(encoding="utf-8")[start:end].strip()
        elif src["corpus"] == "reuters":
            newid = int(src["newid"])
            if newid not in bodies:
                sys.exit(
                    f"{doc}: no Reuters record newid={newid} in {shared}/data/reuters/reuters21578.jsonl"
                )
            texts[doc] = reflow(bodies[newid][start:end])
        elif src["corpus"] == "tempeval3":
            key = (src["file"], src["docid"])
            if key not in timebank:
                sys.exit(f"{doc}: no TempEval-3 document {src['docid']} in {src['file']}")
            texts[doc] = timebank[key][start:end].strip()
        else:
            sys.exit(f"{doc}: unknown corpus {src['corpus']!r}; expected 'polnear', 'reuters' or 'tempeval3'")
    return texts


def check_evidence(silver: dict[str, dict[str, Any]], texts: dict[str, str]) -> list[str]:
    """Warnings for events whose ``evidence`` is not a substring of the rebuilt text."""
    out = []
    for doc, gold in silver.items():
        for ev in gold.get("events", []):
            evidence = ev.get("evidence")
            if evidence and evidence not in texts[doc]:
                out.append(f"{doc}: evidence not in text: {evidence!r}")
    return out


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def render_events(report: Any, *, explain: bool = False) -> str:
    """The silver report: events and entities only, since dates and quotes are not annotated.

    Args:
        report: a :class:`dateline.evaluate.Report` from ``score_records``.
        explain: add every event false positive/negative and wrong field, and every must_not hit.
    """
    cols = [
        "events.p",
        "events.r",
        "events.f1",
        "events.tp",
        "events.sys",
        "events.gold",
        "must_not",
        "entities.f1",
    ]
    heads = ["ev P", "ev R", "ev F1", "tp", "sys", "gold", "must_not", "ents F1"]
    rows = [["doc", *heads]]
    for d in [*report.documents, report.total]:
        figs = d.figures()
        rows.append([d.doc, *(_fmt(figs[c]) for c in cols)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(heads) + 1)]
    lines = [
        "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in rows
    ]
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    figs = report.total.figures()
    accs = "  ".join(
        f"{k.split('.', 1)[1]} {_fmt(v)}"
        for k, v in figs.items()
        if k.startswith("events.") and k.endswith("_acc")
    )
    lines += [
        "",
        f"events total: P {_fmt(figs['events.p'])}  R {_fmt(figs['events.r'])}  F1 {_fmt(figs['events.f1'])}  {accs}",
    ]
    lines.append(f"must_not hits: {report.total.must_not}")
    if explain:
        tags = {"false_positive": "FP", "false_negative": "FN", "wrong": "WRONG", "must_not": "MUST_NOT"}
        for d in report.documents:
            misses = [m for m in d.misses if m.list in ("events", "must_not") or m.kind == "must_not"]
            if not misses:
                continue
            lines += ["", f"## {d.doc}"]
            for m in misses:
                lines.append(f"  {tags[m.kind]:8} {m.what}")
                if m.evidence:
                    lines.append(f"{'':11}evidence: {m.evidence!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Rebuild the texts, extract, score, print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    ap.add_argument("--silver", type=Path, default=SILVER, help="folder of silver <id>.json files")
    ap.add_argument("--explain", action="store_true", help="list every false positive and negative")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument(
        "--full", action="store_true", help="print dateline's full table (dates/quotes are unannotated)"
    )
    ap.add_argument("--only", nargs="*", default=None, help="score only these document ids")
    ap.add_argument("--texts", type=Path, help="also write the rebuilt <id>.txt articles here")
    ap.add_argument("--records", type=Path, help="also write the system <id>.json records here")
    args = ap.parse_args(argv)

    silver = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.silver.glob("*.json"))}
    if args.only:
        silver = {k: v for k, v in silver.items() if k in set(args.only)}
    if not silver:
        sys.exit(f"{args.silver}: no silver <id>.json files")
    texts = build_texts(args.shared, silver)
    for warning in check_evidence(silver, texts):
        print("warning:", warning, file=sys.stderr)

    from dateline.evaluate import score_records
    from dateline.pipeline import process
    from dateline.records import Article

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        paths = []
        for doc, gold in silver.items():
            path = tmpdir / f"{doc}.txt"
            # The seed format: the first line starts with " date YYYY-MM-DD" and goes on with page text.
            path.write_text(f" date {gold['published']} {texts[doc]}\n", encoding="utf-8")
            (tmpdir / f"{doc}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
            paths.append(path)
        records: dict[str, dict[str, Any]] = {}
        for path, result in zip(paths, process(paths), strict=True):
            if isinstance(result, Article):
                records[path.stem] = result.to_json()
            else:
                print(f"warning: {path.stem}: rejected: {getattr(result, 'reason', result)}", file=sys.stderr)
        if args.texts:
            args.texts.mkdir(parents=True, exist_ok=True)
            for path in paths:
                (args.texts / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        if args.records:
            args.records.mkdir(parents=True, exist_ok=True)
            for doc, rec in records.items():
                (args.records / f"{doc}.json").write_text(
                    json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8"
                )
        report = score_records(tmpdir, records, explain=args.explain)
    if args.json or args.full:
        print(report.render("json" if args.json else "table"))
    else:
        print(render_events(report, explain=args.explain))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
