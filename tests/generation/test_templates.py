"""giftkit's model templates on small fixture specs (tests/generation/fixtures/*.yaml), as
openapi-python-client tests its own: golden records of the generated models (a template change
shows its diff; GIFTKIT_UPDATE_GOLDEN=1 rewrites them), then the behaviour of the generated code."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import generate

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
PACKAGE = "templates_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    specs = tmp_path_factory.mktemp("fixture-specs")
    shutil.copy(FIXTURES / "templates.yaml", specs / "templates.yaml")
    out = tmp_path_factory.mktemp("fixture-gen")
    generate.generate(specs, out, force=True, quiet=True)
    project = out / PACKAGE
    sys.path.insert(0, str(project))
    try:
        yield project / PACKAGE
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _module(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


GOLDEN_FILES = (
    "types.py",
    "models/order.py",
    "models/order_status.py",
    "models/order_kind.py",
    "models/card.py",
    "models/discount_fixed.py",
    "models/limit_total.py",
    "api/orders/list_orders.py",
)


@pytest.mark.parametrize("relative", GOLDEN_FILES)
def test_generated_code_matches_its_golden_record(generated: Path, relative: str) -> None:
    produced = (generated / relative).read_text(encoding="utf-8")
    golden = GOLDEN / "templates" / f"{relative}.golden"  # not .py: ruff and mypy leave it alone
    if os.environ.get("GIFTKIT_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert golden.exists(), f"no golden record {golden}: run with GIFTKIT_UPDATE_GOLDEN=1"
    assert produced == golden.read_text(encoding="utf-8"), (
        f"{relative} differs from its golden record: review the diff, then GIFTKIT_UPDATE_GOLDEN=1"
    )


def test_generated_fixture_package_passes_mypy_strict(generated: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", PACKAGE],
        cwd=generated.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


ORDER = {
    "status": "issued",
    "card": {"code": "GIFT-1234-SECRET", "pin": "9876", "label": "x"},
    "kind": "order",
}


def test_open_enum_keeps_an_unknown_value_and_never_sends_it(generated: Path) -> None:
    order_cls = _module("models.order").Order
    unknown_cls = _module("types").UnknownEnumValue
    status_cls = _module("models.order_status").OrderStatus
    assert order_cls.from_dict(ORDER).status is status_cls.ISSUED
    order = order_cls.from_dict({**ORDER, "status": "refunded"})
    assert order.status == unknown_cls("OrderStatus", "refunded")
    with pytest.raises(
        ValueError, match="status: 'refunded' is not a documented OrderStatus value"
    ):
        order.to_dict()
    assert order_cls.from_dict(ORDER).to_dict() == ORDER


def test_a_single_value_enum_is_a_closed_tag(generated: Path) -> None:
    with pytest.raises(ValueError):
        _module("models.order").Order.from_dict({**ORDER, "kind": "refund"})


def test_repr_masks_fields_the_spec_marks_secret(generated: Path) -> None:
    order = _module("models.order").Order.from_dict(ORDER)
    shown = repr(order)
    assert "GIFT-1234-SECRET" not in shown and "9876" not in shown
    assert "code='***'" in shown and "pin='***'" in shown
    assert "label='x'" in shown and "issued" in shown  # the rest stays readable
    assert str(order.card) == repr(order.card)
    unset = _module("models.card").Card(code="C-1")
    assert "pin=<" in repr(unset)  # an absent secret shows as absent, not as '***'


def _order(**fields: Any) -> Any:
    return _module("models.order").Order.from_dict({**ORDER, **fields})


@pytest.mark.parametrize(
    ("field", "tag", "answer", "variant"),
    [
        ("discount", "type", {"type": "percent", "amount": "10"}, "DiscountPercent"),
        ("discount", "type", {"type": "fixed", "amount": "10"}, "DiscountFixed"),
        ("reward", "rewardType", {"rewardType": "Cash", "points": 1}, "Cash"),
        ("reward", "rewardType", {"rewardType": "Points", "points": 1}, "Points"),
        ("limit", "type", {"type": "per-customer", "count": 1}, "LimitPerCustomer"),
        ("limit", "type", {"type": "total", "count": 1}, "LimitTotal"),
    ],
)
def test_a_tagged_union_dispatches_on_its_tag(
    generated: Path, field: str, tag: str, answer: dict[str, Any], variant: str
) -> None:
    """Variants of the same shape: only the tag tells them apart (trying them in turn would
    silently pick the first)."""
    parsed = getattr(_order(**{field: answer}), field)
    assert type(parsed).__name__ == variant
    assert parsed.to_dict() == answer
    with pytest.raises(
        ValueError, match=f"{field}.{tag}: 'bogus' is not a documented discriminator value"
    ):
        _order(**{field: {**answer, tag: "bogus"}})


def test_an_untagged_union_keeps_its_order_and_says_why_each_variant_failed(
    generated: Path,
) -> None:
    assert type(_order(contact={"email": "a@b.c"}).contact).__name__ == "Email"
    assert type(_order(contact={"phone": "1"}).contact).__name__ == "Phone"
    assert type(_order(contact={"phone": "1", "email": "a@b.c"}).contact).__name__ == "Email"
    with pytest.raises(
        ValueError,
        match=r"contact: no variant matched: Email: KeyError: 'email'; Phone: KeyError: 'phone'",
    ):
        _order(contact={"fax": "1"})


def test_an_explode_false_query_array_is_sent_comma_separated(generated: Path) -> None:
    import httpx

    list_orders = _module("api.orders.list_orders")
    kwargs = list_orders._get_kwargs(sort=["-createdTime", "id"], tag=["a", "b"])
    url = httpx.Request("GET", "https://fixture.test/orders", params=kwargs["params"]).url
    assert url.query.decode() == "sort=-createdTime%2Cid&tag=a&tag=b"
