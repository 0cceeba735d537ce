"""Authentication, one `httpx.Auth` subclass per scheme KIND; profiles choose and configure them.

- HeaderAuth: fixed header keys (one key, a conjunction of keys, or the chosen alternative)
- PerMethodTokenAuth: a read token for reads and a write token for writes, same header
- OAuthClientCredentials: exchange a client id and secret for a bearer token, refreshed before
  expiry, once under concurrency (threads and tasks alike)
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import AsyncGenerator, Generator, Mapping

import httpx

from ._clock import Clock
from ._constants import MASK, OAUTH_DEFAULT_LIFETIME, OAUTH_REFRESH_MARGIN
from ._errors import AuthenticationError, ConfigurationError, UnexpectedResponseError

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REFRESHABLE = "giftkit_refreshable"  # request extension: a 401 goes back to the auth flow
# request extension of a token request: its answer is read here, tolerantly (`token_type` in any
# case), so the transport does not hold it to the spec's letter
TOKEN_REQUEST = "giftkit_token_request"


class Secret:
    """A credential held so that `repr`/`str` never show it (as pydantic's SecretStr): tools that
    print frame locals or attributes (Sentry, rich tracebacks, debuggers) see `***`."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a giftkit credential cannot be pickled")


def _reveal(secret: Secret | None) -> str | None:
    return secret.get_secret_value() if secret is not None else None


class GiftkitAuth(httpx.Auth):
    """Base: every giftkit auth can list its secrets (for masking) and never shows them in repr."""

    def secrets(self) -> tuple[str, ...]:
        return ()

    def header_names(self) -> tuple[str, ...]:
        return ()


class HeaderAuth(GiftkitAuth):
    """Sends fixed headers (API keys, a static bearer token) on every request."""

    def __init__(self, headers: Mapping[str, str]):
        self._headers = {name: Secret(value) for name, value in headers.items()}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, value in self._headers.items():
            request.headers[name] = value.get_secret_value()
        yield request

    def secrets(self) -> tuple[str, ...]:
        return tuple(v.get_secret_value() for v in self._headers.values())

    def header_names(self) -> tuple[str, ...]:
        return tuple(self._headers)

    def __repr__(self) -> str:
        return f"HeaderAuth({', '.join(f'{k}={MASK}' for k in self._headers)})"


class PerMethodTokenAuth(GiftkitAuth):
    """One header; its value is the read token on reads and the write token on writes.

    A request whose token was not given raises ConfigurationError before anything is sent.
    """

    def __init__(
        self,
        header: str,
        *,
        read: str | None,
        write: str | None,
        provider: str,
        read_keyword: str,
        write_keyword: str,
        prefix: str = "",
    ):
        self._header = header
        self._read = Secret(read) if read else None
        self._write = Secret(write) if write else None
        self._provider = provider
        self._keywords = (read_keyword, write_keyword)
        self._prefix = prefix

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        is_read = request.method in _READ_METHODS
        token = self._read if is_read else self._write
        if not token:
            keyword = self._keywords[0 if is_read else 1]
            env = f"GIFTKIT_{self._provider.upper()}_{keyword.upper()}"
            raise ConfigurationError(
                f"{'a read' if is_read else 'a write'} operation needs the `{keyword}` credential "
                f"(keyword {keyword} or environment variable {env}); nothing was sent",
                provider=self._provider,
            )
        request.headers[self._header] = f"{self._prefix}{token.get_secret_value()}"
        yield request

    def secrets(self) -> tuple[str, ...]:
        return tuple(t.get_secret_value() for t in (self._read, self._write) if t)

    def keywords_for(self, method: str) -> tuple[str, ...]:
        """The credential keyword a request of `method` carries."""
        return (self._keywords[0 if method in _READ_METHODS else 1],)

    def header_names(self) -> tuple[str, ...]:
        return (self._header,)

    def __repr__(self) -> str:
        state = ", ".join(
            f"{k}={MASK if v else None}"
            for k, v in zip(("read", "write"), (self._read, self._write), strict=True)
        )
        return f"PerMethodTokenAuth({self._header}, {state})"


