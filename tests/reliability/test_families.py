"""The families enumerate the registry: a provider declaring a family not applicable is reported
with its reason; one lacking what a family needs fails it, named."""

from __future__ import annotations

import dataclasses
import random

import pytest

import _campaign
import giftkit.testing as gt
from _campaign import CAMPAIGN, fake_credentials, family_params, scenario


def test_a_declared_not_applicable_family_is_reported_with_its_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gt.simulator_class("favordrop"), "not_applicable", {CAMPAIGN: "no ledger"})
    params = family_params(CAMPAIGN)
    (declared,) = [p for p in params if getattr(p, "values", None) == ("favordrop",)]
    assert (
        "favordrop: fault campaign not applicable: no ledger" in declared.marks[0].kwargs["reason"]
    )
    assert [p for p in params if isinstance(p, str)] == [
        p for p in _campaign.campaign_providers() if p != "favordrop"
    ]


def test_a_simulator_without_a_tagged_call_fails_naming_its_provider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gt.simulator_class("favordrop"), "tag_field", "")
    with pytest.raises(AssertionError, match="favordrop: the simulator makes no tagged"):
        scenario("favordrop").make(gt.simulator("favordrop"), 0, random.Random(0))


def test_a_profile_without_test_options_fails_naming_its_provider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bare = dataclasses.replace(_campaign.profile("giftme"), test_options={})
    monkeypatch.setattr(_campaign, "profile", lambda provider: bare)
    with pytest.raises(AssertionError, match="giftme: its profile has no test_options"):
        fake_credentials("giftme")
