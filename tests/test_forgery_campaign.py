"""The forgery campaign (bench/forgery.py), a sample of it, on SQLite and PostgreSQL:
no forged mail changes anything, client text injects nothing into the bot's letters,
and the genuine mail of each kind still works."""

from __future__ import annotations

import pytest

from bench import forgery


@pytest.mark.slow
def test_a_sample_of_the_forgery_campaign_is_all_refused(db_url):
    total = len(list(forgery.attempts()))
    res = forgery.campaign(db_url, sample=5)
    assert sum(res.attempts.values()) == -(-total // 5)
    assert len(res.attempts) >= 10  # the sample spans the classes, not one of them
    assert res.accepted == []
    assert res.injected == []
    assert res.letters_with_client_text > 0  # hostile text reached a letter, escaped
    assert res.controls
    assert all(res.controls.values()), res.controls
    assert not res.failed


def test_look_alikes_are_other_domains_a_person_could_mistake():
    fakes = forgery.look_alikes("bank.test")
    assert fakes["look_alike_hyphen"] == "bank-test.example"
    assert fakes["look_alike_subdomain"] == "bank.test.evil.test"
    assert fakes["look_alike_punycode"].startswith("xn--")
    assert fakes["look_alike_digit"] == "b4nk.test"
    assert forgery.look_alikes("paypal.test")["look_alike_digit"] == "paypa1.test"
