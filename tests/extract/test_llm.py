"""The optional LLM event extractor, against a local fake server that replays recorded answers.

No test touches the network: the fake server listens on 127.0.0.1, answers from the
hand-written fixtures in ``fixtures/llm/`` and stops at the end of each test (or by
itself after a few seconds). Expected offsets are worked out with ``str.index`` on the
article written here, independently of the extractor's own search.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import ConfigError, DatelineError
from dateline.extract import extractor_id
from dateline.extract.events import find_events
from dateline.extract.llm import (
    EXTRACTOR,
    LLMConfig,
    LLMError,
    _chunks,
    _Finder,
    build_messages,
    extract_events_llm,
    find_events_llm,
    select_event_extractor,
)
from dateline.parse import Parsed
from dateline.records import Amount, DateRef, Document, Entity, Item, Mention
from dateline.resolve.actors import ActorIndex
from dateline.settings import Settings, load

FIXTURES = Path(__file__).parent / "fixtures" / "llm"
DATA = Path(__file__).parents[2] / "src" / "dateline" / "data" / "llm"

TEXT = (
    "Japan pledged $37 million and five generators to Ukraine on Monday, "
    "Foreign Minister Yoko Kamikawa said in Kyiv.\n\n"
    "Russian forces shelled the city of Kharkiv overnight, officials said.\n\n"
    "The mayor called the attack \u201ca crime against\n  civilians\u201d and asked the United Nations for help."
)


def _entity(name: str, etype: str, country: str | None, *surfaces: str, sector: str | None = None) -> Entity:
    mentions = tuple(Mention(s, TEXT.index(s), TEXT.index(s) + len(s)) for s in (surfaces or (name,)))
    return Entity(name, etype, mentions[0].start, mentions[0].end, country, sector, mentions=mentions)


ENTITIES = [
    _entity("Japan", "GPE", "JPN"),
    _entity("Ukraine", "GPE", "UKR"),
    _entity("Yoko Kamikawa", "PERSON", "JPN", sector="GOV"),
    _entity("Kyiv", "GPE", "UKR"),
    _entity("Russia", "GPE", "RUS", "Russian"),
    _entity("Kharkiv", "GPE", "UKR"),
    _entity("United Nations", "ORG", None, sector="IGO"),
]
MONEY = Amount(
    37e6, "USD", "$37 million", TEXT.index("$37"), TEXT.index("$37") + len("$37 million"), usd=37e6
)
GENERATORS = Item(
    "generators", 5, "five generators", TEXT.index("five"), TEXT.index("five") + len("five generators")
)
MONDAY = DateRef("Monday", "2024-01-08", "DATE", TEXT.index("Monday"), TEXT.index("Monday") + len("Monday"))


def _parsed() -> Parsed:
    # the LLM extractor reads only the document, never the spaCy parse
    doc = Document(id="t", source="test", body=TEXT, published="2024-01-09")
    return Parsed(doc, None)  # type: ignore[arg-type]


def _run(config: LLMConfig):
    return extract_events_llm(
        _parsed(), ActorIndex(entities=list(ENTITIES)), [MONDAY], [MONEY], [GENERATORS], config=config
    )


# --------------------------------------------------------------------------- fake server


class FakeServer:
    """Replays recorded answers in order; records each request's headers and JSON body."""

    def __init__(self, answers: list[str], *, delay: float = 0.0) -> None:
        self.answers = [
            json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")) for name in answers
        ]
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                server.requests.append(json.loads(body))
                server.headers.append(dict(self.headers))
                server._stop.wait(delay)  # a slow model; returns at once when the test ends
                answer = (
                    server.answers.pop(0) if server.answers else {"status": 503, "body": {"error": "no more"}}
                )
                data = json.dumps(answer["body"]).encode()
                try:
                    self.send_response(answer["status"])
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, *args) -> None:
                pass

        self._stop = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._watchdog = threading.Timer(20.0, self.stop)  # bounded: never outlives a hung test
        self._watchdog.daemon = True

    def __enter__(self) -> FakeServer:
        self._thread.start()
        self._watchdog.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.httpd.shutdown()

    def __exit__(self, *exc) -> None:
        self._watchdog.cancel()
        self.stop()
        self.httpd.server_close()


