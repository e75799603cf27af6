# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

import datetime

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error, parse_datetime
from ..models.packet_capture_session_status import PacketCaptureSessionStatus

T = TypeVar("T", bound="PacketCaptureSession")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_PACKETCAPTURESESSION_FIELDS = frozenset(
    (
        "createdTime",
        "duration",
        "endedTime",
        "failedReason",
        "prefix",
        "sessionId",
        "startedTime",
        "status",
        "url",
    )
)


@_attrs_define(repr=False)
class PacketCaptureSession(ModelBase):
    """
    Attributes:
        created_time (datetime.datetime | None):
        duration (int | None):
        ended_time (datetime.datetime | None):
        failed_reason (str | None):
        prefix (str | None):
        session_id (str | None):
        started_time (datetime.datetime | None):
        status (PacketCaptureSessionStatus | None):
        url (str | None):
    """

    created_time: datetime.datetime | str | None = None
    duration: int | None = None
    ended_time: datetime.datetime | str | None = None
    failed_reason: str | None = None
    prefix: str | None = None
    session_id: str | None = None
    started_time: datetime.datetime | str | None = None
    status: PacketCaptureSessionStatus | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("created_time", "createdTime", False),
        ("duration", "duration", False),
        ("ended_time", "endedTime", False),
        ("failed_reason", "failedReason", False),
        ("prefix", "prefix", False),
        ("session_id", "sessionId", False),
        ("started_time", "startedTime", False),
        ("status", "status", False),
        ("url", "url", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "created_time",
            "duration",
            "ended_time",
            "failed_reason",
            "prefix",
            "session_id",
            "started_time",
            "status",
            "url",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.created_time is not None:
            field_dict["createdTime"] = (
                self.created_time.isoformat() if isinstance(self.created_time, datetime.datetime) else self.created_time
            )

        elif "created_time" in self._nulls:
            field_dict["createdTime"] = None
        if self.duration is not None:
            field_dict["duration"] = self.duration
        elif "duration" in self._nulls:
            field_dict["duration"] = None
        if self.ended_time is not None:
            field_dict["endedTime"] = (
                self.ended_time.isoformat() if isinstance(self.ended_time, datetime.datetime) else self.ended_time
            )

        elif "ended_time" in self._nulls:
            field_dict["endedTime"] = None
        if self.failed_reason is not None:
            field_dict["failedReason"] = self.failed_reason
        elif "failed_reason" in self._nulls:
            field_dict["failedReason"] = None
        if self.prefix is not None:
            field_dict["prefix"] = self.prefix
        elif "prefix" in self._nulls:
            field_dict["prefix"] = None
        if self.session_id is not None:
            field_dict["sessionId"] = self.session_id
        elif "session_id" in self._nulls:
            field_dict["sessionId"] = None
        if self.started_time is not None:
            field_dict["startedTime"] = (
                self.started_time.isoformat() if isinstance(self.started_time, datetime.datetime) else self.started_time
            )

        elif "started_time" in self._nulls:
            field_dict["startedTime"] = None
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "value", self.status)

        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            created_time = d.get("createdTime")
            if created_time is not None:
                created_time = parse_datetime(created_time)
            elif "createdTime" in d:
                _nulls += ("created_time",)
            _obj.created_time = created_time

            _obj.duration = duration = d.get("duration")
            if duration is None and "duration" in d:
                _nulls += ("duration",)

            ended_time = d.get("endedTime")
            if ended_time is not None:
                ended_time = parse_datetime(ended_time)
            elif "endedTime" in d:
                _nulls += ("ended_time",)
            _obj.ended_time = ended_time

            _obj.failed_reason = failed_reason = d.get("failedReason")
            if failed_reason is None and "failedReason" in d:
                _nulls += ("failed_reason",)

            _obj.prefix = prefix = d.get("prefix")
            if prefix is None and "prefix" in d:
                _nulls += ("prefix",)

            _obj.session_id = session_id = d.get("sessionId")
            if session_id is None and "sessionId" in d:
                _nulls += ("session_id",)

            started_time = d.get("startedTime")
            if started_time is not None:
                started_time = parse_datetime(started_time)
            elif "startedTime" in d:
                _nulls += ("started_time",)
            _obj.started_time = started_time

            status = d.get("status")
            if status is not None:
                status = _PacketCaptureSessionStatus_get(status) or PacketCaptureSessionStatus(status)
            elif "status" in d:
                _nulls += ("status",)
            _obj.status = status

            _obj.url = url = d.get("url")
            if url is None and "url" in d:
                _nulls += ("url",)

            if _PACKETCAPTURESESSION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _PACKETCAPTURESESSION_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("PacketCaptureSession", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_PacketCaptureSessionStatus_get = PacketCaptureSessionStatus._value2member_map_.get
