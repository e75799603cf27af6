# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error, parse_datetime
from ..models.packet_capture_session_status import PacketCaptureSessionStatus
from ..types import UNSET, Unset

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


@_attrs_define
class PacketCaptureSession:
    """
    Attributes:
        created_time (datetime.datetime | Unset):
        duration (int | Unset):
        ended_time (datetime.datetime | Unset):
        failed_reason (str | Unset):
        prefix (str | Unset):
        session_id (str | Unset):
        started_time (datetime.datetime | Unset):
        status (PacketCaptureSessionStatus | Unset):
        url (str | Unset):
    """

    created_time: datetime.datetime | Unset | str | None = UNSET
    duration: int | Unset | None = UNSET
    ended_time: datetime.datetime | Unset | str | None = UNSET
    failed_reason: str | Unset | None = UNSET
    prefix: str | Unset | None = UNSET
    session_id: str | Unset | None = UNSET
    started_time: datetime.datetime | Unset | str | None = UNSET
    status: PacketCaptureSessionStatus | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time: Any
        if self.created_time is None:
            created_time = None
        else:
            created_time = UNSET
            if not isinstance(self.created_time, Unset):
                created_time = (
                    self.created_time.isoformat()
                    if isinstance(self.created_time, datetime.datetime)
                    else self.created_time
                )

        duration = self.duration

        ended_time: Any
        if self.ended_time is None:
            ended_time = None
        else:
            ended_time = UNSET
            if not isinstance(self.ended_time, Unset):
                ended_time = (
                    self.ended_time.isoformat() if isinstance(self.ended_time, datetime.datetime) else self.ended_time
                )

        failed_reason = self.failed_reason

        prefix = self.prefix

        session_id = self.session_id

        started_time: Any
        if self.started_time is None:
            started_time = None
        else:
            started_time = UNSET
            if not isinstance(self.started_time, Unset):
                started_time = (
                    self.started_time.isoformat()
                    if isinstance(self.started_time, datetime.datetime)
                    else self.started_time
                )

        status: Any
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if ended_time is not UNSET:
            field_dict["endedTime"] = ended_time
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            created_time = d.get("createdTime", UNSET)
            if created_time is not None and created_time is not UNSET:
                created_time = parse_datetime(created_time)
            _obj.created_time = created_time

            _obj.duration = d.get("duration", UNSET)

            ended_time = d.get("endedTime", UNSET)
            if ended_time is not None and ended_time is not UNSET:
                ended_time = parse_datetime(ended_time)
            _obj.ended_time = ended_time

            _obj.failed_reason = d.get("failedReason", UNSET)

            _obj.prefix = d.get("prefix", UNSET)

            _obj.session_id = d.get("sessionId", UNSET)

            started_time = d.get("startedTime", UNSET)
            if started_time is not None and started_time is not UNSET:
                started_time = parse_datetime(started_time)
            _obj.started_time = started_time

            status = d.get("status", UNSET)
            if status is not None and status is not UNSET:
                status = PacketCaptureSessionStatus._value2member_map_.get(status) or PacketCaptureSessionStatus(status)
            _obj.status = status

            _obj.url = d.get("url", UNSET)

            if _PACKETCAPTURESESSION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _PACKETCAPTURESESSION_FIELDS}
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