def _config(url: str, **kw) -> LLMConfig:
    return LLMConfig(
        base_url=url, model="qwen2.5-7b-instruct", **{"retry_backoff": 0.0, "timeout": 5.0, **kw}
    )


# --------------------------------------------------------------------------- validation


@pytest.fixture(scope="module")
def ok_result():
    with FakeServer(["events_ok"]) as server:
        result = _run(_config(server.url, api_key="sk-test"))
    return result, server


def test_request_is_an_openai_chat_completion_with_the_schema(ok_result):
    _, server = ok_result
    (req,) = server.requests
    assert req["model"] == "qwen2.5-7b-instruct"
    assert req["temperature"] == 0
    assert req["response_format"]["type"] == "json_schema"
    assert req["response_format"]["json_schema"]["schema"] == json.loads((DATA / "schema.json").read_text())
    system, user = req["messages"]
    assert system["role"] == "system" and "ASSAULT" in system["content"]
    assert "Publication date: 2024-01-09" in user["content"]
    assert "- Yoko Kamikawa (PERSON, JPN, GOV)" in user["content"]
    assert "- Russia (GPE, RUS); also written: Russian" in user["content"]
    assert TEXT in user["content"]
    assert server.headers[0]["Authorization"] == "Bearer sk-test"


def test_valid_events_come_through_with_offsets_where_the_evidence_is(ok_result):
    result, _ = ok_result
    assert [e.type for e in result.events] == ["AID", "ASSAULT", "ACCUSE", "REQUEST"]
    aid, assault, accuse, request = result.events

    ev = "Japan pledged $37 million and five generators to Ukraine on Monday"
    assert (aid.start, aid.end, aid.evidence) == (0, len(ev), ev)
    assert (aid.source, aid.target, aid.status, aid.mode) == (("Japan",), ("Ukraine",), "pledged", "economic")
    assert aid.amount is MONEY  # the amount extractor's record, found inside the evidence
    assert aid.items == (GENERATORS,)  # "tanks" is not in the article: dropped
    assert aid.date == "2024-01-08"  # no date from the model: the DateRef inside the evidence
    assert aid.confidence == 0.9
    assert aid.extractor == EXTRACTOR == "dateline.events.llm.v1"

    start = TEXT.index("Russian forces")
    assert (assault.start, assault.end) == (
        start,
        start + len("Russian forces shelled the city of Kharkiv overnight"),
    )
    assert (assault.type, assault.status, assault.mode) == ("ASSAULT", "occurred", "heavy-weapons")
    # Kharkiv is a Ukrainian city: reported with the state it belongs to, like the rule extractor does
    assert (assault.source, assault.target) == (("Russia",), ("Kharkiv", "Ukraine"))
    assert assault.location == "Kharkiv"
    assert assault.amount is None  # "dollars" is not an ISO 4217 code
    assert assault.confidence == 0.5  # none given

    # straight quotes and one space in the model's evidence; curly quotes and a line break in the text
    start = TEXT.index("The mayor")
    end = TEXT.index("civilians\u201d") + len("civilians\u201d")
    assert (accuse.start, accuse.end) == (start, end)
    assert accuse.evidence == TEXT[start:end] and "\u201c" in accuse.evidence
    assert (accuse.source, accuse.target) == (("The mayor",), ("Russia",))
    assert accuse.date is None  # "yesterday" is not a date value

    assert request.start == TEXT.index("asked the United Nations")
    assert (request.source, request.target) == (
        ("The mayor",),
        ("United Nations",),
    )  # "UN" is not in the text
    assert request.mode is None  # "aerial" is not a REQUEST mode
    assert request.date == "2024-01-09"
    assert request.confidence == 0.5  # 1.5 is not a probability


