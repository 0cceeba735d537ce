"""`giftkit.connect()`: a provider's generated client wired with giftkit's sync and async clients."""

from __future__ import annotations

import importlib
import os
import ssl
from collections.abc import Mapping
from functools import cache
from typing import Any, TypedDict
from urllib.parse import urlsplit

import httpx

from . import _constants as C
from ._clock import SYSTEM_CLOCK, Clock
from ._errors import ConfigurationError
from ._profile import Options, OptionValue, Profile

SHARED_KEYWORDS = (
    "base_url",
    "timeout",
    "max_retries",
    "headers",
    "verify",
    "transport",
    "async_transport",
    "clock",
)


def provider_names() -> tuple[str, ...]:
    """The provider keys: one per profile module in giftkit/providers/."""
    import pkgutil

    package = importlib.import_module("giftkit.providers")
    return tuple(
        sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
    )


@cache
def profile(provider: str) -> Profile:
    """The profile of a provider (ConfigurationError if there is none)."""
    if provider not in provider_names():
        raise ConfigurationError(
            f"unknown provider {provider!r}; known providers: {', '.join(provider_names())}",
            provider=provider,
        )
    module = importlib.import_module(f"giftkit.providers.{provider}")
    found: Profile = module.PROFILE
    return found


def env_name(provider: str, keyword: str) -> str:
    return f"{C.ENV_PREFIX}{provider.upper()}_{keyword.upper()}"


def _parse_bool(raw: str, name: str, provider: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ConfigurationError(f"{name} must be true or false", provider=provider)


def resolve_options(
    prof: Profile, given: Mapping[str, Any], env: Mapping[str, str] | None = None
) -> dict[str, OptionValue]:
    """THE credential resolver: each of `prof`'s options (credentials and provider options) from
    its keyword in `given`, else the environment variable GIFTKIT_<PROVIDER>_<KEYWORD> in `env`
    (default: os.environ), else the option's default; options with none of them are left out.

    `connect()`, `giftkit contract --base-url` and every other CLI command resolve credentials
    here only, so a variable documented for one works for all. A keyword `given` as None counts
    as not given. Raises TypeError for a keyword the provider does not take, ConfigurationError
    for a value of the wrong kind or outside its choices (naming the keyword or variable, never
    the value). Whether enough credentials were given is the profile's `auth` builder's call
    (see `require`), so alternatives and conjunctions stay with the provider.
    """
    env = os.environ if env is None else env
    valid = {o.name for o in prof.options}
    unknown = sorted(set(given) - valid)
    if unknown:
        raise TypeError(
            f"connect({prof.name!r}) got unexpected keyword argument(s) {', '.join(unknown)}; "
            f"valid keywords: {', '.join([*SHARED_KEYWORDS, *sorted(valid)])}"
        )
    out: dict[str, OptionValue] = {}
    for option in prof.options:
        value: Any = given.get(option.name)
        source = f"keyword {option.name}"
        if value is None:
            raw = env.get(env_name(prof.name, option.name))
            if raw is not None and raw != "":
                source = f"environment variable {env_name(prof.name, option.name)}"
                value = _parse_bool(raw, source, prof.name) if option.kind is bool else raw
        if value is None:
            value = option.default
        if value is None:
            continue
        if option.kind is bool and not isinstance(value, bool):
            raise ConfigurationError(f"{source} must be True or False", provider=prof.name)
        if option.kind is str and not isinstance(value, str):
            raise ConfigurationError(f"{source} must be a string", provider=prof.name)
        if option.choices is not None and value not in option.choices:
            raise ConfigurationError(
                f"{source} must be one of {', '.join(option.choices)}", provider=prof.name
            )
        out[option.name] = value
    return out


def resolve_base_url(
    prof: Profile,
    given: str | None,
    options: Options,
    spec: Mapping[str, Any],
    env: Mapping[str, str] | None = None,
) -> str:
    """The base URL: the keyword `given`, else GIFTKIT_<PROVIDER>_BASE_URL, else the spec's
    server for the resolved `options`; ConfigurationError when none of them names a host."""
    env = os.environ if env is None else env
    url = given or env.get(env_name(prof.name, "base_url")) or prof.base_url(options, spec)
    if not url:
        raise ConfigurationError(
            f"base_url is required for {prof.name} (keyword base_url or environment variable "
            f"{env_name(prof.name, 'base_url')}): its host is not documented, so giftkit guesses none",
            provider=prof.name,
        )
    return url


def resolve_auth(
    prof: Profile,
    base_url: str,
    given: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    clock: Clock | None = None,
) -> tuple[dict[str, OptionValue], httpx.Auth | None]:
    """(options, auth) for `prof` against `base_url`: `resolve_options` then the profile's auth
    builder. ConfigurationError naming every keyword and GIFTKIT_ variable that would do when
    the credentials are missing; nothing falls back to test or fixture keys."""
    options = resolve_options(prof, given or {}, env)
    return options, prof.auth({**options, "base_url": base_url}, clock or SYSTEM_CLOCK)


def missing(prof: Profile, *alternatives: tuple[str, ...]) -> ConfigurationError:
    """The error for credentials not given: names each keyword and its environment variable."""
    choices = [
        " and ".join(f"{k} (or {env_name(prof.name, k)})" for k in group) for group in alternatives
    ]
    return ConfigurationError(
        f"missing credential: give {' or '.join(choices)}", provider=prof.name
    )


def require(prof: Profile, options: Options, *alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The first group of keywords all present in `options`; ConfigurationError naming all otherwise."""
    for group in alternatives:
        if all(options.get(k) for k in group):
            return group
    raise missing(prof, *alternatives)


def user_agent(provider: str) -> str:
    """What giftkit's requests say they are: `giftkit/<version> (<provider>)`."""
    from ._version import VERSION

    return f"giftkit/{VERSION} ({provider})"


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in C.LOOPBACK_HOSTS or host.endswith(".localhost"):
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(prof: Profile, base_url: str, verify: bool | str | ssl.SSLContext) -> None:
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigurationError(
            f"base_url must be an absolute https:// URL, got {base_url!r}", provider=prof.name
        )
    if parts.scheme == "http" and not _is_loopback(host):
        raise ConfigurationError(
            "plain http:// is refused for a host that is not loopback: use https://",
            provider=prof.name,
        )
    if verify is False and not _is_loopback(host):
        raise ConfigurationError(
            "verify=False is refused off loopback: pass a CA bundle path or an ssl.SSLContext",
            provider=prof.name,
        )


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return httpx.Timeout(C.READ_TIMEOUT, connect=C.CONNECT_TIMEOUT)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout), connect=min(float(timeout), C.CONNECT_TIMEOUT))


