"""Events from a language model: an optional extractor behind the rule extractor's interface.

Off by default. When a chat-completions endpoint in the OpenAI format is configured
(vLLM, llama.cpp server, Ollama, a hosted API; see ``docs/llm.md``),
:func:`find_events_llm` takes the place of :func:`dateline.extract.events.find_events`:

1. *Ask.* One ``POST {base_url}/chat/completions`` per article (per chunk of a long
   one): the system prompt is a compact PLOVER guide (``data/llm/system.md``), the user
   message the publication date, the article's entity names and its text
   (``data/llm/user.md``). The answer is constrained by a JSON schema
   (``data/llm/schema.json``) through ``response_format: json_schema``; a server that
   answers 400 to that gets ``json_object`` with the schema spelled out in the prompt.
   5xx, 429, timeouts and refused connections are retried ``max_retries`` times.
2. *Check.* A model may invent, so nothing it says is taken on trust:

   * ``evidence`` must occur verbatim in the article, up to whitespace and curly vs
     straight quotes; the offsets are where it was found. Otherwise the event is rejected.
   * ``type`` and ``status`` must be in the PLOVER enums (``data/llm/plover.json``),
     or the event is rejected; a ``mode`` foreign to the type is dropped.
   * source and target names are mapped to the article's entities (name, alias or
     mention, case-insensitive; or another gazetteer name of the same state or body), each followed by the state it acts for; a name that is
     not an entity is kept only if it occurs in the article (ignoring case). An event left
     without a source is rejected, as the rule extractor does.
   * an amount needs a positive value and a three-letter ISO 4217 code; the amount
     extractor's own record inside the evidence is reused when it agrees (it has
     offsets and the USD value). A date must look like ``YYYY[-MM[-DD]]``; when the
     model gives none, a date fact inside the evidence is used. A location must occur
     in the article, and so must the goods of an item.

Every rejection is logged with its reason and counted in :class:`LLMResult`.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from string import Template
from typing import Any, Protocol

from ..errors import ConfigError, DatelineError
from ..parse import Parsed
from ..records import Amount, DateRef, Entity, Event, Item, Quote
from ..resolve.actors import ActorIndex
from ..resolve.gazetteer import load as load_gazetteer
from .amounts import convert
from .events import find_events

EXTRACTOR = "dateline.events.llm.v1"
DEFAULT_CONFIDENCE = 0.5

log = logging.getLogger(__name__)

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})  # fmt: skip
_THINK = re.compile(r"<think>.*?</think>", re.S)
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


# --------------------------------------------------------------------------- errors


class LLMError(DatelineError):
    """The language-model endpoint failed or answered something that is not usable.

    Attributes:
        url: the endpoint that was called.
        message: what went wrong, without the url.
        status: the HTTP status of the last answer, or None (timeout, no connection).
    """

    def __init__(self, url: str, message: str, status: int | None = None) -> None:
        super().__init__(f"LLM endpoint {url}: {message}")
        self.url = url
        self.message = message
        self.status = status


# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to ask a model for events.

    Attributes:
        base_url: the OpenAI-compatible API root, e.g. ``http://localhost:8000/v1``;
            requests go to ``{base_url}/chat/completions``.
        model: the model name the server knows (``ollama list``, vLLM's ``--served-model-name``).
        api_key: bearer token, or None (local servers need none). Never shown in ``repr``.
            The extractor reads no environment: ``from_settings`` takes the key from the
            ``llm_api_key`` setting, which ``dateline.settings.load`` fills from the
            ``DATELINE_LLM_API_KEY`` environment variable.
        timeout: seconds to wait for one answer (local models on CPU are slow).
        max_retries: extra attempts after a 5xx, 429, timeout or refused connection.
        temperature: sampling temperature; 0 for repeatable answers.
        retry_backoff: seconds before the first retry, doubled for each further one.
        max_chars: articles longer than this are sent in chunks of whole paragraphs,
            so small context windows are not overrun.
        max_tokens: the answer's token budget, or None for the server's default.
    """

    base_url: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 120.0
    max_retries: int = 2
    temperature: float = 0.0
    retry_backoff: float = 1.0
    max_chars: int = 12_000
    max_tokens: int | None = None

    @property
    def url(self) -> str:
        """The chat-completions endpoint."""
        return self.base_url.rstrip("/") + "/chat/completions"

    @classmethod
    def from_settings(cls, settings: Any) -> LLMConfig | None:
        """The config the settings describe, or None when no LLM url is set (the default).

        Raises:
            ConfigError: ``llm_url`` is set but ``llm_model`` is not.
        """
        url = getattr(settings, "llm_url", None)
        if not url:
            return None
        model = getattr(settings, "llm_model", None)
        if not model:
            raise ConfigError(
                f"llm_url is set to {url!r} but llm_model is not; set llm_model to the name the server "
                'serves (e.g. llm_model = "qwen2.5:7b-instruct" for Ollama)'
            )
        timeout = getattr(settings, "llm_timeout", None)
        return cls(
            base_url=url,
            model=model,
            api_key=getattr(settings, "llm_api_key", None) or None,
            **({"timeout": float(timeout)} if timeout else {}),
        )