def test_invented_evidence_bad_enums_unknown_actors_and_duplicates_are_rejected(ok_result):
    result, _ = ok_result
    reasons = [r.reason for r in result.rejected]
    assert reasons == [
        "evidence not in article: 'Japan promised to send generators to Ukraine'",
        "unknown type: 'DONATE'",
        "unknown status: 'likely'",
        "no source actor found in the article: ['Germany']",
        "duplicate: same type and evidence as an earlier event",
    ]
    assert result.counts()["evidence not in article"] == 1
    assert result.requests == 1


def test_a_person_is_followed_by_the_state_they_act_for():
    answer = {"events": [{"type": "CONSULT", "mode": "visit", "source": ["kamikawa"], "target": ["Kyiv"],
                          "status": "occurred", "evidence": "Yoko Kamikawa said in Kyiv"}]}  # fmt: skip

    class Client:
        requests = 0

        def post(self, payload):
            self.requests += 1
            return {"choices": [{"message": {"content": json.dumps(answer)}}]}

    entities = [
        *ENTITIES[:2],
        _entity("Yoko Kamikawa", "PERSON", "JPN", "Yoko Kamikawa", "Kamikawa"),
        *ENTITIES[3:],
    ]
    (e,) = find_events_llm(
        _parsed(),
        ActorIndex(entities=entities),
        [],
        [],
        [],
        [],
        config=_config("http://unused"),
        client=Client(),
    )
    assert (e.source, e.target) == (("Yoko Kamikawa", "Japan"), ("Kyiv", "Ukraine"))
    assert e.start == TEXT.index("Yoko Kamikawa said")


# --------------------------------------------------------------------------- transport


def test_a_400_to_json_schema_falls_back_to_json_object():
    with FakeServer(["refuse_json_schema_400", "events_fenced"]) as server:
        events = find_events_llm(
            _parsed(), ActorIndex(entities=list(ENTITIES)), [], [], [], [], config=_config(server.url)
        )
    first, second = server.requests
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"] == {"type": "json_object"}
    assert '"evidence"' in second["messages"][0]["content"]  # the schema is spelled out instead
    assert [(e.type, e.start, e.end) for e in events] == [
        ("AID", 0, len("Japan pledged $37 million and five generators to Ukraine"))
    ]


def test_a_500_is_retried_then_raises_an_error_naming_the_url():
    with FakeServer(["server_error_500"] * 3) as server:
        with pytest.raises(LLMError) as info:
            _run(_config(server.url, max_retries=2))
    assert len(server.requests) == 3  # one try and two retries
    assert isinstance(info.value, DatelineError)
    msg = str(info.value)
    assert f"{server.url}/chat/completions" in msg
    assert "HTTP 500" in msg and "CUDA out of memory" in msg and "3 attempts" in msg
    assert info.value.status == 500


def test_a_500_then_success_recovers():
    with FakeServer(["server_error_500", "no_events"]) as server:
        result = _run(_config(server.url, max_retries=1))
    assert result.events == () and result.requests == 2


def test_a_timeout_gives_a_clear_error():
    with FakeServer(["no_events"], delay=3.0) as server:
        with pytest.raises(LLMError, match=r"no answer within 0.2 s \(timeout\); raise llm_timeout") as info:
            _run(_config(server.url, timeout=0.2, max_retries=0))
    assert server.url in str(info.value)


def test_no_server_gives_a_clear_error():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LLMError, match="cannot connect .*is the server running"):
        _run(_config(f"http://127.0.0.1:{port}/v1", max_retries=0))


def test_an_answer_that_is_not_json_is_an_error():
    class Client:
        def post(self, payload):
            return {"choices": [{"message": {"content": "Sure! Here are the events: AID by Japan."}}]}

    with pytest.raises(LLMError, match="message content is not JSON"):
        find_events_llm(
            _parsed(), ActorIndex(), [], [], [], [], config=_config("http://x/v1"), client=Client()
        )


# --------------------------------------------------------------------------- selection, data, helpers