@cache
def _table(provider: str) -> Any:
    from ._spec import OperationTable

    try:
        spec = profile(provider).load_spec()
    except ImportError:
        raise ConfigurationError(
            f"the generated code of {provider} is missing: run `make generate`", provider=provider
        ) from None
    return OperationTable(spec)


class ConnectOptions(TypedDict, total=False):
    """What every provider's typed `connect()` takes besides its own credentials and options."""

    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    headers: Mapping[str, str] | None
    verify: bool | str | ssl.SSLContext
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    clock: Clock | None


def connect(
    provider: str,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock | None = None,
    **credentials: Any,
) -> Any:
    """Connect to `provider`: its generated client, wired with giftkit's sync and async clients.

    Credentials and provider options are keywords, else environment variables
    GIFTKIT_<PROVIDER>_<KEYWORD>. See the provider's profile module for its typed twin.
    """
    prof = profile(provider)
    return build(
        prof,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        headers=headers,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        clock=clock,
        credentials=credentials,
    )


def build(
    prof: Profile,
    *,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
    verify: bool | str | ssl.SSLContext,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    clock: Clock | None,
    credentials: Mapping[str, Any],
    client_class: type[Any] | None = None,
    table: Any = None,
    retry_everything: bool = False,
) -> Any:
    from ._auth import GiftkitAuth
    from ._redact import Redactor
    from ._transport import AsyncGiftkitTransport, Engine, GiftkitTransport

    table = table if table is not None else _table(prof.name)
    cls = client_class or _client_class(prof, table)  # first: a missing extra names its pip line
    options = resolve_options(prof, credentials)
    clock = clock or SYSTEM_CLOCK
    url = resolve_base_url(prof, base_url, options, table.spec)
    check_url(prof, url, verify)
    retries = C.MAX_RETRIES if max_retries is None else max_retries
    if retries < 0:
        raise ConfigurationError("max_retries must be >= 0", provider=prof.name)
    _, auth = resolve_auth(prof, url, options, clock=clock)
    secrets = {
        str(v) for o in prof.options if o.secret and isinstance(v := options.get(o.name), str) and v
    }
    auth_headers: tuple[str, ...] = ()
    if isinstance(auth, GiftkitAuth):
        secrets |= set(auth.secrets())
        auth_headers = auth.header_names()
    redactor = Redactor(
        secret_fields=prof.secret_fields,
        secret_headers={*prof.secret_headers, *auth_headers},
        secret_values=secrets,
    )
    engine = Engine(
        prof,
        table,
        clock=clock,
        redactor=redactor,
        base_path=urlsplit(url).path,
        max_retries=retries,
        retry_everything=retry_everything,
    )
    limits = _timeout(timeout)
    sync_inner = transport or httpx.HTTPTransport(verify=verify, retries=0)
    async_inner = async_transport or httpx.AsyncHTTPTransport(verify=verify, retries=0)
    common: dict[str, Any] = {
        "base_url": url,
        "headers": {"User-Agent": user_agent(prof.name), **prof.default_headers, **(headers or {})},
        "timeout": limits,
        "auth": auth,
        "follow_redirects": False,
    }
    sync_client = _Client(transport=GiftkitTransport(sync_inner, engine), **common)
    async_client = _AsyncClient(transport=AsyncGiftkitTransport(async_inner, engine), **common)
    kwargs: dict[str, Any] = {"base_url": url, "timeout": limits, "verify_ssl": verify}
    if _has_token(cls):
        kwargs.update(token=C.MASK, prefix="", auth_header_name="X-Giftkit-Unused")
    client = cls(**kwargs)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    object.__setattr__(client, "_giftkit", _Wiring(prof.name, url, repr(auth), engine))
    return client


