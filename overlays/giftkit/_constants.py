"""Every tunable of giftkit in one place: timeouts, retry counts, backoff, caps, masking."""

CONNECT_TIMEOUT = 5.0  # seconds to establish a connection
READ_TIMEOUT = 30.0  # seconds to wait for response bytes (also used for write and pool)
MAX_RETRIES = 2  # retries after the first attempt, for requests that may be retried
INITIAL_BACKOFF = 0.5  # seconds before the first retry, doubled per retry
MAX_BACKOFF = 8.0  # seconds: cap on a computed (not server-asked) backoff
JITTER = 0.25  # a computed backoff is scaled by a random factor in [1 - JITTER, 1]
MAX_RETRY_WAIT = 60.0  # seconds: a server asking for a longer wait gets a RateLimitError instead
MAX_BODY_BYTES = 16 * 1024 * 1024  # a longer response body is an UnexpectedResponseError
OAUTH_REFRESH_MARGIN = 60.0  # seconds before expiry at which an OAuth token is refreshed
OAUTH_DEFAULT_LIFETIME = 3600.0  # seconds, when a token response states no expiry
POLL_INITIAL = 1.0  # seconds between the first polls of a workflow helper, doubled up to POLL_MAX
POLL_MAX = 15.0
POLL_DEADLINE = 600.0  # seconds a workflow helper waits before giving up
MASK = "***"  # what a masked secret looks like everywhere
ENV_PREFIX = "GIFTKIT_"  # credentials fall back to GIFTKIT_<PROVIDER>_<KEYWORD>
LOGGER_NAME = "giftkit"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