def select_event_extractor(settings: Any) -> Callable[..., list[Event]]:
    """The event extractor the settings ask for: the rules by default, the LLM when ``llm_url`` is set.

    The returned callable has the signature of
    ``find_events(parsed, actors, dates, amounts, items, quotes)``.

    Example:
        >>> from dateline.settings import Settings
        >>> select_event_extractor(Settings()) is find_events
        True
    """
    config = LLMConfig.from_settings(settings)
    if config is None:
        return find_events
    return partial(find_events_llm, config=config)


# --------------------------------------------------------------------------- data files


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    root = resources.files("dateline").joinpath("data", "llm")
    read = lambda name: root.joinpath(name).read_text(encoding="utf-8")  # noqa: E731
    plover = json.loads(read("plover.json"))
    return {
        "system": read("system.md"),
        "user": Template(read("user.md")),
        "schema": json.loads(read("schema.json")),
        "types": {t: frozenset(m) for t, m in plover["types"].items()},
        "statuses": frozenset(plover["statuses"]),
    }


def build_messages(text: str, published: str | None, entities: Sequence[Entity]) -> list[dict[str, str]]:
    """The chat messages for one article (or chunk): the PLOVER guide, then the article.

    Example:
        >>> build_messages("Japan sent aid.", "2024-01-08", [])[1]["content"].splitlines()[0]
        'Publication date: 2024-01-08'
    """
    lines = []
    for e in entities:
        if not e.mentions:  # synthesised from the gazetteer, never named here
            continue
        facts = ", ".join(x for x in (e.type, e.country, e.sector) if x)
        others = [a for a in dict.fromkeys([*e.aliases, *(m.text for m in e.mentions)]) if a != e.name]
        lines.append(f"- {e.name} ({facts})" + (f"; also written: {', '.join(others)}" if others else ""))
    user = _data()["user"].substitute(
        published=published or "unknown", entities="\n".join(lines) or "(none found)", article=text
    )
    return [{"role": "system", "content": _data()["system"]}, {"role": "user", "content": user}]


# --------------------------------------------------------------------------- transport