class _NoCookies(httpx.Cookies):
    """The jar of a giftkit client: it keeps nothing a server sets. Every provider authenticates
    by header, and a kept cookie would be state planted by a server (or a proxy) riding along on
    later money-moving calls. (Not parsing Set-Cookie also saves its cost on every call.)"""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _KeepsNoCookies:
    """The `cookies` of giftkit's httpx clients: a _NoCookies jar."""

    @property
    def cookies(self) -> httpx.Cookies:
        jar: httpx.Cookies | None = self.__dict__.get("_giftkit_cookies")
        if jar is None:
            jar = self.__dict__["_giftkit_cookies"] = _NoCookies()
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self.__dict__["_giftkit_cookies"] = _NoCookies(cookies)


class _Client(_KeepsNoCookies, httpx.Client):
    """giftkit's sync httpx client: an httpx.Client whose cookie jar keeps nothing."""


class _AsyncClient(_KeepsNoCookies, httpx.AsyncClient):
    """giftkit's async httpx client: an httpx.AsyncClient whose cookie jar keeps nothing."""


def _has_token(cls: type[Any]) -> bool:
    import attrs

    try:
        return any(a.name == "token" for a in attrs.fields(cls))
    except (TypeError, attrs.exceptions.NotAnAttrsClassError):
        return False


class _Wiring:
    """What connect() attached to a client: for repr and for workflow helpers."""

    def __init__(self, provider: str, base_url: str, auth: str, engine: Any):
        self.provider = provider
        self.base_url = base_url
        self.auth = auth
        self.engine = engine


@cache
def _client_class(prof: Profile, table: Any) -> type[Any]:
    """The generated client class, subclassed so its repr never shows a credential."""
    try:
        module = importlib.import_module(f"{prof.package}.client")
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] != prof.package:
            raise
        raise ConfigurationError(
            f'the {prof.name} client is not installed: pip install "giftkit[{prof.name}]"',
            provider=prof.name,
        ) from None
    secured = any(op.secured for op in table.operations)
    base: type[Any] = module.AuthenticatedClient if secured else module.Client

    def __repr__(self: Any) -> str:
        wiring = getattr(self, "_giftkit", None)
        if wiring is None:
            return f"<{base.__name__} (giftkit)>"
        return f"<{base.__name__} provider={wiring.provider!r} base_url={wiring.base_url!r} auth={wiring.auth}>"

    return type(
        base.__name__,
        (base,),
        {"__repr__": __repr__, "__module__": base.__module__, "__qualname__": base.__qualname__},
    )
