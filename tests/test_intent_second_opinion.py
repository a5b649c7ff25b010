"""The statistical second opinion measured by bench/intent_second_opinion.py: its model
learns from labelled replies, and it may only put a reading before a person, never change
what was read or act. (It is not used by the classifier: it did not pay on held-out sets.)"""

from __future__ import annotations

from pathlib import Path

from bench.intent_second_opinion import NaiveBayes, Reply, gated, measure
from mailbot.tools.evaluation import Case, judge, load_context, score, written_cases

ROOT = Path(__file__).resolve().parent.parent
TRAIN = [
    ("We will pay on Friday.", "promise"), ("Payment goes out on the 15th.", "promise"),
    ("We will transfer the money next week.", "promise"),
    ("Please stop emailing me.", "stop"), ("Stop sending these reminders.", "stop"),
    ("Remove me from your mailing list.", "stop"),
    ("We paid it yesterday.", "paid_claim"), ("It was paid last week by transfer.", "paid_claim"),
]


def test_the_model_learns_the_intents_of_its_examples():
    model = NaiveBayes.trained(TRAIN)
    p = model.probabilities("please stop sending me emails")
    assert max(p, key=p.__getitem__) == "stop"
    assert abs(sum(p.values()) - 1) < 1e-9
    p = model.probabilities("we will pay it on monday")
    assert max(p, key=p.__getitem__) == "promise"


def _reply(record: dict[str, object], label: str, text: str) -> Reply:
    case = Case(Path("x.eml"), {"kind": "client_reply", "intent": label}, "written")
    return Reply(judge(case, record), text)


def test_the_second_opinion_only_puts_a_reading_before_a_person():
    model = NaiveBayes.trained(TRAIN)
    doubted = _reply({"kind": "client_reply", "intent": "promise", "needs_human": False},
                     "stop", "Stop sending these reminders, please.")
    assert doubted.outcome.acted_wrongly == ["intent promise for stop"]
    outcome, sent = gated(doubted, model, 0.5)
    assert sent
    assert (outcome.record["needs_human"], outcome.record["intent"]) == (True, "promise")
    assert outcome.acted_wrongly == []
    # a reading already before a person, or one the model agrees with, is left as it is
    for record, text in (({"kind": "client_reply", "intent": "stop", "needs_human": True},
                          "Stop sending these reminders."),
                         ({"kind": "client_reply", "intent": "promise", "needs_human": False},
                          "We will pay on Monday.")):
        reply = _reply(record, "promise", text)
        assert gated(reply, model, 0.5) == (reply.outcome, False)


def test_leaving_one_set_out_never_trains_on_the_held_out_set():
    a = [_reply({"kind": "client_reply", "intent": "promise", "needs_human": False}, "promise",
                "We will pay on Friday.")]
    b = [_reply({"kind": "client_reply", "intent": "promise", "needs_human": False}, "stop",
                "Stop emailing me.")]
    rows = measure({"a": a, "b": b})
    # held out "b": trained on "a" alone (one intent), the model cannot doubt a promise
    assert {(r["held_out"], r["caught"]) for r in rows} == {("a", 0), ("b", 0)}
    assert all(r["rules_wrong_acted"] == (r["held_out"] == "b") for r in rows)


def test_judging_a_record_is_scoring_its_message():
    folder = ROOT / "tests/data/eval-sixth"
    ctx = load_context(folder / "context.toml")
    for case in list(written_cases(folder))[:12]:
        o = score(case, ctx)
        again = judge(case, o.record)
        assert (again.verdict, again.mismatches, again.unsafe) == (o.verdict, o.mismatches,
                                                                   o.unsafe)