class ChatClient(Protocol):
    """Anything that can send one chat-completions request body and return the decoded answer."""

    def post(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send ``payload``; return the JSON answer. Raise :class:`LLMError` on failure."""
        ...  # pragma: no cover


class HTTPChatClient:
    """A chat-completions client on ``urllib.request``: retries, timeouts, helpful errors.

    Args:
        config: endpoint, key, timeout and retry policy.
        opener: the function that opens a request (``urllib.request.urlopen``); a seam for tests.
    """

    def __init__(self, config: LLMConfig, opener: Callable[..., Any] | None = None) -> None:
        self.config = config
        self._open = opener or urllib.request.urlopen
        self.requests = 0  # how many HTTP requests were made, retries included

    def post(self, payload: dict[str, Any]) -> dict[str, Any]:
        """POST ``payload`` as JSON; retry transient failures; return the decoded JSON answer.

        Raises:
            LLMError: a 4xx answer (not retried: the request itself is wrong), or a 5xx,
                429, timeout or connection failure that outlasted the retries, or an
                answer that is not JSON.
        """
        cfg = self.config
        body = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if cfg.api_key:
            headers["Authorization"] = f"Bearer {cfg.api_key}"
        last: LLMError | None = None
        for attempt in range(cfg.max_retries + 1):
            if attempt:
                time.sleep(cfg.retry_backoff * 2 ** (attempt - 1))
            self.requests += 1
            request = urllib.request.Request(cfg.url, data=body, headers=headers, method="POST")
            try:
                with self._open(request, timeout=cfg.timeout) as resp:
                    raw = resp.read()
            except urllib.error.HTTPError as exc:
                detail = _error_detail(exc)
                err = LLMError(cfg.url, f"HTTP {exc.code}: {detail}", status=exc.code)
                if exc.code < 500 and exc.code != 429:
                    raise err from None
                last = err
            except TimeoutError:  # socket.timeout is an alias since Python 3.10
                last = _timeout_error(cfg)
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    last = _timeout_error(cfg)
                else:
                    last = LLMError(
                        cfg.url, f"cannot connect ({exc.reason}); is the server running and llm_url right?"
                    )
            except (ConnectionError, http.client.HTTPException) as exc:  # the server hung up mid-answer
                last = LLMError(cfg.url, f"connection broken ({type(exc).__name__}: {exc})")
            else:
                try:
                    return json.loads(raw)
                except ValueError:
                    raise LLMError(cfg.url, f"answer is not JSON: {raw[:200]!r}") from None
            log.info("%s (attempt %d of %d)", last, attempt + 1, cfg.max_retries + 1)
        assert last is not None
        raise LLMError(
            cfg.url,
            f"{last.message} (gave up after {cfg.max_retries + 1} attempts)",
            last.status,
        )


def _timeout_error(cfg: LLMConfig) -> LLMError:
    return LLMError(
        cfg.url, f"no answer within {cfg.timeout:g} s (timeout); raise llm_timeout or use a smaller model"
    )


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read().decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the status alone still makes a message
        return exc.reason or "no detail"
    try:
        err = json.loads(text).get("error", text)
        text = err.get("message", str(err)) if isinstance(err, dict) else str(err)
    except (ValueError, AttributeError):
        pass
    return text.strip()[:300] or str(exc.reason)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Rejection:
    """An event the model returned that failed validation."""

    reason: str
    event: Mapping[str, Any]


@dataclass(frozen=True)
class LLMResult:
    """The kept events of one article and what was thrown away, with why."""

    events: tuple[Event, ...]
    rejected: tuple[Rejection, ...] = ()
    requests: int = 0

    def counts(self) -> Counter[str]:
        """Rejections per reason (the reason's text up to its first colon)."""
        return Counter(r.reason.split(":")[0] for r in self.rejected)


# --------------------------------------------------------------------------- public


def find_events_llm(
    parsed: Parsed,
    actors: ActorIndex,
    dates: list[DateRef],
    amounts: list[Amount],
    items: list[Item],
    quotes: list[Quote],
    *,
    config: LLMConfig,
    client: ChatClient | None = None,
) -> list[Event]:
    """Find the PLOVER events of one article with a language model; same contract as ``find_events``.

    Args:
        parsed: the document (its ``text`` is what the model reads; the parse is not used).
        actors: the article's actors; model names are mapped to them.
        dates, amounts, items: facts of the other extractors, reused inside the evidence.
        quotes: unused; kept for the shared signature.
        config: the endpoint and model.
        client: a :class:`ChatClient`; an :class:`HTTPChatClient` on ``config`` by default.

    Returns:
        The validated events in text order.

    Raises:
        LLMError: the endpoint failed after its retries, or answered something that is not JSON.
    """
    return list(
        extract_events_llm(parsed, actors, dates, amounts, items, config=config, client=client).events
    )


def extract_events_llm(
    parsed: Parsed,
    actors: ActorIndex,
    dates: Sequence[DateRef],
    amounts: Sequence[Amount],
    items: Sequence[Item],
    *,
    config: LLMConfig,
    client: ChatClient | None = None,
) -> LLMResult:
    """Like :func:`find_events_llm`, but also returns the rejected events and their reasons."""
    client = client or HTTPChatClient(config)
    doc = parsed.document
    text = doc.text
    finder = _Finder(text)
    kept: list[Event] = []
    rejected: list[Rejection] = []
    for chunk_start, chunk in _chunks(text, config.max_chars):
        raw_events = _ask(client, config, build_messages(chunk, doc.published, actors.entities))
        for raw in raw_events:
            ev = _validate(
                raw,
                finder,
                chunk_start,
                chunk_start + len(chunk),
                actors,
                dates,
                amounts,
                items,
                doc.published,
            )
            if isinstance(ev, Rejection):
                log.info("%s rejected an event: %s (%s)", EXTRACTOR, ev.reason, json.dumps(raw)[:300])
                rejected.append(ev)
            elif any(_same(ev, k) for k in kept):
                rejected.append(Rejection("duplicate: same type and evidence as an earlier event", raw))
            else:
                kept.append(ev)
    kept.sort(key=lambda e: (e.start, e.end))
    result = LLMResult(tuple(kept), tuple(rejected), getattr(client, "requests", 0))
    if rejected:
        log.info(
            "%s: %d events kept, %d rejected %s", EXTRACTOR, len(kept), len(rejected), dict(result.counts())
        )
    return result


# --------------------------------------------------------------------------- asking


def _ask(client: ChatClient, config: LLMConfig, messages: list[dict[str, str]]) -> list[Any]:
    """Send one request, falling back to ``json_object`` when the server refuses ``json_schema``."""
    schema = _data()["schema"]
    payload: dict[str, Any] = {
        "model": config.model,
        "messages": messages,
        "temperature": config.temperature,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "plover_events", "strict": True, "schema": schema},
        },
    }
    if config.max_tokens:
        payload["max_tokens"] = config.max_tokens
    try:
        answer = client.post(payload)
    except LLMError as exc:
        if exc.status not in (400, 422):  # 422: what some servers say to an unknown response_format
            raise
        # Older llama.cpp and some hosted APIs only know json_object: spell the schema out instead.
        log.info("%s refused json_schema (%s); retrying with json_object", config.url, exc)
        system = messages[0]["content"] + "\n\nAnswer with one JSON object that follows this JSON schema:\n"
        payload["messages"] = [{"role": "system", "content": system + json.dumps(schema)}, *messages[1:]]
        payload["response_format"] = {"type": "json_object"}
        answer = client.post(payload)
    return _events_in(answer, config.url)