class OAuthClientCredentials(GiftkitAuth):
    """OAuth 2.0 client credentials: POST the token URL, then send `Authorization: Bearer <token>`.

    The token is refreshed OAUTH_REFRESH_MARGIN seconds before it expires; when
    many threads or tasks need a token at once, exactly one request fetches it.
    """

    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        *,
        client_id: str,
        client_secret: str,
        clock: Clock,
        provider: str,
        scope: str | None = None,
        basic: bool = False,
        credential_headers: Mapping[str, str] | None = None,
    ):
        self._token_url = token_url
        self._client_id = Secret(client_id)
        self._client_secret = Secret(client_secret)
        self._clock = clock
        self._provider = provider
        self._scope = scope
        self._basic = basic
        # e.g. app keys as headers
        self._credential_headers = {k: Secret(v) for k, v in (credential_headers or {}).items()}
        self._token: Secret | None = None
        self._expires_at = 0.0
        self._refresh_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.token_requests = 0  # how many token requests were sent (observable by tests)

    # --- pieces shared by the sync and async flows ---
    def _fresh(self) -> bool:
        return self._token is not None and self._clock.now() < self._refresh_at

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        headers = {"Accept": "application/json"}
        client_id, client_secret = (
            self._client_id.get_secret_value(),
            self._client_secret.get_secret_value(),
        )
        if self._credential_headers:
            headers.update({k: v.get_secret_value() for k, v in self._credential_headers.items()})
        elif self._basic:
            raw = f"{client_id}:{client_secret}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
        else:
            form["client_id"] = client_id
            form["client_secret"] = client_secret
        if self._scope:
            form["scope"] = self._scope
        self.token_requests += 1
        request = httpx.Request("POST", self._token_url, data=form, headers=headers)
        request.extensions[TOKEN_REQUEST] = True
        return request

    def _store(self, response: httpx.Response) -> None:
        if response.status_code in (400, 401, 403):
            raise AuthenticationError(
                "the OAuth token request was refused: check the client id and secret",
                status_code=response.status_code,
                provider=self._provider,
            )
        try:
            data = json.loads(response.content)
            token = data["access_token"]
            lifetime = float(data.get("expires_in") or OAUTH_DEFAULT_LIFETIME)
            if not isinstance(token, str) or not token:
                raise ValueError("no access_token")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UnexpectedResponseError(
                "the OAuth token response is not as documented",
                status_code=response.status_code,
                response=None,
                provider=self._provider,
            ) from exc
        token_type = data.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise UnexpectedResponseError(
                "the OAuth token response is not a bearer token",
                status_code=response.status_code,
                response=None,
                provider=self._provider,
            )
        self._token = Secret(token)
        # a lifetime shorter than twice the refresh margin is refreshed at half its life, so a
        # short-lived token still serves many calls instead of one token request per call
        margin = min(OAUTH_REFRESH_MARGIN, lifetime / 2)
        self._expires_at = self._clock.now() + lifetime
        self._refresh_at = self._expires_at - margin

    def _apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {_reveal(self._token)}"

    # --- flows: the lock is held across the token request, so concurrent callers wait for it ---
    def _stale(self, used: Secret | None) -> bool:
        """After a 401: whether the token that was refused is still the cached one."""
        if self._token is used:
            self._token = None
            return True
        return self._token is None

    # The request carries REFRESHABLE until one 401 has been answered: giftkit's transport hands
    # that 401 back here instead of raising, the token is refreshed once and the request resent
    # (a 401 means the server did nothing); a second 401 is an AuthenticationError.
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        with self._thread_lock:
            if not self._fresh():
                self._store((yield self._token_request()))
            used = self._token
        self._apply(request)
        request.extensions[REFRESHABLE] = True
        response = yield request
        if response.status_code != 401:
            return
        with self._thread_lock:
            if self._stale(used):
                self._store((yield self._token_request()))
        del request.extensions[REFRESHABLE]
        self._apply(request)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if not self._fresh():
                self._store((yield self._token_request()))
            used = self._token
        self._apply(request)
        request.extensions[REFRESHABLE] = True
        response = yield request
        if response.status_code != 401:
            return
        async with self._async_lock:
            if self._stale(used):
                self._store((yield self._token_request()))
        del request.extensions[REFRESHABLE]
        self._apply(request)
        yield request

    def secrets(self) -> tuple[str, ...]:
        found = (self._client_id, self._client_secret, self._token)
        return tuple(s.get_secret_value() for s in found if s)

    def header_names(self) -> tuple[str, ...]:
        return ("Authorization",)

    def __repr__(self) -> str:
        return f"OAuthClientCredentials({self._token_url}, client_id={MASK}, client_secret={MASK})"
