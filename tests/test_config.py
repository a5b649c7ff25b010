"""Configuration: TOML in, a frozen typed object out, and errors that name key and file."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.adapters.config import DEFAULT_STAGES, ServerConfig, load_config, parse_config
from mailbot.errors import ConfigError
from mailbot.playbook.profile import Kind, ProfileConfig

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"

MINIMAL = """\
[mailbox]
address = "ar@example.com"

[imap]
host = "imap.example.com"

[smtp]
host = "smtp.example.com"

[company]
name = "Example Ltd"
payment_instructions = "IBAN GB33 BUKB 2020 1555 5555 55"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_config_parses():
    cfg = load_config(EXAMPLE)
    assert cfg.bot_address == "ar@example.com"
    assert cfg.imap.password_env == "MAILBOT_IMAP_PASSWORD"
    assert cfg.smtp.port == 465
    assert cfg.staff.domains == ("example.com",)
    assert cfg.payments.notifiers == ("notifications@bank.example",)
    assert cfg.trust.authserv_ids == ("mx.example.com",)
    assert cfg.schedule.timezone == "Europe/London"
    assert cfg.schedule.business_hours == (9, 17)
    assert cfg.schedule.holidays_country == "GB"


def test_the_example_playbook_is_the_built_in_default():
    # the README promises every number of the playbook is a documented default
    assert load_config(EXAMPLE).schedule.stages == DEFAULT_STAGES


def test_a_minimal_config_gets_defaults():
    cfg = parse_config(MINIMAL)
    assert cfg.imap.port == 993
    assert cfg.imap.folder == "INBOX"
    assert cfg.database.url == "sqlite:///mailbot.db"
    assert cfg.schedule.min_days_between_chasers == 7
    assert cfg.mailbox.domain == "example.com"


def test_staff_and_notifier_addresses_are_lower_cased():
    cfg = parse_config(MINIMAL + '\n[staff]\naddresses = [" Sam@Example.COM "]\n'
                       '[payments]\nnotifiers = ["Alerts@Bank.Example"]\n')
    assert cfg.staff.addresses == ("sam@example.com",)
    assert cfg.payments.notifiers == ("alerts@bank.example",)


def test_a_missing_required_key_is_named_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL.replace('host = "imap.example.com"\n', ""))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "imap.host" in str(err.value)


def test_a_missing_section_is_named_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL.split("[company]")[0])
    with pytest.raises(ConfigError, match=re.escape(f"{path}: company")):
        load_config(path)


def test_a_wrong_type_is_named_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL.replace('host = "imap.example.com"',
                                           'host = "imap.example.com"\nport = "nine-nine-three"'))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "imap.port" in str(err.value)
    assert "integer" in str(err.value)


def test_an_unknown_time_zone_is_named_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[schedule]\ntimezone = "Mars/Olympus_Mons"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "schedule.timezone" in str(err.value)
    assert "Mars/Olympus_Mons" in str(err.value)


def test_an_unknown_key_is_named_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[schedule]\nmin_days_between_chaser = 7\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "schedule.min_days_between_chaser" in str(err.value)


def test_an_invalid_stage_is_named_with_its_index(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[[schedule.stages]]\nname = "x"\nanchor = "paid"\n'
                                     'days = 1\ntemplate = "x"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "schedule.stages.0.anchor" in str(err.value)


def test_invalid_toml_names_the_file_and_the_line(tmp_path):
    path = write(tmp_path, MINIMAL.replace('host = "smtp.example.com"', "host = smtp.example.com"))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert "not valid TOML" in str(err.value)
    assert "line 8" in str(err.value)


def test_a_missing_file_is_named(tmp_path):
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=re.escape(str(path))):
        load_config(path)


def test_parse_config_names_its_source():
    with pytest.raises(ConfigError, match=r"^<config>: mailbox: Field required"):
        parse_config(MINIMAL.replace("[mailbox]", "[mailbox_typo]"))


# ------------------------------------------------------------------ secrets

def test_password_is_read_from_the_named_environment_variable(monkeypatch):
    server = ServerConfig(host="imap.example.com", port=993, password_env="MAILBOT_TEST_PW")
    monkeypatch.setenv("MAILBOT_TEST_PW", "s3cret")
    assert server.password("IMAP") == "s3cret"


def test_a_missing_password_variable_raises_naming_the_variable(monkeypatch):
    server = ServerConfig(host="imap.example.com", port=993, password_env="MAILBOT_TEST_PW")
    monkeypatch.delenv("MAILBOT_TEST_PW", raising=False)
    with pytest.raises(ConfigError) as err:
        server.password("IMAP")
    assert "MAILBOT_TEST_PW" in str(err.value)
    assert "IMAP" in str(err.value)


def test_no_password_env_means_no_password():
    assert ServerConfig(host="smtp.example.com", port=25).password("SMTP") is None


def test_the_example_profile_is_the_built_in_default():
    cfg = load_config(EXAMPLE)
    assert cfg.profile == ProfileConfig()
    assert cfg.company.currency == "EUR"
    assert cfg.rates.convert(Decimal(100), "USD") == Decimal("92.00")


def test_exchange_rates_are_exact_and_say_what_has_no_rate():
    cfg = parse_config(MINIMAL.replace("[company]", '[company]\ncurrency = "usd"')
                       + '\n[exchange_rates]\neur = "1.087"\nIDR = "0.0000613"\n')
    assert cfg.company.currency == "USD"
    assert cfg.exchange_rates == {"EUR": Decimal("1.087"), "IDR": Decimal("0.0000613")}
    assert cfg.rates.convert(Decimal(33300000), "IDR") == Decimal("2041.29")
    assert cfg.rates.convert(Decimal(1), "GBP") is None  # never 1:1
    assert parse_config(MINIMAL).rates.rates == {"EUR": 1}  # nothing assumed


@pytest.mark.parametrize(("table", "message"), [
    ('USD = "0"', "positive"),
    ('USD = "-1"', "positive"),
    ('DOLLAR = "1"', "ISO 4217"),
    ('EUR = "2"', "worth 1"),
])
def test_a_bad_exchange_rate_is_named(table, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(MINIMAL + "\n[exchange_rates]\n" + table + "\n")


def test_profile_thresholds_and_weights_are_configurable():
    cfg = parse_config(MINIMAL + '\n[profile]\nmin_history = 5\nrisk = { avoider = "4" }\n')
    assert cfg.profile.min_history == 5
    assert cfg.profile.weight(Kind.AVOIDER) == 4
    assert cfg.profile.weight(Kind.RELIABLE) == Decimal("0.5")  # the others keep theirs
    with pytest.raises(ConfigError, match=r"profile\.risk"):
        parse_config(MINIMAL + '\n[profile]\nrisk = { sloppy = "4" }\n')