def _events_in(answer: Any, url: str) -> list[Any]:
    """The list of raw events in a chat-completions answer."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise LLMError(url, f"answer has no choices[0].message.content: {json.dumps(answer)[:200]}") from None
    if not isinstance(content, str) or not content.strip():
        raise LLMError(url, "answer's message content is empty; raise max_tokens or check the model")
    data = _parse_json(content)
    if data is None:
        raise LLMError(url, f"message content is not JSON: {content[:200]!r}")
    if isinstance(data, list):  # a bare list of events, seen without a schema
        return data
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise LLMError(url, f'message content is not {{"events": [...]}}: {content[:200]!r}')
    return data["events"]


def _parse_json(content: str) -> Any:
    """The JSON in a model's message, or None.

    Servers that do not enforce the format (some accept ``json_schema`` and ignore it)
    let a model think aloud (``<think>...</think>``), fence the JSON in ```` ``` ````
    or wrap it in a sentence; the outermost ``{...}`` is taken as the answer then.
    """
    content = _THINK.sub("", content).strip()
    fenced = _FENCE.match(content)
    if fenced:
        content = fenced.group(1)
    try:
        return json.loads(content)
    except ValueError:
        pass
    first, last = content.find("{"), content.rfind("}")
    if 0 <= first < last:
        try:
            return json.loads(content[first : last + 1])
        except ValueError:
            pass
    return None


def _chunks(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``text`` cut at paragraph breaks into ``(offset, piece)`` of at most ``max_chars`` each.

    A paragraph longer than ``max_chars`` stays whole: cutting inside it would split a sentence.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    paragraphs, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    out: list[tuple[int, str]] = []
    first, last = paragraphs[0]
    for start, end in paragraphs[1:]:
        if end - first > max_chars:
            out.append((first, text[first:last]))
            first = start
        last = end
    out.append((first, text[first:last]))
    return out


# --------------------------------------------------------------------------- checking


class _Finder:
    """Verbatim search that forgives only whitespace and curly vs straight quotes.

    The text is normalised once (quotes straightened, each whitespace run made one
    space) with a map from every normalised character back to its original offset.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.pos: list[int] = []
        prev_space = False
        for i, ch in enumerate(text.translate(_QUOTES)):
            if ch.isspace():
                if prev_space:
                    continue
                ch, prev_space = " ", True
            else:
                prev_space = False
            chars.append(ch)
            self.pos.append(i)
        self.norm = "".join(chars)

    @staticmethod
    def normalise(s: str) -> str:
        return " ".join(s.translate(_QUOTES).split())

    def find(
        self, needle: str, lo: int = 0, hi: int | None = None, *, fold: bool = False
    ) -> tuple[int, int] | None:
        """Original ``(start, end)`` of the first occurrence of ``needle`` inside ``text[lo:hi]``, or None."""
        n = self.normalise(needle)
        if not n:
            return None
        hay = self.norm.lower() if fold else self.norm
        n = n.lower() if fold else n
        hi = len(self.text) if hi is None else hi
        i = hay.find(n)
        while i >= 0:
            start, end = self.pos[i], self.pos[i + len(n) - 1] + 1
            if start >= lo and end <= hi:
                return start, end
            i = hay.find(n, i + 1)
        return None


def _validate(
    raw: Any,
    finder: _Finder,
    lo: int,
    hi: int,
    actors: ActorIndex,
    dates: Sequence[DateRef],
    amounts: Sequence[Amount],
    items: Sequence[Item],
    published: str | None,
) -> Event | Rejection:
    """One raw model event checked against the article: an Event, or a Rejection saying why."""
    if not isinstance(raw, dict):
        return Rejection(f"not an object: {raw!r}"[:200], {"raw": raw})
    plover = _data()
    etype = str(raw.get("type") or "").strip().upper()
    if etype not in plover["types"]:
        return Rejection(f"unknown type: {raw.get('type')!r}", raw)
    status = str(raw.get("status") or "").strip().lower()
    if status not in plover["statuses"]:
        return Rejection(f"unknown status: {raw.get('status')!r}", raw)
    evidence = raw.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        return Rejection("no evidence", raw)
    # the chunk the model read first, then anywhere: a model may quote the headline of another chunk
    span = finder.find(evidence, lo, hi) or finder.find(evidence)
    if span is None:
        return Rejection(f"evidence not in article: {evidence[:120]!r}", raw)
    start, end = span

    source = _actors(raw.get("source"), finder, actors)
    if not source:
        return Rejection(f"no source actor found in the article: {raw.get('source')!r}", raw)
    target = [n for n in _actors(raw.get("target"), finder, actors) if n not in source]

    mode = raw.get("mode")
    mode = mode.strip().lower() if isinstance(mode, str) else None
    if mode and mode not in plover["types"][etype]:
        log.info("%s: mode %r is not one of %s's; dropped", EXTRACTOR, mode, etype)
        mode = None

    confidence = raw.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        confidence = DEFAULT_CONFIDENCE

    return Event(
        type=etype,
        mode=mode or None,
        source=tuple(source),
        target=tuple(target),
        status=status,
        evidence=finder.text[start:end],
        start=start,
        end=end,
        date=_date(raw.get("date"), start, end, dates),
        location=_location(raw.get("location"), finder),
        amount=_amount(raw.get("amount"), finder.text, start, end, amounts, published),
        items=_items(raw.get("items"), start, end, finder, items),
        confidence=round(float(confidence), 3),
        extractor=EXTRACTOR,
    )


def _key(name: str) -> str:
    return " ".join(name.translate(_QUOTES).casefold().split())


def _actors(names: Any, finder: _Finder, actors: ActorIndex) -> list[str]:
    """Model names -> canonical entity names, each followed by its state; unknown names only if in the text."""
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list):
        return []
    index: dict[str, Entity] = {}
    for e in actors.entities:
        for form in (*(m.text for m in e.mentions), *e.aliases, e.name):  # the canonical name wins a tie
            index[_key(form)] = e
    out: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            continue
        ent = index.get(_key(name))
        if ent is None:  # another name of the same state or body ("Britain" for the article's "UK")
            entry = load_gazetteer().lookup(name.strip())
            ent = next((e for e in actors.entities if entry and e.name == entry.name and e.mentions), None)
        if ent is None:
            if finder.find(name, fold=True) is None:  # "the foreign affairs committee" names a body too
                log.info("%s: actor %r is neither an entity nor in the text; dropped", EXTRACTOR, name)
                continue
            found = [" ".join(name.split())]
        else:
            state = actors.state_of(ent)
            found = [ent.name] + ([state.name] if state is not None else [])
        for n in found:  # a state is its own state: list it once
            if n not in out:
                out.append(n)
    return out


def _date(value: Any, start: int, end: int, dates: Sequence[DateRef]) -> str | None:
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        return value.strip()
    # no usable date from the model: a calendar date stated inside the evidence, as the rules do
    for d in dates:
        if start <= d.start and d.end <= end and d.type == "DATE" and d.value and _DATE.fullmatch(d.value):
            return d.value
    return None


def _location(value: Any, finder: _Finder) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    if finder.find(value, fold=True) is None:
        log.info("%s: location %r is not in the text; dropped", EXTRACTOR, value)
        return None
    return " ".join(value.split())


def _amount(
    value: Any, text: str, start: int, end: int, amounts: Sequence[Amount], published: str | None
) -> Amount | None:
    """The model's amount: the amount extractor's record inside the evidence when they agree, else a new one."""
    if not isinstance(value, dict):
        return None
    num, cur = value.get("value"), value.get("currency")
    cur = cur.strip().upper() if isinstance(cur, str) else ""
    if isinstance(num, bool) or not isinstance(num, int | float) or num <= 0 or not _CURRENCY.fullmatch(cur):
        log.info("%s: amount %r is not a positive value with an ISO 4217 code; dropped", EXTRACTOR, value)
        return None
    for a in amounts:  # the amount extractor's record has exact offsets and the USD value
        if start <= a.start and a.end <= end and a.currency == cur and abs(a.value - num) <= 0.01 * num:
            return a
    made = Amount(
        value=float(num), currency=cur, text=text[start:end], start=start, end=end, extractor=EXTRACTOR
    )
    return convert(made, published) if published else made


def _items(value: Any, start: int, end: int, finder: _Finder, items: Sequence[Item]) -> tuple[Item, ...]:
    if not isinstance(value, list):
        return ()
    out: list[Item] = []
    for raw in value:
        if not isinstance(raw, dict) or not isinstance(raw.get("what"), str) or not raw["what"].strip():
            continue
        what = " ".join(raw["what"].split())
        count = raw.get("count")
        if isinstance(count, bool) or not isinstance(count, int | float) or count < 0:
            count = None
        elif float(count).is_integer():
            count = int(count)
        known = None
        for i in items:  # the amount extractor's record, when it names the same goods inside the evidence
            if (
                start <= i.start
                and i.end <= end
                and (_key(i.what) in _key(what) or _key(what) in _key(i.what))
            ):
                known = i
                break
        if known is not None:
            out.append(known)
            continue
        # goods the article never names are the model's invention
        where = finder.find(what, start, end, fold=True) or finder.find(what, fold=True)
        if where is None:
            log.info("%s: item %r is not in the text; dropped", EXTRACTOR, what)
            continue
        s, e = where
        out.append(Item(what=what, count=count, text=finder.text[s:e], start=s, end=e, extractor=EXTRACTOR))
    return tuple(out)


def _same(a: Event, b: Event) -> bool:
    return a.type == b.type and a.start == b.start and a.end == b.end


__all__ = [
    "EXTRACTOR",
    "ChatClient",
    "HTTPChatClient",
    "LLMConfig",
    "LLMError",
    "LLMResult",
    "Rejection",
    "build_messages",
    "extract_events_llm",
    "find_events_llm",
    "select_event_extractor",
]