def test_without_llm_settings_the_rules_run_and_nothing_touches_the_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    s = load(cwd=tmp_path)
    assert s.llm_url is None
    assert select_event_extractor(s) is find_events

    from dateline import extract

    art = extract("Canada sent 300 trucks of medicine to Haiti.", published="2024-01-08")
    assert [e.extractor for e in art.events] == [extractor_id("dateline.events")]


def test_an_llm_url_selects_the_llm_extractor(tmp_path, monkeypatch):
    monkeypatch.delenv("DATELINE_LLM_API_KEY", raising=False)
    (tmp_path / "dateline.toml").write_text(
        'llm_url = "http://localhost:11434/v1"\nllm_model = "qwen2.5:7b-instruct"\nllm_timeout = 30\n'
    )
    chosen = select_event_extractor(load(cwd=tmp_path))
    assert chosen.func is find_events_llm
    assert chosen.keywords["config"] == LLMConfig(
        "http://localhost:11434/v1", "qwen2.5:7b-instruct", timeout=30.0
    )
    assert chosen.keywords["config"].url == "http://localhost:11434/v1/chat/completions"


def test_an_llm_url_without_a_model_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="llm_model is not"):
        select_event_extractor(load(cwd=tmp_path, llm_url="http://localhost:8000/v1"))
    with pytest.raises(ConfigError, match="must start with http"):
        load(cwd=tmp_path, llm_url="localhost:8000")


def test_api_key_comes_from_the_settings_only_and_stays_out_of_repr(tmp_path, monkeypatch):
    # the settings read the environment variable; the extractor itself reads no environment
    monkeypatch.setenv("DATELINE_LLM_API_KEY", "sk-env")
    assert LLMConfig("https://api.example.com/v1", "m").api_key is None
    s = load(cwd=tmp_path, llm_url="https://api.example.com/v1", llm_model="m")
    chosen = select_event_extractor(s)
    assert chosen.keywords["config"].api_key == "sk-env"
    assert "sk-env" not in repr(chosen.keywords["config"]) and "sk-env" not in repr(s)
    # settings built without the environment carry no key, whatever the environment says
    assert (
        LLMConfig.from_settings(Settings(llm_url="https://api.example.com/v1", llm_model="m")).api_key is None
    )
    assert "sk-own" not in repr(LLMConfig("https://api.example.com/v1", "m", api_key="sk-own"))


def test_schema_enums_agree_with_the_plover_table():
    plover = json.loads((DATA / "plover.json").read_text())
    event = json.loads((DATA / "schema.json").read_text())["properties"]["events"]["items"]["properties"]
    assert len(plover["types"]) == 16
    assert event["type"]["enum"] == list(plover["types"])
    assert event["status"]["enum"] == plover["statuses"]
    assert set(event["mode"]["anyOf"][0]["enum"]) == {m for ms in plover["types"].values() for m in ms}
    system = (DATA / "system.md").read_text()
    for etype in plover["types"]:
        assert f"- {etype}:" in system


def test_entity_list_skips_states_the_article_never_names():
    ghost = Entity("France", "GPE", -1, -1, "FRA")
    user = build_messages("x", None, [ghost, ENTITIES[0]])[1]["content"]
    assert "France" not in user and "- Japan (GPE, JPN)" in user
    assert "Publication date: unknown" in user


def test_long_articles_are_sent_in_paragraph_chunks():
    text = "aaaa\n\nbbbb\n\ncccc"
    assert _chunks(text, 100) == [(0, text)]
    assert _chunks(text, 10) == [(0, "aaaa\n\nbbbb"), (12, "cccc")]
    assert _chunks(text, 3) == [(0, "aaaa"), (6, "bbbb"), (12, "cccc")]  # a paragraph is never cut


@given(
    st.lists(
        st.sampled_from(["Kyiv", "said", "\u201cno\u201d", "'s", "\u2019t", " ", "\n", "\n\n  ", "\t"]),
        max_size=30,
    ),
    st.data(),
)
@settings(max_examples=200, deadline=None)
def test_evidence_search_forgives_only_whitespace_and_quote_style(parts, data):
    text = "".join(parts)
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    needle = text[i:j]
    finder = _Finder(text)
    found = finder.find(needle)
    if not needle.strip():
        assert found is None
        return
    assert found is not None
    start, end = found
    assert _Finder.normalise(text[start:end]) == _Finder.normalise(needle)
    assert not text[start].isspace() and not text[end - 1].isspace()


