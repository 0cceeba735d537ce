"""`giftkit.connect()`: a provider's generated client wired with giftkit's sync and async clients."""

from __future__ import annotations

import importlib
import os
import ssl
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypedDict
from urllib.parse import urlsplit

import httpx

from . import _constants as C
from ._clock import SYSTEM_CLOCK, Clock
from ._errors import ConfigurationError, OutcomeUnknownError
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
    "total_timeout",
    "on_outcome_unknown",
    "proxy",
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
    check_credentials(prof, out)
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


def check_credentials(prof: Profile, options: Options) -> None:
    """A credential with control characters or surrounding whitespace is refused by name (its
    value never shown): it would be sent mangled, or split a header."""
    for option in prof.options:
        value = options.get(option.name)
        if not option.secret or not isinstance(value, str):
            continue
        if value != value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ConfigurationError(
                f"credential {option.name} contains control characters or surrounding "
                "whitespace (its value is not shown): give it exactly as issued",
                provider=prof.name,
            )


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
    total_timeout: float | None
    on_outcome_unknown: Callable[[OutcomeUnknownError], None] | None
    proxy: str | httpx.Proxy | None


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
    total_timeout: float | None = None,
    on_outcome_unknown: Callable[[OutcomeUnknownError], None] | None = None,
    proxy: str | httpx.Proxy | None = None,
    **credentials: Any,
) -> Any:
    """Connect to `provider`: its generated client, wired with giftkit's sync and async clients.

    Credentials and provider options are keywords, else environment variables
    GIFTKIT_<PROVIDER>_<KEYWORD>. See the provider's profile module for its typed twin.
    `total_timeout`: seconds one logical call may take, retries and waits included (default: no
    limit beyond the per-attempt `timeout`). `on_outcome_unknown`: called with an
    OutcomeUnknownError when an async value-creating call is cancelled after its request may have
    been sent (the CancelledError itself is re-raised). `proxy`: as httpx's; without it, the
    HTTPS_PROXY/NO_PROXY environment is honoured as httpx does.
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
        total_timeout=total_timeout,
        on_outcome_unknown=on_outcome_unknown,
        proxy=proxy,
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
    total_timeout: float | None = None,
    on_outcome_unknown: Callable[[OutcomeUnknownError], None] | None = None,
    proxy: str | httpx.Proxy | None = None,
) -> Any:
    from ._transport import AsyncGiftkitTransport, GiftkitTransport

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
    engine = _engine(
        prof,
        table,
        options,
        auth,
        clock=clock,
        base_path=urlsplit(url).path,
        max_retries=retries,
        retry_everything=retry_everything,
        total_timeout=total_timeout,
        on_outcome_unknown=on_outcome_unknown,
    )
    limits = _timeout(timeout)
    sync_inner, async_inner = _inner_transports(url, verify, transport, async_transport, proxy)
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


def _engine(prof: Profile, table: Any, options: Options, auth: Any, **settings: Any) -> Any:
    """The transport's rules for one client, with its masking: the spec's declared secrets, every
    credential given, and the auth's live secrets (an OAuth token, read when masking)."""
    from ._auth import GiftkitAuth
    from ._redact import Redactor
    from ._transport import Engine

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
        dynamic_values=auth.secrets if isinstance(auth, GiftkitAuth) else None,
    )
    return Engine(
        prof,
        table,
        redactor=redactor,
        credential_keywords=_keywords_used(prof, options, auth),
        **settings,
    )


def _keywords_used(prof: Profile, options: Options, auth: Any) -> Any:
    """Which credential keywords a request of a method carries (names only, for a 401's text)."""
    given = tuple(o.name for o in prof.options if o.secret and options.get(o.name))
    per_method = getattr(auth, "keywords_for", None)
    if callable(per_method):
        return per_method
    return lambda method: given


def _inner_transports(
    url: str,
    verify: bool | str | ssl.SSLContext,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    proxy: str | httpx.Proxy | None,
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """The transports giftkit wraps. giftkit hands httpx its own transport, which makes httpx skip
    its proxy environment, so `proxy=` and HTTPS_PROXY/ALL_PROXY/NO_PROXY are applied here as
    httpx's trust_env would (the proxy URL's own credentials stay httpx's business)."""
    if proxy is None and (transport is None or async_transport is None):
        proxy = _environment_proxy(url)
    sync = transport or httpx.HTTPTransport(verify=verify, retries=0, proxy=proxy)
    asynchronous = async_transport or httpx.AsyncHTTPTransport(
        verify=verify, retries=0, proxy=proxy
    )
    return sync, asynchronous


def _environment_proxy(url: str) -> str | None:
    """The proxy httpx's trust_env would pick for `url` (NO_PROXY honoured), else None."""
    from httpx._utils import URLPattern, get_environment_proxies

    target = httpx.URL(url)
    found = sorted(get_environment_proxies().items(), key=lambda item: URLPattern(item[0]))
    for pattern, proxy_url in found:
        if URLPattern(pattern).matches(target):
            return proxy_url
    return None


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


_DERIVED = {
    "with_headers": "pass headers= to giftkit.connect() (they are sent on every request)",
    "with_timeout": "pass timeout= to giftkit.connect(), or use `with giftkit.options(timeout=...)`",
    "with_cookies": "giftkit clients keep no cookies: every provider authenticates by header",
    "set_httpx_client": "pass transport= to giftkit.connect() to change how requests are sent",
    "set_async_httpx_client": "pass async_transport= to giftkit.connect()",
}


def _refuse(name: str, base: type[Any]) -> Any:
    """A generated client method that would return or install a client without giftkit's auth,
    money rule, validation and masking: refused on a wired client, with the supported way."""
    original = getattr(base, name)

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(self, "_giftkit", None) is None:  # connect() wiring the client itself
            return original(self, *args, **kwargs)
        raise ConfigurationError(
            f"{name}() would make a client without giftkit's auth, money rule, validation and "
            f"masking; instead, {_DERIVED[name]}",
            provider=self._giftkit.provider,
        )

    method.__name__ = name
    return method


@cache
def _client_class(prof: Profile, table: Any) -> type[Any]:
    """The generated client class, subclassed so its repr never shows a credential and no
    derived client drops giftkit's guarantees."""
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

    namespace: dict[str, Any] = {
        "__repr__": __repr__,
        "__module__": base.__module__,
        "__qualname__": base.__qualname__,
    }
    namespace.update({name: _refuse(name, base) for name in _DERIVED if hasattr(base, name)})
    return type(base.__name__, (base,), namespace)
