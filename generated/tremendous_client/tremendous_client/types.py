# generated from specs/tremendous.yaml by `make generate` — do not edit
"""Shared types of the generated client. giftkit's template: ``Response.parsed`` is the documented
success type itself, since every non-success response raises (see errors.py)."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, NoReturn, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload as multipart/form-data."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


@define(frozen=True)
class UnknownEnumValue:
    """An enum value an answer carried that the spec does not list, kept as sent (providers add
    values; an answer is read, not rejected). Not a member of the enum: a field typed
    `SomeEnum | UnknownEnumValue` makes code that handles each documented member handle this too
    (mypy --strict). Never sent: a request holding one raises ValueError before anything is sent."""

    enum: str
    raw: object

    def reject(self, field: str) -> NoReturn:
        raise ValueError(
            f"{field}: {self.raw!r} is not a documented {self.enum} value; requests send only documented values"
        )


def mask_secret(value: object) -> str:
    """repr() of a field the spec marks secret (a gift code, PIN, redeem link, credential)."""
    return repr(value) if isinstance(value, Unset) or value is None else "'***'"


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: its status, headers (e.g. remaining rate limit) and parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "UnknownEnumValue", "Unset", "mask_secret"]