@pytest.mark.parametrize(
    "content",
    [
        '{"events": []}',
        '```json\n{"events": []}\n```',
        '<think>The article reports no event.</think>\n{"events": []}',
        'Here is the answer: {"events": []} Hope this helps.',
    ],
)
def test_json_is_found_in_chatty_answers(content):
    class Client:
        def post(self, payload):
            return {"choices": [{"message": {"content": content}}]}

    assert (
        find_events_llm(
            _parsed(), ActorIndex(), [], [], [], [], config=_config("http://x/v1"), client=Client()
        )
        == []
    )


def test_another_name_of_a_state_maps_to_the_articles_entity():
    text = "The UK expelled two Russian diplomats."
    uk = Entity("United Kingdom", "GPE", 4, 6, "GBR", mentions=(Mention("UK", 4, 6),))
    russia = Entity("Russia", "GPE", 20, 27, "RUS", mentions=(Mention("Russian", 20, 27),))
    answer = {"events": [{"type": "SANCTION", "mode": "expel", "source": ["Britain"], "target": ["Russia"],
                          "status": "occurred", "evidence": "The UK expelled two Russian diplomats"}]}  # fmt: skip

    class Client:
        def post(self, payload):
            return {"choices": [{"message": {"content": json.dumps(answer)}}]}

    parsed = Parsed(Document(id="u", source="u", body=text, published=None), None)  # type: ignore[arg-type]
    (e,) = find_events_llm(
        parsed,
        ActorIndex(entities=[uk, russia]),
        [],
        [],
        [],
        [],
        config=_config("http://x/v1"),
        client=Client(),
    )
    assert (e.source, e.target, e.mode) == (("United Kingdom",), ("Russia",), "expel")
    assert (e.start, e.end) == (0, len(text) - 1)


GOLD_DEV = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev"


@pytest.mark.shared
@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="needs ../shared/gold/dev")
def test_a_perfect_models_answers_survive_validation_on_the_dev_articles():
    """Replay each gold file's events as the model's answer: nothing true may be thrown away."""
    from dateline import clean, parse, read
    from dateline.extract.amounts import find_amounts, find_items
    from dateline.extract.dates import find_dates
    from dateline.resolve.actors import resolve_actors

    first = lambda v: v[0] if isinstance(v, list) else v  # noqa: E731 - gold may list acceptable values
    named = kept = 0
    for path in sorted(GOLD_DEV.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = clean.clean(next(iter(read.read_file(path.with_suffix(".txt")))))
        parsed = parse.parse(doc)
        text = doc.text
        answer = [
            {**e, "type": first(e["type"]), "status": first(e["status"]), "amount": None, "items": [],
             "source": [n for n in e["source"] or [] if n], "target": [n for n in e["target"] or [] if n]}
            for e in gold["events"]
        ]  # fmt: skip

        class Client:
            def post(self, payload, answer=answer):
                return {"choices": [{"message": {"content": json.dumps({"events": answer})}}]}

        result = extract_events_llm(
            parsed,
            resolve_actors(parsed),
            find_dates(text, doc.published, doc=parsed.doc),
            find_amounts(text, doc.published, doc=parsed.doc),
            find_items(text, doc=parsed.doc),
            config=_config("http://x/v1", max_chars=10**9),
            client=Client(),
        )
        named += sum(1 for e in answer if e["source"])
        kept += len(result.events)
        wanted = {_Finder.normalise(g["evidence"]) for g in gold["events"]}
        for e in result.events:
            assert text[e.start : e.end] == e.evidence
            assert _Finder.normalise(e.evidence) in wanted
        # the only rejections allowed: events whose actor the article does not name
        assert {r.reason.split(":")[0] for r in result.rejected} <= {"no source actor found in the article"}
    assert kept >= 0.97 * named, (kept, named)
